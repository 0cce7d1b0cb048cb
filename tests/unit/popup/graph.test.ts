import { describe, expect, it } from "vitest";
import { cardModel } from "../../../lib/dataset/card-model";
import { labelLines, layoutGraph } from "../../../lib/ui/graph/layout";
import { FIXTURE } from "../../fixtures/popup/dataset";

describe("layoutGraph", () => {
  const model = cardModel(FIXTURE, "kataib-hezbollah");
  if (!model) throw new Error("fixture");

  it("draws one node per affiliated entity, both directions, inside the box", () => {
    const g = layoutGraph(model, model.affiliations);
    const ids = g.nodes.map((n) => n.id).sort();
    // States part-of PMF and backed-by Quds Force; al-Muhandis leads it; al-Kadhimi opposes it.
    expect(ids).toEqual([
      "abu-mahdi-al-muhandis",
      "mustafa-al-kadhimi",
      "popular-mobilization-forces",
      "quds-force",
    ]);
    for (const n of g.nodes) {
      expect(n.x).toBeGreaterThan(0);
      expect(n.x).toBeLessThan(g.width);
      expect(n.y).toBeGreaterThan(0);
      expect(n.y).toBeLessThan(g.height);
    }
    expect(g.links.find((l) => l.target === "mustafa-al-kadhimi")?.kind).toBe("opposition");
    expect(g.links.find((l) => l.target === "abu-mahdi-al-muhandis")?.kind).toBe("command");
    expect(g.links.find((l) => l.target === "quds-force")?.kind).toBe("support");
  });

  it("merges several affiliations to one target and marks ended links", () => {
    const g = layoutGraph({ id: "x", name: "X", type: "person" }, [
      {
        type: "member-of",
        label: "Member of",
        target: "y",
        targetName: "Y",
        targetType: "group",
        to: "2019",
      },
      { type: "leads", label: "Leads", target: "y", targetName: "Y", targetType: "group" },
    ]);
    expect(g.nodes).toHaveLength(1);
    expect(g.links[0]).toMatchObject({ kind: "command", labels: ["Member of", "Leads"], past: false });
  });

  it("caps the ring and counts what it left out", () => {
    const edges = Array.from({ length: 14 }, (_, i) => ({
      type: "allied-with" as const,
      label: "Allied with",
      target: `t${i}`,
      targetName: `T ${i}`,
      targetType: "group" as const,
    }));
    const g = layoutGraph({ id: "x", name: "X", type: "group" }, edges, { max: 10 });
    expect(g.nodes).toHaveLength(10);
    expect(g.hidden).toBe(4);
  });

  it("wraps long labels on two lines at most", () => {
    expect(labelLines("Popular Mobilization Forces")).toEqual(["Popular", "Mobilization F…"]);
    expect(labelLines("Quds Force")).toEqual(["Quds Force"]);
  });
});

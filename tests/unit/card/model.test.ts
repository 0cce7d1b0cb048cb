import { describe, expect, it } from "vitest";
import { briefModel, cardModel, formatDate, formatRange } from "../../../lib/dataset/card-model";
import { compileDataset } from "../../../lib/dataset/compile";
import { validInput } from "../dataset/fixture";

function dataset() {
  const input = validInput();
  // A second, later event so the timeline order is tested.
  input.events.push({
    file: "data/events/2021-03-01-talks.json",
    data: {
      id: "2021-03-01-talks",
      date: "2021-03",
      precision: "month",
      title: "Talks",
      participants: [
        { id: "alpha-brigades", part: "negotiator" },
        { id: "beta-party", part: "host" },
      ],
      cites: [{ source: "doc-b", evidence: "Beta Party backed the Alpha Brigades in 2021." }],
      disagreements: [
        {
          topic: "Who hosted",
          versions: [
            { value: "Beta", cites: [{ source: "doc-b", evidence: "Beta Party" }] },
            { value: "Alpha", cites: [{ source: "doc-a", evidence: "The Alpha Brigades" }] },
          ],
        },
      ],
    },
  });
  return compileDataset(input);
}

describe("cardModel", () => {
  it("returns null for an unknown id", () => {
    expect(cardModel(dataset(), "nobody")).toBeNull();
  });

  it("shows name, type, dated role and summary with the role's sources", () => {
    const m = cardModel(dataset(), "alpha-brigades");
    expect(m).toMatchObject({
      name: "Alpha Brigades",
      type: "group",
      kind: "militia",
      role: { text: "Armed group active from 2020", from: "2020" },
      summary: "An armed group in the example documents.",
      asOf: "2021-02-03",
    });
    expect(m?.role.cites).toEqual([
      { n: 1, source: "doc-a", evidence: "The Alpha Brigades, also called AB" },
    ]);
  });

  it("lists outgoing affiliations and incoming ones phrased from this entity's side", () => {
    const m = cardModel(dataset(), "alpha-brigades");
    expect(m?.affiliations.map((a) => [a.label, a.targetName, a.direction])).toEqual([
      ["Backed by", "Beta Party", "out"],
      ["Led by", "Jon Doe", "in"],
    ]);
    const beta = cardModel(dataset(), "beta-party");
    expect(beta?.affiliations.map((a) => [a.label, a.targetName])).toEqual([["Backs", "Alpha Brigades"]]);
  });

  it("lists the entity's events latest first with its part, and marks disputed ones", () => {
    const m = cardModel(dataset(), "alpha-brigades");
    expect(m?.events.map((e) => [e.date, e.title, e.part, e.disputed])).toEqual([
      ["2021-03", "Talks", "negotiator", true],
      ["2020-06-25", "Attack on the base", "attacker", false],
    ]);
  });

  it("numbers sources by first citation, keeps headline, outlet and every evidence phrase", () => {
    const m = cardModel(dataset(), "alpha-brigades");
    expect(m?.sources.map((s) => [s.n, s.id, s.headline, s.outlet])).toEqual([
      [1, "doc-a", "A", "unknown"],
      [2, "doc-b", "B", "Example Times"],
    ]);
    expect(m?.sources[1]?.evidence).toContain("Beta Party backed the Alpha Brigades");
  });

  it("collects the entity's disagreements and those of its events", () => {
    const m = cardModel(dataset(), "alpha-brigades");
    expect(m?.disagreements.map((d) => [d.topic, d.about, d.versions.map((v) => v.value)])).toEqual([
      ["Date of the attack", undefined, ["June 25", "2021"]],
      ["Who hosted", "Talks", ["Beta", "Alpha"]],
    ]);
  });

  it("gives a brief model for candidate lists", () => {
    expect(briefModel(dataset(), "jon-doe")).toEqual({
      id: "jon-doe",
      name: "Jon Doe",
      type: "person",
      role: "Leader of the Alpha Brigades",
    });
  });
});

describe("dates", () => {
  it("formats partial dates and ranges", () => {
    expect(formatDate("2020-06-25")).toBe("25 June 2020");
    expect(formatDate("2020-06")).toBe("June 2020");
    expect(formatDate("2020")).toBe("2020");
    expect(formatRange("2020-05")).toBe("since May 2020");
    expect(formatRange(undefined, "2019")).toBe("until 2019");
    expect(formatRange("2020", "2021")).toBe("2020 – 2021");
    expect(formatRange()).toBe("");
  });
});

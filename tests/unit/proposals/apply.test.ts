/** lib/proposals/apply.ts: only accepted items apply; each refusal says which item and why. */
import { describe, expect, it } from "vitest";
import type { EntitySource } from "../../../lib/dataset/types";
import { applyProposal } from "../../../lib/proposals/apply";
import type { DatasetFiles } from "../../../lib/proposals/leave-out";
import type { ProposalFile } from "../../../lib/proposals/types";

const badr: EntitySource = {
  id: "badr",
  type: "group",
  name: "Badr Organization",
  aliases: [{ text: "Badr Organization" }],
  role: { text: "Armed group", cites: [{ source: "old", evidence: "Badr" }] },
  summary: "s",
  affiliations: [],
};
const data: DatasetFiles = {
  sources: [{ id: "old", headline: "h", outlet: "o", date: "2020", covers: { from: "2020", to: "2020" } }],
  entities: [badr],
  events: [],
};
const text = "Badr Corps leader Abu Zaid al-Kufi said the Badr Corps would stay.";

function proposal(): ProposalFile {
  return {
    version: 1,
    article: { text },
    source: {
      accept: true,
      id: "new",
      headline: "H",
      outlet: "O",
      date: "2025-01",
      covers: { from: "2025-01", to: "2025-01" },
    },
    spellings: [
      {
        accept: true,
        entity: "badr",
        text: "Badr Corps",
        how: "variant of an alias",
        sentence: text,
        seen: true,
      },
    ],
    negatives: [],
    entities: [
      {
        accept: true,
        id: "abu-zaid-al-kufi",
        type: "person",
        name: "Abu Zaid al-Kufi",
        why: "kunya",
        variants: ["Abu Zaid al-Kufi"],
        sentences: [text],
        role: "Leader of Badr",
        summary: "A leader.",
        evidence: "Badr Corps leader Abu Zaid al-Kufi",
      },
    ],
    facts: [
      {
        accept: true,
        kind: "affiliation",
        entity: "abu-zaid-al-kufi",
        type: "leads",
        target: "badr",
        evidence: "Badr Corps leader Abu Zaid al-Kufi",
        sentence: text,
      },
      {
        accept: false,
        kind: "role",
        entity: "badr",
        text: "x",
        evidence: "not in the article",
        sentence: text,
      },
    ],
  };
}

describe("applyProposal", () => {
  it("adds the source, the alias seen in it, the new entity and its affiliation", () => {
    const r = applyProposal(data, proposal());
    expect(r.refused).toEqual([]);
    expect(r.data.sources.map((s) => s.id)).toEqual(["old", "new"]);
    expect(r.data.entities.find((e) => e.id === "badr")?.aliases).toContainEqual({
      text: "Badr Corps",
      seenIn: ["new"],
    });
    const kufi = r.data.entities.find((e) => e.id === "abu-zaid-al-kufi");
    expect(kufi?.role.cites).toEqual([{ source: "new", evidence: "Badr Corps leader Abu Zaid al-Kufi" }]);
    expect(kufi?.affiliations).toEqual([
      {
        type: "leads",
        target: "badr",
        cites: [{ source: "new", evidence: "Badr Corps leader Abu Zaid al-Kufi" }],
      },
    ]);
    expect(r.changed).toEqual({ entities: ["abu-zaid-al-kufi", "badr"], events: [], sources: true });
    // The input is not changed.
    expect(data.entities[0]?.aliases).toHaveLength(1);
  });

  it("refuses unwritten drafts, evidence not in the article, unknown ids and a missing source", () => {
    const p = proposal();
    p.source.accept = false;
    (p.entities[0] as ProposalFile["entities"][0]).summary = "TODO: two or three sentences";
    (p.facts[1] as ProposalFile["facts"][1]).accept = true;
    p.spellings.push({
      accept: true,
      entity: "nobody",
      text: "X",
      how: "variant of an alias",
      sentence: "",
      seen: false,
    });
    const r = applyProposal(data, p);
    expect(r.refused.map((x) => `${x.item}: ${x.why}`)).toEqual([
      "entities[0] abu-zaid-al-kufi: write its summary (two or three sentences)",
      'spellings[0] "Badr Corps" → badr: source "new" is neither in data/sources.json nor accepted',
      'spellings[1] "X" → nobody: unknown entity "nobody"',
      'facts[0] affiliation: source "new" is neither in data/sources.json nor accepted',
      'facts[1] role: source "new" is neither in data/sources.json nor accepted',
    ]);
  });

  it("applies nothing that is not accepted", () => {
    const p = proposal();
    for (const i of [p.source, ...p.spellings, ...p.entities, ...p.facts]) i.accept = false;
    const r = applyProposal(data, p);
    expect(r.applied).toEqual([]);
    expect(r.data).toEqual(data);
  });
});

/** The pure parts of lib/proposals: sentences and evidence, candidates, clusters, known spellings, drafts. */
import { describe, expect, it } from "vitest";
import type { EntitySource } from "../../../lib/dataset/types";
import { compileIndex } from "../../../lib/matching/compile";
import { createMatcher } from "../../../lib/matching/index";
import { candidatesIn } from "../../../lib/proposals/candidates";
import { clusterCandidates } from "../../../lib/proposals/cluster";
import { factsIn, type Ref } from "../../../lib/proposals/facts";
import { freshId, propose } from "../../../lib/proposals/propose";
import { cutEvidence, sentences } from "../../../lib/proposals/sentences";

const one = (text: string) => ({ start: 0, end: text.length, text });
const names = (text: string) => candidatesIn(one(text)).map((c) => `${c.text}|${c.type}`);

const entity = (
  id: string,
  type: "person" | "group",
  name: string,
  aliases: string[] = [],
): EntitySource => ({
  id,
  type,
  name,
  aliases: [name, ...aliases].map((text) => ({ text })),
  role: { text: "r", cites: [{ source: "s", evidence: "e" }] },
  summary: "s",
  affiliations: [],
});

describe("sentences and evidence", () => {
  it("splits at sentence ends but not after titles and initials", () => {
    const t = "Gen. Qassem Soleimani died. The U.S. Embassy was hit! Then Mr. Smith spoke.";
    expect(sentences(t).map((s) => s.text)).toEqual([
      "Gen. Qassem Soleimani died.",
      "The U.S. Embassy was hit!",
      "Then Mr. Smith spoke.",
    ]);
  });

  it("cuts whole words, verbatim, and refuses more than 20", () => {
    const s = one("Hadi al-Amiri, head of the Badr Organization, spoke.");
    expect(cutEvidence(s, 0, 44)?.text).toBe("Hadi al-Amiri, head of the Badr Organization");
    const long = one(Array.from({ length: 30 }, (_, i) => `w${i}`).join(" "));
    expect(cutEvidence(long, 0, long.text.length)).toBeUndefined();
  });
});

describe("candidates", () => {
  it("reads persons by title, kunya, nasab, speech and apposition, the title cut off", () => {
    expect(names("Iranian Foreign Minister Mohammad Javad Zarif was visiting.")).toEqual([
      "Mohammad Javad Zarif|person",
    ]);
    expect(names("They met Abu Haider al-Basri there.")).toEqual(["Abu Haider al-Basri|person"]);
    expect(names("Officials said Hamza bin Ali left.")).toEqual(["Hamza bin Ali|person"]);
    expect(names("“It is over,” said Ramzy Mardini.")).toEqual(["Ramzy Mardini|person"]);
    expect(names("We interviewed Michael Knights, analyst at a think tank.")).toEqual([
      "Michael Knights|person",
    ]);
  });

  it("reads groups by their type words, in Arabic too, and by what stands around them", () => {
    expect(names("Fighters of Saraya al-Fajr al-Jadid fired.")).toEqual(["Saraya al-Fajr al-Jadid|group"]);
    expect(names("They back the Communications and Media Commission (CMC) now.")).toEqual([
      "Communications and Media Commission|group",
    ]);
    expect(
      candidatesIn(one("They back the Communications and Media Commission (CMC) now."))[0]?.acronym,
    ).toBe("CMC");
    expect(names("It was opposed by the Sadrists and the Houthis.")).toEqual([
      "Sadrists|group",
      "Houthis|group",
    ]);
    expect(names("It backed Hamas and the Palestinian Islamic Jihad.")).toEqual([
      "Hamas|group",
      "Palestinian Islamic Jihad|group",
    ]);
    expect(names("The Shiite Hikma party left.")).toEqual(["Hikma|group"]);
  });

  it("proposes no peoples, months, places alone or common words", () => {
    expect(names("The Kurds and the Americans met in Baghdad in July.")).toEqual([]);
    expect(names("Iranian-backed militias fired on the Office.")).toEqual([]);
  });
});

describe("clusters", () => {
  it("puts a surname, a shorter form and an acronym with the full name", () => {
    const text =
      "Ramzy Mardini said so. Later Dr. Mardini said more. The Arab Gulf States Institute in Washington (AGSI) wrote, as the Arab Gulf States Institute says.";
    const cands = sentences(text).flatMap((s) => candidatesIn(s));
    const cl = clusterCandidates(cands);
    expect(cl.map((c) => c.variants)).toEqual([
      ["Ramzy Mardini", "Mardini"],
      ["Arab Gulf States Institute in Washington", "Arab Gulf States Institute", "AGSI"],
    ]);
    expect(cl.map((c) => c.mentions.length)).toEqual([2, 2]);
  });
});

describe("drafts", () => {
  it("drafts 'X, the leader of Y' as X leads Y, and 'Y leader X' the same way", () => {
    const s = one("Hadi Amiri, the leader of Badr, spoke; Badr leader Hadi Amiri left.");
    const refs: Ref[] = [
      { entity: "hadi", type: "person", start: 0, end: 10 },
      { entity: "badr", type: "group", start: 26, end: 30 },
      { entity: "badr", type: "group", start: 39, end: 43 },
      { entity: "hadi", type: "person", start: 51, end: 61 },
    ];
    const aff = factsIn(s, refs).filter((f) => f.kind === "affiliation");
    expect(aff[0]).toMatchObject({
      entity: "hadi",
      type: "leads",
      target: "badr",
      evidence: "Hadi Amiri, the leader of Badr",
    });
  });

  it("drafts 'Y-backed X' with X backed by Y", () => {
    const s = one("The Iran-backed Kataib group fired.");
    const refs: Ref[] = [
      { entity: "iran", type: "group", start: 4, end: 8 },
      { entity: "kh", type: "group", start: 16, end: 22 },
    ];
    expect(factsIn(s, refs).find((f) => f.kind === "affiliation")).toMatchObject({
      entity: "kh",
      type: "backed-by",
      target: "iran",
    });
  });
});

describe("propose", () => {
  const entities = [
    entity("kataib-hezbollah", "group", "Kataib Hezbollah"),
    entity("hadi-al-amiri", "person", "Hadi al-Amiri"),
    entity("irgc", "group", "Islamic Revolutionary Guard Corps", ["IRGC"]),
  ];
  const matcher = createMatcher(compileIndex({ entities }));
  const source = {
    id: "t",
    headline: "h",
    outlet: "o",
    date: "2025-01-02",
    covers: { from: "2025", to: "2025" },
  };

  it("tells new spellings of known entities from new entities, and how each spelling matched", () => {
    const text =
      "Kataib Hizballah, a militia, fired. Its ally, the Revolutionary Guard Corps, trained it. Harakat al-Nur al-Jadid, a faction of Kataib Hezbollah, denied it on January 5.";
    const p = propose({ text, source, entities, matcher });
    expect(p.spellings.map((s) => [s.text, s.entity, s.how])).toEqual([
      ["Kataib Hizballah", "kataib-hezbollah", "variant of an alias"],
      ["Revolutionary Guard Corps", "irgc", "variant of an alias"],
    ]);
    expect(p.entities.map((e) => [e.id, e.type])).toEqual([["harakat-al-nur-al-jadid", "group"]]);
    expect(p.facts).toContainEqual(
      expect.objectContaining({
        kind: "affiliation",
        entity: "harakat-al-nur-al-jadid",
        type: "part-of",
        target: "kataib-hezbollah",
      }),
    );
    expect(p.facts).toContainEqual(expect.objectContaining({ kind: "event", date: "2025-01-05" }));
  });

  it("gives fresh ids", () => {
    expect(freshId("Kataib Hezbollah", new Set(["kataib-hezbollah"]))).toBe("kataib-hezbollah-2");
    expect(freshId("Álvaro Uribe’s", new Set())).toBe("alvaro-uribes");
  });
});

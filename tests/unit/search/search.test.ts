import { describe, expect, it } from "vitest";
import type { CompiledDataset, EntitySource } from "../../../lib/dataset/types";
import { editDistance } from "../../../lib/names/distance";
import { createSearchIndex } from "../../../lib/search/docs";
import { fold } from "../../../lib/search/normalize";
import { CUT, createSearcher, FLOOR, type SearchHit } from "../../../lib/search/search";
import { words } from "../../../lib/search/words";
import { FIXTURE } from "../../fixtures/popup/dataset";

const ids = (hits: SearchHit[]) => hits.map((h) => h.id);
const section = (hits: SearchHit[], s: SearchHit["section"]) => ids(hits.filter((h) => h.section === s));

function entity(e: Partial<EntitySource> & Pick<EntitySource, "id" | "name">): EntitySource {
  return {
    type: "person",
    aliases: [{ text: e.name }],
    role: { text: "Someone", cites: [] },
    summary: "",
    affiliations: [],
    ...e,
  };
}

/** A few records shaped like the examples: a leader, his group, a near-homophone. */
const SMALL: Pick<CompiledDataset, "entities" | "events"> = {
  entities: [
    entity({
      id: "qais-al-khazali",
      name: "Qais al-Khazali",
      aliases: [{ text: "Qais al-Khazali" }, { text: "Khazali" }],
      role: { text: "Leader of Asaib Ahl al-Haq", cites: [] },
      affiliations: [{ type: "leads", target: "asaib-ahl-al-haq", cites: [] }],
    }),
    entity({
      id: "asaib-ahl-al-haq",
      type: "group",
      name: "Asaib Ahl al-Haq",
      aliases: [{ text: "Asaib Ahl al-Haq" }, { text: "AAH" }],
      role: { text: "Armed group led by Qais al-Khazali", cites: [] },
      affiliations: [{ type: "member-of", target: "fatah-alliance", cites: [] }],
    }),
    entity({
      id: "fatah-alliance",
      type: "group",
      name: "Fatah Alliance",
      role: { text: "Electoral alliance of Hadi al-Amiri", cites: [] },
    }),
    entity({ id: "qassem-soleimani", name: "Qassem Soleimani", role: { text: "Commander", cites: [] } }),
    entity({
      id: "jake-sullivan",
      name: "Jake Sullivan",
      role: { text: "National Security Advisor", cites: [] },
    }),
    entity({
      id: "mustafa-al-kadhimi",
      name: "Mustafa al-Kadhimi",
      aliases: [{ text: "Mustafa al-Kadhimi" }, { text: "Kadhimi" }],
      role: { text: "Prime Minister of Iraq from May 2020", cites: [] },
    }),
  ],
  events: [
    {
      id: "2021-11-07-drone-attack-on-kadhimi-residence",
      date: "2021-11-07",
      precision: "day",
      title: "Explosive-laden drones are launched at Prime Minister Kadhimi’s residence in Baghdad",
      participants: [{ id: "mustafa-al-kadhimi", part: "target" }],
      cites: [],
    },
  ],
};

describe("words and distances", () => {
  it.each([
    ["Kata’ib Hizballah", "Kataib Hezbollah"],
    ["kataib hizbolla", "KATAIB HEZBOLLAH"],
    ["Soleimany", "Soleimani"],
    ["Qasem Suleimani", "Qassem Soleimani"],
    ["al-Muhandes", "Muhandis"],
    ["Moqtada", "Muqtada"],
    ["Abdel Mahdi", "Abdul-Mahdi"],
  ])("%s ≡ %s", (a, b) => {
    expect(words(a).folded).toEqual(words(b).folded);
  });

  it("cuts like fold(), keeps the written form, and reads a possessive as the name", () => {
    expect(words("  Abu Mahdi al-Muhandis! ").folded.join(" ")).toBe(fold("Abu Mahdi al-Muhandis"));
    expect(words("Kadhimi’s residence")).toEqual({
      folded: [fold("Kadhimi"), fold("residence")],
      raw: ["Kadhimi", "residence"],
    });
  });

  it("counts edits, a swap as one, and stops past the bound", () => {
    expect(editDistance("sulimani", "sulimani", 2, true)).toBe(0);
    expect(editDistance("framwurk", "framiwurk", 1, true)).toBe(1);
    expect(editDistance("institui", "instiuti", 1, true)).toBe(1);
    expect(editDistance("sulimani", "sulivan", 1, true)).toBe(2);
    expect(editDistance("abc", "abcdefg", 2, true)).toBe(3);
  });
});

describe("cut-off", () => {
  const searcher = createSearcher(SMALL);

  it("lists a misspelt name and not a name a few letters off it", () => {
    expect(ids(searcher.search("soleimany"))).toEqual(["qassem-soleimani"]);
    // Sullivan is found when it is what the reader typed, misspelt too.
    expect(ids(searcher.search("sulivan"))[0]).toBe("jake-sullivan");
  });

  it("keeps every listed hit within CUT of the best one and above FLOOR", () => {
    for (const q of ["khazali", "kadhimi", "asaib", "prime minister", "drone", "sullivan", "qais", "k"]) {
      const hits = searcher.search(q);
      const scored = hits.filter((h) => h.section !== "linked");
      const best = Math.max(...scored.map((h) => h.score));
      for (const h of scored) {
        expect(h.score, `${q}: ${h.id}`).toBeGreaterThanOrEqual(FLOOR);
        expect(h.score, `${q}: ${h.id}`).toBeGreaterThanOrEqual(best - CUT - 1e-9);
      }
    }
  });

  it("finds nothing for nonsense, an empty query or function words alone", () => {
    for (const q of ["", "  al- ", "zzqxv", "xkrw", "banana", "keyboard", "of the", "202"])
      expect(searcher.search(q), q).toEqual([]);
  });

  it("honours the limit", () => {
    expect(createSearcher(FIXTURE).search("k", 2)).toHaveLength(2);
  });
});

describe("related entities", () => {
  const searcher = createSearcher(SMALL);

  it("lists an entity whose record links to the direct match apart, as linked to it", () => {
    const hits = searcher.search("khazali");
    expect(ids(hits)).toEqual(["qais-al-khazali", "asaib-ahl-al-haq"]);
    const [direct, linked] = hits;
    expect(direct?.section).toBe("direct");
    expect(linked?.section).toBe("linked");
    expect(linked?.kind === "entity" && linked.via?.id).toBe("qais-al-khazali");
    // Two links away (the group's alliance) is not listed.
    expect(ids(hits)).not.toContain("fatah-alliance");
  });

  it("links both ways: the leader is listed under the group", () => {
    const hits = searcher.search("asaib");
    expect(section(hits, "direct")).toEqual(["asaib-ahl-al-haq"]);
    expect(section(hits, "linked")).toContain("qais-al-khazali");
  });

  it("lists a role match under its own heading, after the direct matches", () => {
    const hits = searcher.search("prime minister");
    expect(section(hits, "role")).toEqual(["mustafa-al-kadhimi"]);
    expect(section(hits, "direct")).toEqual([]);
  });

  it("does not take a name inside a role line for a role match", () => {
    // "Armed group led by Qais al-Khazali": a link to him, listed under him, not "by role".
    const hits = searcher.search("qais khazali");
    expect(section(hits, "role")).toEqual([]);
    expect(section(hits, "linked")).toEqual(["asaib-ahl-al-haq"]);
    expect(createSearchIndex(SMALL).entities[1]?.role).toEqual(["armid", "grup", "lid", "bi"]);
  });
});

describe("events", () => {
  const searcher = createSearcher(FIXTURE);

  it("finds an event by a word of its title and opens it on its first participant", () => {
    const hits = searcher.search("raid");
    expect(hits[0]?.id).toBe("2020-06-raid");
    expect(hits[0]?.kind === "event" && hits[0].open.id).toBe("kataib-hezbollah");
  });

  it("opens it on the participant the query names", () => {
    const hit = searcher.search("kadhimi raid")[0];
    expect(hit?.id).toBe("2020-06-raid");
    expect(hit?.kind === "event" && hit.open.id).toBe("mustafa-al-kadhimi");
  });

  it("finds events by year, oldest first, and by place", () => {
    expect(section(searcher.search("2020"), "events")).toEqual([
      "2020-01-03-baghdad-airport-strike",
      "2020-06-raid",
      "2020-07-06-hashimi-killed",
    ]);
    expect(section(searcher.search("baghdad airport"), "events")).toEqual([
      "2020-01-03-baghdad-airport-strike",
    ]);
    expect(section(searcher.search("baghdad"), "events")).toHaveLength(3);
  });

  it("leaves a person's events to their timeline when the query only names them", () => {
    expect(section(searcher.search("soleimani"), "events")).toEqual([]);
    expect(section(searcher.search("kadhimi"), "events")).toEqual([]);
  });

  it("finds an event by its short name, and a drone attack by its words", () => {
    const small = createSearcher(SMALL);
    expect(ids(small.search("drone attack"))).toEqual(["2021-11-07-drone-attack-on-kadhimi-residence"]);
    expect(ids(small.search("drones"))).toEqual(["2021-11-07-drone-attack-on-kadhimi-residence"]);
    expect(ids(small.search("2021"))).toEqual(["2021-11-07-drone-attack-on-kadhimi-residence"]);
    expect(ids(small.search("november 2021"))).toEqual(["2021-11-07-drone-attack-on-kadhimi-residence"]);
  });
});

describe("index", () => {
  it("gives the same results from a prebuilt index, and ignores a stale one", () => {
    const index = JSON.parse(JSON.stringify(createSearchIndex(FIXTURE)));
    const fresh = createSearcher(FIXTURE);
    const prebuilt = createSearcher(FIXTURE, index);
    for (const q of ["kataib hizbolla", "pmf", "hashd", "quds", "raid", "2020"])
      expect(ids(prebuilt.search(q))).toEqual(ids(fresh.search(q)));

    // Same size, another entity first: the index is not used, so results stay right.
    const renamed = {
      ...FIXTURE,
      entities: FIXTURE.entities.map((e, i) =>
        i === 0 ? { ...e, id: "someone", name: "Someone Else", aliases: [] } : e,
      ),
    };
    expect(ids(createSearcher(renamed, index).search("muhandis"))).not.toContain("abu-mahdi-al-muhandis");
  });

  it("builds one record per entity with folded names, role words and links", () => {
    const doc = createSearchIndex(FIXTURE).entities.find((d) => d.id === "kataib-hezbollah");
    expect(doc?.names[0]).toEqual(["kataib", "hidbula"]);
    expect(doc?.names).toContainEqual(["k"]);
    expect(doc?.links).toContain("popular-mobilization-forces");
  });
});

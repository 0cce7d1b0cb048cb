import { describe, expect, it } from "vitest";
import { searchDocs } from "../../../lib/search/docs";
import { fold } from "../../../lib/search/normalize";
import { createSearcher, createSearchIndex, Tier } from "../../../lib/search/search";
import { FIXTURE } from "../../fixtures/popup/dataset";

describe("fold", () => {
  it.each([
    ["Kata’ib Hizballah", "Kataib Hezbollah"],
    ["kataib hizbolla", "KATAIB HEZBOLLAH"],
    ["Soleimany", "Soleimani"],
    ["Qasem Suleimani", "Qassem Soleimani"],
    ["al-Muhandes", "Muhandis"],
    ["Asa'ib Ahl al-Haq", "Asaib Ahl al Haq"],
    ["Moqtada", "Muqtada"],
    ["Kazemi", "Kazimi"],
    ["Abdel Mahdi", "Abdul-Mahdi"],
    ["Ḥashd", "Hashd"],
  ])("%s ≡ %s", (a, b) => {
    expect(fold(a)).toBe(fold(b));
  });

  it("drops the article and punctuation, keeps words apart", () => {
    expect(fold("  Abu Mahdi al-Muhandis! ")).toBe("abu mahdi muhandis");
    expect(fold("al-")).toBe("");
  });
});

describe("createSearcher", () => {
  const searcher = createSearcher(FIXTURE);

  it("puts an exact name before a longer name that contains it", () => {
    const ids = searcher.search("hezbollah").map((h) => h.id);
    expect(ids.slice(0, 2)).toEqual(["hezbollah", "kataib-hezbollah"]);
  });

  it("prefers a name over a passing mention in a role or an affiliation", () => {
    // "Popular Mobilization Forces" is in the roles of al-Muhandis and Kataib Hezbollah.
    const hits = searcher.search("popular mobilization");
    expect(hits[0]?.id).toBe("popular-mobilization-forces");
    expect(hits[0]?.tier).toBe(Tier.Prefix);
    expect(hits.slice(1).every((h) => h.tier === Tier.Fuzzy)).toBe(true);
  });

  it("finds acronyms, misspellings and partial words", () => {
    expect(searcher.search("pmf")[0]?.id).toBe("popular-mobilization-forces");
    expect(searcher.search("soleimany")[0]?.id).toBe("qassem-soleimani");
    expect(searcher.search("muhandes")[0]?.id).toBe("abu-mahdi-al-muhandis");
    expect(searcher.search("asaib")[0]?.id).toBe("asaib-ahl-al-haq");
    expect(searcher.search("kadim")[0]?.id).toBe("mustafa-al-kadhimi");
  });

  it("finds by role", () => {
    expect(searcher.search("prime minister")[0]?.id).toBe("mustafa-al-kadhimi");
  });

  it("returns nothing for an empty or article-only query, and for nonsense", () => {
    expect(searcher.search("")).toEqual([]);
    expect(searcher.search("  al- ")).toEqual([]);
    expect(searcher.search("zzqxv")).toEqual([]);
  });

  it("honours the limit", () => {
    expect(searcher.search("a", 2)).toHaveLength(2);
  });

  it("gives the same results from a prebuilt index, and ignores a stale one", () => {
    const index = JSON.parse(JSON.stringify(createSearchIndex(FIXTURE)));
    const prebuilt = createSearcher(FIXTURE, index);
    for (const q of ["kataib hizbolla", "pmf", "hashd", "quds"])
      expect(prebuilt.search(q).map((h) => h.id)).toEqual(searcher.search(q).map((h) => h.id));

    // Same size, other entities: the index is not used, so results stay right.
    const renamed = {
      entities: FIXTURE.entities.map((e, i) => (i === 0 ? { ...e, name: "Someone Else", aliases: [] } : e)),
    };
    const stale = createSearcher(renamed, index);
    expect(stale.search("muhandis").map((h) => h.id)).not.toContain("abu-mahdi-al-muhandis");
  });

  it("builds one record per entity with folded fields and affiliation names", () => {
    const doc = searchDocs(FIXTURE).find((d) => d.id === "kataib-hezbollah");
    expect(doc?.name).toBe("kataib hizbula");
    expect(doc?.aliases).toContain(fold("KH"));
    expect(doc?.affiliations).toContain(fold("Popular Mobilization Forces"));
  });
});

describe("letter-pair prefilter (large datasets)", () => {
  it("gives the same first result as the full search", () => {
    const full = createSearcher(FIXTURE);
    const filtered = createSearcher(FIXTURE, undefined, { prefilterAbove: 0 });
    for (const q of [
      "kataib hizbolla",
      "soleimany",
      "muhandes",
      "asaib",
      "pmf",
      "hashd",
      "k",
      "prime minister",
    ])
      expect(filtered.search(q)[0]?.id, q).toBe(full.search(q)[0]?.id);
  });

  it("hands Fuse at most the requested number of candidates", () => {
    const filtered = createSearcher(FIXTURE, undefined, { prefilterAbove: 0, candidates: 2 });
    expect(filtered.search("a").length).toBeLessThanOrEqual(2);
  });
});

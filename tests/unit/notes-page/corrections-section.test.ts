import { describe, expect, it } from "vitest";
import { parseReport } from "../../../lib/corrections/report";
import { kindLabel, kindWords, scopeLabel, scopeWords } from "../../../lib/corrections/wording";
import { correctionsReport, NO_SENTENCE } from "../../../lib/notes-page/corrections-report";
import {
  correctionFacets,
  filterCorrections,
  isFiltered,
  NO_CORRECTIONS_QUERY,
} from "../../../lib/notes-page/corrections-view";
import { makeCorrection } from "../notes/corrections-helpers";

const list = [
  makeCorrection({ id: "1", kind: "not", scope: "site", site: "news.example", entity: "badr" }),
  makeCorrection({ id: "2", kind: "spelling", scope: "everywhere", site: "news.example", entity: "kh" }),
  makeCorrection({ id: "3", kind: "not", scope: "page", site: "other.example", entity: "kh" }),
  makeCorrection({ id: "4", kind: "spelling", scope: "site", site: "alpha.example", entity: "kh" }),
];
const ids = (q: Partial<typeof NO_CORRECTIONS_QUERY>) =>
  filterCorrections(list, { ...NO_CORRECTIONS_QUERY, ...q }).map((c) => c.id);

describe("the Corrections section's filters", () => {
  it("keeps every correction, in order, with no filter set", () => {
    expect(ids({})).toEqual(["1", "2", "3", "4"]);
    expect(isFiltered(NO_CORRECTIONS_QUERY)).toBe(false);
  });

  it("filters by kind, scope, site and entity, and by several at once", () => {
    expect(ids({ kind: "not" })).toEqual(["1", "3"]);
    expect(ids({ scope: "site" })).toEqual(["1", "4"]);
    expect(ids({ site: "news.example" })).toEqual(["1", "2"]);
    expect(ids({ entity: "kh" })).toEqual(["2", "3", "4"]);
    expect(ids({ entity: "kh", kind: "spelling", site: "alpha.example" })).toEqual(["4"]);
    expect(ids({ entity: "badr", scope: "everywhere" })).toEqual([]);
    expect(isFiltered({ ...NO_CORRECTIONS_QUERY, site: "news.example" })).toBe(true);
  });

  it("offers each filter's values with their counts: kinds and scopes in their order, sites alphabetical, entities most corrected first", () => {
    expect(correctionFacets(list)).toEqual({
      kinds: [
        ["spelling", 2],
        ["not", 2],
      ],
      scopes: [
        ["page", 1],
        ["site", 2],
        ["everywhere", 1],
      ],
      sites: [
        ["alpha.example", 1],
        ["news.example", 2],
        ["other.example", 1],
      ],
      entities: [
        ["kh", 3],
        ["badr", 1],
      ],
    });
    expect(correctionFacets([list[0] as (typeof list)[0]]).kinds).toEqual([["not", 1]]);
  });
});

describe("corrections in words", () => {
  it("says where a correction holds", () => {
    expect(scopeWords({ scope: "page", site: "news.example" })).toBe("on this page");
    expect(scopeWords({ scope: "site", site: "news.example" })).toBe("on news.example");
    expect(scopeWords({ scope: "everywhere", site: "news.example" })).toBe("everywhere");
    expect(scopeLabel("site")).toBe("This site");
  });

  it("says what it says", () => {
    expect(kindWords("spelling")).toBe("is");
    expect(kindWords("not")).toBe("is not");
    expect(kindLabel("not")).toBe("Wrong match");
    expect(kindLabel("spelling")).toBe("This is …");
  });
});

describe("the report for the maintainers", () => {
  it("parses back to the same corrections, the page's address as page", () => {
    const text = correctionsReport(list);
    const { corrections, errors } = parseReport(text);
    expect(errors).toEqual([]);
    expect(corrections).toEqual(
      list.map((c) => ({
        kind: c.kind,
        spelling: c.spelling,
        entity: c.entity,
        scope: c.scope,
        page: c.url,
        sentence: c.sentence,
      })),
    );
  });

  it("writes an empty sentence as one not recorded, so that every field is there", () => {
    const c = makeCorrection({ sentence: "  " });
    const { corrections, errors } = parseReport(correctionsReport([c]));
    expect(errors).toEqual([]);
    expect(corrections[0]?.sentence).toBe(NO_SENTENCE);
  });

  it("keeps a sentence over several lines on one line", () => {
    const c = makeCorrection({ sentence: "Badr chief\nHadi al-Ameri  said" });
    expect(parseReport(correctionsReport([c])).corrections[0]?.sentence).toBe(
      "Badr chief Hadi al-Ameri said",
    );
  });
});

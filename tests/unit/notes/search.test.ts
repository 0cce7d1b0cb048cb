import { describe, expect, it } from "vitest";
import { facets, fold, searchSummaries, summarize, terms } from "../../../lib/notes/search";
import { makeHighlight } from "./helpers";

const list = [
  makeHighlight({
    id: "a",
    note: "Ask about salaries",
    tags: ["budget"],
    entities: ["pmf"],
    site: "news.example",
  }),
  makeHighlight({
    id: "b",
    quote: { exact: "Kataib Hezbollah said it would not attend", prefix: "", suffix: "" },
    url: "https://other.example/",
    site: "other.example",
    pageEntities: ["kh"],
    tags: ["security"],
  }),
  makeHighlight({
    id: "c",
    quote: { exact: "Muqtadā al-Ṣadr’s bloc", prefix: "", suffix: "" },
    entities: ["sadr"],
  }),
];
const index = list.map(summarize);
const ids = (q: Parameters<typeof searchSummaries>[1]) => searchSummaries(index, q).map((h) => h.id);

describe("notes search", () => {
  it("finds words in quotes and notes, all words required", () => {
    expect(ids({ text: "salaries" })).toEqual(["a"]);
    expect(ids({ text: "hezbollah attend" })).toEqual(["b"]);
    expect(ids({ text: "hezbollah salaries" })).toEqual([]);
    expect(ids({ text: "" })).toEqual(["a", "b", "c"]);
  });

  it("ignores case, diacritics and curly apostrophes", () => {
    expect(ids({ text: "MUQTADA al-sadr's" })).toEqual(["c"]);
    expect(fold("Ṣadr’s")).toBe("sadr's");
  });

  it("keeps quoted phrases whole", () => {
    expect(terms('"would not" attend')).toEqual(["would not", "attend"]);
    expect(ids({ text: '"not attend"' })).toEqual(["b"]);
    expect(ids({ text: '"attend not"' })).toEqual([]);
  });

  it("filters by entity (quote or page), site and tag", () => {
    expect(ids({ entity: "pmf" })).toEqual(["a"]);
    expect(ids({ entity: "kh" })).toEqual(["b"]);
    expect(ids({ site: "other.example" })).toEqual(["b"]);
    expect(ids({ tag: "budget", text: "salaries" })).toEqual(["a"]);
  });

  it("counts the filter values", () => {
    const f = facets(index);
    expect(f.sites[0]).toEqual(["news.example", 2]);
    expect(f.tags.map(([t]) => t).sort()).toEqual(["budget", "security"]);
    expect(f.entities.map(([e]) => e).sort()).toEqual(["kh", "pmf", "sadr"]);
  });
});

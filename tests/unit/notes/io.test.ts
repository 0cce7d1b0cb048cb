import { describe, expect, it } from "vitest";
import { EXPORT_FORMAT, ImportError, parseImport, toJson, toMarkdown } from "../../../lib/notes/io";
import { DEFAULT_COLOR_LABELS } from "../../../lib/notes/types";
import { freshStore, makeHighlight } from "./helpers";

const good = makeHighlight({ id: "good-1" });
const file = (highlights: unknown[], over: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: EXPORT_FORMAT,
    version: 2,
    exportedAt: "2024-01-01T00:00:00.000Z",
    highlights,
    ...over,
  });
const withField = (over: Record<string, unknown>) => file([{ ...good, ...over }]);

describe("export and import", () => {
  it("round-trips: export → wipe → import gives back identical data", async () => {
    const store = await freshStore();
    await store.add(
      makeHighlight({ id: "a", note: "Line one\nline two", tags: ["pmf", "budget"], color: "green" }),
    );
    await store.add(
      makeHighlight({
        id: "b",
        createdAt: 5,
        updatedAt: 6,
        anchor: { status: "missing", checkedAt: 7 },
        entities: ["kh"],
      }),
    );
    await store.setColors([...DEFAULT_COLOR_LABELS.slice(0, 3), { id: "pink", label: "Follow up" }]);
    const before = await store.listNewestFirst();
    const json = toJson(before, await store.colors());
    await store.wipe();
    expect(await store.count()).toBe(0);
    const parsed = parseImport(json);
    expect(await store.merge(parsed.highlights, parsed.colors)).toEqual({ added: 2, updated: 0, kept: 0 });
    expect(await store.listNewestFirst()).toEqual(before);
    expect((await store.colors())[3]).toEqual({ id: "pink", label: "Follow up" });
  });

  const malformed: [string, string][] = [
    ["an empty file", ""],
    ["a file that is not JSON", "# My notes\n\n> a quote"],
    ["truncated JSON", file([good]).slice(0, 80)],
    ["a JSON list", JSON.stringify([good])],
    ["a foreign JSON file", JSON.stringify({ name: "some-package", version: "1.0.0" })],
    ["another tool's export", JSON.stringify({ format: "hypothesis", highlights: [] })],
    ["a newer format version", file([], { version: 99 })],
    ["highlights that are not a list", file([], { highlights: { a: good } })],
    ["a record without an id", file([{ ...good, id: undefined }])],
    ["a record with a javascript: URL", withField({ url: "javascript:alert(1)" })],
    ["a record with an unknown colour", withField({ color: "octarine" })],
    ["a record with an unexpected field", withField({ password: "x" })],
    ["a record whose position ends before it starts", withField({ position: { start: 9, end: 3 } })],
    ["a record updated before it was created", withField({ createdAt: 10, updatedAt: 5 })],
    ["a record with a text time", withField({ createdAt: "yesterday" })],
    ["a record with a numeric tag", withField({ tags: [5] })],
    ["a record with an empty quote", withField({ quote: { exact: "", prefix: "", suffix: "" } })],
    ["a note far too long", withField({ note: "x".repeat(20_001) })],
    ["the same id twice", file([good, { ...good, note: "other" }])],
    ["an id with odd characters", withField({ id: "../../etc" })],
    ["a file with an unexpected top-level field", file([good], { script: "alert(1)" })],
  ];

  it.each(malformed)("refuses %s with a clear message, changing nothing", async (_what, text) => {
    const store = await freshStore();
    await store.add(makeHighlight({ id: "mine" }));
    const before = await store.listNewestFirst();
    let error: unknown;
    try {
      const parsed = parseImport(text);
      await store.merge(parsed.highlights, parsed.colors);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(/Actor Lens|empty|damaged|version/);
    expect(await store.listNewestFirst()).toEqual(before);
  });

  it("normalises URLs and recomputes the site on import", () => {
    const parsed = parseImport(
      withField({ url: "https://www.news.example/a?utm_source=x#top", site: "evil" }),
    );
    expect(parsed.highlights[0]).toMatchObject({ url: "https://www.news.example/a", site: "news.example" });
  });

  it("writes readable Markdown grouped by page, with links", () => {
    const md = toMarkdown(
      [
        makeHighlight({ id: "1", title: "Budget [live]", note: "Check *this*", tags: ["pmf"], createdAt: 2 }),
        makeHighlight({
          id: "2",
          url: "https://other.example/x",
          title: "Other",
          quote: { exact: "Kataib Hezbollah said", prefix: "", suffix: "" },
          color: "blue",
          anchor: { status: "missing", checkedAt: 1 },
          createdAt: 3,
        }),
      ],
      DEFAULT_COLOR_LABELS.slice(),
      new Date("2024-05-01T00:00:00Z"),
    );
    expect(md).toContain("# Actor Lens highlights");
    expect(md).toContain("Exported 2024-05-01: 2 highlights from 2 pages.");
    expect(md).toContain("## [Budget \\[live\\]](<https://news.example/article>)");
    expect(md).toContain("> met in Baghdad");
    expect(md).toContain("Check *this*");
    expect(md).toContain("_Claim · saved 1970-01-01 · #pmf_");
    expect(md).toContain("_Question · saved 1970-01-01 · not found on the page_");
    expect(md.indexOf("## [Other]")).toBeLessThan(md.indexOf("## [Budget"));
  });
});

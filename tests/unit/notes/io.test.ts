import { describe, expect, it } from "vitest";
import {
  EXPORT_FORMAT,
  ImportError,
  MAX_IMPORT_BYTES,
  parseImport,
  readImportFile,
  toJson,
  toMarkdown,
} from "../../../lib/notes/io";
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
    expect(md).toContain("Check \\*this\\*");
    expect(md).toContain("_Claim · saved 1970-01-01 · #pmf_");
    expect(md).toContain("_Question · saved 1970-01-01 · not found on the page_");
    expect(md.indexOf("## [Other]")).toBeLessThan(md.indexOf("## [Budget"));
  });

  /** The message parseImport refuses `text` with (fails the test if it accepts it). */
  const refusal = (text: string) => {
    try {
      parseImport(text);
    } catch (err) {
      expect(err).toBeInstanceOf(ImportError);
      return (err as Error).message;
    }
    throw new Error("the file was accepted");
  };

  it("says plainly that a version given as text must be a number", () => {
    const message = refusal(file([good], { version: "2" }));
    expect(message).toBe('The version field of this file must be a number, but it is "2" (a string).');
  });

  it("says a file without a version has no version field", () => {
    const message = refusal(file([good], { version: undefined }));
    expect(message).toMatch(/has no version field/);
    expect(message).not.toMatch(/undefined/);
  });

  it("refuses a file over the limit by its size, before reading it, giving the limit in MB", async () => {
    let read = false;
    // 576 MiB, as in the audit: reading it would fail, and the reader was told the file was empty.
    const huge = {
      size: 576 * 1024 * 1024,
      text: async () => {
        read = true;
        return "";
      },
    };
    const error = await readImportFile(huge).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toBe(
      "This file is too large to import: it is 576 MB, and the largest file Actor Lens imports is 50 MB.",
    );
    expect(read).toBe(false);
    // One byte over is refused too; at the limit the file is read.
    await expect(readImportFile({ size: MAX_IMPORT_BYTES + 1, text: huge.text })).rejects.toThrow(
      /too large/,
    );
    expect(read).toBe(false);
    const json = file([good]);
    expect(await readImportFile(new Blob([json]))).toBe(json);
    expect(refusal(" ".repeat(MAX_IMPORT_BYTES + 1))).toMatch(/too large to import.*50 MB/);
  });

  const inherited = ["toString", "hasOwnProperty", "constructor", "valueOf", "__proto__"];
  it.each(inherited)("refuses an unknown field named %s like any other, at every level", (name) => {
    // Spliced in as text: JSON.parse makes `"__proto__"` an own property, as a hostile file would.
    const inject = (json: string, at: string) => json.replace(at, `${at}"${name}":{"polluted":true},`);
    const json = file([good]);
    expect(refusal(inject(json, "{"))).toContain(`file.${name}: unexpected field`);
    expect(refusal(inject(json, '"highlights":[{'))).toContain(
      `file.highlights[0].${name}: unexpected field`,
    );
    expect(refusal(inject(json, '"quote":{'))).toContain(
      `file.highlights[0].quote.${name}: unexpected field`,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("writes what the reader wrote as text, never as HTML or Markdown syntax", () => {
    const md = toMarkdown(
      [
        makeHighlight({
          id: "x",
          url: "https://news.example/a_(b)?q=<x>&r='y'",
          title: "<script>alert(1)</script> [click](javascript:alert(1))",
          quote: { exact: "<img src=x onerror=alert(1)>\n- not a list", prefix: "", suffix: "" },
          note: "<script>alert(2)</script> & **bold** ![x](https://evil.example/t.png)\n1. one\n---\n    indented",
          tags: ["<b>tag</b>"],
          color: "pink",
        }),
        makeHighlight({ id: "y", url: "javascript:alert(3)", title: "Bad link", createdAt: 1 }),
      ],
      [{ id: "pink", label: "<i>Important</i>" }],
      new Date("2024-05-01T00:00:00Z"),
    );
    // Link destinations are the only place `<` and `>` are written, and they hold http(s) only.
    const destinations = md.match(/\]\(<[^>\n]*>\)/g) ?? [];
    expect(destinations).toEqual(["](<https://news.example/a_%28b%29?q=%3Cx%3E&r=%27y%27>)"]);
    // Our own `> ` quote markers aside, no `<` or `>` is left for a viewer to read as HTML.
    expect(md.replace(/\]\(<[^>\n]*>\)/g, "]").replace(/^> /gm, "")).not.toMatch(/[<>]/);
    expect(md).toContain(
      "## [&lt;script&gt;alert\\(1\\)&lt;/script&gt; \\[click\\]\\(javascript:alert\\(1\\)\\)](<",
    );
    expect(md).toContain("> &lt;img src=x onerror=alert\\(1\\)&gt;\n> \\- not a list");
    expect(md).toContain(
      "&lt;script&gt;alert\\(2\\)&lt;/script&gt; &amp; \\*\\*bold\\*\\* \\!\\[x\\]\\(https://evil.example/t.png\\)",
    );
    expect(md).toContain("\n1\\. one\n\\---\nindented\n");
    expect(md).toContain("_&lt;i&gt;Important&lt;/i&gt; · saved 2023-11-14 · #&lt;b&gt;tag&lt;/b&gt;_");
    // A javascript: address is written as text, not as a link.
    expect(md).toContain("## Bad link\n\nAddress (not a web link): javascript:alert\\(3\\)");
    expect(md).not.toContain("](javascript");
  });

  it("still round-trips a well-formed export holding the characters Markdown escapes", () => {
    const tricky = makeHighlight({
      id: "tricky",
      title: "<b>Title</b> [x](y) & more",
      note: "<img src=x onerror=alert(1)>\n# not a heading",
      tags: ["a&b", "<c>"],
      quote: { exact: "*quoted* <text>", prefix: "<", suffix: ">" },
    });
    const colors = [...DEFAULT_COLOR_LABELS.slice(0, 3), { id: "pink" as const, label: "<Odd> & _label_" }];
    const parsed = parseImport(toJson([tricky, good], colors));
    expect(parsed.highlights).toEqual([tricky, good]);
    expect(parsed.colors).toEqual(colors);
  });
});

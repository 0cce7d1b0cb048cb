import { describe, expect, it } from "vitest";
import { CORRECTION_LIMITS } from "../../../lib/corrections/types";
import { createCorrectionsStore } from "../../../lib/notes/corrections";
import {
  checkEntities,
  EXPORT_FORMAT,
  ImportError,
  parseImport,
  toJson,
  toMarkdown,
} from "../../../lib/notes/io";
import { DEFAULT_COLOR_LABELS } from "../../../lib/notes/types";
import { makeCorrection } from "./corrections-helpers";
import { freshStore, makeHighlight } from "./helpers";

const colors = DEFAULT_COLOR_LABELS.slice();

/** A notes store and the corrections store of the same database, holding one of each. */
async function stores() {
  const notes = await freshStore();
  const corrections = createCorrectionsStore(notes.db);
  await notes.add(makeHighlight({ id: "mine" }));
  await corrections.put([makeCorrection({ id: "mine-c", kind: "spelling", scope: "everywhere" })]);
  return { notes, corrections };
}

/** Everything the store holds, to compare before and after. */
async function snapshot(s: Awaited<ReturnType<typeof stores>>) {
  return { highlights: await s.notes.listNewestFirst(), corrections: await s.corrections.all() };
}

const file = (over: Record<string, unknown>) =>
  JSON.stringify({ format: EXPORT_FORMAT, version: 3, highlights: [makeHighlight({ id: "h1" })], ...over });

describe("export and import of corrections", () => {
  it("round-trips: export → wipe → import gives back identical corrections and highlights", async () => {
    const s = await stores();
    await s.corrections.put([
      makeCorrection({ id: "a", sentence: "" }),
      makeCorrection({ id: "b", scope: "page", url: "https://www.other.example/x", site: "other.example" }),
    ]);
    const before = await snapshot(s);
    const json = toJson(before.highlights, await s.notes.colors(), new Date(), before.corrections);
    expect(JSON.parse(json).corrections).toHaveLength(3);
    await s.notes.wipe();
    await s.corrections.clear();
    const parsed = parseImport(json);
    const r = await s.notes.importAll(parsed.highlights, parsed.colors, parsed.corrections);
    expect(r).toEqual({ highlights: { added: 1, updated: 0, kept: 0 }, corrections: { added: 3, kept: 0 } });
    expect(await snapshot(s)).toEqual(before);
  });

  it("keeps a stored correction whose id the file has too, and adds the others", async () => {
    const s = await stores();
    const stored = (await s.corrections.all())[0];
    const parsed = parseImport(
      file({ corrections: [{ ...stored, spelling: "Changed elsewhere" }, makeCorrection({ id: "new-1" })] }),
    );
    const r = await s.notes.importAll(parsed.highlights, parsed.colors, parsed.corrections);
    expect(r.corrections).toEqual({ added: 1, kept: 1 });
    const after = await s.corrections.all();
    expect(after.find((c) => c.id === "mine-c")).toEqual(stored);
    expect(after.map((c) => c.id).sort()).toEqual(["mine-c", "new-1"]);
  });

  it("still reads an export of version 2, written before corrections, and leaves the corrections alone", async () => {
    const s = await stores();
    const before = await s.corrections.all();
    const parsed = parseImport(file({ version: 2 }));
    expect(parsed.corrections).toEqual([]);
    await s.notes.importAll(parsed.highlights, parsed.colors, parsed.corrections);
    expect(await s.corrections.all()).toEqual(before);
    expect((await s.notes.listNewestFirst()).map((h) => h.id).sort()).toEqual(["h1", "mine"]);
  });

  it("recomputes each correction's site from its page, as for highlights", () => {
    const parsed = parseImport(
      file({
        corrections: [makeCorrection({ url: "https://www.news.example/a?utm_source=x", site: "evil" })],
      }),
    );
    expect(parsed.corrections[0]).toMatchObject({ url: "https://www.news.example/a", site: "news.example" });
  });

  const good = makeCorrection({ id: "good" });
  const bad: [string, string, RegExp][] = [
    ["malformed JSON", `${file({ corrections: [good] }).slice(0, -40)}`, /not JSON/],
    ["corrections that are not a list", file({ corrections: { good } }), /file\.corrections: /],
    [
      "an unknown kind",
      file({ corrections: [good, { ...good, id: "x", kind: "maybe" }] }),
      /corrections\[1\]\.kind/,
    ],
    ["an unknown scope", file({ corrections: [{ ...good, scope: "country" }] }), /corrections\[0\]\.scope/],
    ["an empty spelling", file({ corrections: [{ ...good, spelling: "  " }] }), /corrections\[0\]\.spelling/],
    ["a spelling far too long", file({ corrections: [{ ...good, spelling: "x".repeat(201) }] }), /spelling/],
    ["an entity that is no id", file({ corrections: [{ ...good, entity: "<b>Badr</b>" }] }), /\.entity/],
    ["a javascript: page", file({ corrections: [{ ...good, url: "javascript:alert(1)" }] }), /\.url/],
    ["a text date", file({ corrections: [{ ...good, createdAt: "today" }] }), /\.createdAt/],
    ["a missing field", file({ corrections: [{ ...good, sentence: undefined }] }), /\.sentence/],
    ["an unknown field", file({ corrections: [{ ...good, password: "x" }] }), /corrections\[0\].*password/],
    [
      "the same id twice",
      file({ corrections: [good, { ...good, spelling: "Other" }] }),
      /corrections\[1\]\.id/,
    ],
    [
      "a good correction beside a bad highlight",
      file({ corrections: [good], highlights: [makeHighlight({ id: "h1", color: "octarine" as "pink" })] }),
      /highlights\[0\]\.color/,
    ],
  ];

  it.each(bad)(
    "refuses a file with %s, naming the record, and changes nothing",
    async (_what, text, where) => {
      const s = await stores();
      const before = await snapshot(s);
      let error: unknown;
      try {
        const parsed = parseImport(text);
        await s.notes.importAll(parsed.highlights, parsed.colors, parsed.corrections);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(ImportError);
      expect((error as Error).message).toMatch(where);
      expect(await snapshot(s)).toEqual(before);
    },
  );

  it("refuses corrections naming an entity the dataset does not have, naming the record", () => {
    const parsed = parseImport(
      file({ corrections: [makeCorrection(), makeCorrection({ entity: "no-such-group" })] }),
    );
    const known = (id: string) => id === "hadi-al-amiri";
    expect(() => checkEntities(parsed, known)).toThrow(ImportError);
    expect(() => checkEntities(parsed, known)).toThrow(
      'This export is damaged (file.corrections[1].entity: "no-such-group" is not in Actor Lens\'s dataset); nothing was imported.',
    );
    expect(() =>
      checkEntities({ ...parsed, corrections: parsed.corrections.slice(0, 1) }, known),
    ).not.toThrow();
  });

  it("imports nothing, neither highlights nor corrections, when the corrections would pass the limit", async () => {
    const s = await stores();
    const before = await snapshot(s);
    const many = Array.from({ length: CORRECTION_LIMITS.total }, (_, i) =>
      makeCorrection({ id: `many-${i}` }),
    );
    const parsed = parseImport(file({ corrections: many }));
    await expect(s.notes.importAll(parsed.highlights, parsed.colors, parsed.corrections)).rejects.toThrow(
      `At most ${CORRECTION_LIMITS.total} corrections are kept; nothing was imported.`,
    );
    expect(await snapshot(s)).toEqual(before);
  });
});

describe("the Markdown export's corrections", () => {
  const names = new Map([["hadi-al-amiri", "Hadi al-Amiri"]]);
  const name = (id: string) => names.get(id) ?? id;

  it("lists them in a section of their own, newest first, in words, with the page and the sentence", () => {
    const md = toMarkdown(
      [makeHighlight()],
      colors,
      new Date("2024-05-01T00:00:00Z"),
      [
        makeCorrection({ id: "old", kind: "not", createdAt: Date.UTC(2024, 3, 1), title: "Budget [live]" }),
        makeCorrection({
          id: "new",
          kind: "spelling",
          spelling: "Abu *Fadak*",
          entity: "abu-fadak",
          scope: "everywhere",
          sentence: "",
          createdAt: Date.UTC(2024, 3, 2),
        }),
        makeCorrection({ id: "page", scope: "page", createdAt: Date.UTC(2024, 3, 1) - 1 }),
      ],
      name,
    );
    const section = md.slice(md.indexOf("## Corrections"));
    expect(md.indexOf("## Corrections")).toBeGreaterThan(md.indexOf("> met in Baghdad"));
    expect(section).toContain("3 corrections, newest first.");
    const items = section.split("\n").filter((l) => l.startsWith("- "));
    expect(items).toEqual([
      "- “Abu \\*Fadak\\*” is `abu-fadak`, everywhere; made on [An article](<https://news.example/article>), 2024-04-02",
      "- “Hadi al-Ameri” is not **Hadi al-Amiri** (`hadi-al-amiri`), on news.example; made on [Budget \\[live\\]](<https://news.example/article>), 2024-04-01",
      "- “Hadi al-Ameri” is not **Hadi al-Amiri** (`hadi-al-amiri`), on this page; made on [An article](<https://news.example/article>), 2024-03-31",
    ]);
    expect(section).toContain("  > Badr chief Hadi al-Ameri said on Monday");
  });

  it("writes a page's words as text, never as HTML", () => {
    const md = toMarkdown([], colors, new Date(), [
      makeCorrection({ spelling: "<img src=x onerror=alert(1)>", sentence: "<script>alert(1)</script>" }),
    ]);
    expect(md).not.toContain("<img");
    expect(md).not.toContain("<script");
    expect(md).toContain("&lt;img src=x onerror=alert\\(1\\)&gt;");
  });

  it("has no corrections section when there are none", () => {
    expect(toMarkdown([makeHighlight()], colors)).not.toContain("Corrections");
  });
});

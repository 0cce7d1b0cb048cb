/**
 * The engine on Arabic- and Persian-script pages (issue 16): the spelling table (each row linked
 * to its entity, with the mark where the brackets say), the trap table (nothing, or the right
 * other entity), over aliases in the dataset's shape (arabic-fixture.ts).
 */
import { describe, expect, it } from "vitest";
import { compileIndex } from "../../../lib/matching/compile";
import { createMatcher } from "../../../lib/matching/matcher";
import { packIndex } from "../../../lib/matching/pack";
import type { Mention } from "../../../lib/matching/types";
import { ARABIC_FIXTURE } from "../matching/arabic-fixture";
import { realIndex } from "../matching/real-index";
import { ARABIC, PERSIAN, type Row } from "./spellings";
import { NEGATIVE_TRAPS, TRAPS } from "./traps";

const compiled = compileIndex(ARABIC_FIXTURE);
const matcher = createMatcher(compiled);
/** The dataset's own aliases (data/entities), as the extension has them. */
const real = createMatcher(realIndex());

/** Mentions of the last text, after the page said `before` (scanned first, same session). */
function scanPage(text: string, before?: string, m = matcher): Mention[] {
  const s = m.session();
  if (before) s.scan(before);
  return s.scan(text);
}

function checkRow([id, marked, before]: Row): string | null {
  const start = marked.indexOf("[");
  const end = marked.indexOf("]") - 1;
  const text = marked.replace("[", "").replace("]", "");
  const ms = scanPage(text, before);
  const hit = ms.find((m) => m.start === start && m.end === end && m.id === id);
  if (hit) return null;
  const got = ms.map((m) => `${m.surface}[${m.start},${m.end}]→${m.id ?? m.candidates.join("|")}`).join("; ");
  return `${marked} (after ${JSON.stringify(before ?? "")}): want [${start},${end}]→${id}, got ${got || "nothing"}`;
}

describe.each([
  ["Arabic", ARABIC],
  ["Persian", PERSIAN],
])("%s spellings", (script, rows) => {
  it(`links each of the ${rows.length} ${script} spellings to its entity, with its span`, () => {
    expect(rows.length).toBeGreaterThanOrEqual(script === "Arabic" ? 150 : 50);
    const failed = rows.map(checkRow).filter((f) => f !== null);
    expect(failed).toEqual([]);
  });
});

describe(`Arabic- and Persian-script traps (${TRAPS.length})`, () => {
  it(`links none of the ${TRAPS.length} traps (or only the right other entity)`, () => {
    expect(TRAPS.length).toBeGreaterThanOrEqual(80);
    const failed: string[] = [];
    for (const [text, forbid, before, instead] of TRAPS) {
      const ms = scanPage(text, before).filter((m) => m.id !== null || m.candidates.length > 0);
      const wrong = ms.filter((m) => (forbid === "*" ? m.id !== instead : m.id === forbid || m.id === null));
      if (wrong.length > 0 || (instead && !ms.some((m) => m.id === instead)))
        failed.push(`${text}: ${ms.map((m) => `${m.surface}→${m.id ?? "?"}`).join("; ") || "nothing"}`);
    }
    expect(failed).toEqual([]);
  });
});

describe("the packed index (what the extension loads)", () => {
  it("gives the same mentions on every row of both tables", () => {
    const packed = createMatcher(JSON.parse(JSON.stringify(packIndex(compiled))));
    const texts: [string, string | undefined][] = [
      ...[...ARABIC, ...PERSIAN].map(
        ([, t, b]) => [t.replace("[", "").replace("]", ""), b] as [string, string | undefined],
      ),
      ...TRAPS.map(([t, , b]) => [t, b] as [string, string | undefined]),
    ];
    for (const [text, before] of texts) {
      const a = matcher.session();
      const b = packed.session();
      if (before) expect(b.scan(before)).toEqual(a.scan(before));
      expect(b.scan(text), text).toEqual(a.scan(text));
    }
  });
});

describe("aliases without the dataset's script fields", () => {
  it("take a person's one-word Arabic-script name for a surname, linked after the full name", () => {
    const plain = createMatcher(
      compileIndex({
        entities: [
          {
            id: "mustafa-al-kadhimi",
            type: "person",
            name: "Mustafa al-Kadhimi",
            aliases: [{ text: "مصطفى الكاظمي" }, { text: "الكاظمي" }],
            role: { text: "", cites: [] },
            summary: "",
            affiliations: [],
          },
        ],
      }),
    );
    expect(plain.scan("وأكد الكاظمي أن")).toEqual([]);
    const s = plain.session();
    expect(s.scan("مصطفى الكاظمي رئيس الوزراء").map((m) => m.id)).toEqual(["mustafa-al-kadhimi"]);
    const later = s.scan("وأكد الكاظمي أن");
    expect(later.map((m) => [m.surface, m.start, m.id, m.reason.kind])).toEqual([
      ["الكاظمي", 5, "mustafa-al-kadhimi", "short-form"],
    ]);
  });
});

/**
 * Spelling rows the dataset links otherwise, on purpose (each checked by hand): forms left out of
 * data/entities because they are everyday words, and a span the dataset's longer alias takes.
 */
const DATASET_DIFFERS: Record<string, string> = {
  "وقال [صالح] إن البلاد": "صالح is an everyday word (for, in favour of): not a dataset alias",
  "ثم أعلن [الحكمة] موقفه": "الحكمة is an everyday word (wisdom): not a dataset alias",
  "فرمانده نیروی قدس [سپاه پاسداران انقلاب اسلامی] بود":
    "the dataset has the Quds Force's full Persian name, نیروی قدس سپاه پاسداران انقلاب اسلامی, and the longest span wins",
};

describe("the tables over the dataset's own aliases (data/entities)", () => {
  it("links every spelling (its span, or a longer alias of the same entity around it) and no trap", () => {
    const failed: string[] = [];
    let checked = 0;
    for (const [id, marked, before] of [...ARABIC, ...PERSIAN]) {
      if (marked in DATASET_DIFFERS) continue;
      checked++;
      const start = marked.indexOf("[");
      const end = marked.indexOf("]") - 1;
      const ms = scanPage(marked.replace("[", "").replace("]", ""), before, real);
      if (!ms.some((m) => m.start <= start && m.end >= end && m.id === id))
        failed.push(`${marked}: ${ms.map((m) => `${m.surface}→${m.id ?? "?"}`).join("; ") || "nothing"}`);
    }
    for (const [text, forbid, before, instead] of TRAPS) {
      const ms = scanPage(text, before, real).filter((m) => m.id !== null || m.candidates.length > 0);
      const wrong = ms.filter((m) => (forbid === "*" ? m.id !== instead : m.id === forbid || m.id === null));
      if (wrong.length > 0)
        failed.push(`trap ${text}: ${ms.map((m) => `${m.surface}→${m.id ?? "?"}`).join("; ")}`);
    }
    expect(failed).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(200);
  });

  it("keeps its list of rows the dataset links otherwise true: each is a row, and each differs", () => {
    const rows = new Map([...ARABIC, ...PERSIAN].map((r) => [r[1], r]));
    for (const marked of Object.keys(DATASET_DIFFERS)) {
      const row = rows.get(marked);
      expect(row, marked).toBeDefined();
      const [id, , before] = row as Row;
      const start = marked.indexOf("[");
      const end = marked.indexOf("]") - 1;
      const ms = scanPage(marked.replace("[", "").replace("]", ""), before, real);
      expect(
        ms.some((m) => m.start === start && m.end === end && m.id === id),
        marked,
      ).toBe(false);
    }
  });
});

describe(`traps the dataset's negative phrases hold (${NEGATIVE_TRAPS.length})`, () => {
  it("links none of them over data/entities, and the same words in news still link", () => {
    const failed: string[] = [];
    for (const [text, forbid, before] of NEGATIVE_TRAPS) {
      const ms = scanPage(text, before, real).filter(
        (m) => m.id === forbid || (forbid === "*" && m.id !== null),
      );
      if (ms.length > 0) failed.push(`${text}: ${ms.map((m) => `${m.surface}→${m.id}`).join("; ")}`);
    }
    expect(failed).toEqual([]);
    expect(scanPage("قال حزب الله في بيان إن", undefined, real).map((m) => m.id)).toEqual(["hezbollah"]);
    // A phrase's word with a proclitic ("وحزب الشيطان") is keyed as the page reads it: "وحزب"
    // elsewhere is still و + "حزب".
    expect(scanPage("وحزب الله حليف لإيران", undefined, real).map((m) => [m.surface, m.id])).toEqual([
      ["حزب الله", "hezbollah"],
    ]);
  });
});

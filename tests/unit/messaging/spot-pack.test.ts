/**
 * The spotting port's packed answers (lib/messaging/spot-pack.ts): what the background packs,
 * the content script unpacks to the same mentions, from the real matcher over real text; and
 * anything else is refused, never half read.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createMatcher } from "../../../lib/matching/index";
import type { CompiledIndex, Mention } from "../../../lib/matching/types";
import {
  type EntityKind,
  type PackedMentions,
  packMentions,
  unpackMentions,
} from "../../../lib/messaging/spot-pack";

const ROOT = join(import.meta.dirname, "../../..");
const index = JSON.parse(readFileSync(join(ROOT, "data/build/alias-index.json"), "utf8")) as CompiledIndex;

/** What crosses the port: a JSON copy. */
const wire = (p: PackedMentions): unknown => JSON.parse(JSON.stringify(p));

describe("packed spotting answers", () => {
  // A short form before any full form: a possible name with two candidates.
  const texts = [
    "Then al-Sudani spoke.",
    ...readFileSync(join(ROOT, "../shared/seeds/004_9bc6249cbdfeefff.txt"), "utf8")
      .split(/\n\s*\n/)
      .filter((t) => t.trim()),
  ];
  const session = createMatcher(index).session();
  const perText = texts.map((t) => session.scan(t));

  it("unpack to the very mentions packed, over a real document (links, possible names, candidates)", () => {
    const all = perText.flat();
    expect(all.length).toBeGreaterThan(30);
    expect(all.some((m) => m.id === null && m.candidates.length > 1)).toBe(true);
    expect(unpackMentions(wire(packMentions(perText)), texts.length)).toEqual(perText);
  });

  it("are smaller than the mentions as objects, each string sent once", () => {
    const packed = packMentions(perText);
    expect(new Set(packed.strings).size).toBe(packed.strings.length);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(perText).length / 2);
  });

  it("share strings and reasons between the mentions of one answer", () => {
    const m: Mention = {
      surface: "Kataib Hezbollah",
      start: 0,
      end: 16,
      id: "kataib-hezbollah",
      candidates: [],
      match: "exact",
      confidence: 1,
      reason: { kind: "exact", text: "exact alias" },
    };
    const [[a, b] = []] = unpackMentions(wire(packMentions([[m, { ...m, start: 20, end: 36 }]])), 1) ?? [];
    expect(a?.reason).toBe(b?.reason);
    expect(b).toEqual({ ...m, start: 20, end: 36 });
  });

  it("carry the kind of each entity named, which the content script collects", () => {
    const kindOf = (id: string) => (id.startsWith("k") ? "group" : id.startsWith("m") ? "person" : undefined);
    const packed = wire(packMentions(perText, kindOf));
    const kinds = new Map<string, EntityKind>();
    expect(unpackMentions(packed, texts.length, kinds)).toEqual(perText);
    const ids = new Set(perText.flat().flatMap((m) => (m.id ? [m.id] : [])));
    expect(ids.size).toBeGreaterThan(5);
    for (const id of ids) expect(kinds.get(id), id).toBe(kindOf(id));
    // Surfaces, reasons and candidates are no entity of the answer's: no kind for them.
    for (const m of perText.flat()) if (!ids.has(m.surface)) expect(kinds.has(m.surface)).toBe(false);
  });

  it("refuse what is not a packed answer for that many texts", () => {
    const good = wire(packMentions([[perText.flat()[0] as Mention]])) as PackedMentions;
    const row = good.rows[0] as number[];
    const bad: [string, unknown][] = [
      ["null", null],
      ["the old shape", [[perText.flat()[0]]]],
      ["rows for another number of texts", { ...good, rows: [row, []] }],
      ["a string that is not one", { ...good, strings: [...good.strings.slice(1), 7] }],
      ["a row cut short", { ...good, rows: [row.slice(0, 5)] }],
      ["a string index out of range", { ...good, rows: [[row[0], row[1], 99, ...row.slice(3)]] }],
      ["an empty span", { ...good, rows: [[5, 5, ...row.slice(2)]] }],
      ["a negative offset", { ...good, rows: [[-1, ...row.slice(1)]] }],
      ["a confidence over 1", { ...good, rows: [[...row.slice(0, 5), 2, ...row.slice(6)]] }],
      ["more candidates than the row holds", { ...good, rows: [[...row.slice(0, 8), 3]] }],
      ["a row that is not an array", { ...good, rows: ["0,1"] }],
      ["no kinds", { ...good, kinds: undefined }],
      ["kinds for another number of strings", { ...good, kinds: [...good.kinds, 0] }],
      ["a kind that is none", { ...good, kinds: good.kinds.map(() => 3) }],
    ];
    expect(unpackMentions(good, 1)).toHaveLength(1);
    for (const [what, p] of bad) expect(unpackMentions(p, 1), what).toBeUndefined();
  });
});

import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { compileIndex } from "../../../lib/matching/compile";
import { createMatcher } from "../../../lib/matching/index";
import { packIndex, packInts, unpackIndex, unpackInts } from "../../../lib/matching/pack";
import { loadIndex } from "../../../scripts/matcher-source";

const ROOT = resolve(import.meta.dirname, "../../..");

describe("packed alias index", () => {
  it.each([[[]], [[0]], [[31, 32, 1023, 1024, 2 ** 31 - 1, 2 ** 40]], [[5, 0, 0, 7]]])(
    "round-trips the integers %j",
    (xs) => {
      expect(unpackInts(packInts(xs))).toEqual(xs);
    },
  );

  it("refuses what it cannot store or read", () => {
    expect(() => packInts([-1])).toThrow("non-negative");
    expect(() => packInts([1.5])).toThrow("non-negative");
    expect(() => unpackInts("A!")).toThrow("bad character");
    expect(() => unpackInts("g")).toThrow("truncated");
    const index = compileIndex({ entities: [] });
    expect(() => packIndex({ ...index, texts: ["two\nlines"] })).toThrow("cannot be joined");
  });

  it("gives back the real index exactly, smaller, and the same mentions", () => {
    const { index } = loadIndex(ROOT);
    const packed = packIndex(index);
    expect(unpackIndex(packed)).toEqual(index);
    expect(JSON.stringify(packed).length).toBeLessThan(0.8 * JSON.stringify(index).length);
    const text = readFileSync(join(ROOT, "../shared/seeds/004_9bc6249cbdfeefff.txt"), "utf8");
    expect(createMatcher(packed).scan(text)).toEqual(createMatcher(index).scan(text));
  });
});

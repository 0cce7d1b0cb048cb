import { describe, expect, it } from "vitest";
import {
  BUCKETS,
  bucketOf,
  buildDigest,
  emptyBucket,
  putInBucket,
  removeFromBucket,
  unpack,
} from "../../../lib/notes/digest";
import { summarize } from "../../../lib/notes/search";
import { makeHighlight } from "./helpers";

describe("search digest", () => {
  it("spreads ids over every bucket, the same way every time", () => {
    const counts = new Array(BUCKETS).fill(0);
    for (let i = 0; i < 10_000; i++) counts[bucketOf(crypto.randomUUID())]++;
    expect(Math.min(...counts)).toBeGreaterThan(100);
    expect(Math.max(...counts)).toBeLessThan(220);
    expect(bucketOf("abc")).toBe(bucketOf("abc"));
  });

  it("adds, replaces and removes a summary, keeping its columns aligned", () => {
    const k = emptyBucket(3);
    const a = makeHighlight({ id: "a", note: "first" });
    const b = makeHighlight({ id: "b", tags: ["x", "y"] });
    putInBucket(k, a);
    putInBucket(k, b);
    putInBucket(k, { ...a, note: "second" });
    expect(unpack([k])).toEqual([summarize({ ...a, note: "second" }), summarize(b)]);
    removeFromBucket(k, "a");
    removeFromBucket(k, "missing");
    expect(unpack([k])).toEqual([summarize(b)]);
    expect(
      Object.values(k)
        .filter(Array.isArray)
        .map((c) => c.length),
    ).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it("builds every bucket from a set of highlights", () => {
    const list = Array.from({ length: 300 }, (_, i) => makeHighlight({ id: `h${i}` }));
    const digest = buildDigest(list);
    expect(digest).toHaveLength(BUCKETS);
    expect(
      unpack(digest)
        .map((s) => s.id)
        .sort(),
    ).toEqual(list.map((h) => h.id).sort());
  });
});

import { describe, expect, it } from "vitest";
import { searchApprox } from "../../../lib/anchoring/match";
import { editDistance } from "../../../lib/names/distance";

describe("searchApprox", () => {
  it("finds an exact occurrence with no errors", () => {
    expect(searchApprox("the quick brown fox", "brown", 1)).toEqual([{ start: 10, end: 15, errors: 0 }]);
  });

  it("finds an occurrence with a substitution, an insertion and a deletion", () => {
    const text = "militia leaders met in Baghdad on Tuesday";
    expect(searchApprox(text, "leadres met", 2)[0]).toMatchObject({ start: 8, errors: 2 });
    expect(searchApprox(text, "met in  Baghdad", 1)[0]).toMatchObject({ start: 16, end: 30, errors: 1 });
    expect(searchApprox(text, "met i Baghdad", 1)[0]).toMatchObject({ start: 16, end: 30, errors: 1 });
  });

  it("finds nothing beyond the error bound", () => {
    expect(searchApprox("abcdefgh", "xyzw", 2)).toEqual([]);
  });

  it("searches only the window it is given", () => {
    const text = "alpha beta alpha beta";
    expect(searchApprox(text, "alpha", 0, 6)).toEqual([{ start: 11, end: 16, errors: 0 }]);
  });

  it("agrees with a plain edit distance on random strings", () => {
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const word = (n: number) => Array.from({ length: n }, () => "abc"[Math.floor(rnd() * 3)]).join("");
    for (let t = 0; t < 200; t++) {
      const text = word(30);
      const pat = word(6);
      for (const m of searchApprox(text, pat, 2)) {
        expect(editDistance(text.slice(m.start, m.end), pat)).toBe(m.errors);
      }
      // Some window of the text within two edits exists iff a match is reported.
      let any = false;
      for (let i = 0; i <= text.length && !any; i++)
        for (let j = i; j <= text.length && !any; j++)
          if (editDistance(text.slice(i, j), pat) <= 2) any = true;
      expect(searchApprox(text, pat, 2).length > 0).toBe(any);
    }
  });
});

import { describe, expect, it } from "vitest";
import {
  hashRange,
  makeInfo,
  TokCache,
  Tokens,
  type TokInfo,
  tokenizeRaw,
} from "../../../lib/matching/tokenize";

/** Pieces that exercise every tokenizer rule, including lookaheads at the very end of a text. */
const PIECES = [
  "Kadhimi",
  "al-",
  "Al ",
  "ash-",
  "Shuhada",
  "Abd",
  " al-",
  "Mahdi",
  "Abdul",
  "Hizb",
  " Allah",
  "U.S.",
  "U.",
  "N.",
  "’s",
  "'s",
  "’S",
  "’",
  "'",
  "‘",
  "ʿAli",
  "Kata’ib",
  "É",
  "é",
  "ü",
  "ß",
  "İ",
  "𝐀",
  "\u0301",
  "😀",
  "-",
  "--",
  "—",
  "\n",
  "\n\n",
  " ",
  "  ",
  "\t",
  ".",
  ",",
  "!",
  "?",
  ":",
  ";",
  "IS",
  "is",
  "PMF",
  "1990s",
  "٣",
  "日本",
  "a",
  "s",
  "S",
  "the",
  "THE",
];

function randomText(seed: number): string {
  let s = seed;
  const rnd = (n: number) => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s % n;
  };
  let out = "";
  for (let i = rnd(30); i >= 0; i--) out += PIECES[rnd(PIECES.length)];
  return out;
}

const lookup = (key: string) => (key.length % 3 === 0 ? key.length : -1);

describe("tokenizer with the token cache", () => {
  it("gives every raw token the TokInfo of its own text, as a fresh makeInfo would", () => {
    // A tiny limit makes the cache start over often; one cache across all texts, as a matcher has.
    const cache = new TokCache((raw) => makeInfo(raw, lookup), 64);
    const t = new Tokens();
    for (let seed = 1; seed <= 3000; seed++) {
      const text = randomText(seed);
      tokenizeRaw(text, t, cache);
      for (let k = 0; k < t.n; k++) {
        const raw = text.slice(t.rStart[k], t.rEnd[k]);
        expect(t.rInfo[k], JSON.stringify(text)).toEqual(makeInfo(raw, lookup));
      }
    }
  });

  it("tells apart tokens whose hashes collide", () => {
    const cache = new TokCache((raw) => makeInfo(raw, lookup));
    const text = "Sadr sadr Sadr’s Hakim";
    const words: [number, number][] = [
      [0, 4],
      [5, 9],
      [10, 14],
      [17, 22],
    ];
    const got = words.map(([s, e]) => cache.get(text, s, e, 7) as TokInfo);
    expect(got.map((i) => i.bare)).toEqual(["Sadr", "sadr", "Sadr", "Hakim"]);
    expect(got[0]).toBe(got[2]);
    expect(cache.get(text, 5, 9, hashRange(text, 5, 9)).bare).toBe("sadr");
  });
});

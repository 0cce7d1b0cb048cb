/**
 * Folds a name the way a reader's spelling varies: case, accents, apostrophes and hyphens,
 * the Arabic article, and the usual transliteration variants of Arabic and Persian names
 * (e/i, o/u, ou/u, y/i, q/k, kh/k, dh/d, doubled letters, a final "h" after a vowel).
 * Applied identically to the dataset (when the index is built) and to each query, so
 * "kataib hizbolla", "Kata’ib Hezbollah" and "KATAIB HIZBULLAH" all fold to the same key.
 */

/** Words dropped: articles that transliterations write, hyphenate or leave out at will. */
const DROPPED = new Set(["al", "el", "ul", "the"]);

/** Whole words with several common spellings, mapped to one. */
const WORDS: Record<string, string> = {
  abdul: "abd",
  abdel: "abd",
  abdal: "abd",
  abdulla: "abdula",
};

/** Folded words that still differ by a vowel the documents spell both ways ("Hizballah"). */
const AFTER: Record<string, string> = {
  hizbala: "hizbula",
};

/** Letter groups, applied in order (digraphs before the single letters they contain). */
const LETTERS: [RegExp, string][] = [
  [/ph/g, "f"],
  [/ch/g, "sh"],
  [/kh/g, "k"],
  [/gh/g, "g"],
  [/dh/g, "d"],
  [/th/g, "t"],
  [/ck/g, "k"],
  [/q/g, "k"],
  [/c/g, "k"],
  [/ou|oo|o/g, "u"],
  [/ee|ei|ey|e/g, "i"],
  [/y/g, "i"],
];

function foldWord(word: string): string {
  let w = WORDS[word] ?? word;
  for (const [from, to] of LETTERS) w = w.replace(from, to);
  // "Hezbollah" / "Hizbolla", "Fatah" / "Fata": a final h after a vowel is often left out.
  if (w.length > 3) w = w.replace(/([aiu])h$/, "$1");
  w = w.replace(/(.)\1+/g, "$1");
  return AFTER[w] ?? w;
}

/** Folded form of a name or query: lower-case words of a–z and 0–9 separated by single spaces. */
export function fold(text: string): string {
  const plain = text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’‘ʿʾ`´]/g, "");
  const words = plain.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "" && !DROPPED.has(w));
  return words.map(foldWord).join(" ");
}

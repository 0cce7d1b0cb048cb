/**
 * How far two spellings of a name are apart. `editDistance` counts letters; `translitCost`
 * weighs each edit by how often transliterations of one Arabic or Persian name differ that way
 * (a vowel of the same class, a doubled letter, an h of a digraph, q/k, dh/z …), so that a
 * re-transliteration costs little and an unrelated word that shares the consonants costs a lot.
 */

/**
 * Edit distance of two short strings, the one the whole product uses (the fuzzy layer's one-edit
 * test, a saved passage's context, the popup's search): Levenshtein, or with `swaps` the optimal
 * string alignment, where two neighbours written the other way round count one edit (a typist's
 * slip, for the search box). Past `max` it stops and returns `max + 1`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY, swaps = false): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n] as number;
}

const VOWELS = "aeiouy";
const isV = (c: string | undefined): boolean => c !== undefined && c !== "" && VOWELS.includes(c);

/** Vowels of one class of Arabic short vowel: fatha (a, e), kasra (e, i, y), damma (o, u, w). */
const SAME_CLASS = new Set(["ae", "ei", "ey", "iy", "ou"]);
const vowelSub = (x: string, y: string): number => (SAME_CLASS.has(x < y ? x + y : y + x) ? 0.25 : 0.6);

/** Consonants the press writes for one Arabic letter: q/k/c/g(h), d/z (dh), w/v, f/p(h), s/c, j/y. */
const CONSONANT_PAIRS = new Set(["ck", "gk", "kq", "cq", "gq", "dz", "vw", "fp", "cs", "sz", "jy", "tz"]);

function sub(x: string, y: string): number {
  if (x === y) return 0;
  if (isV(x) && isV(y)) return vowelSub(x, y);
  const pair = x < y ? x + y : y + x;
  if (CONSONANT_PAIRS.has(pair)) return 0.3;
  // (i and y are both vowels: vowelSub weighs them.)
  if (pair === "uw" || pair === "ow") return 0.25;
  return 1;
}

/** Cost of writing s[i] or leaving it out, given its neighbours in s. */
function indel(s: string, i: number): number {
  const c = s[i] as string;
  const before = s[i - 1];
  const after = s[i + 1];
  if (c === before || c === after) return 0.1; // a doubled letter: Qassem / Qasem
  if (c === "h") return 0.25; // an h of a digraph or a final h: Kadhimi / Kadimi, Hikmah / Hikma
  if (isV(c) && (isV(before) || isV(after))) return 0.25; // a long vowel or diphthong: Mansour / Mansur
  if (c === "w" && (isV(before) || isV(after))) return 0.25; // Allawi / Allaoui
  if (isV(c)) return 0.6; // a vowel between consonants: Hashd / Hashed
  return 1;
}

/**
 * Weighted edit distance from `variant` to `name` (light forms, one word or several): 0 for the
 * same letters, about 0.25 for each re-transliteration step, 0.6 for a vowel of another class,
 * 1 for anything else. `limit` stops early (the result is then > limit).
 */
export function translitCost(variant: string, name: string, limit = 3): number {
  if (variant === name) return 0;
  const a = variant;
  const b = name;
  let prev = new Float64Array(b.length + 1);
  for (let j = 1; j <= b.length; j++) prev[j] = (prev[j - 1] as number) + indel(b, j - 1);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Float64Array(b.length + 1);
    cur[0] = (prev[0] as number) + indel(a, i - 1);
    let rowMin = cur[0] as number;
    for (let j = 1; j <= b.length; j++) {
      const del = (prev[j] as number) + indel(a, i - 1);
      const ins = (cur[j - 1] as number) + indel(b, j - 1);
      const rep = (prev[j - 1] as number) + sub(a[i - 1] as string, b[j - 1] as string);
      const v = Math.min(del, ins, rep);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return rowMin;
    prev = cur;
  }
  return Math.round((prev[b.length] as number) * 100) / 100;
}

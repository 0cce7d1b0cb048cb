/**
 * How one query word meets the words of the records: every distinct word of the index is
 * compared once per query word (exact, prefix, or a misspelling a few letters off), and the
 * records then read those verdicts by word number. Pure and allocation-light: it runs per keystroke.
 */
import { editDistance } from "../names/distance";

/** Verdict of a record word against a query word. */
export const Fit = {
  None: 0,
  Exact: 1,
  /** The record word starts with the query word. */
  Prefix: 2,
  /** One letter off (added, dropped, changed, or two swapped). */
  Edit1: 3,
  Edit2: 4,
} as const;

/** The distinct words of an index, numbered. */
export class Dictionary {
  readonly words: string[] = [];
  private readonly ids = new Map<string, number>();

  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.ids.set(word, id);
    }
    return id;
  }

  /**
   * The verdict for every word of the dictionary against query word `q`. A misspelling is
   * considered only for words of five letters or more that start with the same letter
   * (transliterations differ in vowels and doubled letters, which folding has already merged,
   * far more than in their first letter), and never for numbers.
   */
  fits(q: string): Uint8Array {
    const out = new Uint8Array(this.words.length);
    const fuzzy = q.length >= 5 && !/\d/.test(q);
    const max = q.length >= 8 ? 2 : 1;
    const first = q.charCodeAt(0);
    for (let i = 0; i < this.words.length; i++) {
      const w = this.words[i] as string;
      if (w === q) out[i] = Fit.Exact;
      else if (w.startsWith(q)) out[i] = Fit.Prefix;
      else if (fuzzy && w.charCodeAt(0) === first) {
        const d = editDistance(q, w, max, true);
        if (d <= max) out[i] = d === 1 ? Fit.Edit1 : Fit.Edit2;
      }
    }
    return out;
  }
}

/** A query, cut into folded words, with each word's verdicts over the dictionary. */
export interface Query {
  words: string[];
  /** Letters typed for each word: "ccaa" folds to "ka" but was no one's start of "Kataib". */
  typed: number[];
  /** Per word: true for a function word ("of", "on"), which a record need not contain. */
  stop: boolean[];
  fits: Uint8Array[];
}

/**
 * How well a name (its word numbers) matches the whole query, 0–1, or -1 when some word of the
 * query is not in it. 1 is the name exactly; a prefix or a word of a longer name scores by the
 * share of the name's letters the query covers; each letter off costs 0.15.
 */
export function nameScore(name: readonly number[], q: Query, dict: Dictionary): number {
  let used = 0;
  let covered = 0;
  let total = 0;
  let penalty = 0;
  let last = -1;
  let matched = 0;
  for (const id of name) total += (dict.words[id] as string).length;
  for (let j = 0; j < q.words.length; j++) {
    const fits = q.fits[j] as Uint8Array;
    const qlen = (q.words[j] as string).length;
    // The start of a name: as typed so far (two letters or more, one for the last word), and
    // not a longer word that folding shrank to a few letters.
    const prefixOk = (qlen >= 2 || j === q.words.length - 1) && qlen >= Math.min(3, q.typed[j] as number);
    let best = -1;
    let bestFit: number = Fit.None;
    for (let i = 0; i < name.length; i++) {
      if (used & (1 << i)) continue;
      const f = fits[name[i] as number] as number;
      if (f === Fit.None || (f === Fit.Prefix && !prefixOk)) continue;
      if (bestFit === Fit.None || f < bestFit || (f === bestFit && best < last && i > last)) {
        best = i;
        bestFit = f;
      }
    }
    if (best < 0) {
      if (q.stop[j]) continue;
      return -1;
    }
    used |= 1 << best;
    matched++;
    const len = (dict.words[name[best] as number] as string).length;
    if (bestFit === Fit.Exact) covered += len;
    else if (bestFit === Fit.Prefix) {
      // The start of a word is a little less than the word: "amiri" is Amiri before "American".
      covered += qlen;
      penalty += 0.05;
    } else {
      const edits = bestFit === Fit.Edit1 ? 1 : 2;
      covered += Math.max(0, len - edits);
      penalty += 0.15 * edits;
    }
    if (best < last) penalty += 0.05;
    last = best;
  }
  if (matched === 0) return -1;
  return 1 - 0.3 * (1 - covered / total) - penalty;
}

/**
 * Worth of a text word for query word `qw`, 0–1 (0: no match): the word itself, its start
 * (three letters or more, never a number cut short: "202" is not 2021), or one letter off (six
 * letters or more). Stricter than names: texts are ordinary English, full of near-misses.
 */
export function textFit(fit: number, qw: string): number {
  if (fit === Fit.Exact) return 1;
  if (fit === Fit.Prefix) return qw.length >= 4 && !/\d/.test(qw) ? 0.9 : 0;
  if (fit === Fit.Edit1) return qw.length >= 6 ? 0.8 : 0;
  return 0;
}

/**
 * How well a text (a role line) matches the query: every query word that is not a function word
 * must be in it. Returns the mean worth of those words, where the first one stands and whether
 * they stand together in order, or null.
 */
export function textScore(
  text: readonly number[],
  q: Query,
): { mean: number; first: number; phrase: boolean } | null {
  let sum = 0;
  let n = 0;
  let first = Number.POSITIVE_INFINITY;
  let prev = -2;
  let phrase = true;
  for (let j = 0; j < q.words.length; j++) {
    if (q.stop[j]) continue;
    const fits = q.fits[j] as Uint8Array;
    const qw = q.words[j] as string;
    let best = 0;
    let at = -1;
    for (let i = 0; i < text.length; i++) {
      const s = textFit(fits[text[i] as number] as number, qw);
      if (s > best) {
        best = s;
        at = i;
      }
    }
    if (best === 0) return null;
    sum += best;
    n++;
    if (at < first) first = at;
    if (prev !== -2 && at !== prev + 1) phrase = false;
    prev = at;
  }
  return n === 0 ? null : { mean: sum / n, first, phrase };
}

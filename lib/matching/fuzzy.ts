/**
 * The fuzzy layer: spellings that no alias lists and the phonetic key does not fold ("Hashed
 * al-Shaabi", "Abdul-Madhi"). Loaded separately from the core scanner (fuse.js is ~25 KB):
 * `npm run annotate -- --fuzzy`, `npm run eval -- --fuzzy` and the variant tests use it; the
 * content script does not, to stay within its size budget.
 *
 * Gated so that it never searches the whole alias list for every word: it only looks at runs of
 * capitalised words that the exact pass left free, and only compares them with the few aliases
 * that share a token key (multi-word) or a key prefix (one long word, not after another
 * capitalised word). fuse.js ranks those few; a key edit distance of exactly one then decides.
 */
import Fuse from "fuse.js";
import { type Candidate, createMatcher, editDistance, type Matcher } from "./matcher";
import { phoneticKey } from "./normalize";
import { GAP_BREAK, GAP_STOP, streamKeys, type Tokens, type TokInfo } from "./tokenize";
import { type CompiledIndex, ENTRY_AMBIGUOUS, ENTRY_CASE, ENTRY_NEGATIVE } from "./types";
import { NOT_GIVEN_NAMES } from "./words";

interface FuzzyAlias {
  light: string;
  keys: string[];
  key: string;
  ents: number[];
  ambiguous: boolean;
}

const MAX_RUN = 5;

export function fuzzyExtender(index: CompiledIndex) {
  const aliases: FuzzyAlias[] = [];
  const byText = new Map<number, FuzzyAlias>();
  for (const row of index.patterns) {
    for (let k = 2; k < row.length; k += 3) {
      const flags = row[k + 1] as number;
      if (flags & (ENTRY_CASE | ENTRY_NEGATIVE)) continue;
      const ti = row[k + 2] as number;
      let a = byText.get(ti);
      if (!a) {
        const sk = streamKeys(index.texts[ti] as string);
        a = { light: sk.lights.join(" "), keys: sk.keys, key: sk.keys.join(" "), ents: [], ambiguous: false };
        byText.set(ti, a);
        aliases.push(a);
      }
      if (!a.ents.includes(row[k] as number)) a.ents.push(row[k] as number);
      if (flags & ENTRY_AMBIGUOUS) a.ambiguous = true;
    }
  }
  // Blocking: multi-word aliases by each token key; one-word aliases by the first two key letters.
  const byKey = new Map<string, FuzzyAlias[]>();
  const byPrefix = new Map<string, FuzzyAlias[]>();
  for (const a of aliases) {
    if (a.keys.length > 1) for (const k of new Set(a.keys)) byKey.set(k, [...(byKey.get(k) ?? []), a]);
    else if (!a.ambiguous && a.key.length >= 6) {
      const p = a.key.slice(0, 2);
      byPrefix.set(p, [...(byPrefix.get(p) ?? []), a]);
    }
  }

  const keyOf = (t: Tokens, i: number): string => {
    const r0 = t.sRaw0[i] as number;
    const r1 = t.sRaw1[i] as number;
    if (r0 === r1) return (t.rInfo[r0] as TokInfo).key;
    let l = "";
    for (let r = r0; r <= r1; r++) l += (t.rInfo[r] as TokInfo).light;
    return phoneticKey(l);
  };
  const lightOf = (t: Tokens, a: number, b: number): string => {
    const parts: string[] = [];
    for (let r = t.sRaw0[a] as number; r <= (t.sRaw1[b] as number); r++)
      parts.push((t.rInfo[r] as TokInfo).light);
    return parts.join(" ");
  };

  const best = (query: string, key: string, pool: FuzzyAlias[]): FuzzyAlias | null => {
    const ranked = new Fuse(pool, {
      keys: ["light"],
      includeScore: true,
      threshold: 0.45,
      ignoreLocation: true,
    }).search(query, { limit: 3 });
    // Distance 0 is a spelling the exact pass saw and refused (case, given name): not ours to undo.
    for (const r of ranked) if (editDistance(key, r.item.key) === 1) return r.item;
    return null;
  };

  return (_text: string, t: Tokens, taken: Uint8Array): Candidate[] => {
    const out: Candidate[] = [];
    const m = t.m;
    let i = 0;
    while (i < m) {
      // A run of free, capitalised stream tokens with no punctuation between them.
      const cap = (j: number) => {
        const inf = t.rInfo[t.sRaw0[j] as number] as TokInfo;
        return !taken[j] && inf.cap && !inf.caps;
      };
      if (!cap(i)) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < m && j + 1 - i < MAX_RUN && cap(j + 1) && !t.sBreak[j + 1]) j++;
      const runKeys: string[] = [];
      for (let q = i; q <= j; q++) runKeys.push(keyOf(t, q));
      let matchedTo = i - 1;
      // Multi-word windows, longest first, that share a token key with some alias.
      for (let a = i; a <= j && matchedTo < j; a++) {
        if (a <= matchedTo) continue;
        for (let b = j; b > a; b--) {
          const words = runKeys.slice(a - i, b - i + 1);
          const pool = new Set<FuzzyAlias>();
          for (const k of words)
            for (const al of byKey.get(k) ?? []) if (al.keys.length === words.length) pool.add(al);
          if (pool.size === 0) continue;
          const hit = best(lightOf(t, a, b), words.join(" "), [...pool]);
          if (hit) {
            out.push({
              a,
              b,
              ents: hit.ents,
              ambiguous: hit.ambiguous || hit.ents.length > 1,
              kind: "fuzzy",
              conf: 0.7,
            });
            matchedTo = b;
            break;
          }
        }
        // One long word, not sentence-initial, not a title or function word.
        if (matchedTo < a) {
          const inf = t.rInfo[t.sRaw0[a] as number] as TokInfo;
          const key = runKeys[a - i] as string;
          const gap = t.rGap[t.sRaw0[a] as number] as number;
          const prev = t.rInfo[(t.sRaw0[a] as number) - 1];
          const afterName = a > i || (prev?.cap === true && !(gap & GAP_BREAK));
          if (key.length >= 6 && !(gap & GAP_STOP) && !afterName && !NOT_GIVEN_NAMES.has(inf.light)) {
            const pool = byPrefix.get(key.slice(0, 2));
            const hit = pool ? best(inf.light, key, pool) : null;
            if (hit) {
              out.push({ a, b: a, ents: hit.ents, ambiguous: hit.ents.length > 1, kind: "fuzzy", conf: 0.6 });
              matchedTo = a;
            }
          }
        }
      }
      i = j + 1;
    }
    return out;
  };
}

/** createMatcher plus the fuzzy layer. */
export function createFuzzyMatcher(index: CompiledIndex): Matcher {
  return createMatcher(index, { extend: fuzzyExtender(index) });
}

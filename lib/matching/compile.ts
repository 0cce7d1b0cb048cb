/**
 * Build-time compiler of the alias index (never imported by the extension's content script).
 * Every alias, canonical name and negative phrase is cut into stream keys with the scanner's own
 * tokenizer, inserted in a trie, and the failure links computed breadth-first.
 */
import englishWords from "an-array-of-english-words";
import type { CompiledDataset } from "../dataset/types";
import { AR_ALLAH, cliticSplits, isArabicCode, isArabicJoiner, lightArabic } from "../names/arabic";
import { light, phoneticKey, translitCost } from "../names/index";
import { ARABIC_COMMON_WORDS } from "./arabic-common";
import { buildAutomaton } from "./automaton";
import { VARIANT_LIMIT_ONE } from "./evidence";
import { NORM_VERSION } from "./normalize";
import { streamKeys } from "./tokenize";
import {
  type CompiledIndex,
  ENTRY_AMBIGUOUS,
  ENTRY_CASE,
  ENTRY_COMMON,
  ENTRY_NEGATIVE,
  ENTRY_PART,
  ENTRY_SHORT,
} from "./types";
import { NOT_GIVEN_WORDS, PERSON_TITLES, TYPE_WORDS } from "./words";

/** The minimal dataset shape the compiler reads (so benches can feed synthetic entities). */
export type IndexSource = Pick<CompiledDataset, "entities">;

/** True for an acronym written in capitals ("PMF", "U.S.", "IRGC"): matched in its case only. */
export function isAcronym(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

export interface CompileOptions {
  /** Common words, lower case (default: an-array-of-english-words, about 275,000). */
  words?: readonly string[];
  /** Common words of Arabic and Persian news (default: arabic-common.ts). */
  arabicWords?: readonly string[];
}

export function compileIndex(dataset: IndexSource, options: CompileOptions = {}): CompiledIndex {
  const words = options.words ?? (englishWords as string[]);
  const wordSet = new Set(words);
  // Arabic-script words that are also aliases ("الحشد", "حماس", "تشرين") link after a mention.
  const arabicWords = new Set((options.arabicWords ?? ARABIC_COMMON_WORDS).map(lightArabic));
  const entities: string[] = [];
  const texts: string[] = [];
  const textIdx = new Map<string, number>();
  const keys: string[] = [];
  const keyIdx = new Map<string, number>();
  // pattern rows by key sequence
  const rows = new Map<string, { seq: number[]; entries: number[] }>();

  const textId = (t: string): number => {
    let i = textIdx.get(t);
    if (i === undefined) {
      i = texts.length;
      texts.push(t);
      textIdx.set(t, i);
    }
    return i;
  };
  const keyId = (k: string): number => {
    let i = keyIdx.get(k);
    if (i === undefined) {
      i = keys.length;
      keys.push(k);
      keyIdx.set(k, i);
    }
    return i;
  };
  const add = (text: string, entity: number, flags: number): void => {
    const { keys: ks } = streamKeys(text);
    if (ks.length === 0 || ks.some((k) => k === "")) return;
    const seq = ks.map(keyId);
    const sig = seq.join(",");
    let row = rows.get(sig);
    if (!row) {
      row = { seq, entries: [] };
      rows.set(sig, row);
    }
    const t = textId(text);
    for (let i = 0; i < row.entries.length; i += 3) {
      if (row.entries[i] === entity && row.entries[i + 2] === t) return;
    }
    row.entries.push(entity, flags, t);
  };

  const negatives: [string, number][] = [];
  for (const e of dataset.entities) {
    const ei = entities.length;
    entities.push(e.id);
    const seen = new Set<string>();
    const nameLen = streamKeys(e.name).keys.length;
    const all = [{ text: e.name }, ...e.aliases] as {
      text: string;
      ambiguous?: boolean;
      caseSensitive?: boolean;
      /** The dataset's flag for a short form that links only after the full form (issue 16). */
      short?: boolean;
      /** "ar" or "fa" for an alias in Arabic script (issue 16). */
      script?: string;
    }[];
    // An alias listed twice keeps its first flags; the canonical name is never ambiguous
    // unless listed as such.
    for (const a of [...all.slice(1), ...all.slice(0, 1)]) {
      const t = a.text.trim();
      if (t === "" || seen.has(t)) continue;
      seen.add(t);
      let flags = 0;
      if (a.ambiguous) flags |= ENTRY_AMBIGUOUS;
      if (a.caseSensitive || isAcronym(t)) flags |= ENTRY_CASE;
      const sk = streamKeys(t);
      if (!isAcronym(t) && nameLen > 1 && sk.keys.length === 1) flags |= ENTRY_PART;
      if (!isAcronym(t) && sk.keys.length === 1 && wordSet.has(sk.lights[0] as string)) flags |= ENTRY_COMMON;
      if (a.short) flags |= ENTRY_SHORT;
      if (isArabicText(t) && sk.keys.length === 1) {
        if (arabicWords.has(sk.lights[0] as string)) flags |= ENTRY_COMMON;
        // A person's one-word name in Arabic script is a surname ("الكاظمي"), unless the dataset
        // says which are short (aliases with a `script` carry `short` when they are).
        if (e.type === "person" && nameLen > 1 && a.script === undefined) flags |= ENTRY_SHORT;
      }
      add(t, ei, flags);
      // Persian joins with a ZWNJ what pages also write with a space ("حزب‌الله", "حزب الله").
      if (t.includes("\u200c")) add(t.replace(/\u200c/g, " "), ei, flags);
    }
    for (const neg of e.negatives ?? []) if (neg.trim()) negatives.push([neg.trim(), ei]);
  }
  // Negative phrases last, once every alias word is known: a page reads "وحزب" as و + "حزب"
  // when "حزب" starts an alias, so a phrase's words are keyed the same way. Keyed whole, the
  // word itself would become a key and stop the page from reading any "وحزب" as و + "حزب".
  for (const [neg, ei] of negatives)
    add(isArabicText(neg) ? withoutProclitics(neg, keyIdx) : neg, ei, ENTRY_NEGATIVE);

  // Affiliation context, only around entities that have an ambiguous alias.
  const entityIdx = new Map(entities.map((id, i) => [id, i]));
  const hasAmbiguous = new Set<number>();
  for (const row of rows.values())
    for (let k = 0; k < row.entries.length; k += 3)
      if ((row.entries[k + 1] as number) & ENTRY_AMBIGUOUS) hasAmbiguous.add(row.entries[k] as number);
  const related: number[] = [];
  const pairSeen = new Set<string>();
  for (const e of dataset.entities) {
    const a = entityIdx.get(e.id) as number;
    for (const af of e.affiliations ?? []) {
      const b = entityIdx.get(af.target);
      if (b === undefined || a === b || !(hasAmbiguous.has(a) || hasAmbiguous.has(b))) continue;
      const sig = a < b ? `${a},${b}` : `${b},${a}`;
      if (pairSeen.has(sig)) continue;
      pairSeen.add(sig);
      related.push(a, b);
    }
  }

  const { edges, fail, patterns } = buildAutomaton([...rows.values()]);
  const persons = dataset.entities.flatMap((e, i) => (e.type === "person" ? [i] : []));
  return {
    v: 1,
    norm: NORM_VERSION,
    entities,
    texts,
    keys,
    edges,
    fail,
    patterns,
    related,
    common: commonWords(rows, texts, keys, words),
    persons,
    compounds: compounds(rows, texts, dataset.entities.length),
    words: { notGiven: [...NOT_GIVEN_WORDS], types: [...TYPE_WORDS], titles: [...PERSON_TITLES] },
  };
}

/**
 * An Arabic-script phrase with each word's proclitics left out where the page's tokens leave
 * them out (tok-info.ts): the word is no key, and the rest is one, a joiner ("ابو") or a name
 * with "الله" ("حزب" of "حزب الله").
 */
function withoutProclitics(phrase: string, keyIdx: ReadonlyMap<string, number>): string {
  return phrase
    .split(/\s+/)
    .map((w) => {
      // The page's tokens are keyed this way (tok-info.ts makeInfo).
      const l = light(w);
      if (keyIdx.has(phoneticKey(l))) return w;
      for (const sp of cliticSplits(l))
        if (keyIdx.has(sp.rest) || isArabicJoiner(sp.rest) || keyIdx.has(sp.rest + AR_ALLAH)) return sp.rest;
      return w;
    })
    .join(" ");
}

function isArabicText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isArabicCode(text.charCodeAt(i))) return true;
  return false;
}

type Rows = Map<string, { seq: number[]; entries: number[] }>;

/**
 * Common words that share the key of a one-word alias and are close enough to it in letters
 * to pass for a variant ("hummus" for "Hamas", "bidden" for "Biden"): a few dozen words, shipped
 * in the index so that the scanner never links them on letters alone.
 */
function commonWords(rows: Rows, texts: string[], keys: string[], words: readonly string[]): string[] {
  const lightsByKey = new Map<string, Set<string>>();
  const aliasLights = new Set<string>();
  for (const row of rows.values()) {
    for (let k = 0; k < row.entries.length; k += 3) {
      const lights = streamKeys(texts[row.entries[k + 2] as number] as string).lights;
      for (const l of lights) for (const w of l.split(" ")) aliasLights.add(w);
      if (row.seq.length !== 1 || (row.entries[k + 1] as number) & (ENTRY_CASE | ENTRY_NEGATIVE)) continue;
      const key = keys[row.seq[0] as number] as string;
      const set = lightsByKey.get(key) ?? new Set<string>();
      set.add((lights[0] as string).replace(/ /g, ""));
      lightsByKey.set(key, set);
    }
  }
  const out: string[] = [];
  for (const w of words) {
    if (w.length < 4 || aliasLights.has(w)) continue;
    const lw = light(w);
    const near = lightsByKey.get(phoneticKey(lw));
    if (near && [...near].some((l) => translitCost(lw, l) <= VARIANT_LIMIT_ONE)) out.push(lw);
  }
  return [...new Set(out)].sort();
}

/**
 * Entity pairs [a, b] where an alias of b is an alias of a followed by another alias of b
 * ("IRGC Quds Force" = "IRGC" + "Quds Force"): "a–b" written with a dash is one mention of b.
 */
function compounds(rows: Rows, texts: string[], nEntities: number): number[] {
  // By light forms, not keys: "US" and "IS" share a key, not a name.
  const byLights = new Map<string, Set<number>>();
  const names: { lights: string[]; ent: number }[] = [];
  for (const row of rows.values()) {
    for (let k = 0; k < row.entries.length; k += 3) {
      if ((row.entries[k + 1] as number) & ENTRY_NEGATIVE) continue;
      const lights = streamKeys(texts[row.entries[k + 2] as number] as string).lights;
      const ent = row.entries[k] as number;
      const sig = lights.join("|");
      const set = byLights.get(sig) ?? new Set<number>();
      set.add(ent);
      byLights.set(sig, set);
      if (lights.length > 1) names.push({ lights, ent });
    }
  }
  const pairs = new Set<number>();
  for (const { lights, ent: b } of names) {
    for (let p = 1; p < lights.length; p++) {
      const head = byLights.get(lights.slice(0, p).join("|"));
      if (!head || !byLights.get(lights.slice(p).join("|"))?.has(b)) continue;
      for (const a of head) if (a !== b) pairs.add(a * nEntities + b);
    }
  }
  return [...pairs].sort((x, y) => x - y).flatMap((x) => [Math.floor(x / nEntities), x % nEntities]);
}

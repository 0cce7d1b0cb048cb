/**
 * The alias index as stored in data/build/alias-index.json and bundled by the content script:
 * the alias rows of the CompiledIndex (entity, flags, text), its integer arrays written as
 * base-64 varint strings and its string lists joined (the linker's word lists too: as data they
 * deflate with the index, for fewer bytes than as code). The token keys and the automaton are
 * not stored: unpacking cuts the alias texts into keys with the scanner's own tokenizer and
 * rebuilds the automaton (automaton.ts, the compiler's own code), a few milliseconds once per
 * page, for half the bytes under the content script's 60 KB budget.
 */
import { buildAutomaton } from "./automaton";
import { streamKeys } from "./tokenize";
import type { CompiledIndex } from "./types";

/** Packed form (format version 4). */
export interface PackedIndex {
  v: 4;
  norm: string;
  /** Entity ids joined by spaces (ids are kebab-case); "~n" is the slug of alias text n. */
  entities: string;
  /** The words of the alias texts (split at spaces), most frequent first, joined by spaces. */
  words: string;
  /** Each alias text as [word count, word id, …]. */
  texts: string;
  /** Rows in automaton order, each [entry count × 3, entity, flags, text, …]. */
  rows: string;
  related: string;
  /** Common words joined by spaces. */
  common?: string;
  persons?: string;
  compounds?: string;
  /** The linker's word lists (IndexWords), each joined by spaces, one per line. */
  lists: string;
}

// JSON-safe digits: 5 bits of value each, the 6th bit says another digit follows.
const DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) VALUE[DIGITS.charCodeAt(i)] = i;

export function packInts(xs: readonly number[]): string {
  let out = "";
  for (const x of xs) {
    if (!Number.isInteger(x) || x < 0) throw new Error(`packInts: ${x} is not a non-negative integer`);
    let v = x;
    do {
      const low = v & 31;
      v = Math.floor(v / 32);
      out += DIGITS[v > 0 ? low | 32 : low];
    } while (v > 0);
  }
  return out;
}

export function unpackInts(s: string): number[] {
  const out: number[] = [];
  let v = 0;
  let shift = 1;
  for (let i = 0; i < s.length; i++) {
    const d = VALUE[s.charCodeAt(i)] ?? -1;
    if (d < 0) throw new Error(`alias index: bad character at ${i}`);
    v += (d & 31) * shift;
    if (d & 32) shift *= 32;
    else {
      out.push(v);
      v = 0;
      shift = 1;
    }
  }
  if (shift !== 1) throw new Error("alias index: truncated number");
  return out;
}

export function packIndex(index: CompiledIndex): PackedIndex {
  for (const [what, list, sep] of [
    ["entity id", index.entities, " "],
    ["key", index.keys, " "],
    ["text", index.texts, "\n"],
    ["word", [...index.words.notGiven, ...index.words.types, ...index.words.titles], " "],
  ] as const)
    for (const item of list)
      if (item.includes(sep) || item === "")
        throw new Error(`packIndex: ${what} ${JSON.stringify(item)} cannot be joined`);
  return {
    v: 4,
    norm: index.norm,
    entities: packIds(index.entities, index.texts),
    ...packTexts(index.texts),
    rows: packInts(index.patterns.flatMap((row) => [row.length - 2, ...row.slice(2)])),
    related: packInts(index.related),
    common: (index.common ?? []).join(" "),
    persons: packInts(index.persons ?? []),
    compounds: packInts(index.compounds ?? []),
    lists: [index.words.notGiven, index.words.types, index.words.titles].map((w) => w.join(" ")).join("\n"),
  };
}

/** "Kata'ib Sayyid al-Shuhada" → "kataib-sayyid-al-shuhada": how most entity ids are made. */
function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Ids that are the slug of one of the alias texts (most are: the canonical name's) as "~n". */
function packIds(ids: readonly string[], texts: readonly string[]): string {
  const bySlug = new Map<string, number>();
  texts.forEach((t, i) => {
    const s = slug(t);
    if (!bySlug.has(s)) bySlug.set(s, i);
  });
  return ids
    .map((id) => {
      const i = bySlug.get(id);
      const short = i === undefined ? id : `~${i.toString(36)}`;
      return short.length < id.length ? short : id;
    })
    .join(" ");
}

/** Alias texts as word ids over a dictionary of their words (aliases share many words). */
function packTexts(texts: readonly string[]): { words: string; texts: string } {
  const count = new Map<string, number>();
  for (const t of texts) for (const w of t.split(" ")) count.set(w, (count.get(w) ?? 0) + 1);
  const words = [...count.keys()].sort((a, b) => (count.get(b) as number) - (count.get(a) as number));
  const id = new Map(words.map((w, i) => [w, i]));
  const ids = texts.flatMap((t) => {
    const ws = t.split(" ");
    return [ws.length, ...ws.map((w) => id.get(w) as number)];
  });
  return { words: words.join(" "), texts: packInts(ids) };
}

export function unpackIndex(p: PackedIndex): CompiledIndex {
  const split = (s: string, sep: string) => (s === "" ? [] : s.split(sep));
  const words = split(p.words, " ");
  const ids = unpackInts(p.texts);
  const texts: string[] = [];
  for (let i = 0; i < ids.length; i += (ids[i] as number) + 1)
    texts.push(
      ids
        .slice(i + 1, i + 1 + (ids[i] as number))
        .map((w) => words[w] as string)
        .join(" "),
    );
  const flat = unpackInts(p.rows);
  const lists = p.lists.split("\n");
  // Key ids in order of first appearance over the rows, as the compiler numbers them.
  const keys: string[] = [];
  const keyId = new Map<string, number>();
  const rows: { seq: number[]; entries: number[] }[] = [];
  for (let i = 0; i < flat.length; ) {
    const n = flat[i] as number;
    const entries = flat.slice(i + 1, i + 1 + n);
    i += n + 1;
    const seq = streamKeys(texts[entries[2] as number] as string).keys.map((k) => {
      let id = keyId.get(k);
      if (id === undefined) {
        id = keys.length;
        keys.push(k);
        keyId.set(k, id);
      }
      return id;
    });
    rows.push({ seq, entries });
  }
  const { edges, fail, patterns } = buildAutomaton(rows);
  return {
    v: 1,
    norm: p.norm,
    entities: split(p.entities, " ").map((e) =>
      e[0] === "~" ? slug(texts[Number.parseInt(e.slice(1), 36)] ?? "") : e,
    ),
    texts,
    keys,
    edges,
    fail,
    patterns,
    related: unpackInts(p.related),
    common: split(p.common ?? "", " "),
    persons: unpackInts(p.persons ?? ""),
    compounds: unpackInts(p.compounds ?? ""),
    words: {
      notGiven: split(lists[0] ?? "", " "),
      types: split(lists[1] ?? "", " "),
      titles: split(lists[2] ?? "", " "),
    },
  };
}

/** True for the packed form (what data/build/alias-index.json holds). */
export function isPacked(index: CompiledIndex | PackedIndex): index is PackedIndex {
  return index.v === 4;
}

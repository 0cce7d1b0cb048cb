/**
 * The alias index as stored in data/build/alias-index.json and bundled by the content script:
 * the same CompiledIndex, with its integer arrays written as base-64 varint strings and its
 * string lists joined. About 40 % smaller than plain JSON, which matters under the content
 * script's 60 KB budget; unpacking is one linear pass.
 */
import type { CompiledIndex } from "./types";

/** Packed form (format version 2). */
export interface PackedIndex {
  v: 2;
  norm: string;
  /** Entity ids joined by spaces (ids are kebab-case). */
  entities: string;
  /** Alias texts joined by newlines (an alias never contains one). */
  texts: string;
  /** Phonetic keys joined by spaces (keys are letters only). */
  keys: string;
  edges: string;
  fail: string;
  /** Rows flattened, each preceded by its length. */
  patterns: string;
  related: string;
  /** Common words joined by spaces. */
  common?: string;
  persons?: string;
  compounds?: string;
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
  ] as const)
    for (const item of list)
      if (item.includes(sep) || item === "")
        throw new Error(`packIndex: ${what} ${JSON.stringify(item)} cannot be joined`);
  return {
    v: 2,
    norm: index.norm,
    entities: index.entities.join(" "),
    texts: index.texts.join("\n"),
    keys: index.keys.join(" "),
    edges: packInts(index.edges),
    fail: packInts(index.fail),
    patterns: packInts(index.patterns.flatMap((row) => [row.length, ...row])),
    related: packInts(index.related),
    common: (index.common ?? []).join(" "),
    persons: packInts(index.persons ?? []),
    compounds: packInts(index.compounds ?? []),
  };
}

export function unpackIndex(p: PackedIndex): CompiledIndex {
  const flat = unpackInts(p.patterns);
  const patterns: number[][] = [];
  for (let i = 0; i < flat.length; ) {
    const n = flat[i] as number;
    patterns.push(flat.slice(i + 1, i + 1 + n));
    i += n + 1;
  }
  const split = (s: string, sep: string) => (s === "" ? [] : s.split(sep));
  return {
    v: 1,
    norm: p.norm,
    entities: split(p.entities, " "),
    texts: split(p.texts, "\n"),
    keys: split(p.keys, " "),
    edges: unpackInts(p.edges),
    fail: unpackInts(p.fail),
    patterns,
    related: unpackInts(p.related),
    common: split(p.common ?? "", " "),
    persons: unpackInts(p.persons ?? ""),
    compounds: unpackInts(p.compounds ?? ""),
  };
}

/** True for the packed form (what data/build/alias-index.json holds). */
export function isPacked(index: CompiledIndex | PackedIndex): index is PackedIndex {
  return index.v === 2;
}

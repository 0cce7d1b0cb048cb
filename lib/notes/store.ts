import { type IDBPTransaction, type StoreNames, unwrap } from "idb";
import { CORRECTION_LIMITS, type Correction } from "../corrections/types";
import type { NotesDb, NotesSchema } from "./db";
import {
  BUCKETS,
  bucketOf,
  buildDigest,
  type DigestBucket,
  emptyBucket,
  putInBucket,
  removeFromBucket,
  unpack,
} from "./digest";
import { NotesError, toStoreError } from "./errors";
import { type HighlightSummary, newestFirst } from "./search";
import { type ColorLabel, DEFAULT_COLOR_LABELS, type Highlight, type HighlightPatch } from "./types";

/**
 * Every write is one transaction with strict durability: it is on disk when it resolves, and
 * a tab or browser closed half-way leaves the store as it was before.
 */
const STRICT = { durability: "strict" } as const;

type WriteTx = IDBPTransaction<NotesSchema, StoreNames<NotesSchema>[], "readwrite">;

/**
 * Runs `body` in one read-write transaction and resolves once it is committed. On any error
 * the transaction is aborted (nothing of it is kept) and the quota error is made readable.
 */
export async function inWrite<T>(
  db: NotesDb,
  stores: StoreNames<NotesSchema>[],
  body: (tx: WriteTx) => Promise<T>,
) {
  const tx = db.transaction(stores, "readwrite", STRICT);
  const done = tx.done;
  done.catch(() => {}); // observed below; an early failure must not surface as unhandled
  try {
    const value = await body(tx);
    await done;
    return value;
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // already finished
    }
    throw toStoreError(err);
  }
}

/** Brings the digest in step with highlights written or deleted in this transaction. */
async function updateDigest(tx: WriteTx, written: readonly Highlight[], deleted: readonly string[] = []) {
  const store = tx.objectStore("digest");
  const touched = new Map<number, DigestBucket>();
  const bucket = async (b: number) => {
    let k = touched.get(b);
    if (!k) {
      k = (await store.get(b)) ?? emptyBucket(b);
      touched.set(b, k);
    }
    return k;
  };
  for (const h of written) putInBucket(await bucket(bucketOf(h.id)), h);
  for (const id of deleted) removeFromBucket(await bucket(bucketOf(id)), id);
  for (const k of touched.values()) await store.put(k);
}

/** IDBIndex.getAllRecords (Chromium 141; not yet in TypeScript's DOM types). */
interface GetAllRecords {
  getAllRecords(options: {
    count?: number;
    direction?: IDBCursorDirection;
  }): IDBRequest<{ key: IDBValidKey; primaryKey: IDBValidKey; value: Highlight }[]>;
}

/** How an import went: counted per record. */
export interface MergeResult {
  added: number;
  updated: number;
  /** Records whose stored copy was as new or newer, so left as they were. */
  kept: number;
}

/** Merges highlights in `tx`: same id, the newer `updatedAt` wins. */
async function mergeIn(tx: WriteTx, records: Highlight[], colors?: ColorLabel[]): Promise<MergeResult> {
  const store = tx.objectStore("highlights");
  const result: MergeResult = { added: 0, updated: 0, kept: 0 };
  const written: Highlight[] = [];
  for (const r of records) {
    const old = await store.get(r.id);
    if (!old) result.added++;
    else if (r.updatedAt > old.updatedAt) result.updated++;
    else {
      result.kept++;
      continue;
    }
    await store.put(r);
    written.push(r);
  }
  await updateDigest(tx, written);
  if (colors) await tx.objectStore("meta").put({ key: "colors", value: colors });
  return result;
}

export function createNotesStore(db: NotesDb) {
  const store = {
    db,

    get: (id: string) => db.get("highlights", id),

    /** Highlights of one page (normalised URL), oldest first. */
    async forUrl(url: string): Promise<Highlight[]> {
      const list = await db.getAllFromIndex("highlights", "by-url", url);
      return list.sort((a, b) => a.createdAt - b.createdAt);
    },

    /** Every highlight, newest first. */
    async listNewestFirst(): Promise<Highlight[]> {
      return (await db.getAllFromIndex("highlights", "by-created")).reverse();
    },

    /** Every highlight's summary, newest first: what the notes page lists and searches. */
    async summaries(): Promise<HighlightSummary[]> {
      return unpack(await db.getAll("digest")).sort(newestFirst);
    },

    /**
     * The newest `n` full records, newest first (the order of `newestFirst`: the index orders
     * equal times by id): the notes page's first screen, read without waiting for the digest.
     * (Not with a count: Chromium counts by walking every record, 30 ms for 10,000.)
     */
    async newest(n: number): Promise<Highlight[]> {
      if (n <= 0) return [];
      const index = db.transaction("highlights").store.index("by-created");
      const raw = unwrap(index) as IDBIndex & Partial<GetAllRecords>;
      if (raw.getAllRecords) {
        // One round trip, where the browser has it (Chromium 141); a cursor is one per record.
        const req = raw.getAllRecords({ count: n, direction: "prev" });
        return new Promise<Highlight[]>((ok, fail) => {
          req.onsuccess = () => ok(req.result.map((r) => r.value));
          req.onerror = () => fail(req.error);
        });
      }
      const list: Highlight[] = [];
      let cursor = await index.openCursor(null, "prev");
      while (cursor) {
        list.push(cursor.value);
        cursor = list.length < n ? await cursor.continue() : null;
      }
      return list;
    },

    /**
     * Every summary, newest first, after checking (in the same read) that the digest agrees
     * with the highlights; if it does not, it is rebuilt first (see `repairSummaries`).
     */
    async checkedSummaries(): Promise<{ list: HighlightSummary[]; repaired: boolean }> {
      const tx = db.transaction(["highlights", "digest"]);
      const digest = tx.objectStore("digest");
      // A quarter of the buckets per read: each answer is its own task, so the page never
      // spends one long task deserialising 10,000 summaries (issue 10).
      const step = BUCKETS / 4;
      const reads = [0, 1, 2, 3].map((i) =>
        digest.getAll(IDBKeyRange.bound(i * step, (i + 1) * step, false, true)),
      );
      const count = await tx.objectStore("highlights").count();
      const list: HighlightSummary[] = [];
      let n = 0;
      for (const read of reads) {
        const part = await read;
        n += part.reduce((m, k) => m + k.ids.length, 0);
        list.push(...unpack(part));
      }
      if (n === count) return { list: list.sort(newestFirst), repaired: false };
      await this.repairSummaries();
      return { list: await this.summaries(), repaired: true };
    },

    /** The full records of these ids, in the same order; ids no longer stored are left out. */
    async getMany(ids: readonly string[]): Promise<Highlight[]> {
      const tx = db.transaction("highlights");
      const found = await Promise.all(ids.map((id) => tx.store.get(id)));
      return found.filter((h): h is Highlight => h !== undefined);
    },

    /**
     * Rebuilds the summaries if they disagree with the highlights (a bug, or a store written by
     * another tool): cheap to check (two counts), so the notes page does it on every open.
     */
    async repairSummaries(): Promise<boolean> {
      const [count, buckets] = await Promise.all([db.count("highlights"), db.getAll("digest")]);
      if (buckets.reduce((n, k) => n + k.ids.length, 0) === count) return false;
      await inWrite(db, ["highlights", "digest"], async (tx) => {
        const all = await tx.objectStore("highlights").getAll();
        const digest = tx.objectStore("digest");
        await digest.clear();
        for (const k of buildDigest(all)) await digest.put(k);
      });
      return true;
    },

    count: () => db.count("highlights"),

    add(h: Highlight): Promise<Highlight> {
      return inWrite(db, ["highlights", "digest"], async (tx) => {
        await tx.objectStore("highlights").add(h);
        await updateDigest(tx, [h]);
        return h;
      });
    },

    /** Changes note, tags or colour, and stamps `updatedAt`. */
    update(id: string, patch: HighlightPatch, now = Date.now()): Promise<Highlight> {
      return inWrite(db, ["highlights", "digest"], async (tx) => {
        const store = tx.objectStore("highlights");
        const old = await store.get(id);
        if (!old) throw new NotesError("This highlight no longer exists.");
        const next: Highlight = { ...old, ...patch, updatedAt: Math.max(now, old.updatedAt + 1) };
        await store.put(next);
        await updateDigest(tx, [next]);
        return next;
      });
    },

    /** Deletes a highlight and returns it, so it can be put back (undo). */
    remove(id: string): Promise<Highlight | undefined> {
      return inWrite(db, ["highlights", "digest"], async (tx) => {
        const store = tx.objectStore("highlights");
        const old = await store.get(id);
        if (old) await store.delete(id);
        if (old) await updateDigest(tx, [], [id]);
        return old;
      });
    },

    /** Puts back a deleted highlight exactly as it was (undo). */
    restore(h: Highlight): Promise<Highlight> {
      return inWrite(db, ["highlights", "digest"], async (tx) => {
        await tx.objectStore("highlights").put(h);
        await updateDigest(tx, [h]);
        return h;
      });
    },

    /** Records which highlights of a page were found; never deletes the missing ones. */
    setAnchorStatus(found: string[], missing: string[], now = Date.now()): Promise<void> {
      return inWrite(db, ["highlights"], async (tx) => {
        const store = tx.objectStore("highlights");
        const all = [
          ...found.map((id) => [id, "found"] as const),
          ...missing.map((id) => [id, "missing"] as const),
        ];
        for (const [id, status] of all) {
          const h = await store.get(id);
          if (h && h.anchor?.status !== status) await store.put({ ...h, anchor: { status, checkedAt: now } });
        }
      });
    },

    /** Merges records in one transaction: same id, the newer `updatedAt` wins. All or nothing. */
    merge(records: Highlight[], colors?: ColorLabel[]): Promise<MergeResult> {
      return inWrite(db, ["highlights", "digest", "meta"], (tx) => mergeIn(tx, records, colors));
    },

    /**
     * An import: merges highlights as `merge` does and adds the corrections whose id is not
     * stored yet (a stored one is kept as it is), all in one transaction: all or nothing.
     */
    importAll(
      records: Highlight[],
      colors: ColorLabel[] | undefined,
      corrections: readonly Correction[],
    ): Promise<{ highlights: MergeResult; corrections: { added: number; kept: number } }> {
      return inWrite(db, ["highlights", "digest", "meta", "corrections"], async (tx) => {
        const highlights = await mergeIn(tx, records, colors);
        const store = tx.objectStore("corrections");
        const fresh: Correction[] = [];
        for (const c of corrections) if ((await store.getKey(c.id)) === undefined) fresh.push(c);
        if ((await store.count()) + fresh.length > CORRECTION_LIMITS.total)
          throw new NotesError(
            `At most ${CORRECTION_LIMITS.total} corrections are kept; nothing was imported.`,
          );
        for (const c of fresh) await store.add(c);
        return { highlights, corrections: { added: fresh.length, kept: corrections.length - fresh.length } };
      });
    },

    /** Deletes every highlight (the colour names stay). */
    wipe(): Promise<void> {
      return inWrite(db, ["highlights", "digest"], async (tx) => {
        await tx.objectStore("highlights").clear();
        await tx.objectStore("digest").clear();
      });
    },

    async colors(): Promise<ColorLabel[]> {
      return (await db.get("meta", "colors"))?.value ?? DEFAULT_COLOR_LABELS.map((c) => ({ ...c }));
    },

    setColors(colors: ColorLabel[]): Promise<void> {
      return inWrite(db, ["meta"], async (tx) => {
        await tx.objectStore("meta").put({ key: "colors", value: colors });
      });
    },
  };
  return store;
}

export type NotesStore = ReturnType<typeof createNotesStore>;

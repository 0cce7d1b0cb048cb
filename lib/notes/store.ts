import type { IDBPTransaction, StoreNames } from "idb";
import type { NotesDb, NotesSchema } from "./db";
import { NotesError, toStoreError } from "./errors";
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
async function inWrite<T>(db: NotesDb, stores: StoreNames<NotesSchema>[], body: (tx: WriteTx) => Promise<T>) {
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

/** How an import went: counted per record. */
export interface MergeResult {
  added: number;
  updated: number;
  /** Records whose stored copy was as new or newer, so left as they were. */
  kept: number;
}

export function createNotesStore(db: NotesDb) {
  return {
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

    /** The newest `limit` highlights, newest first: a first screen before the full list loads. */
    async listNewest(limit: number): Promise<Highlight[]> {
      const out: Highlight[] = [];
      let cursor = await db.transaction("highlights").store.index("by-created").openCursor(null, "prev");
      while (cursor && out.length < limit) {
        out.push(cursor.value);
        cursor = await cursor.continue();
      }
      return out;
    },

    /**
     * Every highlight, newest first, read in chunks so the page stays responsive while 10,000
     * records are read (each chunk is a short task, not one long one).
     */
    async listAllChunked(
      chunk = 1000,
      pause: () => Promise<void> = () => Promise.resolve(),
    ): Promise<Highlight[]> {
      const out: Highlight[] = [];
      let after: string | undefined;
      for (;;) {
        const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
        const part = await db.getAll("highlights", range, chunk);
        out.push(...part);
        if (part.length < chunk) break;
        after = (part[part.length - 1] as Highlight).id;
        await pause();
      }
      return out.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
    },

    count: () => db.count("highlights"),

    add(h: Highlight): Promise<Highlight> {
      return inWrite(db, ["highlights"], async (tx) => {
        await tx.objectStore("highlights").add(h);
        return h;
      });
    },

    /** Changes note, tags or colour, and stamps `updatedAt`. */
    update(id: string, patch: HighlightPatch, now = Date.now()): Promise<Highlight> {
      return inWrite(db, ["highlights"], async (tx) => {
        const store = tx.objectStore("highlights");
        const old = await store.get(id);
        if (!old) throw new NotesError("This highlight no longer exists.");
        const next: Highlight = { ...old, ...patch, updatedAt: Math.max(now, old.updatedAt + 1) };
        await store.put(next);
        return next;
      });
    },

    /** Deletes a highlight and returns it, so it can be put back (undo). */
    remove(id: string): Promise<Highlight | undefined> {
      return inWrite(db, ["highlights"], async (tx) => {
        const store = tx.objectStore("highlights");
        const old = await store.get(id);
        if (old) await store.delete(id);
        return old;
      });
    },

    /** Puts back a deleted highlight exactly as it was (undo). */
    restore(h: Highlight): Promise<Highlight> {
      return inWrite(db, ["highlights"], async (tx) => {
        await tx.objectStore("highlights").put(h);
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
      return inWrite(db, ["highlights", "meta"], async (tx) => {
        const store = tx.objectStore("highlights");
        const result: MergeResult = { added: 0, updated: 0, kept: 0 };
        for (const r of records) {
          const old = await store.get(r.id);
          if (!old) result.added++;
          else if (r.updatedAt > old.updatedAt) result.updated++;
          else {
            result.kept++;
            continue;
          }
          await store.put(r);
        }
        if (colors) await tx.objectStore("meta").put({ key: "colors", value: colors });
        return result;
      });
    },

    /** Deletes every highlight (the colour names stay). */
    wipe(): Promise<void> {
      return inWrite(db, ["highlights"], (tx) => tx.objectStore("highlights").clear());
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
}

export type NotesStore = ReturnType<typeof createNotesStore>;

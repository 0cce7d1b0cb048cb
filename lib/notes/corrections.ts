/**
 * The reader's corrections (lib/corrections/) in the notes database (db.ts, version 3), in the
 * extension's origin: opened by the background and the notes page only. Each write is one
 * strict transaction: done when it resolves, nothing of it kept when it fails.
 */
import type { IDBPTransaction } from "idb";
import { CORRECTION_LIMITS, type Correction } from "../corrections/types";
import type { NotesDb, NotesSchema } from "./db";
import { NotesError, toStoreError } from "./errors";

const STRICT = { durability: "strict" } as const;

type Tx = IDBPTransaction<NotesSchema, "corrections"[], "readwrite">;

async function write<T>(db: NotesDb, body: (tx: Tx) => Promise<T>) {
  const tx = db.transaction(["corrections"], "readwrite", STRICT);
  const done = tx.done;
  done.catch(() => {});
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

export function createCorrectionsStore(db: NotesDb) {
  return {
    /** Every correction, newest first. */
    async all(): Promise<Correction[]> {
      const list = await db.getAll("corrections");
      return list.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1));
    },

    async count(): Promise<number> {
      return db.count("corrections");
    },

    /**
     * Adds records (new ids) or puts back removed ones (undo, import), all or none. Refused
     * when the store would hold more than CORRECTION_LIMITS.total.
     */
    async put(list: readonly Correction[]): Promise<void> {
      await write(db, async (tx) => {
        const store = tx.objectStore("corrections");
        let fresh = 0;
        for (const c of list) if ((await store.getKey(c.id)) === undefined) fresh++;
        if ((await store.count()) + fresh > CORRECTION_LIMITS.total)
          throw new NotesError(`At most ${CORRECTION_LIMITS.total} corrections are kept.`);
        for (const c of list) await store.put(c);
      });
    },

    /** Removes these ids; returns the records removed (for undo). */
    async remove(ids: readonly string[]): Promise<Correction[]> {
      return write(db, async (tx) => {
        const store = tx.objectStore("corrections");
        const removed: Correction[] = [];
        for (const id of ids) {
          const c = await store.get(id);
          if (!c) continue;
          removed.push(c);
          await store.delete(id);
        }
        return removed;
      });
    },

    async clear(): Promise<void> {
      await write(db, async (tx) => tx.objectStore("corrections").clear());
    },
  };
}

export type CorrectionsStore = ReturnType<typeof createCorrectionsStore>;

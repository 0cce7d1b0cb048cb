/**
 * The reader's corrections (lib/corrections/) in the notes database (db.ts, version 3), in the
 * extension's origin: opened by the background and the notes page only. Each write is one
 * strict transaction: done when it resolves, nothing of it kept when it fails.
 */
import { CORRECTION_LIMITS, type Correction } from "../corrections/types";
import type { NotesDb } from "./db";
import { NotesError } from "./errors";
import { inWrite } from "./store";

/** One strict read-write transaction over the corrections store (the highlights' own, store.ts). */
const write = <T>(db: NotesDb, body: Parameters<typeof inWrite<T>>[2]) => inWrite(db, ["corrections"], body);

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

/**
 * The reader's corrections as the notes page holds them (issue 12): read from the notes
 * database (the page opens it directly, boot.ts), read again when the page comes back into
 * view (a correction made in a tab meanwhile), and changed here by remove, undo and import.
 * After each change of its own the page asks the background to tell every open tab, so the
 * marks there follow.
 */
import { useCallback, useEffect, useMemo, useState } from "preact/hooks";
import type { Correction } from "../corrections/types";
import { ask } from "../messaging/client";
import { createCorrectionsStore } from "../notes/corrections";
import type { NotesStore } from "../notes/store";
import type { Toast } from "./toast";

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export interface CorrectionsList {
  /** Every correction, newest first (null until read). */
  list: Correction[] | null;
  /** Reads the store again, and tells every tab: after the page changed the store itself. */
  changed(): Promise<void>;
  /** Removes these corrections; returns the records removed (for undo), or null on failure. */
  remove(ids: readonly string[]): Promise<Correction[] | null>;
  /** Puts removed records back exactly as they were (undo); false on failure. */
  restore(records: readonly Correction[]): Promise<boolean>;
  /** Removes one correction and offers its undo in a toast. */
  removeWithUndo(c: Correction): void;
}

export function useCorrections(
  notes: NotesStore | null,
  onError: (text: string) => void,
  showToast: (t: Toast | null) => void,
): CorrectionsList {
  const store = useMemo(() => (notes ? createCorrectionsStore(notes.db) : null), [notes]);
  const [list, setList] = useState<Correction[] | null>(null);

  const reload = useCallback(async () => {
    if (!store) return;
    try {
      setList(await store.all());
    } catch (err) {
      onError(message(err));
    }
  }, [store, onError]);

  useEffect(() => {
    void reload();
    const onShow = () => {
      if (document.visibilityState === "visible") void reload();
    };
    document.addEventListener("visibilitychange", onShow);
    return () => document.removeEventListener("visibilitychange", onShow);
  }, [reload]);

  const changed = useCallback(async () => {
    await reload();
    // The tabs re-mark once told; a background that does not answer leaves them until reload.
    await ask("ext:corrections-changed", {}).catch(() => {});
  }, [reload]);

  const remove = useCallback(
    async (ids: readonly string[]) => {
      if (!store) return null;
      try {
        const removed = await store.remove(ids);
        await changed();
        return removed;
      } catch (err) {
        onError(message(err));
        return null;
      }
    },
    [store, changed, onError],
  );

  const restore = useCallback(
    async (records: readonly Correction[]) => {
      if (!store) return false;
      try {
        await store.put(records);
        await changed();
        return true;
      } catch (err) {
        onError(message(err));
        return false;
      }
    },
    [store, changed, onError],
  );

  const removeWithUndo = useCallback(
    async (c: Correction) => {
      const removed = await remove([c.id]);
      if (removed?.length)
        showToast({
          text: "Correction removed.",
          undo: async () => {
            await restore(removed);
          },
        });
    },
    [remove, restore, showToast],
  );

  return { list, changed, remove, restore, removeWithUndo: (c) => void removeWithUndo(c) };
}

import { openNotesDb } from "../notes/db";
import { createNotesStore, type NotesStore } from "../notes/store";
import type { ColorLabel, Highlight } from "../notes/types";

/**
 * How many highlights the first screen draws: a highlight with its page's heading is about 250
 * pixels tall, so six fill a 1,400-pixel window. A taller window draws more at once (the list
 * draws more whenever its end comes near the window), as does scrolling or "Show more"; search
 * always covers every highlight. Fewer rows drawn is a faster first paint.
 */
export const FIRST_SCREEN = 6;

/** What the notes page needs to draw its first screen. */
export interface Boot {
  store: NotesStore;
  /** The newest highlights (up to FIRST_SCREEN), newest first, full records. */
  first: Highlight[];
  /** How many highlights there are in all, when the first screen holds them all (else null). */
  total: number | null;
  colors: ColorLabel[];
}

/**
 * Opens the store and reads the first screen. Called at the top of main.tsx, before Preact
 * mounts, which then draws the list in its first render. The digest (every summary, for search
 * and filters) is read only after the first screen is painted: deserialising 10,000 summaries
 * takes the main thread for tens of milliseconds.
 */
export async function boot(): Promise<Boot> {
  const store = createNotesStore(await openNotesDb());
  const [first, colors] = await Promise.all([store.newest(FIRST_SCREEN), store.colors()]);
  return { store, first, total: first.length < FIRST_SCREEN ? first.length : null, colors };
}

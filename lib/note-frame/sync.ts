import type { NoteFrameMode } from "../messaging/contract";
import { errorText as readableError } from "../messaging/errors";
import { cleanTags } from "../notes/tags";
import type { ColorId, ColorLabel, Highlight } from "../notes/types";

/**
 * The note card's writes (issue 17): what the reader types, picks and deletes, sent to the
 * background one at a time in the order done. The note is sent once typing pauses, and a note
 * that failed to save stays pending, so the next flush (closing the card, leaving the page)
 * tries again. A colour or tags change shows at once and is taken back if it fails: the card
 * shows what is stored, not what was asked for. No browser API here: the transport is given.
 */

/** How long typing must pause before the note is sent. */
export const NOTE_DEBOUNCE_MS = 400;

export type Status = { kind: "idle" | "saving" | "saved" } | { kind: "error"; message: string };

/** One card's session as the reader sees it. */
export interface CardState {
  token: string;
  /** The highlight shown; null once deleted. */
  highlight: Highlight | null;
  /** Set once deleted: what Undo puts back. */
  deleted?: Highlight;
  colors: ColorLabel[];
  mode: NoteFrameMode;
  focus: boolean;
  status: Status;
}

/** How writes reach the store (lib/note-frame/transport.ts: through the background). */
export interface NoteTransport {
  update(token: string, patch: { note?: string; color?: ColorId; tags?: string[] }): Promise<Highlight>;
  remove(token: string): Promise<Highlight | null>;
  restore(token: string, highlight: Highlight): Promise<Highlight>;
}

export interface NoteSync {
  readonly state: CardState | null;
  /** Shows another session's card, or none (no change is reported: the caller draws). */
  show(state: CardState | null): void;
  /** The note as typed: sent once typing pauses. */
  note(text: string): void;
  /** Tags as entered: cleaned, and sent when they differ from the highlight's. */
  tags(tags: string[]): void;
  color(color: ColorId): void;
  /** Sends the pending note now; resolves once every write before it is done. */
  flush(): Promise<unknown>;
  remove(): Promise<void>;
  undo(): Promise<void>;
}

export function createNoteSync(opts: {
  transport: NoteTransport;
  /** The card's state changed: draw it. */
  onChange(state: CardState): void;
  debounceMs?: number;
}): NoteSync {
  const { transport } = opts;
  let state: CardState | null = null;
  let noteTimer: ReturnType<typeof setTimeout> | undefined;
  let pendingNote: { token: string; note: string } | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  /** Runs `fn` once every write before it has settled, failed or not. */
  const enqueue = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => {});
    return run;
  };
  const set = (patch: Partial<CardState>) => {
    if (!state) return;
    state = { ...state, ...patch };
    opts.onChange(state);
  };
  const current = (token: string) => state?.token === token;

  function flush(): Promise<unknown> {
    clearTimeout(noteTimer);
    noteTimer = undefined;
    const p = pendingNote;
    pendingNote = null;
    if (!p) return queue;
    if (current(p.token)) set({ status: { kind: "saving" } });
    return enqueue(() => transport.update(p.token, { note: p.note })).then(
      () => {
        if (current(p.token)) set({ status: { kind: "saved" } });
      },
      (err) => {
        // Not saved: keep it pending (unless typed again since), so the next flush tries again.
        pendingNote ??= p;
        if (current(p.token)) set({ status: { kind: "error", message: readableError(err) } });
      },
    );
  }

  function change(patch: { color?: ColorId; tags?: string[] }) {
    const s = state;
    if (!s?.highlight) return;
    const before = s.highlight;
    set({ highlight: { ...before, ...patch }, status: { kind: "saving" } });
    enqueue(() => transport.update(s.token, patch)).then(
      (h) => {
        if (current(s.token) && state?.highlight)
          set({ highlight: { ...h, note: state.highlight.note }, status: { kind: "saved" } });
      },
      (err) => {
        // Not saved: show what is stored, not what was asked for.
        if (current(s.token) && state?.highlight)
          set({
            highlight: { ...state.highlight, color: before.color, tags: before.tags },
            status: { kind: "error", message: readableError(err) },
          });
      },
    );
  }

  return {
    get state() {
      return state;
    },
    show(s) {
      state = s;
    },
    note(text) {
      if (!state?.highlight) return;
      pendingNote = { token: state.token, note: text };
      clearTimeout(noteTimer);
      noteTimer = setTimeout(() => void flush(), opts.debounceMs ?? NOTE_DEBOUNCE_MS);
      set({ highlight: { ...state.highlight, note: text } });
    },
    tags(tags) {
      const clean = cleanTags(tags);
      if (state?.highlight && clean.join(",") !== state.highlight.tags.join(",")) change({ tags: clean });
    },
    color: (color) => change({ color }),
    flush,
    async remove() {
      const s = state;
      if (!s) return;
      await flush();
      try {
        const gone = await enqueue(() => transport.remove(s.token));
        if (current(s.token) && gone) set({ highlight: null, deleted: gone, status: { kind: "idle" } });
      } catch (err) {
        set({ status: { kind: "error", message: readableError(err) } });
      }
    },
    async undo() {
      const s = state;
      const deleted = s?.deleted;
      if (!s || !deleted) return;
      try {
        const back = await enqueue(() => transport.restore(s.token, deleted));
        if (current(s.token))
          set({ highlight: back, deleted: undefined, focus: true, status: { kind: "idle" } });
      } catch (err) {
        set({ status: { kind: "error", message: readableError(err) } });
      }
    },
  };
}

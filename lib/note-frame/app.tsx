/**
 * The note card's document (note-frame.html), framed by the content script beside a saved
 * highlight (lib/notes-ui/note-frame-host.ts). It is an extension page: it reads and writes the
 * highlight through the background with the session token in its address, and tells its host
 * (through the background) its height and when to close. The web page sees an iframe of
 * another origin: no note text, no keystrokes, no selection.
 */
import { render } from "preact";
import { ask } from "../messaging/client";
import type { NoteFrameMode, ResultOf } from "../messaging/contract";
import { errorText } from "../messaging/errors";
import { cleanTags } from "../notes/tags";
import type { ColorId, ColorLabel, Highlight } from "../notes/types";
import { NoteCard } from "../notes-ui/NoteCard";
import { NOTES_UI_CSS } from "../notes-ui/styles";

const NOTE_DEBOUNCE_MS = 400;

/** The frame fills its iframe: the host draws the border and the shadow. */
const FRAME_CSS = `
html, body { margin: 0; padding: 0; background: transparent; }
html { overflow-y: auto; overflow-x: hidden; }
.card { width: 100%; max-width: none; border: 0; border-radius: 0; box-shadow: none; background: var(--bg); }
`;

type Status = { kind: "idle" | "saving" | "saved" } | { kind: "error"; message: string };

interface State {
  token: string;
  highlight: Highlight | null;
  /** Set once deleted: what Undo puts back. */
  deleted?: Highlight;
  colors: ColorLabel[];
  mode: NoteFrameMode;
  focus: boolean;
  status: Status;
}

/** The reader-facing text of a background error (an AskError's message; its `code` says which). */
const readable = errorText;

export function startNoteFrame(root: HTMLElement): void {
  const style = document.createElement("style");
  style.textContent = NOTES_UI_CSS + FRAME_CSS;
  document.head.append(style);

  let state: State | null = null;
  let noteTimer: ReturnType<typeof setTimeout> | undefined;
  let pendingNote: { token: string; note: string } | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = <T,>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => {});
    return run;
  };

  const set = (patch: Partial<State>) => {
    if (!state) return;
    state = { ...state, ...patch };
    draw();
  };

  function flushNote(): Promise<unknown> {
    clearTimeout(noteTimer);
    noteTimer = undefined;
    const p = pendingNote;
    pendingNote = null;
    if (!p) return queue;
    if (state?.token === p.token) set({ status: { kind: "saving" } });
    return enqueue(() => ask("frame:note-update", { token: p.token, note: p.note })).then(
      () => {
        if (state?.token === p.token) set({ status: { kind: "saved" } });
      },
      (err) => {
        // Not saved: keep it pending, so closing the card tries again.
        pendingNote ??= p;
        if (state?.token === p.token) set({ status: { kind: "error", message: readable(err) } });
      },
    );
  }

  function change(patch: { color?: ColorId; tags?: string[] }) {
    const s = state;
    if (!s?.highlight) return;
    const before = s.highlight;
    set({ highlight: { ...before, ...patch }, status: { kind: "saving" } });
    enqueue(() => ask("frame:note-update", { token: s.token, ...patch })).then(
      (h) => {
        if (state?.token === s.token && state.highlight)
          set({ highlight: { ...h, note: state.highlight.note }, status: { kind: "saved" } });
      },
      (err) => {
        // Not saved: show what is stored, not what was asked for.
        if (state?.token === s.token && state.highlight)
          set({
            highlight: { ...state.highlight, color: before.color, tags: before.tags },
            status: { kind: "error", message: readable(err) },
          });
      },
    );
  }

  async function close() {
    const s = state;
    if (!s) return;
    await flushNote();
    ask("frame:note-ui", { token: s.token, kind: "close" }).catch(() => {});
  }

  async function remove() {
    const s = state;
    if (!s) return;
    await flushNote();
    try {
      const gone = await enqueue(() => ask("frame:note-delete", { token: s.token }));
      if (state?.token === s.token && gone) set({ highlight: null, deleted: gone, status: { kind: "idle" } });
    } catch (err) {
      set({ status: { kind: "error", message: readable(err) } });
    }
  }

  async function undo() {
    const s = state;
    if (!s?.deleted) return;
    try {
      const back = await enqueue(() =>
        ask("frame:note-restore", { token: s.token, highlight: s.deleted as Highlight }),
      );
      if (state?.token === s.token)
        set({ highlight: back, deleted: undefined, focus: true, status: { kind: "idle" } });
    } catch (err) {
      set({ status: { kind: "error", message: readable(err) } });
    }
  }

  function draw() {
    const s = state;
    if (!s) {
      render(null, root);
      return;
    }
    render(
      <NoteCard
        key={s.token}
        highlight={s.highlight}
        colors={s.colors}
        mode={s.mode}
        status={s.status}
        autoFocus={s.focus}
        onNote={(note) => {
          if (!state?.highlight) return;
          pendingNote = { token: s.token, note };
          clearTimeout(noteTimer);
          noteTimer = setTimeout(() => void flushNote(), NOTE_DEBOUNCE_MS);
          set({ highlight: { ...state.highlight, note } });
        }}
        onTags={(tags) => {
          const clean = cleanTags(tags);
          if (state?.highlight && clean.join(",") !== state.highlight.tags.join(",")) change({ tags: clean });
        }}
        onColor={(color) => change({ color })}
        onDelete={() => void remove()}
        onUndo={() => void undo()}
        onClose={() => void close()}
      />,
      root,
    );
  }

  /** Opens the session named in the address (the host changes the fragment for each card). */
  async function open() {
    const token = location.hash.slice(1);
    await flushNote();
    if (!token) {
      // The host closed the card: nothing of it stays on screen.
      state = null;
      draw();
      return;
    }
    let loaded: ResultOf<"frame:note-load">;
    try {
      loaded = await ask("frame:note-load", { token });
    } catch (err) {
      state = {
        token,
        highlight: null,
        colors: [],
        mode: "hover",
        focus: false,
        status: { kind: "error", message: readable(err) },
      };
      render(
        <div class="al card" role="alert">
          <p class="error">{readable(err)}</p>
        </div>,
        root,
      );
      requestAnimationFrame(report);
      return;
    }
    if (location.hash.slice(1) !== token) return; // another card was asked for meanwhile
    state = { token, ...loaded, status: { kind: "idle" } };
    draw();
    requestAnimationFrame(report);
  }

  // The host sizes the iframe to the card.
  let reported = -1;
  const report = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (!state || height === reported || height === 0) return;
    reported = height;
    ask("frame:note-ui", { token: state.token, kind: "size", height }).catch(() => {});
  };
  new ResizeObserver(report).observe(root);

  window.addEventListener("hashchange", () => {
    reported = -1;
    void open();
  });
  // Leaving the page (or the card's frame being removed) saves what was typed.
  window.addEventListener("pagehide", () => void flushNote());
  void open();
}

/**
 * The note card's document (note-frame.html), framed by the content script beside a saved
 * highlight (lib/notes-ui/note-frame-host.ts). It is an extension page: it reads and writes the
 * highlight through the background with the session token in its address, and tells its host
 * (through the background) its height and when to close. The web page sees an iframe of
 * another origin: no note text, no keystrokes, no selection.
 */
import { render } from "preact";
import { ask } from "../messaging/client";
import type { ResultOf } from "../messaging/contract";
import { errorText as readableError } from "../messaging/errors";
import { NoteCard } from "../notes-ui/NoteCard";
import { NOTES_UI_CSS } from "../notes-ui/styles";
import { createNoteSync } from "./sync";
import { backgroundTransport } from "./transport";

/** The frame fills its iframe: the host draws the border and the shadow. */
const FRAME_CSS = `
html, body { margin: 0; padding: 0; background: transparent; }
html { overflow-y: auto; overflow-x: hidden; }
.card { width: 100%; max-width: none; border: 0; border-radius: 0; box-shadow: none; background: var(--bg); }
`;

export function startNoteFrame(root: HTMLElement): void {
  const style = document.createElement("style");
  style.textContent = NOTES_UI_CSS + FRAME_CSS;
  document.head.append(style);

  // The writes, their order, debounce and rollback (sync.ts).
  const sync = createNoteSync({ transport: backgroundTransport, onChange: () => draw() });

  async function close() {
    const s = sync.state;
    if (!s) return;
    await sync.flush();
    ask("frame:note-ui", { token: s.token, kind: "close" }).catch(() => {});
  }

  function draw() {
    const s = sync.state;
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
        onNote={sync.note}
        onTags={sync.tags}
        onColor={sync.color}
        onDelete={() => void sync.remove()}
        onUndo={() => void sync.undo()}
        onClose={() => void close()}
      />,
      root,
    );
  }

  /** Opens the session named in the address (the host changes the fragment for each card). */
  async function open() {
    const token = location.hash.slice(1);
    await sync.flush();
    if (!token) {
      // The host closed the card: nothing of it stays on screen.
      sync.show(null);
      draw();
      return;
    }
    let loaded: ResultOf<"frame:note-load">;
    try {
      loaded = await ask("frame:note-load", { token });
    } catch (err) {
      sync.show({
        token,
        highlight: null,
        colors: [],
        mode: "hover",
        focus: false,
        status: { kind: "error", message: readableError(err) },
      });
      render(
        <div class="al card" role="alert">
          <p class="error">{readableError(err)}</p>
        </div>,
        root,
      );
      requestAnimationFrame(report);
      return;
    }
    if (location.hash.slice(1) !== token) return; // another card was asked for meanwhile
    sync.show({ token, ...loaded, status: { kind: "idle" } });
    draw();
    requestAnimationFrame(report);
  }

  // The host sizes the iframe to the card.
  let reported = -1;
  const report = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    const s = sync.state;
    if (!s || height === reported || height === 0) return;
    reported = height;
    ask("frame:note-ui", { token: s.token, kind: "size", height }).catch(() => {});
  };
  new ResizeObserver(report).observe(root);

  window.addEventListener("hashchange", () => {
    reported = -1;
    void open();
  });
  // Leaving the page (or the card's frame being removed) saves what was typed.
  window.addEventListener("pagehide", () => void sync.flush());
  void open();
}

import { type Container, createContainer } from "../ui/container";

/**
 * The note card's place in the page: a container (lib/ui/container.ts) holding an iframe of our own origin, note-frame.html (lib/note-frame/). The note is read,
 * shown and typed inside that frame only: the page's events, selection, find-in-page and
 * execCommand stop at a document of another origin, as with password managers' fields and
 * Hypothesis's sidebar. The host only knows where the card goes and how tall it is.
 */
export const NOTE_CARD_WIDTH = 320;

const FRAME_CSS = `
:host { all: initial; }
iframe {
  display: block; width: ${NOTE_CARD_WIDTH}px; height: 0; border: 1px solid #d5d8de; border-radius: 8px;
  background: #ffffff; box-shadow: 0 6px 24px rgba(0,0,0,.22); color-scheme: normal;
}
@media (prefers-color-scheme: dark) { iframe { border-color: #41464f; background: #23262c; } }
`;

export interface NoteFrameHost {
  readonly container: Container;
  /** The token of the card shown, if one is. */
  readonly token: string | undefined;
  /** Shows the session `token` next to the viewport point (x, y); focuses the card if asked. */
  open(token: string, focus: boolean): void;
  /** The card's height, as the frame reports it. */
  resize(height: number): void;
  /** Moves the card (viewport coordinates of its top-left corner), at most `maxHeight` tall. */
  place(x: number, y: number, maxHeight: number): void;
  /** The card's height now. */
  readonly height: number;
  /** True while keyboard focus is in the card. */
  readonly focused: boolean;
  close(): void;
  destroy(): void;
}

/** `onMoved`: a page script moved the card's host (the card is hidden by then). */
export function createNoteFrameHost(frameUrl: string, onMoved: () => void): NoteFrameHost {
  const box = createContainer({ tag: "actor-lens-note-card", css: FRAME_CSS, onMoved });
  const frame = document.createElement("iframe");
  frame.title = "Actor Lens note";
  // The frame needs nothing of the page: no features, and the page is not its referrer.
  frame.setAttribute("allow", "");
  frame.setAttribute("referrerpolicy", "no-referrer");
  box.mount.append(frame);
  let token: string | undefined;
  let height = 0;
  let room = Number.POSITIVE_INFINITY;
  /** The card's height, or the room it has where it is placed: beyond it, the frame scrolls. */
  const sizeFrame = () => {
    frame.style.height = `${Math.round(Math.min(height + 2, Math.max(room, 60)))}px`; // + the border
  };
  return {
    container: box,
    get token() {
      return token;
    },
    get height() {
      return height;
    },
    get focused() {
      return document.activeElement === box.host;
    },
    open(t, focus) {
      token = t;
      height = 0;
      frame.style.height = "0px";
      // The fragment carries the session: changing it opens another card without a reload.
      frame.src = `${frameUrl}#${t}`;
      box.show(true);
      if (focus) frame.focus();
    },
    resize(h) {
      height = h;
      sizeFrame();
    },
    place(x, y, maxHeight) {
      room = maxHeight;
      sizeFrame();
      box.place(x, y);
    },
    close() {
      token = undefined;
      if (frame.src) frame.src = `${frameUrl}#`;
      box.show(false);
    },
    destroy() {
      token = undefined;
      box.destroy();
    },
  };
}

import { ask } from "../messaging/client";
import type { NoteFrameMode } from "../messaging/contract";
import { errorText as readableError } from "../messaging/errors";
import type { rangeAtPoint } from "../page/at-point";
import { type Box, placeNear, type Size, viewportSize } from "../ui/place";
import type { DrawnHighlights } from "./drawn";
import { createNoteFrameHost, NOTE_CARD_WIDTH, type NoteFrameHost } from "./note-frame-host";
import type { Scope, Timer } from "./scope";

/**
 * The note card's controller: opens a saved highlight's card (an extension-origin frame,
 * note-frame-host.ts) when the reader points at it for a moment or asks by keyboard, keeps it
 * beside its highlight as the page scrolls, and closes it when the pointer leaves, the frame
 * says so, or the page is pressed elsewhere. It knows no note: only ids, tokens and places.
 */
const HOVER_DELAY = 250;
const LEAVE_DELAY = 400;
const GAP = 8;
const MARGIN = 8;

interface OpenCard {
  id: string;
  mode: NoteFrameMode;
  /** Its session with the background, once the frame has one. */
  token?: string;
}

/**
 * What pointing at highlight `id` (null: at none) does to the card: "open" it after a moment,
 * "hold" it (the pointer is back on its highlight, or a note is being written), start to
 * close it ("leave"), or nothing.
 */
export function hoverIntent(
  id: string | null,
  open: { id: string; mode: NoteFrameMode } | null,
  cardFocused: boolean,
): "open" | "hold" | "leave" | "none" {
  if (id) {
    if (open?.id === id) return "hold";
    if (open && (open.mode === "new" || cardFocused)) return "hold"; // never replace a note being written
    return "open";
  }
  return open?.mode === "hover" && !cardFocused ? "leave" : "none";
}

/**
 * Where the card goes: next to its highlight, never over it, below or above where there is more
 * room, inside the viewport and scrolling inside when taller (lib/ui/place.ts); in the corner
 * when the highlight is not on the page.
 */
export function cardPlace(highlight: Box | undefined, height: number, viewport: Size) {
  if (!highlight) return { x: MARGIN, y: MARGIN, maxHeight: viewport.height - 2 * MARGIN };
  const p = placeNear(highlight, { width: NOTE_CARD_WIDTH, height: height || 200 }, viewport, {
    gap: GAP,
    margin: MARGIN,
  });
  return { x: p.left, y: p.top, maxHeight: p.maxHeight };
}

export interface NoteCards {
  open(id: string, mode: NoteFrameMode, focus: boolean): Promise<void>;
  close(): void;
  readonly isOpen: boolean;
  /** The card's host, once there is one (a press on it is not a press on the page). */
  readonly host: HTMLElement | undefined;
  /** Focus goes nowhere when the card closes (it was opened by the keyboard command). */
  forgetFocus(): void;
  /** The pointer moved to (x, y): a card may open or close shortly. */
  pointerMoved(x: number, y: number): void;
  /** The page scrolled or resized: the card follows its highlight. */
  follow(): void;
  /** The frame's report through the background (bg:note-ui): its height, or close. */
  frameUi(m: { token: string; kind: "close" | "size"; height?: number }): void;
  destroy(): void;
}

export function createNoteCards(deps: {
  scope: Scope;
  drawn: DrawnHighlights;
  /** The note frame's address (note-frame.html). */
  frameUrl: string;
  /** A mouse button is down on the page: no card opens meanwhile. */
  pointerDown(): boolean;
  /** The text position under a viewport point (the content script's, lib/page/at-point.ts). */
  rangeAtPoint: typeof rangeAtPoint;
  showError(range: Range | null, message: string): void;
}): NoteCards {
  const { scope, drawn } = deps;
  let card: NoteFrameHost | undefined;
  let open: OpenCard | null = null;
  let returnFocus: Element | null = null;
  let hoverTimer: Timer | undefined;
  let leaveTimer: Timer | undefined;
  let hovered: string | null = null;
  let pointer = { x: 0, y: 0 };
  let frame = 0;
  let placing = 0;
  const cardFocused = () => !!card?.focused;

  function host(): NoteFrameHost {
    if (card) return card;
    const c = createNoteFrameHost(deps.frameUrl, close);
    scope.on(c.container.host, "mouseenter", () => scope.cancel(leaveTimer));
    scope.on(c.container.host, "mouseleave", () => {
      if (open?.mode === "hover" && !cardFocused()) leaveTimer = scope.later(close, LEAVE_DELAY);
    });
    card = c;
    return c;
  }

  function place() {
    if (!open || !card) return;
    const at = cardPlace(drawn.get(open.id)?.range?.getClientRects()[0], card.height, viewportSize());
    card.place(at.x, at.y, at.maxHeight);
  }

  async function openCard(id: string, mode: NoteFrameMode, focus: boolean) {
    const s = drawn.get(id);
    if (!s) return;
    if (focus && !cardFocused()) returnFocus = document.activeElement;
    const asked: OpenCard = { id, mode };
    open = asked;
    try {
      const { token } = await ask("content:note-frame-open", { id, mode, focus });
      if (open !== asked || scope.signal.aborted) return;
      asked.token = token;
      host().open(token, focus);
      place();
    } catch (err) {
      if (open === asked) open = null;
      deps.showError(s.range, `Could not open this note: ${readableError(err)}`);
    }
  }

  function close() {
    scope.cancel(leaveTimer);
    if (!open) return;
    open = null;
    if (card) {
      const hadFocus = cardFocused();
      card.close();
      if (hadFocus && returnFocus instanceof HTMLElement) returnFocus.focus({ preventScroll: true });
    }
    returnFocus = null;
  }

  function hoverCheck() {
    frame = 0;
    if (drawn.size === 0 || deps.pointerDown()) return;
    const at = deps.rangeAtPoint(pointer.x, pointer.y);
    const id = at ? drawn.at(at.node, at.offset, pointer.x, pointer.y) : null;
    if (id === hovered) return;
    hovered = id;
    scope.cancel(hoverTimer);
    if (id) scope.cancel(leaveTimer);
    const intent = hoverIntent(id, open, cardFocused());
    if (intent === "open" && id)
      hoverTimer = scope.later(() => void openCard(id, "hover", false), HOVER_DELAY);
    else if (intent === "leave")
      leaveTimer = scope.later(() => {
        if (!hovered) close();
      }, LEAVE_DELAY);
  }

  return {
    open: openCard,
    close,
    get isOpen() {
      return open !== null;
    },
    get host() {
      return card?.container.host;
    },
    forgetFocus() {
      returnFocus = null;
    },
    pointerMoved(x, y) {
      pointer = { x, y };
      if (!frame && drawn.size > 0) frame = requestAnimationFrame(hoverCheck);
    },
    follow() {
      if (!open || placing) return;
      placing = requestAnimationFrame(() => {
        placing = 0;
        place();
      });
    },
    frameUi(m) {
      if (!open || open.token !== m.token || !card) return;
      if (m.kind === "close") close();
      else if (m.height !== undefined) {
        card.resize(m.height);
        place();
      }
    },
    destroy() {
      if (frame) cancelAnimationFrame(frame);
      if (placing) cancelAnimationFrame(placing);
      card?.destroy();
      card = undefined;
      open = null;
    },
  };
}

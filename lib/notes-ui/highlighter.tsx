import { render } from "preact";
import { browser } from "wxt/browser";
import { anchorIn, describeText } from "../anchoring";
import { offsetsToRange } from "../anchoring/text-range";
import { extractText } from "../extract/text";
import { ask } from "../messaging/client";
import type { NoteFrameMode, NotesTabMessage, PageHighlight, ResultOf } from "../messaging/contract";
import { errorText } from "../messaging/errors";
import { normalizeUrl } from "../notes/url";
import { placeNear, viewportSize } from "../ui/place";
import { createNoteFrameHost, NOTE_CARD_WIDTH, type NoteFrameHost } from "./note-frame-host";
import { NotePainter } from "./paint";
import { createPanel, type Panel } from "./panel";
import { selectedRange } from "./selection";
import { NOTES_UI_CSS } from "./styles";

/**
 * Highlights and notes in a page (issues 7 and 17): the "Save highlight" button beside a
 * selection, saved highlights drawn again on return, and the note card on hover. Nothing is
 * stored here and no note passes through here: the note card is an extension-origin frame
 * (note-frame-host.ts) that reads and writes through the background itself; this side knows
 * each highlight's quote, position and colour, and where to put the card.
 *
 * Everything here acts only on trusted input (`isTrusted`): a page's synthetic events neither
 * open a card nor press our buttons.
 *
 * Part of the lazy UI bundle. Until it is needed, the content script watches for it
 * (lib/page/notes-watch.ts) and starts it with what it already has: the page's saved
 * highlights, or a selection to show the button for. Its ::highlight() styles
 * (note-highlight.css) ship with the content script: a lazily imported script brings no CSS.
 */

/** The background's answer to content:notes-for-page. */
export type NotesForPage = ResultOf<"content:notes-for-page">;

/** What the content script drives once it has started the notes UI. */
export interface NotesUi {
  /** Shows or hides the "Save highlight" button for the selection as it is now. */
  checkSelection(): void;
  /** The save-highlight command: saves the selection (or opens the note under the caret). */
  saveSelection(fromKeyboard: boolean): void;
  destroy(): void;
}

/** What the content script already knows: this page's highlights, as asked for `url`. */
export interface NotesStart {
  reply?: NotesForPage;
  url?: string;
  /** The note frame's address (runtime.getURL("/note-frame.html"), per session in Chrome). */
  frameUrl?: string;
}

interface Saved {
  h: PageHighlight;
  /** Where it is on the page now; null when it could not be found. */
  range: Range | null;
}

interface OpenCard {
  id: string;
  mode: NoteFrameMode;
  /** Its session with the background, once the frame has one. */
  token?: string;
}

const HOVER_DELAY = 250;
const LEAVE_DELAY = 400;
const GAP = 8;
const MARGIN = 8;
/** How much of a long page's text goes with a save, for tagging the page's entities. */
const PAGE_TEXT_WINDOW = 1_000_000;

/** The reader-facing text of a background error (an AskError's message; its `code` says which). */
const readable = errorText;

/** True when the document was really loaded at this address, not moved there by a script. */
function loadedHere(): boolean {
  const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
  if (!nav) return false;
  return normalizeUrl(nav.name) === normalizeUrl(location.href);
}

export function startHighlighter(ctx: { signal: AbortSignal }, start: NotesStart = {}): NotesUi {
  const { signal } = ctx;
  const frameUrl = start.frameUrl ?? browser.runtime.getURL("/note-frame.html");
  const saved = new Map<string, Saved>();
  const painter = new NotePainter();
  let button: Panel | undefined;
  let card: NoteFrameHost | undefined;
  let open: OpenCard | null = null;
  let returnFocus: Element | null = null;
  let pointerDown = false;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const later = (fn: () => void, ms: number) => {
    const t = setTimeout(() => {
      timers.delete(t);
      if (!signal.aborted) fn();
    }, ms);
    timers.add(t);
    return t;
  };
  const cancel = (t: ReturnType<typeof setTimeout> | undefined) => {
    if (t === undefined) return;
    clearTimeout(t);
    timers.delete(t);
  };
  const on = <K extends keyof WindowEventMap>(
    target: Document | Window | HTMLElement,
    type: K,
    fn: (e: WindowEventMap[K]) => void,
    opts: AddEventListenerOptions = {},
  ) =>
    target.addEventListener(
      type,
      ((e: Event) => {
        if (e.isTrusted) fn(e as WindowEventMap[K]);
      }) as EventListener,
      { ...opts, signal },
    );

  const pageText = () => extractText(document.body);
  const cardFocused = () => !!card?.focused;

  function repaint() {
    painter.paint(
      [...saved.values()].flatMap((s) => (s.range ? [{ range: s.range, color: s.h.color }] : [])),
    );
  }

  // ── The card: an extension-origin frame, placed beside its highlight ──
  function cardHost(): NoteFrameHost {
    if (card) return card;
    const c = createNoteFrameHost(frameUrl);
    on(c.panel.host, "mouseenter", () => cancel(leaveTimer));
    on(c.panel.host, "mouseleave", () => {
      if (open?.mode === "hover" && !cardFocused()) leaveTimer = later(closeCard, LEAVE_DELAY);
    });
    card = c;
    return c;
  }

  /**
   * Next to the highlight, never over it: below, or above when there is more room there;
   * inside the viewport, scrolling inside when taller than the room (lib/ui/place.ts).
   */
  function placeCard() {
    if (!open || !card) return;
    const r = saved.get(open.id)?.range?.getClientRects()[0];
    const viewport = viewportSize();
    const natural = { width: NOTE_CARD_WIDTH, height: card.height || 200 };
    if (!r) {
      card.place(MARGIN, MARGIN, viewport.height - 2 * MARGIN);
      return;
    }
    const p = placeNear(r, natural, viewport, { gap: GAP, margin: MARGIN });
    card.place(p.left, p.top, p.maxHeight);
  }

  async function openCard(id: string, mode: NoteFrameMode, focus: boolean) {
    const s = saved.get(id);
    if (!s) return;
    if (focus && !cardFocused()) returnFocus = document.activeElement;
    const asked: OpenCard = { id, mode };
    open = asked;
    try {
      const { token } = await ask("content:note-frame-open", { id, mode, focus });
      if (open !== asked || signal.aborted) return;
      asked.token = token;
      const c = cardHost();
      c.open(token, focus);
      placeCard();
    } catch (err) {
      if (open === asked) open = null;
      showError(s.range, `Could not open this note: ${readable(err)}`);
    }
  }

  function closeCard() {
    cancel(leaveTimer);
    if (!open) return;
    open = null;
    if (card) {
      const hadFocus = cardFocused();
      card.close();
      if (hadFocus && returnFocus instanceof HTMLElement) returnFocus.focus({ preventScroll: true });
    }
    returnFocus = null;
  }

  /** What the note frame changed, reported by the background. */
  function onFrameMessage(m: NotesTabMessage) {
    if (m.type === "bg:note-ui") {
      if (!open || open.token !== m.token || !card) return;
      if (m.kind === "close") closeCard();
      else if (m.height !== undefined) {
        card.resize(m.height);
        placeCard();
      }
    } else if (m.type === "bg:note-changed") {
      const s = saved.get(m.highlight.id);
      if (s) s.h = m.highlight;
      else {
        // Undo: back where it was.
        saved.set(m.highlight.id, { h: m.highlight, range: deletedRanges.get(m.highlight.id) ?? null });
        deletedRanges.delete(m.highlight.id);
      }
      repaint();
    } else if (m.type === "bg:note-removed") {
      const s = saved.get(m.id);
      if (s) deletedRanges.set(m.id, s.range);
      saved.delete(m.id);
      repaint();
    }
  }
  const deletedRanges = new Map<string, Range | null>();

  // ── The "Save highlight" button beside a selection ──
  function buttonPanel(): Panel {
    if (button) return button;
    const p = createPanel("actor-lens-save-button", NOTES_UI_CSS);
    // Keep the page's selection when the button is pressed.
    p.host.addEventListener("mousedown", (e) => e.preventDefault(), { signal });
    button = p;
    return p;
  }

  function hideButton() {
    if (button?.visible) {
      render(null, button.mount);
      button.show(false);
    }
  }

  function showButton(range: Range) {
    const p = buttonPanel();
    render(
      <div class="al">
        <button
          type="button"
          class="save"
          onClick={(e) => {
            if (e.isTrusted) void saveSelection(false);
          }}
        >
          Save highlight <kbd>Alt+Shift+H</kbd>
        </button>
      </div>,
      p.mount,
    );
    const rects = range.getClientRects();
    const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
    // Beside the selection's last line, never over it (lib/ui/place.ts).
    const at = placeNear(last, { width: 200, height: 36 }, viewportSize(), { gap: 6, margin: MARGIN });
    p.place(Math.max(MARGIN, Math.min(last.right, viewportSize().width - 200 - MARGIN)), at.top);
    p.show(true);
  }

  function showError(range: Range | null, message: string) {
    const p = buttonPanel();
    render(
      <div class="al card" role="alert">
        <p class="error" style="margin:0">
          {message}
        </p>
      </div>,
      p.mount,
    );
    const r = range?.getBoundingClientRect();
    const at =
      r && placeNear(r, { width: NOTE_CARD_WIDTH, height: 80 }, viewportSize(), { gap: GAP, margin: MARGIN });
    p.place(at ? at.left : MARGIN, at ? at.top : MARGIN);
    p.show(true);
    later(hideButton, 8000);
  }

  let selTimer: ReturnType<typeof setTimeout> | undefined;
  function checkSelection() {
    if (pointerDown) return;
    const range = selectedRange();
    if (range) showButton(range);
    else hideButton();
  }
  function selectionChanged() {
    cancel(selTimer);
    selTimer = later(checkSelection, 150);
  }

  /** The saved highlight holding the caret or a point, if any. */
  function highlightAt(node: Node, offset: number, x?: number, y?: number): string | null {
    for (const [id, s] of saved) {
      const r = s.range;
      if (!r) continue;
      try {
        if (!r.isPointInRange(node, offset)) continue;
      } catch {
        continue;
      }
      if (x === undefined || y === undefined) return id;
      for (const rect of r.getClientRects())
        if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return id;
    }
    return null;
  }

  async function saveSelection(fromKeyboard: boolean) {
    const range = selectedRange();
    if (!range) {
      // The keyboard command on a saved highlight (caret inside it) opens its note.
      const sel = document.getSelection();
      if (fromKeyboard && sel && sel.rangeCount > 0) {
        const r = sel.getRangeAt(0);
        const id = highlightAt(r.startContainer, r.startOffset);
        if (id) void openCard(id, "hover", true);
      }
      return;
    }
    const page = pageText();
    const selectors = describeText(page, range);
    if (!selectors) return hideButton();
    const kept = range.cloneRange();
    // A very long page sends the text around the passage only: enough to tag its entities.
    const from = Math.max(0, selectors.position.start - PAGE_TEXT_WINDOW / 2);
    try {
      const h = await ask("content:notes-save", {
        ...selectors,
        url: location.href,
        title: document.title,
        pageText: page.text.slice(from, from + PAGE_TEXT_WINDOW),
      });
      hideButton();
      const drawn = offsetsToRange(page, h.position.start, h.position.end) ?? kept;
      saved.set(h.id, { h, range: drawn });
      repaint();
      document.getSelection()?.removeAllRanges();
      await openCard(h.id, "new", true);
      if (fromKeyboard) returnFocus = null;
    } catch (err) {
      showError(kept, `Could not save this highlight: ${readable(err)}`);
    }
  }

  // ── Hover over a saved highlight shows its note ──
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let leaveTimer: ReturnType<typeof setTimeout> | undefined;
  let hovered: string | null = null;
  let frame = 0;
  let pointer = { x: 0, y: 0 };
  function hoverCheck() {
    frame = 0;
    if (saved.size === 0 || pointerDown) return;
    const { x, y } = pointer;
    let node: Node | null = null;
    let offset = 0;
    const doc = document as Document & {
      caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
    };
    if (doc.caretPositionFromPoint) {
      const pos = doc.caretPositionFromPoint(x, y);
      if (pos) ({ offsetNode: node, offset } = pos);
    } else {
      const r = document.caretRangeFromPoint?.(x, y);
      if (r) ({ startContainer: node, startOffset: offset } = r);
    }
    const id = node ? highlightAt(node, offset, x, y) : null;
    if (id === hovered) return;
    hovered = id;
    cancel(hoverTimer);
    if (id) {
      cancel(leaveTimer);
      if (open?.id === id) return;
      if (open && (open.mode === "new" || cardFocused())) return; // never replace a note being written
      hoverTimer = later(() => void openCard(id, "hover", false), HOVER_DELAY);
    } else if (open?.mode === "hover" && !cardFocused()) {
      leaveTimer = later(() => {
        if (!hovered) closeCard();
      }, LEAVE_DELAY);
    }
  }

  // ── Drawing the page's saved highlights again ──
  /** The page (normalised URL) whose highlights are drawn: a single-page app may change it. */
  let drawnFor = normalizeUrl(location.href);
  let pendingFocus: string | undefined;

  /** Draws this page's highlights: `given` when the content script already asked for them. */
  async function load(given?: NotesForPage) {
    const url = location.href;
    let reply: NotesForPage;
    try {
      reply = given ?? (await ask("content:notes-for-page", { url }));
    } catch {
      return; // not a page we keep notes for, or the background is updating
    }
    if (signal.aborted || location.href !== url) return;
    if (reply.highlights.length === 0) return;
    pendingFocus = reply.focusId;
    await idle();
    if (signal.aborted || location.href !== url) return;
    anchorAll(reply.highlights, url, 0, []);
  }

  /** Waits before looking again for highlights not found: articles often load in late. */
  const RETRY_DELAYS = [1500, 4000];

  function anchorAll(list: PageHighlight[], url: string, attempt: number, found: string[]) {
    const page = pageText();
    const missing: PageHighlight[] = [];
    for (const h of list) {
      const a = anchorIn(page, h);
      saved.set(h.id, { h, range: a?.range ?? null });
      if (a) found.push(h.id);
      else missing.push(h);
    }
    repaint();
    performance.mark("actor-lens:notes-drawn");
    const focus = pendingFocus ? saved.get(pendingFocus) : undefined;
    if (focus?.range) {
      pendingFocus = undefined;
      focus.range.startContainer.parentElement?.scrollIntoView({ block: "center" });
      void openCard(focus.h.id, "hover", true);
    }
    const delay = RETRY_DELAYS[attempt];
    if (missing.length > 0 && delay !== undefined) {
      later(() => {
        if (location.href === url) anchorAll(missing, url, attempt + 1, found);
      }, delay);
      return;
    }
    // Reported once the page had its chance to load: "not found" is never a hasty verdict. Only
    // a document loaded at this address may say so: a page that moved itself here (pushState,
    // replaceState) to another page's address changes no stored status.
    ask("content:notes-anchored", {
      url,
      found,
      missing: loadedHere() ? missing.map((h) => h.id) : [],
    }).catch(() => {});
  }

  /** A single-page app moved to another article: draw that page's highlights instead. */
  function checkLocation() {
    const now = normalizeUrl(location.href);
    if (now === drawnFor) return;
    drawnFor = now;
    closeCard();
    hideButton();
    saved.clear();
    repaint();
    void load();
  }

  function idle(): Promise<void> {
    return new Promise((ok) => {
      if ("requestIdleCallback" in window) requestIdleCallback(() => ok(), { timeout: 1500 });
      else setTimeout(ok, 50);
    });
  }

  // ── Wiring ──
  on(document, "selectionchange", selectionChanged);
  on(document, "mousedown", (e) => {
    const target = e.target as Node | null;
    if (target === button?.host || target === card?.panel.host) return;
    pointerDown = true;
    hideButton();
    if (open) closeCard();
  });
  on(document, "mouseup", () => {
    pointerDown = false;
    selectionChanged();
  });
  on(window, "keydown", (e) => {
    if (e.key === "Escape" && button?.visible) hideButton();
  });
  on(
    document,
    "mousemove",
    (e) => {
      pointer = { x: e.clientX, y: e.clientY };
      if (!frame && saved.size > 0) frame = requestAnimationFrame(hoverCheck);
    },
    { passive: true },
  );
  // The card follows its highlight, also inside scrolling boxes (capture sees every scroll).
  let placing = 0;
  const follow = () => {
    if (!open || placing) return;
    placing = requestAnimationFrame(() => {
      placing = 0;
      placeCard();
    });
  };
  on(window, "scroll", follow, { capture: true, passive: true });
  on(window, "resize", follow, { passive: true });
  on(window, "popstate", checkLocation);
  // pushState cannot be observed from a content script: a cheap look once a second.
  const locationTimer = setInterval(checkLocation, 1000);
  signal.addEventListener("abort", () => clearInterval(locationTimer), { once: true });
  const onMessage = (message: unknown) => {
    const m = message as NotesTabMessage | null;
    if (m?.type === "bg:notes-save-selection") void saveSelection(true);
    else if (m && typeof m.type === "string" && m.type.startsWith("bg:note-")) onFrameMessage(m);
    return undefined; // not ours to answer: other listeners may
  };
  browser.runtime.onMessage.addListener(onMessage);

  function destroy() {
    browser.runtime.onMessage.removeListener(onMessage);
    for (const t of timers) clearTimeout(t);
    timers.clear();
    if (frame) cancelAnimationFrame(frame);
    if (placing) cancelAnimationFrame(placing);
    painter.clear();
    button?.destroy();
    card?.destroy();
    button = card = undefined;
    open = null;
    saved.clear();
  }
  signal.addEventListener("abort", destroy, { once: true });
  void load(start.url === location.href ? start.reply : undefined);
  return {
    checkSelection,
    saveSelection: (fromKeyboard) => void saveSelection(fromKeyboard),
    destroy,
  };
}

import { render } from "preact";
import { browser } from "wxt/browser";
import { anchorIn, describeText } from "../anchoring";
import { offsetsToRange } from "../anchoring/text-range";
import { extractText } from "../extract/text";
import { ask } from "../messaging/client";
import type { NotesTabMessage, ResultOf } from "../messaging/contract";
import { cleanTags } from "../notes/tags";
import type { ColorId, ColorLabel, Highlight } from "../notes/types";
import { DEFAULT_COLOR_LABELS } from "../notes/types";
import { normalizeUrl } from "../notes/url";
import { NoteCard } from "./NoteCard";
import { NotePainter } from "./paint";
import { createPanel, type Panel } from "./panel";
import { selectedRange } from "./selection";
import { NOTES_UI_CSS } from "./styles";

/**
 * Highlights and notes in a page (issue 7): the "Save highlight" button beside a selection,
 * the note editor, saved highlights drawn again on return, and their notes on hover. Nothing
 * is stored here: every read and write goes to the background (lib/background/notes.ts).
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
}

interface Saved {
  h: Highlight;
  /** Where it is on the page now; null when it could not be found. */
  range: Range | null;
}

type Status = { kind: "idle" | "saving" | "saved" } | { kind: "error"; message: string };

interface OpenCard {
  id: string;
  mode: "new" | "hover";
  /** Set once deleted: what Undo puts back. */
  deleted?: Highlight;
  status: Status;
  autoFocus: boolean;
}

const HOVER_DELAY = 250;
const LEAVE_DELAY = 400;
const NOTE_DEBOUNCE = 400;

/** The reader-facing text of a background error ("StorageFullError: …" → "…"). */
const readable = (err: unknown) =>
  (err instanceof Error ? err.message : String(err)).replace(/^\w+Error: /, "");

export function startHighlighter(ctx: { signal: AbortSignal }, start: NotesStart = {}): NotesUi {
  const { signal } = ctx;
  const saved = new Map<string, Saved>();
  const painter = new NotePainter();
  let colors: ColorLabel[] = DEFAULT_COLOR_LABELS.map((c) => ({ ...c }));
  let button: Panel | undefined;
  let card: Panel | undefined;
  let open: OpenCard | null = null;
  let cardFocused = false;
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
    target: Document | Window,
    type: K,
    fn: (e: WindowEventMap[K]) => void,
    opts: AddEventListenerOptions = {},
  ) => target.addEventListener(type, fn as EventListener, { ...opts, signal });

  const pageText = () => extractText(document.body);

  function repaint() {
    painter.paint(
      [...saved.values()].flatMap((s) => (s.range ? [{ range: s.range, color: s.h.color }] : [])),
    );
  }

  // ── Writes: one queue, so edits reach the background in the order they were made ──
  let queue: Promise<unknown> = Promise.resolve();
  function enqueue<T>(fn: () => Promise<T>): Promise<T> {
    const run = queue.then(fn, fn);
    queue = run.catch(() => {});
    return run;
  }
  let noteTimer: ReturnType<typeof setTimeout> | undefined;
  let pendingNote: { id: string; note: string } | null = null;

  function setStatus(id: string, status: Status) {
    if (open?.id === id) {
      open = { ...open, status };
      renderCard();
    }
  }

  function flushNote(): Promise<unknown> {
    cancel(noteTimer);
    noteTimer = undefined;
    const p = pendingNote;
    pendingNote = null;
    if (!p) return queue;
    setStatus(p.id, { kind: "saving" });
    return enqueue(() => ask("content:notes-update", { id: p.id, note: p.note })).then(
      (h) => {
        const s = saved.get(h.id);
        if (s) s.h = { ...h, note: s.h.note }; // keep what the reader typed since
        setStatus(h.id, { kind: "saved" });
      },
      (err) => {
        // Not saved: keep it pending, so closing the card or leaving the page tries again.
        pendingNote ??= p;
        if (open?.id === p.id) setStatus(p.id, { kind: "error", message: readable(err) });
        else showError(saved.get(p.id)?.range ?? null, `Your note was not saved: ${readable(err)}`);
      },
    );
  }

  function change(id: string, patch: { color?: ColorId; tags?: string[] }) {
    const s = saved.get(id);
    if (!s) return;
    const before = { color: s.h.color, tags: s.h.tags };
    s.h = { ...s.h, ...patch };
    repaint();
    setStatus(id, { kind: "saving" });
    enqueue(() => ask("content:notes-update", { id, ...patch })).then(
      (h) => {
        const cur = saved.get(id);
        if (cur) cur.h = { ...h, note: cur.h.note };
        setStatus(id, { kind: "saved" });
      },
      (err) => {
        // Not saved: show what is stored, not what was asked for.
        const cur = saved.get(id);
        if (cur) cur.h = { ...cur.h, ...before };
        repaint();
        setStatus(id, { kind: "error", message: readable(err) });
      },
    );
  }

  // ── The card ──
  function cardPanel(): Panel {
    if (card) return card;
    const p = createPanel("actor-lens-note-card", NOTES_UI_CSS);
    p.host.addEventListener("mouseenter", () => cancel(leaveTimer));
    p.host.addEventListener("mouseleave", () => {
      if (open?.mode === "hover" && !cardFocused) leaveTimer = later(closeCard, LEAVE_DELAY);
    });
    p.host.addEventListener("focusin", () => {
      cardFocused = true;
    });
    p.host.addEventListener("focusout", () => {
      cardFocused = false;
    });
    card = p;
    return p;
  }

  function placeNear(panel: Panel, range: Range | null, width: number) {
    const rect = range?.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    const left = rect ? Math.min(Math.max(8, rect.left), Math.max(8, vw - width - 8)) : 8;
    const top = rect ? rect.bottom + 8 : 8;
    panel.place(left + window.scrollX, top + window.scrollY);
  }

  function renderCard() {
    if (!open) return;
    const p = cardPanel();
    const s = saved.get(open.id);
    const current = open;
    render(
      <NoteCard
        highlight={current.deleted ? null : (s?.h ?? null)}
        colors={colors}
        mode={current.mode}
        status={current.status}
        autoFocus={current.autoFocus}
        onNote={(note) => {
          const cur = saved.get(current.id);
          if (!cur) return;
          cur.h = { ...cur.h, note };
          pendingNote = { id: current.id, note };
          cancel(noteTimer);
          noteTimer = later(() => void flushNote(), NOTE_DEBOUNCE);
          renderCard();
        }}
        onTags={(tags) => {
          const clean = cleanTags(tags);
          if (s && clean.join(",") !== s.h.tags.join(",")) change(current.id, { tags: clean });
        }}
        onColor={(color) => change(current.id, { color })}
        onDelete={() => void remove(current.id)}
        onUndo={() => void undo()}
        onClose={closeCard}
      />,
      p.mount,
    );
  }

  function openCard(id: string, mode: OpenCard["mode"], autoFocus: boolean) {
    const s = saved.get(id);
    if (!s) return;
    if (open && open.id !== id) void flushNote();
    if (autoFocus && !cardFocused) returnFocus = document.activeElement;
    open = { id, mode, status: { kind: "idle" }, autoFocus };
    const p = cardPanel();
    // A fresh render, so the tags field starts from this highlight's tags.
    render(null, p.mount);
    renderCard();
    placeNear(p, s.range, 320);
    p.show(true);
  }

  function closeCard() {
    cancel(leaveTimer);
    if (!open) return;
    void flushNote();
    open = null;
    if (card) {
      const hadFocus = cardFocused;
      render(null, card.mount);
      card.show(false);
      cardFocused = false;
      if (hadFocus && returnFocus instanceof HTMLElement) returnFocus.focus({ preventScroll: true });
    }
    returnFocus = null;
  }

  async function remove(id: string) {
    await flushNote();
    try {
      const gone = await enqueue(() => ask("content:notes-delete", { id }));
      const s = saved.get(id);
      saved.delete(id);
      repaint();
      if (open?.id === id && gone) {
        open = { ...open, deleted: gone, status: { kind: "idle" } };
        // Keep the range to draw it again on undo.
        if (s) deletedRanges.set(id, s.range);
        renderCard();
      }
    } catch (err) {
      setStatus(id, { kind: "error", message: readable(err) });
    }
  }
  const deletedRanges = new Map<string, Range | null>();

  async function undo() {
    const h = open?.deleted;
    if (!h) return;
    try {
      const back = await enqueue(() => ask("content:notes-restore", { highlight: h }));
      saved.set(back.id, { h: back, range: deletedRanges.get(back.id) ?? null });
      deletedRanges.delete(back.id);
      repaint();
      openCard(back.id, "hover", true);
    } catch (err) {
      if (open) {
        open = { ...open, status: { kind: "error", message: readable(err) } };
        renderCard();
      }
    }
  }

  // ── The "Save highlight" button beside a selection ──
  function buttonPanel(): Panel {
    if (button) return button;
    const p = createPanel("actor-lens-save-button", NOTES_UI_CSS);
    // Keep the page's selection when the button is pressed.
    p.host.addEventListener("mousedown", (e) => e.preventDefault());
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
        <button type="button" class="save" onClick={() => void saveSelection(false)}>
          Save highlight <kbd>Alt+Shift+H</kbd>
        </button>
      </div>,
      p.mount,
    );
    const rects = range.getClientRects();
    const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    p.place(Math.min(last.right, vw - 200) + window.scrollX, last.bottom + 6 + window.scrollY);
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
    placeNear(p, range, 320);
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
        if (id) openCard(id, "hover", true);
      }
      return;
    }
    const page = pageText();
    const selectors = describeText(page, range);
    if (!selectors) return hideButton();
    const kept = range.cloneRange();
    try {
      const h = await enqueue(() =>
        ask("content:notes-save", {
          ...selectors,
          url: location.href,
          title: document.title,
          pageText: page.text,
        }),
      );
      hideButton();
      const drawn = offsetsToRange(page, h.position.start, h.position.end) ?? kept;
      saved.set(h.id, { h, range: drawn });
      repaint();
      document.getSelection()?.removeAllRanges();
      openCard(h.id, "new", true);
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
      if (open && (open.mode === "new" || cardFocused)) return; // never replace a note being written
      hoverTimer = later(() => openCard(id, "hover", false), HOVER_DELAY);
    } else if (open?.mode === "hover" && !cardFocused) {
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
    colors = reply.colors;
    if (reply.highlights.length === 0) return;
    pendingFocus = reply.focusId;
    await idle();
    if (signal.aborted || location.href !== url) return;
    anchorAll(reply.highlights, url, 0, []);
  }

  /** Waits before looking again for highlights not found: articles often load in late. */
  const RETRY_DELAYS = [1500, 4000];

  function anchorAll(list: Highlight[], url: string, attempt: number, found: string[]) {
    const page = pageText();
    const missing: Highlight[] = [];
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
      openCard(focus.h.id, "hover", true);
    }
    const delay = RETRY_DELAYS[attempt];
    if (missing.length > 0 && delay !== undefined) {
      later(() => {
        if (location.href === url) anchorAll(missing, url, attempt + 1, found);
      }, delay);
      return;
    }
    // Reported once the page had its chance to load: "not found" is never a hasty verdict.
    ask("content:notes-anchored", {
      url,
      found,
      missing: missing.map((h) => h.id),
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
    if (target === button?.host || target === card?.host) return;
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
  on(window, "pagehide", () => void flushNote());
  on(window, "popstate", checkLocation);
  // pushState cannot be observed from a content script: a cheap look once a second.
  const locationTimer = setInterval(checkLocation, 1000);
  signal.addEventListener("abort", () => clearInterval(locationTimer), { once: true });
  const onMessage = (message: unknown) => {
    if ((message as NotesTabMessage | null)?.type === "bg:notes-save-selection") void saveSelection(true);
    return undefined; // not ours to answer: other listeners may
  };
  browser.runtime.onMessage.addListener(onMessage);

  function destroy() {
    void flushNote();
    browser.runtime.onMessage.removeListener(onMessage);
    for (const t of timers) clearTimeout(t);
    timers.clear();
    if (frame) cancelAnimationFrame(frame);
    painter.clear();
    button?.destroy();
    card?.destroy();
    button = card = undefined;
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

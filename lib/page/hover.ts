/**
 * Hover intent, like Wikipedia's page previews: a card opens when the pointer rests on a
 * mention for the hover delay, stays while the pointer moves into it, and closes shortly after
 * the pointer leaves both (or on Escape). The mention under the pointer is found from the caret
 * position at the point and the registry's per-text-node index, then confirmed against the
 * mention's boxes, so nothing is ever added to the page to catch events. Only the reader's own
 * input counts: events a page script dispatches (`isTrusted` false) are ignored, so a page cannot
 * open, keep or close a card (issue 17).
 */
import { rangeAtPoint } from "./at-point";
import type { MentionRecord, MentionRegistry } from "./highlights";
import { onTrusted } from "./trusted";

/** How long the card stays after the pointer left the mention and the card. */
export const CLOSE_DELAY_MS = 300;

/** What hover intent needs of the card layer (lib/page/layer.tsx, or lazy-layer.ts before it is loaded). */
export interface CardView {
  readonly isOpen: boolean;
  readonly pinned: boolean;
  readonly record: MentionRecord | undefined;
  /** True while keyboard focus is inside the card. */
  readonly hasFocus: boolean;
  /** True for the card's host element (what page-level events over the card are retargeted to). */
  isHost(target: EventTarget | null): boolean;
  open(record: MentionRecord, opts?: { focus?: boolean }): void;
  close(): void;
  /** Places the card next to its mention again. */
  place(): void;
  /** True while the mention is on screen. */
  anchorVisible(): boolean;
  /** Escape inside the card: true when the card used it (cancelled a confirm in it). */
  escape?(): boolean;
}

export interface HoverOptions {
  hoverDelay: number;
  modifierOnly: boolean;
}

/** The mention drawn at viewport point (x, y), if any. */
export function mentionAt(registry: MentionRegistry, x: number, y: number): MentionRecord | undefined {
  const caret = rangeAtPoint(x, y);
  if (caret?.node.nodeType !== 3) return undefined;
  const rec = registry.at(caret.node, caret.offset);
  if (!rec) return undefined;
  // The caret snaps to the nearest character: make sure the point is on the mention itself.
  for (const r of rec.range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return rec;
  }
  return undefined;
}

export class HoverIntent {
  #x = -1;
  #y = -1;
  #alt = false;
  #overCard = false;
  #frame = 0;
  #openTimer: ReturnType<typeof setTimeout> | undefined;
  #closeTimer: ReturnType<typeof setTimeout> | undefined;
  #pendingFor: MentionRecord | undefined;
  #registry: MentionRegistry;
  #layer: CardView;
  #options: () => HoverOptions;

  constructor(registry: MentionRegistry, layer: CardView, options: () => HoverOptions, signal: AbortSignal) {
    this.#registry = registry;
    this.#layer = layer;
    this.#options = options;
    const on = { passive: true, capture: true, signal };
    // Only the reader's own input: `isTrusted` is false for events a page script dispatches.
    const listen = <E extends Event>(target: EventTarget, type: string, fn: (e: E) => void) =>
      onTrusted(target, type, fn, on);
    listen<PointerEvent>(document, "pointermove", (e) => this.#onMove(e));
    listen<PointerEvent>(document, "pointerdown", (e) => this.#onDown(e));
    // pointerleave does not bubble, but a capturing listener on <html> hears every descendant's:
    // only the pointer leaving the document itself counts.
    const root = document.documentElement;
    listen(root, "pointerleave", (e) => e.target === root && this.#onLeave());
    listen<KeyboardEvent>(window, "keydown", (e) => this.#onKey(e));
    listen<KeyboardEvent>(window, "keyup", (e) => this.#onKeyUp(e));
    listen(window, "scroll", () => this.#onScroll());
    signal.addEventListener("abort", () => this.cancel(), { once: true });
  }

  #onMove(e: PointerEvent): void {
    if (e.pointerType === "touch") return;
    this.#x = e.clientX;
    this.#y = e.clientY;
    this.#alt = e.altKey;
    this.#overCard = this.#layer.isHost(e.target);
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#evaluate();
    });
  }

  #evaluate(): void {
    if (this.#overCard) {
      this.#cancelClose();
      this.#cancelOpen();
      return;
    }
    const rec = this.#registry.size > 0 ? mentionAt(this.#registry, this.#x, this.#y) : undefined;
    if (rec && this.#layer.isOpen && this.#layer.record === rec) {
      this.#cancelClose();
      this.#cancelOpen();
      return;
    }
    const { hoverDelay, modifierOnly } = this.#options();
    if (rec && (!modifierOnly || this.#alt)) {
      if (this.#pendingFor !== rec) {
        this.#cancelOpen();
        this.#pendingFor = rec;
        this.#openTimer = setTimeout(() => {
          this.#openTimer = undefined;
          this.#pendingFor = undefined;
          this.#cancelClose();
          this.#layer.open(rec);
        }, hoverDelay);
      }
    } else this.#cancelOpen();
    if (!rec || !this.#layer.isOpen || this.#layer.record !== rec) this.#scheduleClose();
  }

  #scheduleClose(): void {
    if (!this.#layer.isOpen || this.#layer.pinned || this.#layer.hasFocus || this.#closeTimer !== undefined)
      return;
    this.#closeTimer = setTimeout(() => {
      this.#closeTimer = undefined;
      if (!this.#layer.pinned && !this.#overCard) this.#layer.close();
    }, CLOSE_DELAY_MS);
  }

  #onLeave(): void {
    this.#overCard = false;
    this.#cancelOpen();
    this.#scheduleClose();
  }

  #onDown(e: PointerEvent): void {
    // A click elsewhere on the page closes an unpinned card at once.
    if (this.#layer.isOpen && !this.#layer.pinned && !this.#layer.isHost(e.target)) this.#layer.close();
  }

  #onKey(e: KeyboardEvent): void {
    if (e.key === "Escape" && this.#layer.isOpen) {
      // The key is the page's too (an editor's own Escape): it is ours alone only in the card.
      const ours = this.#layer.hasFocus;
      if (ours && this.#layer.escape?.()) {
        e.stopPropagation();
        return;
      }
      this.#layer.close();
      this.#cancelOpen();
      if (ours) e.stopPropagation();
      return;
    }
    if (e.key === "Alt" && this.#options().modifierOnly) {
      this.#alt = true;
      this.#evaluate();
    }
  }

  #onKeyUp(e: KeyboardEvent): void {
    if (e.key === "Alt") {
      this.#alt = false;
      if (this.#options().modifierOnly) this.#cancelOpen();
    }
  }

  #onScroll(): void {
    if (!this.#layer.isOpen || this.#layer.pinned) return;
    if (this.#layer.anchorVisible()) this.#layer.place();
    else this.#layer.close();
  }

  #cancelOpen(): void {
    if (this.#openTimer !== undefined) clearTimeout(this.#openTimer);
    this.#openTimer = undefined;
    this.#pendingFor = undefined;
  }

  #cancelClose(): void {
    if (this.#closeTimer !== undefined) clearTimeout(this.#closeTimer);
    this.#closeTimer = undefined;
  }

  cancel(): void {
    this.#cancelOpen();
    this.#cancelClose();
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }
}

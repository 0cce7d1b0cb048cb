/**
 * Where a floating card goes next to the text it is about (hover card; later the note card and
 * the save button). Pure geometry, in viewport pixels, so it can be tested without a page.
 *
 * Contract, for any input:
 * - The card never covers its anchor: it is wholly below it (`side: "below"`, its top at least
 *   `gap` under the anchor's bottom) or wholly above it (`side: "above"`, its bottom at least
 *   `gap` over the anchor's top), at most `maxHeight` tall, and whatever does not fit scrolls
 *   inside the card (the caller sets `max-height` and `overflow: auto`).
 * - It goes below when it fits there whole, or when there is at least as much room below as
 *   above; otherwise above. A card taller than both rooms takes the larger one.
 * - Vertically it stays `margin` inside the viewport; `maxHeight` is that room, never negative
 *   (0 when the anchor leaves no room at all, e.g. an anchor taller than the viewport).
 * - Horizontally it starts where the anchor's text starts: at its left, or with `rtl` (Arabic
 *   or Persian text, read from the right) its right edge at the anchor's right. Either way it
 *   is pushed back to stay `margin` inside the viewport, and never further left than `margin`
 *   (a card wider than the viewport overflows on the right).
 * - Values are whole pixels, rounded away from the anchor, so rounding never makes them overlap.
 */

/** A box in viewport pixels, as `getBoundingClientRect()` gives it. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface PlaceOptions {
  /** Space between the anchor and the card. */
  gap: number;
  /** Space kept between the card and the viewport's edges. */
  margin: number;
  /** The anchor's text runs right to left: the card lines up with the anchor's right edge. */
  rtl?: boolean;
}

export interface Placement {
  /** The card's left and top edges, in viewport pixels. */
  left: number;
  top: number;
  /** The most the card may be tall there; its content scrolls beyond it. */
  maxHeight: number;
  side: "below" | "above";
}

/** Places a card of natural size `card` next to `anchor` inside a viewport of size `viewport`. */
export function placeNear(anchor: Box, card: Size, viewport: Size, opts: PlaceOptions): Placement {
  const { gap, margin } = opts;
  const belowTop = Math.ceil(Math.max(margin, anchor.bottom + gap));
  const aboveBottom = Math.floor(Math.min(viewport.height - margin, anchor.top - gap));
  const roomBelow = Math.max(0, Math.floor(viewport.height - margin - belowTop));
  const roomAbove = Math.max(0, Math.floor(aboveBottom - margin));
  const below = card.height <= roomBelow || roomBelow >= roomAbove;
  const start = opts.rtl ? anchor.right - card.width : anchor.left;
  const left = Math.round(Math.max(margin, Math.min(start, viewport.width - card.width - margin)));
  if (below) return { left, top: belowTop, maxHeight: roomBelow, side: "below" };
  const height = Math.min(card.height, roomAbove);
  return { left, top: Math.floor(aboveBottom - height), maxHeight: roomAbove, side: "above" };
}

/**
 * The page's CSS zoom on <html> (the only ancestor of our hosts, which sit outside <body>): it
 * multiplies every size and position inside them, so each host sets `zoom` to its inverse.
 */
export function pageZoom(): number {
  const z = Number.parseFloat(getComputedStyle(document.documentElement).zoom);
  return Number.isFinite(z) && z > 0 ? z : 1;
}

/** The viewport in the pixels of range rects (clientWidth, without the scrollbar, is zoomed). */
export function viewportSize(zoom = pageZoom()): Size {
  return {
    width: Math.min(window.innerWidth, document.documentElement.clientWidth * zoom || window.innerWidth),
    height: window.innerHeight,
  };
}

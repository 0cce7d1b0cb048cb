import { COLORS, type ColorId } from "../notes/types";

/**
 * Draws saved highlights with the CSS Custom Highlight API (lib/page/note-highlight.css): nothing is
 * inserted into the page's DOM, so its layout, selection and scripts behave as before.
 */
export const NOTE_HIGHLIGHT = "actor-lens-note";
const colorName = (c: ColorId) => `${NOTE_HIGHLIGHT}-${c}`;

export function supported(): boolean {
  return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";
}

/** Registers one Highlight per name on first paint; `clear()` removes them all. */
export class NotePainter {
  private all: Highlight | undefined;
  private byColor = new Map<ColorId, Highlight>();

  /** Draws exactly these ranges, each in its colour. */
  paint(items: { range: Range; color: ColorId }[]): void {
    if (!supported()) return;
    if (!this.all) {
      this.all = new Highlight();
      CSS.highlights.set(NOTE_HIGHLIGHT, this.all);
      for (const c of COLORS) {
        const h = new Highlight();
        h.priority = 1;
        this.byColor.set(c, h);
        CSS.highlights.set(colorName(c), h);
      }
    }
    this.all.clear();
    for (const h of this.byColor.values()) h.clear();
    for (const { range, color } of items) {
      this.all.add(range);
      this.byColor.get(color)?.add(range);
    }
  }

  clear(): void {
    if (!this.all) return;
    CSS.highlights.delete(NOTE_HIGHLIGHT);
    for (const c of COLORS) CSS.highlights.delete(colorName(c));
    this.all = undefined;
    this.byColor.clear();
  }
}

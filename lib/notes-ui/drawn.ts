import type { PageHighlight } from "../messaging/contract";
import { NotePainter } from "./paint";

/**
 * The page's saved highlights as the notes UI knows them: each one's record (no note: that
 * stays in the note frame) and where it is on the page now, drawn with the painter.
 */
export interface Saved {
  h: PageHighlight;
  /** Where it is on the page now; null when it could not be found. */
  range: Range | null;
}

/** A box, as getClientRects() gives them. */
interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** True when (x, y) is on one of `rects`, give or take a pixel. */
export function onRects(rects: Iterable<Rect>, x: number, y: number): boolean {
  for (const r of rects)
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  return false;
}

export class DrawnHighlights {
  private saved = new Map<string, Saved>();
  /** Where deleted highlights were, so that Undo puts them back there. */
  private deleted = new Map<string, Range | null>();
  private painter = new NotePainter();

  get size(): number {
    return this.saved.size;
  }

  get(id: string): Saved | undefined {
    return this.saved.get(id);
  }

  /** Records a highlight and where it is (draw with `repaint()`). */
  set(h: PageHighlight, range: Range | null): void {
    this.saved.set(h.id, { h, range });
  }

  /** Draws every highlight found, each in its colour. */
  repaint(): void {
    this.painter.paint(
      [...this.saved.values()].flatMap((s) => (s.range ? [{ range: s.range, color: s.h.color }] : [])),
    );
  }

  /** The note frame changed a highlight (its colour, say), or Undo brought it back. */
  changed(h: PageHighlight): void {
    const s = this.saved.get(h.id);
    if (s) s.h = h;
    else {
      this.saved.set(h.id, { h, range: this.deleted.get(h.id) ?? null });
      this.deleted.delete(h.id);
    }
    this.repaint();
  }

  /** The note frame deleted a highlight. */
  removed(id: string): void {
    const s = this.saved.get(id);
    if (s) this.deleted.set(id, s.range);
    this.saved.delete(id);
    this.repaint();
  }

  /** The saved highlight holding the caret (node, offset) — and the point (x, y), if given. */
  at(node: Node, offset: number, x?: number, y?: number): string | null {
    for (const [id, s] of this.saved) {
      const r = s.range;
      if (!r) continue;
      try {
        if (!r.isPointInRange(node, offset)) continue;
      } catch {
        continue;
      }
      if (x === undefined || y === undefined) return id;
      if (onRects(r.getClientRects(), x, y)) return id;
    }
    return null;
  }

  /** Forgets and undraws every highlight (another page's are drawn next). */
  clear(): void {
    this.saved.clear();
    this.repaint();
  }

  destroy(): void {
    this.painter.clear();
    this.saved.clear();
  }
}

/**
 * Marks mentions with the CSS Custom Highlight API: ranges registered in CSS.highlights and
 * styled with ::highlight() (highlight.css). Nothing is inserted into the page's DOM, so layout,
 * selection, copy-paste and the page's scripts behave as before.
 */
import type { Mention } from "../matching/types";

export type MentionKind = "person" | "group" | "ambiguous";

/** Highlight names registered in CSS.highlights, one per kind of mention. */
export const HIGHLIGHT_NAMES: Readonly<Record<MentionKind, string>> = {
  person: "actor-lens-person",
  group: "actor-lens-group",
  ambiguous: "actor-lens-ambiguous",
};
/** A brief flash on a mention the reader asked to see (popup "reveal", next-mention). */
export const FLASH_HIGHLIGHT = "actor-lens-flash";
/** The mention whose card is open. */
export const CURRENT_HIGHLIGHT = "actor-lens-current";

/** One marked mention: a live Range over the page's text nodes plus what was found there. */
export interface MentionRecord {
  range: Range;
  mention: Mention;
  kind: MentionKind;
  /** The text nodes it covers, with its offsets in each (for pointer hit-testing). */
  pieces: { node: Text; start: number; end: number }[];
  /** False when "first mention only" leaves it unmarked (still counted and reachable). */
  marked: boolean;
}

/** The key a mention is counted under: its entity id, or "?surface" for an ambiguous one. */
export function entityKey(m: Mention): string {
  return m.id ?? `?${m.surface}`;
}

export function highlightsSupported(): boolean {
  return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";
}

/**
 * Every mention marked on the page, indexed by text node for hit-testing. The three highlights
 * are registered on first use and deregistered by `clear()`.
 */
export class MentionRegistry {
  readonly records: MentionRecord[] = [];
  private byNode = new Map<Text, MentionRecord[]>();
  private highlights: Partial<Record<MentionKind, Highlight>> = {};
  private sorted = true;
  private firstMarked = new Set<string>();

  constructor(private opts: { firstMentionOnly: boolean }) {}

  private highlight(kind: MentionKind): Highlight | undefined {
    if (!highlightsSupported()) return undefined;
    let h = this.highlights[kind];
    if (!h) {
      h = new Highlight();
      this.highlights[kind] = h;
      CSS.highlights.set(HIGHLIGHT_NAMES[kind], h);
    }
    return h;
  }

  add(rec: Omit<MentionRecord, "marked">, inOrder = true): MentionRecord {
    const key = entityKey(rec.mention);
    const marked = !this.opts.firstMentionOnly || !this.firstMarked.has(key);
    if (marked) {
      this.firstMarked.add(key);
      this.highlight(rec.kind)?.add(rec.range);
    }
    const full: MentionRecord = { ...rec, marked };
    this.records.push(full);
    if (!inOrder) this.sorted = false;
    for (const p of rec.pieces) {
      const list = this.byNode.get(p.node);
      if (list) list.push(full);
      else this.byNode.set(p.node, [full]);
    }
    return full;
  }

  /** Removes the records `drop` selects (text replaced or gone); returns how many. */
  removeWhere(drop: (rec: MentionRecord) => boolean): number {
    let removed = 0;
    for (let i = this.records.length - 1; i >= 0; i--) {
      const rec = this.records[i] as MentionRecord;
      if (!drop(rec)) continue;
      this.records.splice(i, 1);
      removed++;
      if (rec.marked) this.highlights[rec.kind]?.delete(rec.range);
      for (const p of rec.pieces) {
        const list = this.byNode.get(p.node);
        if (!list) continue;
        const j = list.indexOf(rec);
        if (j >= 0) list.splice(j, 1);
        if (list.length === 0) this.byNode.delete(p.node);
      }
    }
    if (removed > 0 && this.opts.firstMentionOnly) this.remark();
    return removed;
  }

  /** Re-decides which mention of each entity is the first one marked (after removals). */
  private remark(): void {
    this.firstMarked.clear();
    for (const h of Object.values(this.highlights)) h?.clear();
    for (const rec of this.inDocumentOrder()) {
      const key = entityKey(rec.mention);
      rec.marked = !this.firstMarked.has(key);
      if (rec.marked) {
        this.firstMarked.add(key);
        this.highlight(rec.kind)?.add(rec.range);
      }
    }
  }

  /** The mention at a caret position, if any. */
  at(node: Node, offset: number): MentionRecord | undefined {
    const list = this.byNode.get(node as Text);
    if (!list) return undefined;
    for (const rec of list) {
      for (const p of rec.pieces) if (p.node === node && offset >= p.start && offset <= p.end) return rec;
    }
    return undefined;
  }

  /** Records sorted in document order (sorted lazily after out-of-order additions). */
  inDocumentOrder(): MentionRecord[] {
    if (!this.sorted) {
      this.records.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
      this.sorted = true;
    }
    return this.records;
  }

  /** Distinct entities found, with their mention counts, in order of first mention. */
  entities(): { key: string; id: string | null; count: number; first: MentionRecord }[] {
    const out = new Map<string, { key: string; id: string | null; count: number; first: MentionRecord }>();
    for (const rec of this.inDocumentOrder()) {
      const key = entityKey(rec.mention);
      const e = out.get(key);
      if (e) e.count++;
      else out.set(key, { key, id: rec.mention.id, count: 1, first: rec });
    }
    return [...out.values()];
  }

  /** Number of distinct linked entities (ambiguous names not counted). */
  distinctEntities(): number {
    const ids = new Set<string>();
    for (const rec of this.records) if (rec.mention.id) ids.add(rec.mention.id);
    return ids.size;
  }

  get size(): number {
    return this.records.length;
  }

  /** Removes every highlight from the page and forgets every record. */
  clear(): void {
    this.records.length = 0;
    this.byNode.clear();
    this.firstMarked.clear();
    if (highlightsSupported()) {
      for (const kind of Object.keys(this.highlights) as MentionKind[])
        CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
      CSS.highlights.delete(FLASH_HIGHLIGHT);
      CSS.highlights.delete(CURRENT_HIGHLIGHT);
    }
    this.highlights = {};
  }
}

/** Shows `range` under a temporary highlight for `ms` milliseconds. */
export function flash(range: Range, ms = 1200): void {
  if (!highlightsSupported()) return;
  const h = new Highlight(range);
  CSS.highlights.set(FLASH_HIGHLIGHT, h);
  setTimeout(() => {
    if (CSS.highlights.get(FLASH_HIGHLIGHT) === h) CSS.highlights.delete(FLASH_HIGHLIGHT);
  }, ms);
}

/** Marks `range` as the mention whose card is open (or clears the mark). */
export function setCurrent(range: Range | null): void {
  if (!highlightsSupported()) return;
  if (range) CSS.highlights.set(CURRENT_HIGHLIGHT, new Highlight(range));
  else CSS.highlights.delete(CURRENT_HIGHLIGHT);
}

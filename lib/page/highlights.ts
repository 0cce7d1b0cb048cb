/**
 * Marks mentions with the CSS Custom Highlight API: ranges registered in CSS.highlights and
 * styled with ::highlight() (highlight.css). Nothing is inserted into the page's DOM, so layout,
 * selection, copy-paste and the page's scripts behave as before.
 */
import { isConfident } from "../matching/topic";
import {
  CURRENT_HIGHLIGHT,
  entityKey,
  FLASH_HIGHLIGHT,
  HIGHLIGHT_NAMES,
  highlightsSupported,
  type MentionKind,
  type MentionRecord,
} from "./marks";
import { order } from "./range-order";

// What callers of this module used to find here, now in marks.ts.
export * from "./marks";

/**
 * Marked mentions above which only those near the viewport are drawn. Chromium redoes the
 * painting of every registered range on each change: with ~10,000 ranges one frame takes 50 ms
 * or more (measured), so a long page keeps only what the reader can reach in the highlights.
 */
export const WINDOW_THRESHOLD = 1500;
/** How far above and below the viewport marks are drawn once windowed. */
const WINDOW_MARGIN = "200% 0px";

/** A document's own highlight API: the page's, or a same-origin frame's (its `CSS.highlights`). */
type Realm = Window & typeof globalThis;

/**
 * Every mention marked on the page, indexed by text node for hit-testing. The three highlights
 * are registered on first use, in the document of each mention (the page's or a same-origin
 * frame's), and deregistered by `clear()`.
 */
export class MentionRegistry {
  readonly records: MentionRecord[] = [];
  #byNode = new Map<Text, MentionRecord[]>();
  #highlights = new Map<Document, Partial<Record<MentionKind, Highlight>>>();
  /** Shadow roots and frame documents given our mark styles, and the sheet each one got. */
  #styled = new Map<DocumentOrShadowRoot, CSSStyleSheet>();
  #css: string | undefined;
  #sorted = true;
  #firstMarked = new Set<string>();
  #markedCount = 0;
  /** Windowed: marks are drawn only for blocks the observer reports near the viewport. */
  #observer: IntersectionObserver | undefined;
  #byBlock = new Map<Element, MentionRecord[]>();
  #near = new Set<Element>();
  /** Possible marks wait until the page proves it is about our domain (a confident link). */
  #waiting: Omit<MentionRecord, "marked">[] = [];
  #onTopic = false;
  /**
   * Marks to draw at the next `flush()` while held: Chromium repaints every registered mark on
   * each change, so a scan draws in one update (or two: the view first) rather than per slice.
   */
  #held: MentionRecord[] | undefined;

  #opts: { firstMentionOnly: boolean };

  constructor(opts: { firstMentionOnly: boolean }) {
    this.#opts = opts;
  }

  #highlight(rec: MentionRecord): Highlight | undefined {
    const doc = rec.pieces[0]?.node.ownerDocument ?? document;
    // The usual case first: one lookup per mark (a long page draws thousands).
    const known = this.#highlights.get(doc)?.[rec.kind];
    if (known) return known;
    const win = doc.defaultView as Realm | null;
    if (!(win?.CSS && "highlights" in win.CSS)) return undefined;
    let set = this.#highlights.get(doc);
    if (!set) {
      set = {};
      this.#highlights.set(doc, set);
    }
    let h = set[rec.kind];
    if (!h) {
      h = new win.Highlight();
      set[rec.kind] = h;
      win.CSS.highlights.set(HIGHLIGHT_NAMES[rec.kind], h);
    }
    return h;
  }

  /**
   * Gives a shadow root or a frame's document our ::highlight() styles. The page's stylesheet
   * (content.css) does not reach into a shadow tree or another document, so the marks in them
   * would be drawn unstyled, that is not at all. An adopted constructed stylesheet holds only
   * ::highlight() rules: it changes neither the page's DOM, text nor layout, and `clear()`
   * takes it away again.
   */
  style(root: Node): void {
    const target = root as unknown as DocumentOrShadowRoot;
    if (root === document || this.#styled.has(target) || !target.adoptedStyleSheets) return;
    const win = (root.ownerDocument ?? (root as Document)).defaultView as Realm | null;
    if (!win) return;
    // The rules are copied from what content.css gives the page's document (so the two never
    // differ), and a constructed sheet can only be adopted in the document that constructed it.
    this.#css ??= Object.values(HIGHLIGHT_NAMES)
      .map(
        (n) =>
          `::highlight(${n}){text-decoration:${getComputedStyle(document.body, `::highlight(${n})`).textDecoration}}`,
      )
      .join("");
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(this.#css);
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    this.#styled.set(target, sheet);
  }

  /** Registers a mention's record, which the registry keeps (and sets `marked` on). */
  add(rec: Omit<MentionRecord, "marked">, inOrder = true): MentionRecord {
    if (rec.mention.id === null && !this.#onTopic) {
      this.#waiting.push(rec);
      return { ...rec, marked: false };
    }
    if (!this.#onTopic && isConfident(rec.mention)) {
      this.#onTopic = true;
      const waiting = this.#waiting;
      this.#waiting = [];
      for (const w of waiting) if (w.range.startContainer.isConnected) this.add(w, false);
    }
    const key = entityKey(rec.mention);
    const marked = !this.#opts.firstMentionOnly || !this.#firstMarked.has(key);
    // The record passed in becomes the registry's (no copy: a long page adds thousands).
    const full = rec as MentionRecord;
    full.marked = marked;
    this.records.push(full);
    if (!inOrder) this.#sorted = false;
    for (const p of rec.pieces) {
      const list = this.#byNode.get(p.node);
      if (list) list.push(full);
      else this.#byNode.set(p.node, [full]);
    }
    if (rec.block) {
      const list = this.#byBlock.get(rec.block);
      if (list) list.push(full);
      else {
        this.#byBlock.set(rec.block, [full]);
        this.#observer?.observe(rec.block);
      }
    }
    if (marked) {
      this.#firstMarked.add(key);
      this.#markedCount++;
      this.#draw(full);
      if (!this.#observer && this.#markedCount > WINDOW_THRESHOLD) this.#startWindow();
    }
    return full;
  }

  /** Draws a marked record (at the next flush while held), unless its block is far from the viewport. */
  #draw(rec: MentionRecord): void {
    if (!rec.marked) return;
    if (this.#held) this.#held.push(rec);
    else if (!this.#observer || !rec.block || this.#near.has(rec.block)) this.#highlight(rec)?.add(rec.range);
  }

  /** Holds new marks back until `flush()`. */
  hold(): void {
    this.#held ??= [];
  }

  /** Draws the marks held back, in one update; then draws at once again, unless `hold`. */
  flush(hold = false): void {
    const held = this.#held ?? [];
    this.#held = undefined;
    for (const rec of held) this.#draw(rec);
    if (hold) this.#held = [];
  }

  #startWindow(): void {
    if (typeof IntersectionObserver !== "function") return;
    this.#observer = new IntersectionObserver((entries) => this.#onIntersect(entries), {
      rootMargin: WINDOW_MARGIN,
    });
    // No clearing first (the view would blink): the observer's first report of each block takes
    // the marks far from the viewport away.
    for (const block of this.#byBlock.keys()) this.#observer.observe(block);
  }

  #onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const list = this.#byBlock.get(entry.target);
      if (!list) continue;
      if (entry.isIntersecting) this.#near.add(entry.target);
      else this.#near.delete(entry.target);
      for (const rec of list) {
        if (!rec.marked) continue;
        // Directly, also while held: one update per frame, near the viewport only.
        if (entry.isIntersecting) this.#highlight(rec)?.add(rec.range);
        else this.#highlight(rec)?.delete(rec.range);
      }
    }
  }

  /** Removes the records `drop` selects (text replaced or gone); returns how many. */
  removeWhere(drop: (rec: MentionRecord) => boolean): number {
    this.#waiting = this.#waiting.filter((w) => !drop({ ...w, marked: false }));
    let removed = 0;
    for (let i = this.records.length - 1; i >= 0; i--) {
      const rec = this.records[i] as MentionRecord;
      if (!drop(rec)) continue;
      this.records.splice(i, 1);
      removed++;
      if (rec.marked) {
        this.#markedCount--;
        this.#highlight(rec)?.delete(rec.range);
        // Not drawn by a flush to come.
        rec.marked = false;
      }
      const inBlock = rec.block ? this.#byBlock.get(rec.block) : undefined;
      if (rec.block && inBlock) {
        inBlock.splice(inBlock.indexOf(rec), 1);
        if (inBlock.length === 0) {
          this.#byBlock.delete(rec.block);
          this.#near.delete(rec.block);
          this.#observer?.unobserve(rec.block);
        }
      }
      for (const p of rec.pieces) {
        const list = this.#byNode.get(p.node);
        if (!list) continue;
        const j = list.indexOf(rec);
        if (j >= 0) list.splice(j, 1);
        if (list.length === 0) this.#byNode.delete(p.node);
      }
    }
    if (removed > 0 && this.#opts.firstMentionOnly) this.#remark();
    return removed;
  }

  /** Re-decides which mention of each entity is the first one marked (after removals). */
  #remark(): void {
    this.#firstMarked.clear();
    this.#markedCount = 0;
    for (const set of this.#highlights.values()) for (const h of Object.values(set)) h?.clear();
    for (const rec of this.inDocumentOrder()) {
      const key = entityKey(rec.mention);
      rec.marked = !this.#firstMarked.has(key);
      if (rec.marked) {
        this.#firstMarked.add(key);
        this.#markedCount++;
        this.#draw(rec);
      }
    }
  }

  /** The mention at a caret position, if any. */
  at(node: Node, offset: number): MentionRecord | undefined {
    const list = this.#byNode.get(node as Text);
    if (!list) return undefined;
    for (const rec of list) {
      for (const p of rec.pieces) if (p.node === node && offset >= p.start && offset <= p.end) return rec;
    }
    return undefined;
  }

  /** Records sorted in document order (sorted lazily after out-of-order additions). */
  inDocumentOrder(): MentionRecord[] {
    if (!this.#sorted) {
      this.records.sort((a, b) => order(a.range, b.range));
      this.#sorted = true;
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
    // A scan stopped half-way flushes nothing after this.
    this.#held = undefined;
    this.#waiting = [];
    this.#onTopic = false;
    this.#byNode.clear();
    this.#firstMarked.clear();
    this.#markedCount = 0;
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#byBlock.clear();
    this.#near.clear();
    for (const [doc, set] of this.#highlights) {
      const registry = (doc.defaultView as Realm | null)?.CSS.highlights;
      for (const kind of Object.keys(set) as MentionKind[]) registry?.delete(HIGHLIGHT_NAMES[kind]);
    }
    this.#highlights.clear();
    for (const [target, sheet] of this.#styled)
      target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
    this.#styled.clear();
    if (highlightsSupported()) {
      CSS.highlights.delete(FLASH_HIGHLIGHT);
      CSS.highlights.delete(CURRENT_HIGHLIGHT);
    }
  }
}

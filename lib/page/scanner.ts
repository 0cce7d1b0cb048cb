/**
 * Reads the page's visible text block by block, spots names in it, and marks them; then follows
 * the page as it changes (live blogs, infinite scroll, single-page apps), rescanning only the
 * blocks whose text changed, in throttled batches. All work is cut into slices (slices.ts).
 */

import type { EntityId } from "../dataset/types";
import { BLOCK_TAGS, isSkippedByMarkup, OWN_UI_ATTRIBUTE } from "../extract/rules";
import { locate, type TextBlock, textBlocks } from "../extract/text";
import type { Mention } from "../matching/types";
import type { MentionKind, MentionRegistry } from "./highlights";
import { sliceTimer, yieldToPage } from "./slices";

/** The part of the spotting engine's MatchSession the scanner uses. */
export interface SpotSession {
  scan(text: string): Mention[];
}

export interface ScannerDeps {
  session: SpotSession;
  registry: MentionRegistry;
  /** Kind of a linked entity; `ensureKinds` is awaited first, once, when the first name is found. */
  typeOf(id: EntityId): "person" | "group" | undefined;
  ensureKinds(): Promise<void>;
  /** Called after a scan or a batch of changes altered the marks. */
  onChange(): void;
  signal: AbortSignal;
}

export interface ScanStats {
  chars: number;
  mentions: number;
  blocks: number;
}

/** Pending changed nodes above which a batch becomes one rescan of the whole page. */
const MAX_PENDING = 4000;
/** Shortest pause between two batches of changes, and the pause as a multiple of a batch's cost. */
const MIN_BATCH_GAP_MS = 150;
const BATCH_GAP_FACTOR = 4;

/** Hidden by style (display, content-visibility, visibility): the content script's extra skip rule. */
export function isHidden(el: Element): boolean {
  if (typeof el.checkVisibility === "function") {
    if (el.checkVisibility({ visibilityProperty: true })) return false;
    // display: contents has no box of its own, yet its children show.
    return getComputedStyle(el).display !== "contents";
  }
  const cs = getComputedStyle(el);
  return cs.display === "none" || cs.visibility === "hidden";
}

/** True when `node` lies in a part of the page that is never read (editors, code, our UI, hidden). */
export function inSkippedRegion(node: Node): boolean {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return true;
  if (isHidden(el)) return true;
  for (; el; el = el.parentElement) if (isSkippedByMarkup(el)) return true;
  return false;
}

function blockOf(node: Node): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && !BLOCK_TAGS.has(el.tagName.toUpperCase()) && el.parentElement) el = el.parentElement;
  return el;
}

export class PageScanner {
  private observer: MutationObserver | undefined;
  private pending = new Set<Node>();
  private overflow = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** True while a scan or a batch runs; changes wait for it (the first full scan holds them). */
  private busy = true;
  private root: Element | undefined;
  /** Work done on changes so far: what the `actor-lens:changes` measure reports. */
  private changes = { batches: 0, cpuMs: 0 };

  constructor(private deps: ScannerDeps) {
    deps.signal.addEventListener("abort", () => this.stop(), { once: true });
  }

  /** Scans every readable block under `root`, in slices. Resolves with what was read. */
  async scan(root: Node): Promise<ScanStats> {
    const stats: ScanStats = { chars: 0, mentions: 0, blocks: 0 };
    const slice = sliceTimer();
    for (const block of textBlocks(root, { skip: isHidden })) {
      if (this.deps.signal.aborted) break;
      stats.blocks++;
      stats.chars += block.text.length;
      stats.mentions += await this.markBlock(block);
      if (slice.expired()) {
        await yieldToPage();
        slice.reset();
      }
    }
    return stats;
  }

  private async markBlock(block: TextBlock, inOrder = true): Promise<number> {
    const mentions = this.deps.session.scan(block.text);
    if (mentions.length === 0) return 0;
    if (mentions.some((m) => m.id && !this.deps.typeOf(m.id))) await this.deps.ensureKinds();
    if (this.deps.signal.aborted) return 0;
    const first = block.segments[0];
    const element = (first && blockOf(first.node)) ?? undefined;
    let n = 0;
    for (const m of mentions) {
      const start = locate(block.segments, m.start);
      const end = locate(block.segments, m.end, true);
      if (!start || !end || !start.node.isConnected) continue;
      const range = document.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      const pieces = block.segments
        .filter((s) => s.end > m.start && s.start < m.end)
        .map((s) => ({
          node: s.node,
          start: Math.max(m.start, s.start) - s.start,
          end: Math.min(m.end, s.end) - s.start,
        }));
      const kind: MentionKind = m.id ? (this.deps.typeOf(m.id) ?? "group") : "ambiguous";
      this.deps.registry.add({ range, mention: m, kind, pieces, block: element }, inOrder);
      n++;
    }
    return n;
  }

  /** Follows changes under `root` from now on. */
  follow(root: Element): void {
    this.root = root;
    this.observer = new MutationObserver((records) => this.collect(records));
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private collect(records: MutationRecord[]): void {
    for (const r of records) {
      if (this.overflow) break;
      if (r.type === "characterData") this.pending.add(r.target);
      else {
        for (const n of r.addedNodes) {
          if (n.nodeType === 1 && (n as Element).hasAttribute(OWN_UI_ATTRIBUTE)) continue;
          if (n.nodeType === 1 || n.nodeType === 3) this.pending.add(n);
        }
        // Text removed from a block: the block's remaining text may read differently.
        if (r.removedNodes.length > 0 && r.target.nodeType === 1) this.pending.add(r.target);
      }
      if (this.pending.size > MAX_PENDING) {
        this.overflow = true;
        this.pending.clear();
      }
    }
    this.schedule(MIN_BATCH_GAP_MS);
  }

  private schedule(delay: number): void {
    if (this.timer !== undefined || this.busy || this.deps.signal.aborted) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.processBatch();
    }, delay);
  }

  /** Rescans the blocks touched since the last batch. */
  private async processBatch(): Promise<void> {
    if (this.deps.signal.aborted || !this.root) return;
    this.busy = true;
    const started = performance.now();
    const nodes = [...this.pending];
    const full = this.overflow;
    this.pending.clear();
    this.overflow = false;
    const registry = this.deps.registry;
    let units: Element[];
    if (full) {
      units = [this.root];
      registry.removeWhere(() => true);
    } else {
      const set = new Set<Element>();
      for (const n of nodes) {
        if (!n.isConnected) continue;
        const unit =
          n.nodeType === 1 && BLOCK_TAGS.has((n as Element).tagName.toUpperCase())
            ? (n as Element)
            : blockOf(n);
        if (unit && this.root.contains(unit)) set.add(unit);
      }
      // Keep the outermost units only; drop those in parts of the page that are never read.
      units = [...set].filter((u) => {
        for (let p = u.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
        return !inSkippedRegion(u);
      });
      const unitSet = new Set<Node>(units);
      registry.removeWhere((rec) => {
        const first = rec.pieces[0]?.node;
        if (!first?.isConnected || rec.range.collapsed) return true;
        for (let p: Node | null = first; p; p = p.parentNode) if (unitSet.has(p)) return true;
        return false;
      });
    }
    // CPU time of this batch, our slices only (not the page's tasks between them).
    let spent = performance.now() - started;
    for (const unit of units) {
      if (this.deps.signal.aborted) break;
      const slice = sliceTimer();
      let sliceStart = performance.now();
      for (const block of textBlocks(unit, { skip: isHidden })) {
        await this.markBlock(block, false);
        if (this.deps.signal.aborted) break;
        if (slice.expired()) {
          spent += performance.now() - sliceStart;
          await yieldToPage();
          slice.reset();
          sliceStart = performance.now();
        }
      }
      spent += performance.now() - sliceStart;
    }
    this.busy = false;
    if (this.deps.signal.aborted) return;
    this.report(started, spent);
    this.deps.onChange();
    // Bounded CPU under a storm of changes: the next batch waits in proportion to this one's cost.
    if (this.pending.size > 0 || this.overflow)
      this.schedule(Math.max(MIN_BATCH_GAP_MS, spent * BATCH_GAP_FACTOR));
  }

  /**
   * Observable like `actor-lens:scan`: one measure, replaced after each batch (so nothing piles
   * up in the page's timeline), whose detail totals the batches and our CPU time spent on them.
   */
  private report(started: number, spent: number): void {
    this.changes.batches++;
    this.changes.cpuMs += spent;
    performance.clearMeasures("actor-lens:changes");
    performance.measure("actor-lens:changes", { start: started, detail: { ...this.changes } });
  }

  /** Lets batches of changes run (after the first full scan). */
  resume(): void {
    this.busy = false;
    if (this.pending.size > 0 || this.overflow) this.schedule(MIN_BATCH_GAP_MS);
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
  }
}

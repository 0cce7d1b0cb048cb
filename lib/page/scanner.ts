/**
 * Reads the page's visible text block by block, spots names in it, and marks them; then follows
 * the page as it changes (live blogs, infinite scroll, single-page apps), rescanning only the
 * blocks whose text changed, in throttled batches. All work is cut into slices (slices.ts).
 */

import { OWN_UI_ATTRIBUTE } from "../extract/rules";
import { segmentAt, type TextBlock, type TextSegment, TextWalker } from "../extract/text";
import type { Mention } from "../matching/types";
import { type Churn, noteChange, QUIET_MS } from "./backoff";
import { BATCH_GAP_FACTOR, DESIGN_MODE_CHECK_MS, MIN_BATCH_GAP_MS, now, STORM_RECORDS } from "./batch-pacing";
import { dueUnits, unitsToRead } from "./batch-units";
import type { MentionKind } from "./highlights";
import { blockOf, inSkippedRegion, isHidden } from "./regions";
import type { ScannerDeps, ScanStats, SpotSession } from "./scanner-api";
import { yieldToPage } from "./slices";
import { spotBlocks } from "./spot-batches";

export { inSkippedRegion, isHidden, type ScannerDeps, type ScanStats, type SpotSession };

export class PageScanner {
  #observer: MutationObserver | undefined;
  /** Blocks changed since the last batch, with when each was first heard changing since then. */
  #fresh = new Map<Element, number>();
  /** Changed blocks not rescanned yet: waiting for their back-off, or given up on. */
  #pending = new Set<Element>();
  #churn = new WeakMap<Element, Churn>();
  /** What is observed: the page, open shadow roots, same-origin frames. */
  #targets = new Set<Node>();
  /** When observing last started again after a pause: nothing was heard before it. */
  #heardFrom = 0;
  /** Times observing was paused by a storm since the page was last quiet. */
  #pauses = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #timerAt = 0;
  /** No batch before this time: each waits in proportion to the cost of the one before. */
  #notBefore = 0;
  /** True while a scan or a batch runs; changes wait for it (the first full scan holds them). */
  #busy = true;
  #root: Element | undefined;
  /** True while the page is in designMode: no marks at all. */
  #designMode = false;
  /** Iframes already followed. */
  #seen = new WeakSet<Node>();
  /** Custom elements not upgraded yet: their shadow root may come later, with no mutation to see. */
  #later = new Set<Element>();
  /** Work done on changes so far: what the `actor-lens:changes` measure reports. */
  #changes = { batches: 0, cpuMs: 0, rescans: 0, deferred: 0, givenUp: 0, pauses: 0 };
  /** The extractor's hooks: hidden elements skipped, iframes and shadow roots followed. */
  #read = {
    skip: (el: Element) => {
      const sr = el.shadowRoot;
      // Changes inside a shadow root are not seen from outside it (observing again is a no-op).
      if (sr) this.#observe(sr);
      else if (el.localName.includes("-")) this.#later.add(el);
      return isHidden(el);
    },
    frame: (el: HTMLIFrameElement) => this.#frame(el),
  };

  #signal: AbortSignal;
  #deps: ScannerDeps;

  constructor(deps: ScannerDeps) {
    this.#deps = deps;
    this.#signal = deps.signal;
    deps.signal.addEventListener("abort", () => this.stop(), { once: true });
  }

  /**
   * Scans every readable block under `root`, in slices. The marks are drawn in two updates (each
   * one repaints them all): once the scan has read past the viewport, and at the end; the slices
   * after that first update run at background priority.
   */
  async scan(root: Node): Promise<ScanStats> {
    const stats: ScanStats = { chars: 0, mentions: 0, blocks: 0 };
    this.#designMode = document.designMode === "on";
    if (this.#designMode) return stats;
    const registry = this.#deps.registry;
    registry.hold();
    let inView = true;
    const mark = (block: TextBlock, mentions: Mention[]) => {
      stats.blocks++;
      stats.chars += block.text.length;
      const n = this.#markBlock(block, mentions);
      if (typeof n === "number") stats.mentions += n;
      else
        return n.then((k) => {
          stats.mentions += k;
        });
    };
    // After each answer marked (and each slice spent marking): one rect (layout is clean: marks
    // change none), to draw the view's marks as soon as they are all in.
    const marked = (last: TextBlock) => {
      const el = last.segments[0]?.node.parentElement;
      if (inView && el && el.getBoundingClientRect().top > innerHeight) {
        inView = false;
        registry.flush(true);
      }
    };
    const walker = new TextWalker(root, this.#read);
    await spotBlocks(
      () => walker.next(),
      this.#deps.session,
      mark,
      () => yieldToPage(!inView),
      this.#signal,
      marked,
    );
    registry.flush();
    return stats;
  }

  /**
   * Marks a block's mentions; returns how many. At once (no promise per block: a page has
   * thousands), unless the kinds of its names are still to come.
   */
  #markBlock(block: TextBlock, mentions: Mention[], inOrder = true): number | Promise<number> {
    if (mentions.length === 0) return 0;
    if (mentions.some((m) => m.id && !this.#deps.typeOf(m.id)))
      return this.#deps
        .ensureKinds()
        .then(() => (this.#signal.aborted ? 0 : this.#markNow(block, mentions, inOrder)));
    return this.#markNow(block, mentions, inOrder);
  }

  #markNow(block: TextBlock, mentions: Mention[], inOrder: boolean): number {
    // A yielded block has at least one segment.
    const first = block.segments[0] as TextSegment;
    const element = blockOf(first.node) ?? undefined;
    const doc = first.node.ownerDocument;
    // Marks in a shadow root or a frame need our styles there.
    this.#deps.registry.style(first.node.getRootNode());
    let n = 0;
    for (const m of mentions) {
      const si = segmentAt(block.segments, m.start);
      const ei = segmentAt(block.segments, m.end, true);
      if (si < 0 || ei < 0) continue;
      const start = block.segments[si] as TextSegment;
      const end = block.segments[ei] as TextSegment;
      if (!start.node.isConnected) continue;
      const range = doc.createRange();
      range.setStart(start.node, m.start - start.start);
      range.setEnd(end.node, m.end - end.start);
      // A name cannot run across a shadow boundary: such a range collapses.
      if (range.collapsed) continue;
      // The text nodes the name covers (segments have text: none is empty).
      const pieces = [];
      for (let i = si; i <= ei; i++) {
        const s = block.segments[i] as TextSegment;
        pieces.push({
          node: s.node,
          start: Math.max(m.start, s.start) - s.start,
          end: Math.min(m.end, s.end) - s.start,
        });
      }
      const kind: MentionKind = m.id ? (this.#deps.typeOf(m.id) ?? "group") : "ambiguous";
      this.#deps.registry.add({ range, mention: m, kind, pieces, block: element }, inOrder);
      n++;
    }
    return n;
  }

  /** Follows changes under `root` from now on. */
  follow(root: Element): void {
    this.#root = root;
    this.#observer = new MutationObserver((records) => this.#collect(records));
    this.#observe(root);
    // designMode changes fire no mutation: look at it now and then (until then, rescans skip
    // editable content: isContentEditable is true everywhere in designMode).
    const timer = setInterval(() => this.#tick(), DESIGN_MODE_CHECK_MS);
    this.#signal.addEventListener("abort", () => clearInterval(timer), { once: true });
  }

  #observe(node: Node): void {
    this.#targets.add(node);
    this.#observer?.observe(node, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ["contenteditable"],
    });
  }

  /**
   * Reads a same-origin iframe's document from here (and again after each load): one reader, one
   * set of marks and one answer to the popup for the whole tab, and nothing runs in cross-origin
   * frames (their document is out of reach, so this is a no-op for them).
   */
  #frame(el: HTMLIFrameElement): void {
    if (this.#seen.has(el)) return;
    this.#seen.add(el);
    const load = () => {
      // null for a cross-origin frame
      const body = el.contentDocument?.body;
      if (body) {
        this.#observe(body);
        this.#changed(body);
      }
    };
    el.addEventListener("load", load, { signal: this.#signal });
    load();
  }

  /** Looks again at what changes without a mutation: designMode, and custom elements upgraded since. */
  #tick(): void {
    const on = document.designMode === "on";
    if (on !== this.#designMode) {
      this.#designMode = on;
      if (on) {
        // The whole document is an editor now: no marks in it; they come back once it is off.
        this.#deps.registry.removeWhere((rec) => rec.pieces[0]?.node.ownerDocument === document);
        this.#deps.onChange();
      } else if (this.#root) this.#changed(this.#root);
    }
    for (const el of this.#later)
      if (el.shadowRoot || !el.isConnected) {
        this.#later.delete(el);
        if (el.shadowRoot) this.#changed(el);
      }
  }

  #changed(unit: Element): void {
    this.#heard(unit);
    this.#schedule(now() + MIN_BATCH_GAP_MS);
  }

  #collect(records: MutationRecord[]): void {
    if (records.length > STORM_RECORDS) {
      this.#pause();
      return;
    }
    for (const r of records) {
      // contenteditable changed (attributes): the block is read again, without what is now an editor.
      if (r.type !== "childList") this.#addUnit(r.target);
      else {
        for (const n of r.addedNodes) {
          if (n.nodeType === 1 && (n as Element).hasAttribute(OWN_UI_ATTRIBUTE)) continue;
          if (n.nodeType === 1 || n.nodeType === 3) this.#addUnit(n);
        }
        // Text removed from a block: the block's remaining text may read differently.
        if (r.removedNodes.length > 0 && r.target.nodeType === 1) this.#addUnit(r.target);
      }
    }
    this.#schedule(now() + MIN_BATCH_GAP_MS);
  }

  /**
   * So many changes at once that merely hearing of them costs the page frames: stop observing
   * for a while (doubling while the storm goes on), then read the whole page again once.
   */
  #pause(): void {
    this.#observer?.disconnect();
    this.#fresh.clear();
    this.#pending.clear();
    this.#changes.pauses++;
    setTimeout(
      () => {
        if (this.#signal.aborted) return;
        for (const t of this.#targets) this.#observe(t);
        this.#heardFrom = now();
        if (this.#root) this.#changed(this.#root);
      },
      QUIET_MS * 2 ** Math.min(this.#pauses++, 4),
    );
  }

  #addUnit(n: Node): void {
    const unit = blockOf(n);
    if (unit) this.#heard(unit);
  }

  #heard(unit: Element): void {
    if (!this.#fresh.has(unit)) this.#fresh.set(unit, now());
  }

  /** Runs the next batch at `at` (or later, after the cost of the last one), unless one is due sooner. */
  #schedule(at: number): void {
    if (this.#busy || this.#signal.aborted) return;
    at = Math.max(at, this.#notBefore);
    if (this.#timer !== undefined) {
      if (this.#timerAt <= at) return;
      clearTimeout(this.#timer);
    }
    this.#timerAt = at;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      // A lost session restarts the reader (remote-spotter.ts); a refused one ends following.
      this.#processBatch().catch(() => {});
    }, at - now());
  }

  /** Rescans the blocks touched since the last batch, as far as their back-off lets it. */
  async #processBatch(): Promise<void> {
    if (this.#signal.aborted || !this.#root) return;
    this.#busy = true;
    const started = now();
    const registry = this.#deps.registry;
    for (const [unit, heard] of this.#fresh) {
      // Deaf while paused: a block heard again after the pause was not quiet meanwhile.
      const seen = this.#churn.get(unit);
      if (seen && seen.last < this.#heardFrom) seen.last = this.#heardFrom;
      // Quiet is judged from when the change was first heard, not from this batch's start: batches
      // more than QUIET_MS apart (a slow page; Firefox) made a block that never stopped changing quiet.
      const churn = noteChange(seen, heard);
      churn.last = started;
      this.#churn.set(unit, churn);
      this.#pending.add(unit);
    }
    this.#fresh.clear();
    const { due, wake, deferred, givenUp } = dueUnits(
      this.#pending,
      (u) => this.#churn.get(u),
      this.#designMode,
      started,
    );
    // Keep the outermost units only; those in parts of the page that are never read lose their marks.
    const units = unitsToRead(due, registry);
    // CPU time of this batch, our slices only (not the page's tasks between them).
    let spent = now() - started;
    registry.hold();
    const read = this.#read;
    let sliceStart = now();
    // Our slices and the background's answers: what this batch cost.
    let u = 0;
    let walker: TextWalker | undefined;
    await spotBlocks(
      () => {
        // The units one after the other.
        for (;;) {
          const block = walker?.next();
          if (block) return block;
          const unit = units[u++];
          if (!unit) return undefined;
          walker = new TextWalker(unit, read);
        }
      },
      this.#deps.session,
      (block, mentions) => this.#markBlock(block, mentions, false),
      async () => {
        spent += now() - sliceStart;
        await yieldToPage();
        sliceStart = now();
      },
      this.#signal,
    );
    spent += now() - sliceStart;
    registry.flush();
    this.#busy = false;
    if (this.#signal.aborted) return;
    // The whole page was read again after a pause: the storm is over.
    if (units.includes(this.#root)) this.#pauses = 0;
    // Observable like `actor-lens:scan`: one measure, replaced after each batch (so nothing piles
    // up in the page's timeline), whose detail totals the batches, the blocks rescanned, our CPU
    // time and the pauses, and counts the changed blocks waiting for their back-off (`deferred`)
    // or given up on until they are quiet (`givenUp`).
    const c = this.#changes;
    c.batches++;
    c.cpuMs += spent;
    c.rescans += units.length;
    c.deferred = deferred;
    c.givenUp = givenUp;
    performance.clearMeasures("actor-lens:changes");
    performance.measure("actor-lens:changes", { start: started, detail: { ...c } });
    this.#deps.onChange();
    // Bounded CPU under a storm of changes: the next batch waits in proportion to this one's cost.
    this.#notBefore = now() + Math.max(MIN_BATCH_GAP_MS, spent * BATCH_GAP_FACTOR);
    if (this.#fresh.size > 0) this.#schedule(this.#notBefore);
    else if (this.#pending.size > 0) this.#schedule(wake);
  }

  /** Lets batches of changes run (after the first full scan). */
  resume(): void {
    this.#busy = false;
    if (this.#fresh.size > 0) this.#schedule(now() + MIN_BATCH_GAP_MS);
  }

  stop(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}

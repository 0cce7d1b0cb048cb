// @vitest-environment happy-dom
/**
 * The page scanner on a fake clock (issue 10): it gives the page the main thread back between
 * slices, no slice overruns its budget by more than one block by the scanner's own count, and
 * the marks are drawn in two updates (the view, then the rest), not slice after slice. Then its
 * batching of changes. What any of it takes in a real browser is for `npm run bench`.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MIN_BATCH_GAP_MS } from "../../../lib/page/batch-pacing";
import { MentionRegistry } from "../../../lib/page/highlights";
import { PageScanner } from "../../../lib/page/scanner";
import { SLICE_MS } from "../../../lib/page/slices";

/** Fake time: the clock moves only when the fake engine "works". */
let clock = 0;
/** Times at which the scanner yielded (and whether at background priority), in order. */
let yields: { at: number; later: boolean }[] = [];

vi.mock("../../../lib/page/slices", async (original) => {
  const real = await original<typeof import("../../../lib/page/slices")>();
  return {
    ...real,
    yieldToPage: async (later = false) => {
      yields.push({ at: clock, later });
    },
  };
});

/** Every CSS.highlights update, tagged with how many yields came before it. */
let adds: number[] = [];
class FakeHighlight extends Set<unknown> {
  override add(r: unknown) {
    adds.push(yields.length);
    return super.add(r);
  }
}

const BLOCK_MS = 3;
/**
 * A fake engine, asynchronous as the background's (lib/page/remote-spotter.ts): "Hadi al-Amiri"
 * is a name. Spotting costs the page nothing now; what a block costs it is marking (one name
 * each here: one range, BLOCK_MS of fake time).
 */
const session = {
  async scan(texts: string[]) {
    return texts.map((text) =>
      [...text.matchAll(/Hadi al-Amiri/g)].map((m) => ({
        start: m.index,
        end: m.index + 13,
        surface: "Hadi al-Amiri",
        id: "hadi-al-amiri",
        confidence: 1,
      })),
    );
  },
};

function scanner(signal = new AbortController().signal) {
  const registry = new MentionRegistry({ firstMentionOnly: false });
  const onChange = vi.fn();
  const s = new PageScanner({
    // The fake's mentions carry what the registry reads of them.
    session: session as never,
    registry,
    typeOf: () => "person",
    ensureKinds: async () => {},
    onChange,
    signal,
  });
  return { s, registry, onChange };
}

beforeEach(() => {
  clock = 0;
  yields = [];
  adds = [];
  vi.spyOn(performance, "now").mockImplementation(() => clock);
  const createRange = document.createRange.bind(document);
  vi.spyOn(document, "createRange").mockImplementation(() => {
    clock += BLOCK_MS;
    return createRange();
  });
  for (const g of [globalThis, window]) Object.assign(g, { Highlight: FakeHighlight });
  // happy-dom has no CSS Custom Highlight API.
  Object.defineProperty(window, "CSS", { value: { highlights: new Map() }, configurable: true });
  // Paragraph i stands i × 100 px down the page; the view is 768 px tall.
  vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(function (this: HTMLElement) {
    const top = Number(this.dataset.i ?? 0) * 100;
    return { top, bottom: top + 20, left: 0, right: 0, width: 0, height: 20, x: 0, y: top } as DOMRect;
  });
  Object.defineProperty(window, "innerHeight", { value: 768, configurable: true });
  document.body.replaceChildren(
    ...Array.from({ length: 100 }, (_, i) => {
      const p = document.createElement("p");
      p.dataset.i = String(i);
      p.textContent = `${i}. Talks stalled again, said aides to Hadi al-Amiri.`;
      return p;
    }),
  );
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe("the first scan", () => {
  it("yields between slices, and no slice overruns its budget by more than one block", async () => {
    const { s } = scanner();
    const stats = await s.scan(document.body);
    expect(stats.blocks).toBe(100);
    expect(stats.mentions).toBe(100);
    // 100 blocks of 3 ms in slices of 8: a yield every third block.
    expect(yields.length).toBe(Math.floor((100 * BLOCK_MS) / (SLICE_MS + 1)));
    let from = 0;
    for (const y of yields) {
      expect(y.at - from).toBeGreaterThanOrEqual(SLICE_MS);
      expect(y.at - from).toBeLessThan(SLICE_MS + BLOCK_MS);
      from = y.at;
    }
  });

  it("draws the marks in two updates, the view first, and reads past it at background priority", async () => {
    const { s, registry } = scanner();
    await s.scan(document.body);
    // Every update came in one of two moments: when the view was read, and at the end.
    const moments = [...new Set(adds)];
    expect(moments).toHaveLength(2);
    expect(adds).toHaveLength(100);
    const [view, end] = moments as [number, number];
    expect(end).toBe(yields.length);
    // The first update held the marks of the blocks read so far: those in view and a few more.
    // A count on the fake clock (time moves only with each block's range), never a duration.
    const first = adds.filter((a) => a === view).length;
    expect(first).toBeGreaterThanOrEqual(8);
    expect(first).toBeLessThan(20);
    // Until the view is drawn, the page's priority; after it, background.
    expect(yields.slice(0, view).every((y) => !y.later)).toBe(true);
    expect(yields.slice(view).every((y) => y.later)).toBe(true);
    expect(registry.size).toBe(100);
  });

  it("stops between blocks when aborted, and draws nothing held back once the marks are cleared", async () => {
    const ctrl = new AbortController();
    const { s, registry } = scanner(ctrl.signal);
    const done = s.scan(document.body);
    // As the reader does when turned off: abort, and clear the marks.
    ctrl.abort();
    registry.clear();
    const stats = await done;
    // Aborted before the first answer came back (the session is asynchronous): no clock involved.
    expect(stats.blocks).toBeLessThan(100);
    expect(adds).toEqual([]);
  });
});

describe("changes after the first scan", () => {
  it("rescans the blocks changed close together in one batch, once they are quiet for the gap", async () => {
    vi.restoreAllMocks();
    vi.useFakeTimers();
    const { s, registry, onChange } = scanner();
    const spy = vi.spyOn(session, "scan");
    s.follow(document.body);
    await s.scan(document.body);
    s.resume();
    spy.mockClear();
    const ps = [...document.querySelectorAll("p")];
    for (const p of ps.slice(0, 5)) p.append(" More from Hadi al-Amiri.");
    await vi.advanceTimersByTimeAsync(MIN_BATCH_GAP_MS - 10);
    expect(spy).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(20);
    // One batch: the five changed blocks, each read once (in one message), and the page told once.
    expect(spy).toHaveBeenCalledTimes(1);
    const texts = spy.mock.calls[0]?.[0] ?? [];
    expect(texts).toHaveLength(5);
    expect(new Set(texts).size).toBe(5);
    expect(texts.every((t) => t.endsWith("More from Hadi al-Amiri."))).toBe(true);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(registry.size).toBe(105);
    // A removed paragraph's marks go at the next batch.
    ps[50]?.remove();
    document.body.append(document.createElement("p"));
    await vi.advanceTimersByTimeAsync(MIN_BATCH_GAP_MS * 5);
    expect(registry.size).toBe(104);
  });
});

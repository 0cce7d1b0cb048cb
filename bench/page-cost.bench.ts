/**
 * What the first scan of a page costs the page's main thread (issue 10), in real Chromium, run
 * by `npm run bench` or alone: npx tsx bench/page-cost.bench.ts
 * Cost is Chromium's own counter, CDP Performance.getMetrics TaskDuration (all main-thread work
 * of every world: script, style, layout, prepaint, paint), for the same generated page loaded
 * with the built extension minus loaded without it; and for two peers injected in a page
 * without it (floor: a TreeWalker reading every text node; peer: one regex over every text node,
 * hits in one CSS Highlight). Loads are interleaved (the machine is shared), medians of RUNS.
 * First, each scan alone within one load (Actor Lens paused until the page has settled, the
 * peers run then), which a busy machine disturbs far less; then with − without as above. Then a
 * trace of the 20k page's scan alone (main-thread self time per phase), and when the first
 * marks come: from first paint to the scan's start, and from there to the first mark.
 * ACTOR_LENS_EXTENSION_DIR measures another build; ACTOR_LENS_BEFORE_DIR adds a second build
 * (an older one) to the same run, as its own column. For a quick A/B: ACTOR_LENS_BENCH_ALONE=1
 * (the scan-alone table only) and ACTOR_LENS_BENCH_PAGES (some pages only). Where the script
 * time goes, by function: bench/profile-scan.ts.
 */
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { serveFixtures } from "../scripts/browser";
import { type Bench, launch, settle, taskMeter, traced } from "./chromium";
import { articlePage, peerScript } from "./cost-pages";

const ROOT = resolve(import.meta.dirname, "..");
const RUNS = Number(process.env.ACTOR_LENS_BENCH_RUNS ?? 3);
/** ACTOR_LENS_BENCH_PAGES="20k words, names|1.5k": only the pages whose name contains one of these. */
const PAGES = [
  { name: "1.5k words, names", words: 1500, names: true },
  { name: "20k words, names", words: 20_000, names: true },
  { name: "200k words, names", words: 200_000, names: true },
  { name: "20k words, no names", words: 20_000, names: false },
].filter((p) => !process.env.ACTOR_LENS_BENCH_PAGES?.split("|").every((k) => !p.name.includes(k)));
/** ACTOR_LENS_BENCH_ALONE=1: the scan-alone table only (quick A/B of two builds). */
const ALONE_ONLY = process.env.ACTOR_LENS_BENCH_ALONE === "1";
const SCANNED = "performance.getEntriesByName('actor-lens:scan').length > 0";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}
const r1 = (x: number) => Math.round(x * 10) / 10;

/** TaskDuration of one load of `url` once `done` holds and the page has painted. */
async function load(b: Bench, url: string, done: string, init?: string): Promise<number> {
  const page = await b.context.newPage();
  try {
    if (init) await page.addInitScript(init);
    const taskMs = await taskMeter(page);
    await page.goto(url, { waitUntil: "load" });
    await page.waitForFunction(done, null, { timeout: 120_000, polling: 100 });
    await settle(page);
    return (await taskMs()).task;
  } finally {
    await page.close();
  }
}

/** Pauses Actor Lens, or turns it on again, in every tab of `b` (its settings in storage.local). */
async function setPaused(b: Bench, paused: boolean): Promise<void> {
  const worker = b.context.serviceWorkers()[0];
  if (!worker) throw new Error("no service worker");
  await worker.evaluate(
    (p) =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
      ).chrome.storage.local.set({
        "actor-lens:settings": { paused: p },
      }),
    paused,
  );
}

/**
 * The work of one scan alone, within one load: the page is loaded and left to settle (Actor Lens
 * paused, or the peer not run yet), then `start` runs it and the TaskDuration added until `done`
 * holds and the page has painted is its cost. The page's own load, which varies more than the
 * scan costs on a busy machine, is then not in the figure (the content script's injection is
 * not either: it is in the with − without table).
 */
async function scanAlone(
  b: Bench,
  url: string,
  start: (page: Page) => Promise<void>,
  done: string,
  init?: string,
  trace = false,
): Promise<{ ms: number; cpu: number; phases?: Record<string, number> }> {
  const page = await b.context.newPage();
  try {
    if (init) await page.addInitScript(init);
    const taskMs = await taskMeter(page);
    await page.goto(url, { waitUntil: "load" });
    await settle(page, 500);
    const t0 = await taskMs();
    const run = async () => {
      await start(page);
      await page.waitForFunction(done, null, { timeout: 120_000, polling: 100 });
      await settle(page);
    };
    let phases: Record<string, number> | undefined;
    if (trace) phases = await traced(page, run);
    else await run();
    const t1 = await taskMs();
    return { ms: t1.task - t0.task, cpu: t1.cpu - t0.cpu, phases };
  } finally {
    await page.close();
  }
}

const runPeer = (page: Page) => page.evaluate(() => (window as unknown as { __runPeer(): void }).__runPeer());

/** Records when the first Actor Lens mark appears (polled each frame), in page time. */
const FIRST_MARK = `(() => {
  const names = ["actor-lens-person", "actor-lens-group", "actor-lens-ambiguous"];
  const poll = () => {
    if (names.some((n) => (CSS.highlights.get(n)?.size ?? 0) > 0)) window.__firstMark = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

export async function firstMarks(
  b: Bench,
  url: string,
): Promise<{ startAfterPaint: number; firstMark: number }> {
  const page = await b.context.newPage();
  try {
    await page.addInitScript(FIRST_MARK);
    await page.goto(url, { waitUntil: "load" });
    await page.waitForFunction(`${SCANNED} && window.__firstMark`, null, { timeout: 120_000, polling: 100 });
    return await page.evaluate(() => {
      const paint = performance.getEntriesByName("first-paint")[0]?.startTime ?? Number.NaN;
      const scan = performance.getEntriesByName("actor-lens:scan")[0] as PerformanceMeasure;
      const mark = (window as unknown as { __firstMark: number }).__firstMark;
      return { startAfterPaint: scan.startTime - paint, firstMark: mark - scan.startTime };
    });
  } finally {
    await page.close();
  }
}

export async function run(): Promise<Record<string, number | string>> {
  const after = process.env.ACTOR_LENS_EXTENSION_DIR ?? join(ROOT, ".output/chrome-mv3");
  const beforeDir = process.env.ACTOR_LENS_BEFORE_DIR;
  const server = await serveFixtures(join(ROOT, "bench"));
  server.routes.push((req, res) => {
    const m = /^\/page-(\d+)-(names|none)\.html$/.exec(req.url ?? "");
    if (!m) return false;
    res
      .writeHead(200, { "content-type": "text/html; charset=utf-8" })
      .end(articlePage(Number(m[1]), m[2] === "names"));
    return true;
  });
  const plain = await launch();
  const builds: [string, Bench][] = [["Actor Lens", await launch(after)]];
  if (beforeDir) builds.push(["before", await launch(beforeDir)]);
  const result: Record<string, number | string> = {};
  try {
    // A first page in a fresh browser pays for warming it up: one load each, not counted.
    const warm = server.url("/page-1500-names.html");
    await load(plain, warm, "document.readyState === 'complete'");
    for (const [, b] of builds) await load(b, warm, SCANNED);
    const alone: Record<string, Record<string, number>> = {};
    for (const p of PAGES) {
      const url = server.url(`/page-${p.words}-${p.names ? "names" : "none"}.html`);
      const runs: Record<string, { ms: number; cpu: number }[]> = { idle: [], floor: [], peer: [] };
      for (const [name] of builds) runs[name] = [];
      for (const [, b] of builds) await setPaused(b, true);
      for (let i = 0; i < RUNS; i++) {
        // The measuring itself (waiting, settling): taken off every column.
        runs.idle?.push(await scanAlone(plain, url, async () => {}, "true"));
        runs.floor?.push(
          await scanAlone(plain, url, runPeer, "window.__peerDone", peerScript("floor", false)),
        );
        runs.peer?.push(
          await scanAlone(plain, url, runPeer, "window.__peerDone", peerScript("regex", false)),
        );
        for (const [name, b] of builds) {
          runs[name]?.push(await scanAlone(b, url, () => setPaused(b, false), SCANNED));
          await setPaused(b, true);
        }
      }
      const of = (k: string, what: "ms" | "cpu") => median((runs[k] ?? []).map((r) => r[what]));
      const m = (k: string, what: "ms" | "cpu" = "ms") => of(k, what) - of("idle", what);
      const row: Record<string, number> = {
        "measuring alone ms": r1(of("idle", "ms")),
        "floor ms": r1(m("floor")),
        "regex peer ms": r1(m("peer")),
      };
      for (const [name] of builds) {
        row[`${name} ms`] = r1(m(name));
        row[`${name} ÷ peer`] = r1(m(name) / m("peer"));
        row[`${name} ÷ floor`] = r1(m(name) / m("floor"));
        // The same from CPU time, which a machine shared with other work disturbs less.
        row[`${name} ÷ peer, CPU`] = r1(m(name, "cpu") / m("peer", "cpu"));
        row[`${name} ÷ floor, CPU`] = r1(m(name, "cpu") / m("floor", "cpu"));
      }
      alone[p.name] = row;
      for (const [k, v] of Object.entries(row)) result[`${p.name}, scan alone: ${k}`] = v;
    }
    for (const [, b] of builds) await setPaused(b, false);
    console.log(
      `\nthe first scan alone, within one load (TaskDuration from a settled page to the scan painted, less the measuring alone; the CPU ratios from ThreadTime; medians of ${RUNS})`,
    );
    console.table(alone);
    if (ALONE_ONLY) return result;

    const rows: Record<string, Record<string, number>> = {};
    for (const p of PAGES) {
      const url = server.url(`/page-${p.words}-${p.names ? "names" : "none"}.html`);
      const runs: Record<string, number[]> = { without: [], floor: [], peer: [] };
      for (const [name] of builds) runs[name] = [];
      for (let i = 0; i < RUNS; i++) {
        // Interleaved: whatever else loads the machine weighs on every column alike.
        runs.without?.push(await load(plain, url, "document.readyState === 'complete'"));
        runs.floor?.push(await load(plain, url, "window.__peerDone", peerScript("floor")));
        runs.peer?.push(await load(plain, url, "window.__peerDone", peerScript("regex")));
        for (const [name, b] of builds) runs[name]?.push(await load(b, url, SCANNED));
      }
      const base = median(runs.without as number[]);
      const row: Record<string, number> = { "page alone ms": r1(base) };
      const cost = (k: string) => median(runs[k] as number[]) - base;
      row["floor ms"] = r1(cost("floor"));
      row["regex peer ms"] = r1(cost("peer"));
      for (const [name] of builds) {
        row[`${name} ms`] = r1(cost(name));
        row[`${name} ÷ peer`] = r1(cost(name) / cost("peer"));
        row[`${name} ÷ floor`] = r1(cost(name) / cost("floor"));
      }
      rows[p.name] = row;
      for (const [k, v] of Object.entries(row)) result[`${p.name}: ${k}`] = v;
    }
    console.log(
      `\nfirst scan's cost to the page's main thread (TaskDuration, with − without; medians of ${RUNS})`,
    );
    console.table(rows);

    // Where it goes: main-thread self time per phase on the 20k page, the scan alone (as above).
    const url = server.url("/page-20000-names.html");
    const phaseRows: Record<string, Record<string, number>> = {};
    const traceOf = async (b: Bench, start: (page: Page) => Promise<void>, done: string, init?: string) =>
      (await scanAlone(b, url, start, done, init, true)).phases ?? {};
    phaseRows.floor = await traceOf(plain, runPeer, "window.__peerDone", peerScript("floor", false));
    phaseRows["regex peer"] = await traceOf(plain, runPeer, "window.__peerDone", peerScript("regex", false));
    for (const [name, b] of builds) {
      await setPaused(b, true);
      phaseRows[name] = await traceOf(b, () => setPaused(b, false), SCANNED);
    }
    console.log(
      "\n20k words with names, the scan alone: main-thread self time per phase, ms (one trace each)",
    );
    console.table(phaseRows);

    const marks: Record<string, Record<string, number>> = {};
    for (const [name, b] of builds)
      for (const p of PAGES.filter((q) => q.names)) {
        const got: { startAfterPaint: number; firstMark: number }[] = [];
        for (let i = 0; i < RUNS; i++)
          got.push(await firstMarks(b, server.url(`/page-${p.words}-names.html`)));
        marks[`${name}, ${p.name}`] = {
          "scan start after first paint ms": r1(median(got.map((g) => g.startAfterPaint))),
          "first mark after scan start ms": r1(median(got.map((g) => g.firstMark))),
        };
      }
    console.log(`\nfirst marks (medians of ${RUNS}; marks polled each frame, so ±1 frame)`);
    console.table(marks);
  } finally {
    await plain.close();
    for (const [, b] of builds) await b.close();
    await server.close();
  }
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();

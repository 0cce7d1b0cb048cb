/**
 * Highlights and notes benchmarks (issue 7), run by `npm run bench` (bench/run.ts calls
 * `run()`), or alone: npx tsx bench/notes.bench.ts
 * In Node with fake-indexeddb, 10,000 saved highlights over 500 pages:
 * 1. Open: the first screen's full records (the newest), what the notes page draws first; then
 *    every summary newest first from the digest, read once that is drawn. Target ≤ 100 ms.
 * 2. Search and filters over the summaries, plus the first screen's records. Target ≤ 100 ms.
 * 3. Anchoring: a 300-character quote on a 60,000-character page, exact and after edits.
 * 4. If the extension is built (`npm run build`): the real notes page in Debian's Chromium, with
 *    the browser's own clocks: from navigation start to the first screen of the list painted,
 *    and from a query's input event to its results drawn. Medians of several page loads.
 * Medians of several runs.
 */
import "fake-indexeddb/auto";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { anchorText } from "../lib/anchoring/index";
import { CONTEXT_LENGTH } from "../lib/anchoring/types";
import { openNotesDb } from "../lib/notes/db";
import { toJson } from "../lib/notes/io";
import { searchSummaries } from "../lib/notes/search";
import { createNotesStore } from "../lib/notes/store";
import { COLORS, DEFAULT_COLOR_LABELS, type Highlight } from "../lib/notes/types";
import { FIRST_SCREEN } from "../lib/notes-page/boot";
import { rng, WORDS } from "./random-text";

const N = 10_000;
const RUNS = 9;
const TARGET_MS = 100;

function sentence(r: () => number, n: number): string {
  return Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]).join(" ");
}

function makeHighlights(): Highlight[] {
  const r = rng(42);
  const start = Date.UTC(2024, 0, 1);
  return Array.from({ length: N }, (_, i) => {
    const page = Math.floor(r() * 500);
    const url = `https://site${page % 40}.example/news/${page}`;
    const t = start + i * 60_000;
    return {
      id: `bench-${i}`,
      url,
      site: `site${page % 40}.example`,
      title: `Article ${page}: ${sentence(r, 6)}`,
      quote: {
        exact: sentence(r, 12 + Math.floor(r() * 30)),
        prefix: sentence(r, 5),
        suffix: sentence(r, 5),
      },
      position: { start: i, end: i + 100 },
      note: r() < 0.6 ? sentence(r, 4 + Math.floor(r() * 25)) : "",
      tags: r() < 0.5 ? [`tag${Math.floor(r() * 30)}`] : [],
      color: COLORS[Math.floor(r() * COLORS.length)] as Highlight["color"],
      entities: r() < 0.5 ? [`entity-${Math.floor(r() * 60)}`] : [],
      pageEntities: [`entity-${Math.floor(r() * 60)}`, `entity-${Math.floor(r() * 60)}`],
      createdAt: t,
      updatedAt: t,
    };
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

async function time(fn: () => unknown | Promise<unknown>, runs = RUNS): Promise<number> {
  await fn(); // warm-up
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export async function run(): Promise<Record<string, number | string>> {
  const db = await openNotesDb(`bench-notes-${Date.now()}`);
  const store = createNotesStore(db);
  const highlights = makeHighlights();
  const t0 = performance.now();
  await store.merge(highlights, DEFAULT_COLOR_LABELS.slice());
  const importMs = performance.now() - t0;

  const rows: { step: string; "median ms": number; target: string }[] = [];
  const add = (step: string, ms: number, target = "") => rows.push({ step, "median ms": round(ms), target });

  // What the notes page does on open: the newest records (its first screen), then, once that
  // is drawn, every summary newest first; on each query: search the summaries, read the first
  // screen's records.
  let sums = await store.summaries();
  add(
    `open: newest ${FIRST_SCREEN} records (first screen)`,
    await time(() => store.newest(FIRST_SCREEN)),
    `≤ ${TARGET_MS}`,
  );
  add(
    `then: ${N} summaries newest first, digest checked`,
    await time(async () => {
      sums = (await store.checkedSummaries()).list;
    }),
    `≤ ${TARGET_MS}`,
  );
  if (sums.length !== N || (sums[0]?.createdAt ?? 0) < (sums[N - 1]?.createdAt ?? 0))
    throw new Error("list is not newest first");
  let list: Highlight[] = [];
  add(
    `(for comparison) read all ${N} full records`,
    await time(async () => {
      list = await store.listNewestFirst();
    }),
    "",
  );
  const queries: [string, Parameters<typeof searchSummaries>[1]][] = [
    ["search one word", { text: "kadhimi" }],
    ["search three words", { text: "budget militia baghdad" }],
    ["search a phrase", { text: '"prime minister"' }],
    ["search, no match", { text: "zzzz" }],
    ["filter entity + word", { entity: "entity-7", text: "raid" }],
    ["filter site + tag", { site: "site3.example", tag: "tag4" }],
  ];
  for (const [name, q] of queries) {
    const hits = searchSummaries(sums, q).length;
    add(
      `${name} (${hits} hits) + first ${FIRST_SCREEN} records`,
      await time(async () => {
        const found = searchSummaries(sums, q);
        await store.getMany(found.slice(0, FIRST_SCREEN).map((x) => x.id));
      }),
      `≤ ${TARGET_MS}`,
    );
  }
  add("export JSON", await time(() => toJson(list, DEFAULT_COLOR_LABELS.slice()), 3));

  // Anchoring on a long page: exact, and after edits to the quote's sentence.
  const r = rng(7);
  const page = sentence(r, 9000).slice(0, 60_000);
  const at = 41_000;
  const exact = page.slice(at, at + 300);
  const sel = {
    quote: {
      exact,
      prefix: page.slice(at - CONTEXT_LENGTH, at),
      suffix: page.slice(at + 300, at + 300 + CONTEXT_LENGTH),
    },
    position: { start: at, end: at + 300 },
  };
  add("anchor: exact quote, 60k-char page", await time(() => anchorText(page, sel)));
  const edited = `${page.slice(0, 2000)} An update was added here. ${page.slice(2000, at + 50)}X${page.slice(at + 52, at + 200)}${page.slice(at + 210)}`;
  const found = anchorText(edited, sel);
  if (found?.method !== "fuzzy") throw new Error("expected a fuzzy anchor");
  add("anchor: fuzzy after edits, 60k-char page", await time(() => anchorText(edited, sel)));

  db.close();
  await inChromium(highlights, add);

  console.log(
    `\nHighlights and notes (issue 7): ${N} highlights, median of ${RUNS} runs (Node: fake-indexeddb)`,
  );
  console.log(
    `(one-off: importing ${N} highlights in one transaction took ${Math.round(importMs)} ms in Node)`,
  );
  console.table(rows);
  const worst = Math.max(...rows.filter((x) => x.target).map((x) => x["median ms"]));
  if (worst > TARGET_MS)
    console.warn(`notes bench: slowest list/search step ${worst} ms exceeds ${TARGET_MS} ms`);
  return Object.fromEntries(rows.map((x) => [x.step, x["median ms"]]));
}

/** How many times the notes page is loaded in Chromium; the medians are reported. */
const LOADS = 9;
/** Time left to the page after a load or a query before its clocks are read (nothing runs in it). */
const SETTLE_MS = 1000;

/**
 * The real notes page in Chromium, if the extension is built: import the 10,000 highlights,
 * then load the page again and again and read the browser's own clocks.
 * - Open → list painted: from navigation start (the page's time origin) to the paint of the first
 *   screen of the list (Element Timing's renderTime of its first quote: when the frame holding it
 *   was presented), as a reader opening the page sees it. Also the page's own measure, to the end
 *   of the frame that draws it (actor-lens:notes-listed).
 * - Query → results: from the input event (its timeStamp) to the end of the frame that draws the
 *   first screen of results, full records read (actor-lens:notes-searched).
 * Nothing is asked of the page while it loads (Playwright's probes would run in it): the bench
 * waits, then reads the figures.
 */
async function inChromium(
  highlights: Highlight[],
  add: (step: string, ms: number, target?: string) => void,
): Promise<void> {
  const { existsSync, mkdtempSync, writeFileSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { tmpdir } = await import("node:os");
  const { EXTENSION_DIR, CHROMIUM, launchWithExtension } = await import("../scripts/browser");
  if (!existsSync(join(EXTENSION_DIR, "manifest.json")) || !existsSync(CHROMIUM)) {
    console.log("notes bench: no built extension or no Chromium; skipping the in-browser figures");
    return;
  }
  const file = join(mkdtempSync(join(tmpdir(), "notes-bench-")), "notes.json");
  writeFileSync(file, toJson(highlights, DEFAULT_COLOR_LABELS.slice()));
  const browser = await launchWithExtension();
  try {
    const page = await browser.context.newPage();
    await page.goto(browser.pageUrl("notes.html"));
    await page.locator(".empty").waitFor();
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByText(`${N} new`).waitFor({ timeout: 120_000 });
    const m = { painted: [] as number[], listed: [] as number[], search: [] as number[], rows: 0, hits: "" };
    for (let i = 0; i < LOADS; i++) {
      await page.reload();
      await page.waitForTimeout(SETTLE_MS);
      const open = await page.evaluate(async () => {
        const quotes = await new Promise<PerformanceEntry[]>((ok) => {
          const seen: PerformanceEntry[] = [];
          const observer = new PerformanceObserver((list) => seen.push(...list.getEntries()));
          observer.observe({ type: "element", buffered: true });
          setTimeout(() => {
            observer.disconnect();
            ok(seen);
          }, 50);
        });
        const times = quotes
          .filter((e) => (e as PerformanceEntry & { identifier: string }).identifier === "notes-quote")
          .map((e) => (e as PerformanceEntry & { renderTime: number }).renderTime || e.startTime);
        return {
          painted: times.length ? Math.min(...times) : -1,
          listed: performance.getEntriesByName("actor-lens:notes-listed")[0]?.duration ?? -1,
          rows: document.querySelectorAll(".hl").length,
        };
      });
      // Typing a query: from the input event to its results' records drawn (the page's measure).
      await page.evaluate(() => {
        const input = document.getElementById("search") as HTMLInputElement;
        input.value = "budget militia";
        input.dispatchEvent(new Event("input", { bubbles: true }));
      });
      await page.waitForTimeout(SETTLE_MS);
      const search = await page.evaluate(() => ({
        ms: performance.getEntriesByName("actor-lens:notes-searched")[0]?.duration ?? -1,
        count: document.querySelector(".count")?.firstChild?.textContent ?? "",
      }));
      if (open.painted < 0 || open.listed < 0 || search.ms < 0)
        throw new Error(`notes page measures missing: ${JSON.stringify({ open, search })}`);
      m.painted.push(open.painted);
      m.listed.push(open.listed);
      m.search.push(search.ms);
      m.rows = open.rows;
      m.hits = search.count;
    }
    // These figures move with the machine's load (two busy cores add tens of ms): say it.
    const { loadavg } = await import("node:os");
    console.log(`notes bench: Chromium figures taken at load average ${loadavg()[0]?.toFixed(2)}`);
    add(
      `Chromium notes page: navigation start → list painted (${m.rows} of ${N} drawn)`,
      median(m.painted),
      `≤ ${TARGET_MS}`,
    );
    add("Chromium notes page: navigation start → list's frame drawn (page's measure)", median(m.listed));
    add(
      `Chromium notes page: query input event → results drawn (${m.hits.trim()})`,
      median(m.search),
      `≤ ${TARGET_MS}`,
    );
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();

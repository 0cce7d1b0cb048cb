/**
 * Popup benchmarks (issue 6), run by `npm run bench` (bench/run.ts calls `run()`), or alone:
 *   npx tsx bench/popup.bench.ts
 * 1. Query-to-results per keystroke on the real dataset (target ≤ 5 ms, median).
 * 2. The same on a synthetic 10,000-entity dataset (target ≤ 30 ms, median).
 * 3. Popup first render in Chromium: navigation start to the "actor-lens:popup-rendered" mark,
 *    median of several loads of the built popup (target ≤ 100 ms). Needs `npm run build`.
 * Both searches go through a prebuilt index, serialised and parsed, as the popup does.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { CompiledDataset, EntitySource } from "../lib/dataset/types";
import { createSearcher, createSearchIndex, type Searcher } from "../lib/search/search";

const ROOT = resolve(import.meta.dirname, "..");

/** Queries readers type; each is timed at every keystroke (every prefix). */
const REAL_QUERIES = [
  "kataib hizbolla",
  "soleimany",
  "muhandes",
  "asaib",
  "pmf",
  "moqtada sadr",
  "hadi ameri",
  "popular mobilization",
  "prime minister",
  "hashd",
  "nouri al-maliki",
  "kadhimi",
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}
function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] as number;
}

/** Times searcher.search at every keystroke of every query, after a warm-up pass. */
function perKeystroke(searcher: Searcher, queries: string[]): { median: number; p95: number; n: number } {
  const prefixes = queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
  for (const p of prefixes) searcher.search(p);
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const p of prefixes) {
      const t0 = performance.now();
      searcher.search(p);
      times.push(performance.now() - t0);
    }
  }
  return { median: median(times), p95: p95(times), n: times.length };
}

/** A deterministic pseudo-random generator (mulberry32), so every run searches the same data. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  "Abu",
  "Ali",
  "Hadi",
  "Qais",
  "Mustafa",
  "Hisham",
  "Adil",
  "Nouri",
  "Fuad",
  "Ismail",
  "Jafar",
  "Karim",
];
const SYLL = [
  "ka",
  "ta",
  "ib",
  "hez",
  "bol",
  "lah",
  "mu",
  "han",
  "dis",
  "sa",
  "dr",
  "ami",
  "ri",
  "zur",
  "fi",
  "ja",
  "bu",
];
const GROUP = [
  "Brigades",
  "Movement",
  "Organization",
  "Forces",
  "Alliance",
  "Council",
  "Front",
  "Battalions",
];
const ROLES = ["commander of", "spokesman for", "founder of", "member of", "adviser to", "leader of"];

/** A 10,000-entity dataset shaped like the real one: names, 3–5 aliases, a role, 2–3 affiliations. */
export function syntheticDataset(n = 10_000): Pick<CompiledDataset, "entities"> {
  const rand = rng(6);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  const word = () => {
    const w = Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(SYLL)).join("");
    return w[0]?.toUpperCase() + w.slice(1);
  };
  const entities: EntitySource[] = [];
  for (let i = 0; i < n; i++) {
    const person = rand() < 0.5;
    const name = person ? `${pick(FIRST)} ${word()} al-${word()}` : `${word()} ${pick(GROUP)} of ${word()}`;
    entities.push({
      id: `e${i}`,
      type: person ? "person" : "group",
      name,
      aliases: [
        { text: name },
        { text: name.replace(/al-/g, "") },
        { text: name.replace(/o/g, "u") },
        ...(rand() < 0.5
          ? [
              {
                text: name
                  .split(" ")
                  .map((w) => w[0])
                  .join("")
                  .toUpperCase(),
              },
            ]
          : []),
      ],
      role: { text: `${pick(ROLES)} the ${word()} ${pick(GROUP)} since ${2000 + (i % 24)}`, cites: [] },
      summary: "",
      affiliations: Array.from({ length: 2 + (i % 2) }, () => ({
        type: "member-of" as const,
        target: `e${Math.floor(rand() * n)}`,
        cites: [],
      })),
    });
  }
  return { entities };
}

/** Queries for the synthetic set: names from it, some cut short, some with a typo. */
function syntheticQueries(data: Pick<CompiledDataset, "entities">): string[] {
  const rand = rng(11);
  return Array.from({ length: 12 }, (_, i) => {
    const e = data.entities[Math.floor(rand() * data.entities.length)] as EntitySource;
    const q = e.name.toLowerCase();
    if (i % 3 === 1) return q.slice(0, 8);
    if (i % 3 === 2) return q.replace(/a/, "e");
    return q;
  });
}

function searcherOf(data: Pick<CompiledDataset, "entities">): Searcher {
  return createSearcher(data, JSON.parse(JSON.stringify(createSearchIndex(data))));
}

/**
 * Median times from navigation start to the popup's first render (search box shown and focused)
 * and to its data being ready (dataset and searcher loaded, results possible), in Chromium.
 */
async function popupFirstRender(loads = 9): Promise<{ render: number; data: number } | string> {
  const { EXTENSION_DIR, CHROMIUM, launchWithExtension } = await import("../scripts/browser");
  if (!existsSync(join(EXTENSION_DIR, "manifest.json"))) return "skipped: run `npm run build` first";
  if (!existsSync(CHROMIUM)) return `skipped: no Chromium at ${CHROMIUM}`;
  const browser = await launchWithExtension();
  try {
    const times: number[] = [];
    const ready: number[] = [];
    const url = browser.pageUrl("popup.html");
    // One load to warm the extension's resources; it is not counted.
    for (let i = 0; i <= loads; i++) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 360, height: 560 });
      await page.goto(url);
      await page.waitForFunction(() => performance.getEntriesByName("actor-lens:popup-data").length > 0);
      const [t, d] = await page.evaluate(() =>
        ["actor-lens:popup-rendered", "actor-lens:popup-data"].map(
          (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN,
        ),
      );
      if (i > 0) {
        times.push(t as number);
        ready.push(d as number);
      }
      await page.close();
    }
    return { render: median(times), data: median(ready) };
  } finally {
    await browser.close();
  }
}

export async function run(): Promise<Record<string, number | string>> {
  const datasetFile = join(ROOT, "data/build/dataset.json");
  const results: Record<string, number | string> = {};
  if (existsSync(datasetFile)) {
    const real = JSON.parse(readFileSync(datasetFile, "utf8")) as CompiledDataset;
    const r = perKeystroke(searcherOf(real), REAL_QUERIES);
    results["popup search, real dataset (ms/keystroke, median)"] = r.median;
    console.log(
      `popup search, real dataset (${real.entities.length} entities): median ${r.median.toFixed(2)} ms per keystroke, p95 ${r.p95.toFixed(2)} ms (${r.n} keystrokes; target ≤ 5 ms)`,
    );
  } else {
    results["popup search, real dataset (ms/keystroke, median)"] = "skipped: run `npm run data` first";
    console.log("popup search, real dataset: skipped (run `npm run data` first)");
  }

  const synthetic = syntheticDataset();
  const s = perKeystroke(searcherOf(synthetic), syntheticQueries(synthetic));
  results["popup search, 10,000 entities (ms/keystroke, median)"] = s.median;
  console.log(
    `popup search, synthetic 10,000 entities: median ${s.median.toFixed(2)} ms per keystroke, p95 ${s.p95.toFixed(2)} ms (${s.n} keystrokes; target ≤ 30 ms)`,
  );

  const popup = await popupFirstRender();
  if (typeof popup === "string") {
    results["popup first render (ms from navigation start, median)"] = popup;
    console.log(`popup first render: ${popup}`);
  } else {
    results["popup first render (ms from navigation start, median)"] = popup.render;
    results["popup data ready (ms from navigation start, median)"] = popup.data;
    console.log(
      `popup first render in Chromium: median ${popup.render.toFixed(1)} ms from navigation start (9 loads; target ≤ 100 ms); ` +
        `dataset and search ready at ${popup.data.toFixed(1)} ms`,
    );
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();

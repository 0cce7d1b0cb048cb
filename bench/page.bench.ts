/**
 * Page reader benchmarks (issue 5), run by `npm run bench` (bench/run.ts calls `run()`), or
 * alone: npx tsx bench/page.bench.ts
 * 1. Bundle sizes: the built content script (all features, .output/chrome-mv3, after `npm run
 *    build`) and the reader's own share (lib/page/reader.ts bundled and minified alone). Budget
 *    60 KB minified.
 * 2. Scan time on a 20,000-word page with no names, in happy-dom: reading the text alone (the
 *    shared extraction) against reading and spotting (what the reader does), medians of 7 runs.
 *    The real-browser figures come from the e2e test's actor-lens:scan measures.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { Window } from "happy-dom";
import { textBlocks } from "../lib/extract/text";
import { compileIndex } from "../lib/matching/compile";
import { createMatcher } from "../lib/matching/index";
import type { CompiledIndex } from "../lib/matching/types";

const ROOT = resolve(import.meta.dirname, "..");
const BUDGET_KB = 60;
const RUNS = 7;
const WORDS = 20_000;

const PARA =
  "The river rose slowly through the spring, and the farmers along its banks watched the water " +
  "creep toward the fields they had planted in the autumn. Each morning the council met in the old " +
  "school to weigh the reports, count the sandbags and decide which roads should close first.";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

async function readerBundleBytes(): Promise<number> {
  const out = await build({
    entryPoints: [join(ROOT, "lib/page/reader.ts")],
    bundle: true,
    minify: true,
    write: false,
    format: "iife",
    jsx: "automatic",
    jsxImportSource: "preact",
    loader: { ".css": "empty" },
    logLevel: "silent",
  });
  return out.outputFiles[0]?.contents.length ?? 0;
}

function loadIndex(): CompiledIndex {
  const built = join(ROOT, "data/build/alias-index.json");
  if (existsSync(built)) return JSON.parse(readFileSync(built, "utf8")) as CompiledIndex;
  return compileIndex({ entities: [] });
}

export async function run(): Promise<Record<string, number | string>> {
  const content = join(ROOT, ".output/chrome-mv3/content-scripts/content.js");
  const contentKb = existsSync(content) ? statSync(content).size / 1024 : Number.NaN;
  const readerKb = (await readerBundleBytes()) / 1024;

  const words = PARA.split(/\s+/).length;
  const paras = Math.ceil(WORDS / words);
  const window = new Window();
  const doc = window.document;
  doc.body.innerHTML = Array.from({ length: paras }, (_, i) => `<p>${i}. ${PARA}</p>`).join("");
  const matcher = createMatcher(loadIndex());
  const readOnly: number[] = [];
  const readAndSpot: number[] = [];
  let mentions = 0;
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    let chars = 0;
    for (const b of textBlocks(doc.body as unknown as Node)) chars += b.text.length;
    readOnly.push(performance.now() - t);
    t = performance.now();
    const session = matcher.session();
    mentions = 0;
    for (const b of textBlocks(doc.body as unknown as Node)) mentions += session.scan(b.text).length;
    readAndSpot.push(performance.now() - t);
    if (chars === 0) throw new Error("no text read");
  }
  await window.happyDOM.close();

  const r = {
    "content.js (all features) KB": Number(contentKb.toFixed(1)),
    "reader alone KB": Number(readerKb.toFixed(1)),
    "budget KB": BUDGET_KB,
    "20k words, no names: read text ms": Number(median(readOnly).toFixed(1)),
    "20k words, no names: read + spot ms": Number(median(readAndSpot).toFixed(1)),
    "spotting overhead ×": Number((median(readAndSpot) / median(readOnly)).toFixed(2)),
    "mentions found": mentions,
  };
  console.log("\npage reader (issue 5)");
  console.table(r);
  if (!(contentKb <= BUDGET_KB))
    console.log(`note: content.js is over the ${BUDGET_KB} KB budget (or not built)`);
  return r;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();

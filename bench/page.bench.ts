/**
 * Page reader benchmarks (issue 5), run by `npm run bench` (bench/run.ts calls `run()`), or
 * alone: npx tsx bench/page.bench.ts
 * 1. Bundle sizes, from the build (.output/chrome-mv3, after `npm run build`): the content
 *    script loaded on every page (no index: spotting runs in the background) against its budget
 *    of 60 KB minified, the background (where the alias index and the matcher are), and the lazy
 *    UI bundle (page-ui.js: cards, note editor, anchoring) that a page loads only on first need.
 *    Plus the reader's own share (lib/page/reader.ts, bundled and minified alone).
 * 2. Scan time on a 20,000-word page with no names, in happy-dom: building the matcher from the
 *    bundled index (once per page), reading the text alone (the shared extraction), and reading
 *    and spotting (what the reader does), medians of 7 runs. What a scan costs a page in a real
 *    browser is bench/page-cost.bench.ts.
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
import { isPacked, type PackedIndex, unpackIndex } from "../lib/matching/pack";
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

/** Minified size of `entry` bundled alone (or of a JSON file as a module). */
async function bundleBytes(entry: string): Promise<number> {
  const out = await build({
    entryPoints: [join(ROOT, entry)],
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
  if (existsSync(built)) {
    const stored = JSON.parse(readFileSync(built, "utf8")) as CompiledIndex | PackedIndex;
    return isPacked(stored) ? unpackIndex(stored) : stored;
  }
  return compileIndex({ entities: [] });
}

const kb = (path: string) => (existsSync(path) ? statSync(path).size / 1024 : Number.NaN);

export async function run(): Promise<Record<string, number | string>> {
  const contentKb = kb(join(ROOT, ".output/chrome-mv3/content-scripts/content.js"));
  const lazyKb = kb(join(ROOT, ".output/chrome-mv3/page-ui.js"));
  const readerKb = (await bundleBytes("lib/page/reader.ts")) / 1024;
  const backgroundKb = kb(join(ROOT, ".output/chrome-mv3/background.js"));

  const words = PARA.split(/\s+/).length;
  const paras = Math.ceil(WORDS / words);
  const window = new Window();
  const doc = window.document;
  doc.body.innerHTML = Array.from({ length: paras }, (_, i) => `<p>${i}. ${PARA}</p>`).join("");
  const index = loadIndex();
  const build: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    createMatcher(index);
    build.push(performance.now() - t);
  }
  const matcher = createMatcher(index);
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
    "content.js (always loaded) KB": Number(contentKb.toFixed(1)),
    "budget KB": BUDGET_KB,
    "background.js (index and matcher) KB": Number(backgroundKb.toFixed(1)),
    "page-ui.js (lazy: cards, notes UI) KB": Number(lazyKb.toFixed(1)),
    "reader alone KB": Number(readerKb.toFixed(1)),
    "matcher from bundled index ms": Number(median(build).toFixed(1)),
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

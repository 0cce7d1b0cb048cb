/**
 * Approximate search benchmark (issue 15), run by `npm run bench` or alone:
 * npx tsx bench/anchoring.bench.ts
 * Our anchoring's fuzzy step (lib/anchoring/match.ts: Sellers' dynamic programme with Ukkonen's
 * cut-off) against Hypothesis' approx-string-match (Myers' bit-parallel search), on quotes of
 * 100 and 300 characters with edits, in pages of 60,000 and 1,000,000 characters: near the old
 * place (the window anchoring searches first) and over the whole page (its fallback). Medians
 * of several runs and the ratio theirs / ours (above 1: ours is faster); whether both find the
 * same best match and how many matches each hands the anchoring to rank (approx-string-match keeps
 * only the fewest-error ones); and the bytes each adds, minified and gzipped.
 * approx-string-match is no dependency (README, Dependencies): to weigh it again, install it
 * for the run with `npm i --no-save approx-string-match@2.0.0`; without it only ours is timed.
 */

import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { buildSync } from "esbuild";
import { searchApprox } from "../lib/anchoring/match";
import { rng, WORDS } from "./random-text";

const ROOT = resolve(import.meta.dirname, "..");
const RUNS = 15;
const PACKAGE = "approx-string-match";

type Found = { start: number; end: number; errors: number };
type Search = (text: string, pattern: string, maxErrors: number) => Found[];

function page(chars: number, r: () => number): string {
  const out: string[] = [];
  let n = 0;
  while (n < chars) {
    const w = WORDS[Math.floor(r() * WORDS.length)] as string;
    out.push(w);
    n += w.length + 1;
  }
  return out.join(" ").slice(0, chars);
}

/** The quote at `at` with one letter in `every` changed: an article edited since it was saved. */
function edited(text: string, at: number, length: number, every: number): string {
  const q = text.slice(at, at + length).split("");
  for (let i = every >> 1; i < q.length; i += every) q[i] = q[i] === "x" ? "y" : "x";
  return q.join("");
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] as number;
}

function time(fn: () => unknown): number {
  fn(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

const best = (ms: Found[]): Found | undefined =>
  ms.reduce<Found | undefined>((a, m) => (!a || m.errors < a.errors ? m : a), undefined);

/** Minified and gzipped bytes of one import, as the lazy page-UI bundle would carry it. */
function bytes(contents: string): { min: number; gzip: number } {
  const out = buildSync({
    stdin: { contents, resolveDir: ROOT, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
  }).outputFiles[0]?.contents as Uint8Array;
  return { min: out.length, gzip: gzipSync(out).length };
}

async function theirSearch(): Promise<Search | null> {
  try {
    const mod = (await import(PACKAGE)) as { default?: Search; search?: Search };
    return mod.search ?? mod.default ?? null;
  } catch {
    return null;
  }
}

export async function run(): Promise<Record<string, number | string>> {
  const theirs = await theirSearch();
  const r = rng(15);
  const result: Record<string, number | string> = {};
  console.log("\nanchoring: approximate search, ours (Sellers + Ukkonen) vs approx-string-match (Myers)");
  if (!theirs) console.log(`(${PACKAGE} not installed: npm i --no-save ${PACKAGE}@2.0.0 to compare)`);
  console.log(
    " page chars  quote  errors  where   ours ms  theirs ms  theirs/ours  same best  found ours/theirs",
  );
  for (const chars of [60_000, 1_000_000]) {
    const text = page(chars, r);
    for (const [length, every] of [
      [100, 20],
      [300, 15],
    ] as const) {
      const at = Math.floor(chars * 0.6);
      const quote = edited(text, at, length, every);
      // As lib/anchoring/index.ts: a quarter of the quote, at most 64; a window of 2,000 either side.
      const maxErrors = Math.min(Math.floor(length / 4), 64);
      const slack = length + maxErrors + 2000;
      const lo = Math.max(0, at - slack);
      const hi = Math.min(text.length, at + length + slack);
      for (const where of ["window", "page"] as const) {
        const from = where === "window" ? lo : 0;
        const to = where === "window" ? hi : text.length;
        const ours = () => searchApprox(text, quote, maxErrors, from, to);
        const their = theirs && (() => theirs(text.slice(from, to), quote, maxErrors));
        const mine = ours();
        const got = their?.() ?? [];
        const a = best(mine);
        const b = best(got);
        const same = !their ? "-" : a && b && a.errors === b.errors && a.end === b.end + from ? "yes" : "no";
        const oursMs = time(ours);
        const theirMs = their ? time(their) : Number.NaN;
        const key = `${chars}/${length}/${where}`;
        result[`${key} ours ms`] = oursMs;
        if (their) result[`${key} theirs/ours`] = theirMs / oursMs;
        console.log(
          `${String(chars).padStart(11)}  ${String(length).padStart(5)}  ${String(a?.errors ?? "-").padStart(6)}  ${where.padEnd(6)}  ${oursMs.toFixed(3).padStart(8)}  ${their ? theirMs.toFixed(3).padStart(9) : "        -"}  ${their ? (theirMs / oursMs).toFixed(2).padStart(11) : "          -"}  ${same.padStart(9)}  ${String(mine.length).padStart(9)}/${their ? got.length : "-"}`,
        );
      }
    }
  }
  // Two edited copies of one passage: ours hands both to the ranking (context, place), theirs
  // only the one with fewer errors, wherever it stands.
  {
    const text = page(60_000, r);
    const quote = text.slice(30_000, 30_300);
    const twice = `${text.slice(0, 10_000)}${edited(quote, 0, 300, 40)}${text.slice(10_300, 30_000)}${edited(quote, 0, 300, 15)}${text.slice(30_300)}`;
    const mine = searchApprox(twice, quote, 64);
    const got = theirs?.(twice, quote, 64) ?? [];
    console.log(
      `two copies of a 300-character quote (8 and 20 errors): ours finds ${mine.length}, ${PACKAGE} ${theirs ? got.length : "-"}`,
    );
    result["two copies ours"] = mine.length;
    if (theirs) result["two copies theirs"] = got.length;
  }
  const ourBytes = bytes(`export { searchApprox } from "./lib/anchoring/match";`);
  console.log(`bytes (minified / gzip): ours ${ourBytes.min} / ${ourBytes.gzip}`);
  result["ours bytes"] = ourBytes.min;
  if (theirs) {
    const theirBytes = bytes(`export { default } from "${PACKAGE}";`);
    console.log(`                         ${PACKAGE} ${theirBytes.min} / ${theirBytes.gzip}`);
    result["theirs bytes"] = theirBytes.min;
  }
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();

/**
 * The timing half of the scan benchmark, run in a fresh Node process as a minified bundle (what
 * the content script ships): it only parses prebuilt indexes and scans, as a page does. Compiling
 * an index in the same process would leave the JIT's type feedback in a state no page ever sees.
 *
 * argv: a JSON file { realIndex, bigIndex, texts: string[] }. Prints JSON results on stdout.
 */
import { readFileSync } from "node:fs";
import { createMatcher } from "../lib/matching/index";
import type { CompiledIndex } from "../lib/matching/types";

export interface ScanJob {
  realIndex: CompiledIndex;
  bigIndex: CompiledIndex;
  texts: string[];
}

export interface ScanResult {
  loadRealMs: number;
  loadBigMs: number;
  /** Per text: median ms per call with the real index and with the big one. */
  times: [number, number][];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/**
 * Median per-call time of `scanA` and `scanB` on `text`, in ms. Both are warmed up first, then
 * timed alternately, so that load from other processes on a shared machine falls on both alike
 * and their ratio stays fair. A sample times `batch` calls (a short text takes well under a ms).
 */
function timePair(
  scanA: (t: string) => unknown,
  scanB: (t: string) => unknown,
  text: string,
): [number, number] {
  const runs = text.length > 1e6 ? 11 : text.length > 1e5 ? 21 : 41;
  const batch = text.length > 1e5 ? 1 : 20;
  for (let w = 0; w < Math.max(3, runs >> 2); w++) {
    scanA(text);
    scanB(text);
  }
  const sample = (scan: (t: string) => unknown): number => {
    const t0 = performance.now();
    for (let k = 0; k < batch; k++) scan(text);
    return (performance.now() - t0) / batch;
  };
  const xs: number[] = [];
  const ys: number[] = [];
  for (let r = 0; r < runs; r++) {
    xs.push(sample(scanA));
    ys.push(sample(scanB));
  }
  return [median(xs), median(ys)];
}

const job = JSON.parse(readFileSync(process.argv[2] as string, "utf8")) as ScanJob;
const realJson = JSON.stringify(job.realIndex);
const bigJson = JSON.stringify(job.bigIndex);
const t0 = performance.now();
const real = createMatcher(JSON.parse(realJson));
const loadRealMs = performance.now() - t0;
const t1 = performance.now();
const big = createMatcher(JSON.parse(bigJson));
const loadBigMs = performance.now() - t1;
const times = job.texts.map((text) =>
  timePair(
    (t) => real.scan(t),
    (t) => big.scan(t),
    text,
  ),
);
const result: ScanResult = { loadRealMs, loadBigMs, times };
process.stdout.write(JSON.stringify(result));

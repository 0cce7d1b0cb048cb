/**
 * Scan benchmark (issue 4), run by `npm run bench` or alone: npx tsx bench/matching.ts
 * Texts of about 1,500, 20,000 and 200,000 words (the seed documents repeated), scanned with the
 * real alias index and with the real index plus 10,000 synthetic entities (50,000 aliases).
 * The timing runs in a fresh Node process on the minified matcher bundle, with the indexes
 * prebuilt as JSON (bench/matching-scan.ts), as in the content script. Reports the median
 * per-call time of several runs (after warm-up, the two indexes timed alternately), MB/s (MB = 10^6 UTF-16 code units, ≈ bytes for this nearly-ASCII text) and the
 * slowdown ratio. Targets: ≥ 30 MB/s on the real index; ≤ 1.5× slower with 10,000 more.
 */

import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { buildSync as esbuild } from "esbuild";
import type { EntitySource } from "../lib/dataset/types";
import { compileIndex } from "../lib/matching/compile";
import { packIndex } from "../lib/matching/pack";
import { loadIndex } from "../scripts/matcher-source";
import type { ScanJob, ScanResult } from "./matching-scan";

const ROOT = resolve(import.meta.dirname, "..");
const SIZES = [1500, 20000, 200000];

/** The seed texts repeated until `words` words. */
function corpus(words: number): string {
  const dir = resolve(ROOT, "../shared/seeds");
  let base: string[];
  try {
    base = readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => readFileSync(join(dir, f), "utf8"));
  } catch {
    base = ["Prime Minister Mustafa al-Kadhimi met the leaders of Kataib Hezbollah and the PMF in Baghdad."];
  }
  const tokens = base.join("\n\n").split(/(\s+)/);
  let out = "";
  let n = 0;
  for (let i = 0; n < words; i = (i + 1) % tokens.length) {
    const t = tokens[i] as string;
    out += t;
    if (/\S/.test(t)) n++;
  }
  return out;
}

/** 10,000 invented entities with 5 aliases each, names built from Arabic-like syllables. */
function synthetic(n: number): EntitySource[] {
  const syl = [
    "ab",
    "ba",
    "dal",
    "fa",
    "ham",
    "id",
    "ja",
    "kar",
    "la",
    "mus",
    "nur",
    "qa",
    "ra",
    "sa",
    "tar",
    "wa",
    "zai",
    "hus",
    "mah",
    "rud",
  ];
  let seed = 42;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };
  const word = () => {
    const k = 2 + (rnd() % 2);
    let w = "";
    for (let i = 0; i < k; i++) w += syl[rnd() % syl.length];
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  return Array.from({ length: n }, (_, i) => {
    const [a, b, c] = [word(), word(), word()];
    return {
      id: `synthetic-${i}`,
      type: "person",
      name: `${a} al-${b}`,
      aliases: [
        { text: `${a} al-${b}` },
        { text: `${a} ${b}` },
        { text: `${a} ${c} al-${b}` },
        { text: `Abu ${c} al-${b}` },
        { text: `${b}i ${c}`, ambiguous: true },
      ],
      role: { text: "", cites: [] },
      summary: "",
      affiliations: [],
    } as EntitySource;
  });
}

export async function run(): Promise<Record<string, number | string>> {
  const { index: real, origin } = loadIndex(ROOT);
  // What ships: the packed index (data/build/alias-index.json).
  const realJson = JSON.stringify(packIndex(real));
  const big = compileIndex({
    entities: [
      ...real.entities.map((id) => ({ id }) as EntitySource).slice(0, 0),
      ...JSON.parse(readFileSyncSafe()),
      ...synthetic(10000),
    ],
  });
  const bigJson = JSON.stringify(big);
  const texts = SIZES.map(corpus);
  const timing = timeInFreshProcess({ realIndex: real, bigIndex: big, texts });
  const [loadReal, loadBig] = [timing.loadRealMs, timing.loadBigMs];

  console.log(`\nmatching: scan benchmark (index from ${origin})`);
  console.log(
    `index size (packed, as shipped): real ${(realJson.length / 1024).toFixed(1)} KB (${(gzipSync(realJson).length / 1024).toFixed(1)} KB gzip), ` +
      `load ${loadReal.toFixed(2)} ms; +10,000 entities ${(bigJson.length / 1024).toFixed(0)} KB, load ${loadBig.toFixed(1)} ms, ` +
      `${big.patterns.reduce((n, p) => n + (p.length - 2) / 3, 0)} alias entries`,
  );
  const head = ["words", "chars", "real ms", "real MB/s", "10k ms", "10k MB/s", "ratio"];
  const rows: string[][] = [];
  const result: Record<string, number | string> = {};
  let worstMbs = Number.POSITIVE_INFINITY;
  let worstRatio = 0;
  for (const [i, words] of SIZES.entries()) {
    const text = texts[i] as string;
    const [a, b] = timing.times[i] as [number, number];
    // MB = 10^6 UTF-16 code units (the news text is nearly all ASCII: ≈ bytes of UTF-8).
    const mb = text.length / 1e6;
    const [sa, sb] = [mb / (a / 1000), mb / (b / 1000)];
    worstMbs = Math.min(worstMbs, sa);
    worstRatio = Math.max(worstRatio, b / a);
    rows.push([
      String(words),
      String(text.length),
      a.toFixed(2),
      sa.toFixed(1),
      b.toFixed(2),
      sb.toFixed(1),
      (b / a).toFixed(2),
    ]);
    result[`scan-${words}-ms`] = a;
    result[`scan-${words}-10k-ms`] = b;
  }
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  console.log(head.map((h, i) => h.padStart(w[i] as number)).join("  "));
  for (const r of rows) console.log(r.map((c, i) => c.padStart(w[i] as number)).join("  "));
  console.log(
    `targets: ≥ 30 MB/s real (worst ${worstMbs.toFixed(1)}: ${worstMbs >= 30 ? "met" : "NOT met"}); ` +
      `≤ 1.5× with 10k entities (worst ${worstRatio.toFixed(2)}×: ${worstRatio <= 1.5 ? "met" : "NOT met"})`,
  );
  result["index-kb"] = realJson.length / 1024;
  return result;
}

/** Bundles bench/matching-scan.ts minified, as the extension ships the matcher, and runs it. */
function timeInFreshProcess(job: ScanJob): ScanResult {
  const dir = mkdtempSync(join(tmpdir(), "actor-lens-bench-"));
  try {
    const jobFile = join(dir, "job.json");
    writeFileSync(jobFile, JSON.stringify(job));
    const bundle = join(dir, "scan.mjs");
    esbuild({
      entryPoints: [join(import.meta.dirname, "matching-scan.ts")],
      bundle: true,
      minify: true,
      platform: "node",
      format: "esm",
      outfile: bundle,
      logLevel: "error",
    });
    const out = execFileSync(process.execPath, [bundle, jobFile], { maxBuffer: 1 << 26 });
    return JSON.parse(out.toString()) as ScanResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The real entities as a JSON array (for the combined index). */
function readFileSyncSafe(): string {
  const dir = join(ROOT, "data/entities");
  try {
    const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
    return JSON.stringify(files.map((f) => JSON.parse(readFileSync(join(dir, f), "utf8"))));
  } catch {
    return "[]";
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();

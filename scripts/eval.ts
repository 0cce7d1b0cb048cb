/**
 * Score the spotting engine against the gold annotations of the five seed documents.
 *   npm run eval [-- --verbose] [-- --fuzzy]
 * Compiles the alias index from data/ in memory, scans each seed text with the content script's
 * matcher (exact and variant layers; --fuzzy adds the fuzzy layer), writes reports/eval-predictions.jsonl in the scorer's
 * format and runs ../shared/eval/score.mjs on it. Exits 1 when the eval folder is missing or the
 * targets (precision and recall ≥ 0.98) are not met.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadMatcher } from "./matcher-source";

const TARGET = 0.98;
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const evalDir = resolve(root, "../shared/eval");
const seedsDir = resolve(root, "../shared/seeds");
const goldFile = join(evalDir, "seeds-gold.jsonl");
const scorer = join(evalDir, "score.mjs");
const verbose = process.argv.includes("--verbose") || process.argv.includes("-v");

for (const p of [goldFile, scorer, seedsDir]) {
  if (!existsSync(p)) {
    console.error(`eval: ${p} not found (the shared eval folder is expected at ../shared/eval).`);
    process.exit(1);
  }
}

const { matcher, origin } = loadMatcher(root, { fuzzy: process.argv.includes("--fuzzy") });
const pages = readFileSync(goldFile, "utf8")
  .split(/\r?\n/)
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { page: string }).page);

const lines: string[] = [];
let ambiguous = 0;
for (const page of pages) {
  const text = readFileSync(join(seedsDir, `${page}.txt`), "utf8");
  const mentions = matcher.scan(text);
  ambiguous += mentions.filter((m) => m.id === null).length;
  lines.push(
    JSON.stringify({
      page,
      mentions: mentions.filter((m) => m.id !== null).map((m) => ({ surface: m.surface, id: m.id })),
    }),
  );
}
mkdirSync(join(root, "reports"), { recursive: true });
const predFile = join(root, "reports/eval-predictions.jsonl");
writeFileSync(predFile, `${lines.join("\n")}\n`);

console.log(`index: ${origin}; ${ambiguous} mention(s) left ambiguous (not scored)`);
const res = spawnSync(process.execPath, [scorer, predFile, ...(verbose ? ["--verbose"] : [])], {
  encoding: "utf8",
});
process.stdout.write(res.stdout);
process.stderr.write(res.stderr);
if (res.status !== 0) process.exit(res.status ?? 1);
const last = /precision=([\d.]+) recall=([\d.]+) f1=([\d.]+)/.exec(res.stdout);
if (!last) process.exit(1);
const [p, r] = [Number(last[1]), Number(last[2])];
const ok = p >= TARGET && r >= TARGET;
console.log(`target precision ≥ ${TARGET} and recall ≥ ${TARGET}: ${ok ? "met" : "NOT met"}`);
process.exit(ok ? 0 : 1);

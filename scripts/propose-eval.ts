/**
 * The leave-one-out table of `npm run propose` (issue 13, item 4): for each of the five
 * documents, the dataset without it, propose on it, scored against the full dataset
 * (lib/proposals/score.ts says how).
 *   npm run propose:eval [-- --verbose]
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDataset } from "../lib/dataset/load";
import type { EntitySource, EventSource, Source } from "../lib/dataset/types";
import { leaveOneOut } from "../lib/proposals/evaluate";
import { ratio, type Score } from "../lib/proposals/score";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const verbose = process.argv.includes("--verbose");
const loaded = loadDataset({ root, env: { ...process.env, CI: "" } });
if (!loaded.input.seeds) {
  console.error("propose:eval: the seeds are missing (set ACTOR_LENS_SEEDS)");
  process.exit(1);
}
const full = {
  sources: loaded.input.sources.data as Source[],
  entities: loaded.input.entities.map((f) => f.data as EntitySource),
  events: loaded.input.events.map((f) => f.data as EventSource),
};
const unlisted = JSON.parse(readFileSync(join(root, "tests/fixtures/proposals/unlisted-actors.json"), "utf8"))
  .documents as Record<string, string[]>;
const texts = new Map(
  full.sources.flatMap((s) => {
    const t = loaded.input.seeds?.get(s.id);
    return t === undefined ? [] : [[s.id, t] as const];
  }),
);
const rows = leaveOneOut(full, texts, unlisted);

const COUNTS = [
  "newTargets",
  "newFound",
  "proposed",
  "proposedRight",
  "spellingTargets",
  "spellingFound",
  "factTargets",
  "factFound",
] as const;
const total: Score = {
  doc: "all five",
  newTargets: 0,
  newFound: 0,
  proposed: 0,
  proposedRight: 0,
  spellingTargets: 0,
  spellingFound: 0,
  factTargets: 0,
  factFound: 0,
  missedEntities: [],
  wrongProposals: [],
  missedSpellings: [],
  missedFacts: [],
};
for (const r of rows) for (const k of COUNTS) total[k] += r[k];
const f = (a: number, b: number) => `${b === 0 ? "n/a" : ratio(a, b).toFixed(2)} (${a}/${b})`;
console.log(
  "| document | new-entity recall | new-entity precision | spelling recall | role/affiliation facts drafted |",
);
console.log("|---|---|---|---|---|");
for (const r of [...rows, total])
  console.log(
    `| ${r.doc} | ${f(r.newFound, r.newTargets)} | ${f(r.proposedRight, r.proposed)} | ${f(r.spellingFound, r.spellingTargets)} | ${f(r.factFound, r.factTargets)} |`,
  );
console.log(
  "\nTargets (all five): new-entity recall ≥ 0.9 at precision ≥ 0.8; spelling recall ≥ 0.9; facts ≥ 0.6.",
);
for (const r of rows) {
  const lines = [
    r.missedEntities.length ? `  missed entities: ${r.missedEntities.join("; ")}` : "",
    r.wrongProposals.length ? `  wrong proposals: ${r.wrongProposals.join("; ")}` : "",
    r.missedSpellings.length ? `  missed spellings: ${r.missedSpellings.join("; ")}` : "",
    verbose && r.missedFacts.length ? `  missed facts:\n    ${r.missedFacts.join("\n    ")}` : "",
  ].filter(Boolean);
  if (lines.length) console.log(`\n${r.doc}\n${lines.join("\n")}`);
}

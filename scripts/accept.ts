/**
 * Apply the items of a proposal a maintainer marked "accept": true (issue 13).
 *   npm run accept -- data/proposals/<id>.json [--root DIR] [--seeds DIR]
 * Works on a temp copy of data/ (and of the seeds, with the new article added), validates it as
 * `npm run data` does, and only then swaps it in. On a refused item or a validation error it
 * says which and why, exits 1 and leaves data/ untouched.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildDataset } from "../lib/dataset/compile";
import { loadDataset } from "../lib/dataset/load";
import type { EntitySource, EventSource, Source } from "../lib/dataset/types";
import { applyProposal } from "../lib/proposals/apply";
import type { ProposalFile } from "../lib/proposals/types";

function fail(message: string, code = 1): never {
  console.error(`accept: ${message}`);
  process.exit(code);
}

const args = process.argv.slice(2);
const opts: Record<string, string> = {};
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i] as string;
  if (a === "--root" || a === "--seeds") opts[a.slice(2)] = args[++i] ?? fail(`${a} needs a value`, 2);
  else if (a.startsWith("--")) fail(`unknown option ${a}`, 2);
  else files.push(a);
}
if (files.length !== 1)
  fail("usage: npm run accept -- data/proposals/<id>.json [--root DIR] [--seeds DIR]", 2);

const root = resolve(opts.root ?? resolve(dirname(fileURLToPath(import.meta.url)), ".."));
const seedsDir = resolve(root, opts.seeds ?? process.env.ACTOR_LENS_SEEDS ?? "../shared/seeds");
const requiredFile = resolve(root, "../shared/dataset/required-entities.tsv");
let proposal: ProposalFile;
try {
  proposal = JSON.parse(readFileSync(resolve(files[0] as string), "utf8")) as ProposalFile;
} catch (e) {
  fail(`cannot read ${files[0]}: ${(e as Error).message}`);
}

const loaded = loadDataset({ root, seedsDir, requiredFile, env: { ...process.env, CI: "" } });
if (loaded.errors.length > 0) fail(`data/ does not load: ${loaded.errors.map((e) => e.message).join("; ")}`);
const data = {
  sources: loaded.input.sources.data as Source[],
  entities: loaded.input.entities.map((f) => f.data as EntitySource),
  events: loaded.input.events.map((f) => f.data as EventSource),
};
const result = applyProposal(data, proposal);
if (result.refused.length > 0) {
  for (const r of result.refused) console.error(`refused: ${r.item}: ${r.why}`);
  fail(`${result.refused.length} item(s) refused; data/ was not changed.`);
}
if (result.applied.length === 0) fail('no item is marked "accept": true; nothing to do.');

// The temp copy sits beside data/ so that the swap is a rename on one file system.
const tmp = mkdtempSync(join(root, ".accept-"));
const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
try {
  cpSync(join(root, "data"), join(tmp, "data"), { recursive: true });
  const seeds = join(tmp, "seeds");
  if (existsSync(seedsDir)) cpSync(seedsDir, seeds, { recursive: true });
  const src = proposal.source.id;
  const newSeed = result.changed.sources && !existsSync(join(seedsDir, `${src}.txt`));
  if (newSeed) writeFileSync(join(seeds, `${src}.txt`), proposal.article.text);
  if (result.changed.sources) writeFileSync(join(tmp, "data/sources.json"), json(result.data.sources));
  for (const id of result.changed.entities)
    writeFileSync(
      join(tmp, "data/entities", `${id}.json`),
      json(result.data.entities.find((e) => e.id === id)),
    );
  for (const id of result.changed.events)
    writeFileSync(join(tmp, "data/events", `${id}.json`), json(result.data.events.find((e) => e.id === id)));

  const check = loadDataset({ root: tmp, seedsDir: seeds, requiredFile, env: { ...process.env, CI: "" } });
  const { errors } = buildDataset(check.input);
  const all = [...check.errors, ...errors];
  if (all.length > 0) {
    for (const e of all) console.error(`invalid: ${e.file}: ${e.field ? `${e.field}: ` : ""}${e.message}`);
    throw new Error(`${all.length} validation error(s); data/ was not changed.`);
  }
  renameSync(join(root, "data"), join(tmp, "data.old"));
  renameSync(join(tmp, "data"), join(root, "data"));
  if (newSeed) writeFileSync(join(seedsDir, `${src}.txt`), proposal.article.text);
} catch (e) {
  rmSync(tmp, { recursive: true, force: true });
  fail((e as Error).message);
}
rmSync(tmp, { recursive: true, force: true });
for (const a of result.applied) console.log(`applied: ${a}`);
console.log(`\n${result.applied.length} item(s) applied; run \`npm run data\` to rebuild.`);

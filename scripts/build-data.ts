/**
 * Validate data/ and write data/build/dataset.json.
 *   npx tsx scripts/build-data.ts
 * Exits 1, listing every problem as "file: field: message", when the dataset is not sound.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildDataset } from "../lib/dataset/compile";
import { loadDataset } from "../lib/dataset/load";
import type { Issue } from "../lib/dataset/validate";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "data/build/dataset.json");

function line(i: Issue): string {
  return i.field === "" ? `${i.file}: ${i.message}` : `${i.file}: ${i.field}: ${i.message}`;
}

const loaded = loadDataset({ root });
for (const w of loaded.warnings) console.warn(`warning: ${line(w)}`);

const { dataset, errors } = buildDataset(loaded.input);
const all = [...loaded.errors, ...errors];
if (all.length > 0 || !dataset) {
  for (const e of all) console.error(`error: ${line(e)}`);
  console.error(`\n${all.length} error(s); data/build/dataset.json was not written.`);
  process.exit(1);
}

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(dataset, null, 2)}\n`);

const groups = dataset.entities.filter((e) => e.type === "group").length;
const aliases = dataset.entities.reduce((n, e) => n + e.aliases.length, 0);
const affiliations = dataset.entities.reduce((n, e) => n + e.affiliations.length, 0);
const cites = (list: { cites: unknown[] }[]) => list.reduce((n, x) => n + x.cites.length, 0);
const citations =
  dataset.entities.reduce(
    (n, e) =>
      n +
      e.role.cites.length +
      cites(e.affiliations) +
      (e.disagreements ?? []).reduce((m, d) => m + cites(d.versions), 0),
    0,
  ) +
  cites(dataset.events) +
  dataset.events.reduce(
    (n, ev) => n + (ev.disagreements ?? []).reduce((m, d) => m + cites(d.versions), 0),
    0,
  );
const disagreements =
  dataset.entities.reduce((n, e) => n + (e.disagreements?.length ?? 0), 0) +
  dataset.events.reduce((n, e) => n + (e.disagreements?.length ?? 0), 0);

console.log(
  [
    `wrote ${join("data/build", "dataset.json")} (as of ${dataset.asOf})`,
    `  sources       ${dataset.sources.length}`,
    `  entities      ${dataset.entities.length} (${dataset.entities.length - groups} persons, ${groups} groups)`,
    `  events        ${dataset.events.length}`,
    `  aliases       ${aliases}`,
    `  affiliations  ${affiliations}`,
    `  disagreements ${disagreements}`,
    `  citations     ${citations}${loaded.input.seeds ? " (all verified against the seeds)" : " (NOT verified: seeds missing)"}`,
  ].join("\n"),
);

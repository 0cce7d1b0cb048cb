/**
 * Builds the popup's search index ahead of time: reads data/build/dataset.json and writes
 * data/build/search-index.json (lib/search/docs.ts: every entity's and event's words folded, and
 * the entities each role line names), which the popup loads instead of folding them when it opens.
 *   npx tsx scripts/build-search-index.ts
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { CompiledDataset } from "../lib/dataset/types";
import { createSearchIndex } from "../lib/search/docs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const input = join(root, "data/build/dataset.json");
const out = join(root, "data/build/search-index.json");

if (!existsSync(input)) {
  console.error("data/build/dataset.json not found: run `npx tsx scripts/build-data.ts` first.");
  process.exit(1);
}
const dataset = JSON.parse(readFileSync(input, "utf8")) as CompiledDataset;
const index = createSearchIndex(dataset);
writeFileSync(out, `${JSON.stringify(index)}\n`);
console.log(
  `wrote data/build/search-index.json (${index.entities.length} entities, ${index.events.length} events)`,
);

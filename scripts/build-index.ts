/**
 * Compile data/build/dataset.json into data/build/alias-index.json, the alias automaton
 * (packed: lib/matching/pack.ts), which the background bundles (lib/background/spotting.ts: the
 * content script sends it the page's text and carries no index).
 *   npx tsx scripts/build-index.ts [dataset.json] [alias-index.json]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { CompiledDataset } from "../lib/dataset/types";
import { compileIndex } from "../lib/matching/compile";
import { packIndex } from "../lib/matching/pack";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const input = resolve(process.argv[2] ?? join(root, "data/build/dataset.json"));
const output = resolve(process.argv[3] ?? join(root, "data/build/alias-index.json"));

if (!existsSync(input)) {
  console.error(`build-index: ${input} not found; run \`npm run data\` first.`);
  process.exit(1);
}
const dataset = JSON.parse(readFileSync(input, "utf8")) as CompiledDataset;
const index = compileIndex(dataset);
const json = JSON.stringify(packIndex(index));
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, `${json}\n`);
const aliases = index.patterns.reduce((n, p) => n + (p.length - 2) / 3, 0);
console.log(
  `alias index: ${index.entities.length} entities, ${aliases} alias entries, ${index.patterns.length} key sequences, ` +
    `${index.keys.length} token keys, ${index.fail.length + 1} states, ${(json.length / 1024).toFixed(1)} KB → ${output}`,
);

/**
 * Where the command-line tools get their matcher: the index compiled in memory from data/ (so
 * an edit to data/entities is seen at once), or data/build/alias-index.json when data/ cannot
 * be read. Node only.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadDataset } from "../lib/dataset/load";
import type { EntitySource } from "../lib/dataset/types";
import { compileIndex } from "../lib/matching/compile";
import { createFuzzyMatcher } from "../lib/matching/fuzzy";
import { createMatcher, type Matcher } from "../lib/matching/index";
import { unpackIndex } from "../lib/matching/pack";
import type { CompiledIndex } from "../lib/matching/types";

export function loadIndex(root: string): { index: CompiledIndex; origin: string } {
  const loaded = loadDataset({ root, env: { ...process.env, CI: "" } });
  const entities = loaded.input.entities
    .map((f) => f.data as EntitySource)
    .filter((e) => e && Array.isArray(e.aliases));
  if (entities.length > 0)
    return { index: compileIndex({ entities }), origin: `data/entities (${entities.length} entities)` };
  const built = join(root, "data/build/alias-index.json");
  if (existsSync(built))
    return {
      index: unpackIndex(JSON.parse(readFileSync(built, "utf8"))),
      origin: "data/build/alias-index.json",
    };
  throw new Error(
    "no dataset: data/entities is empty and data/build/alias-index.json is missing (run `npm run data`)",
  );
}

export function loadMatcher(
  root: string,
  opts: { fuzzy: boolean },
): { matcher: Matcher; origin: string; index: CompiledIndex } {
  const { index, origin } = loadIndex(root);
  return { matcher: opts.fuzzy ? createFuzzyMatcher(index) : createMatcher(index), origin, index };
}

/** The alias index compiled from the real data/entities, for the variant and trap tables. */
import { resolve } from "node:path";
import { loadDataset } from "../../../lib/dataset/load";
import type { EntitySource } from "../../../lib/dataset/types";
import { compileIndex } from "../../../lib/matching/compile";

export function realIndex() {
  const root = resolve(__dirname, "../../..");
  const loaded = loadDataset({ root, env: { CI: "" } });
  const entities = loaded.input.entities
    .map((f) => f.data as EntitySource)
    .filter((e) => Array.isArray(e?.aliases));
  return compileIndex({ entities });
}

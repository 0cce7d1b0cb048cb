/**
 * What the popup searches: one flat record per entity, its strings already folded (normalize.ts).
 * The Fuse index is built over these records ahead of time (scripts/build-search-index.ts) and
 * parsed in the popup, so both sides must build the records the same way: here.
 */
import type { FuseOptionKeyObject } from "fuse.js";
import type { CompiledDataset, EntityId } from "../dataset/types";
import { fold } from "./normalize";

export interface SearchDoc {
  id: EntityId;
  /** Folded canonical name. */
  name: string;
  /** Folded aliases (the name itself left out), without duplicates. */
  aliases: string[];
  /** Folded role line. */
  role: string;
  /** Folded names of the entities this one is affiliated with. */
  affiliations: string[];
}

/**
 * Field weights: a name beats an alias, an alias beats a passing mention in a role, and a
 * role beats the name of an affiliated entity.
 */
export const SEARCH_KEYS: FuseOptionKeyObject<SearchDoc>[] = [
  { name: "name", weight: 1 },
  { name: "aliases", weight: 0.8 },
  { name: "role", weight: 0.15 },
  { name: "affiliations", weight: 0.08 },
];

export function searchDocs(dataset: Pick<CompiledDataset, "entities">): SearchDoc[] {
  const names = new Map(dataset.entities.map((e) => [e.id, e.name]));
  return dataset.entities.map((e) => {
    const name = fold(e.name);
    const aliases = [...new Set(e.aliases.map((a) => fold(a.text)))].filter((a) => a !== "" && a !== name);
    const affiliations = [
      ...new Set(e.affiliations.map((a) => fold(names.get(a.target) ?? a.target.replace(/-/g, " ")))),
    ];
    return { id: e.id, name, aliases, role: fold(e.role.text), affiliations };
  });
}

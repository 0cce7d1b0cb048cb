/**
 * The popup's search: Fuse.js over folded names, aliases, roles and affiliations, then a
 * re-ranking that puts exact and prefix hits on a name or alias ahead of fuzzy ones, so that
 * "hezbollah" finds Hezbollah before Kataib Hezbollah and "pmf" finds the PMF by its acronym.
 * Pure: the popup, the unit tests and the benchmark all call it the same way.
 */
import Fuse from "fuse.js";
import type { CompiledDataset, EntityId, EntitySource } from "../dataset/types";
import { SEARCH_KEYS, type SearchDoc, searchDocs } from "./docs";
import { fold } from "./normalize";
import { GramIndex } from "./prefilter";

/** Fuse options; the index is built with the same keys (see createSearchIndex). */
export const FUSE_OPTIONS = {
  keys: SEARCH_KEYS,
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.34,
  // Folding has already lowered case and stripped accents.
  isCaseSensitive: true,
} as const;

/** How a hit matched a name or alias; lower is better. */
export enum Tier {
  /** The whole name or an alias equals the query. */
  Exact = 0,
  /** The name or an alias starts with the query. */
  Prefix = 1,
  /** A word of the name or an alias starts with the query. */
  WordPrefix = 2,
  /** Anything else Fuse found: a misspelling, or a match in a role or affiliation. */
  Fuzzy = 3,
}

export interface SearchHit {
  id: EntityId;
  entity: EntitySource;
  tier: Tier;
  /** Fuse's score, 0 (perfect) to 1. */
  score: number;
}

export interface Searcher {
  search(query: string, limit?: number): SearchHit[];
  /** Number of entities searched. */
  readonly size: number;
}

/** The serialisable Fuse index over a dataset's search records (what build-search-index writes). */
export function createSearchIndex(dataset: Pick<CompiledDataset, "entities">): {
  keys: readonly unknown[];
  records: unknown[];
} {
  return Fuse.createIndex(SEARCH_KEYS, searchDocs(dataset)).toJSON();
}

function tierOf(doc: SearchDoc, q: string): Tier {
  let best = Tier.Fuzzy;
  for (const text of [doc.name, ...doc.aliases]) {
    if (text === q) return Tier.Exact;
    if (text.startsWith(q)) best = Tier.Prefix;
    else if (best > Tier.WordPrefix && text.includes(` ${q}`)) best = Tier.WordPrefix;
  }
  return best;
}

/**
 * True when a prebuilt index was built from these very records: same count, and each record's
 * folded name (key 0) equal to the dataset's. A stale index would silently return wrong entities.
 */
function fits(index: { records: unknown[] } | undefined, docs: readonly SearchDoc[]): boolean {
  if (!index || !Array.isArray(index.records) || index.records.length !== docs.length) return false;
  return index.records.every((r, i) => {
    const rec = r as { i?: number; $?: Record<string, { v?: string }> };
    return rec.i === i && rec.$?.[0]?.v === docs[i]?.name;
  });
}

/**
 * Builds a searcher. `index` is the prebuilt index (Fuse.createIndex(...).toJSON()); without
 * it, or when it does not fit the dataset (another number of records), it is built here.
 */
export interface SearchOptions {
  /**
   * Above this many entities, Fuse reads only the records a letter-pair filter picks (prefilter.ts).
   * The real dataset stays below it and is always searched in full.
   */
  prefilterAbove?: number;
  /** Most records the filter hands to Fuse. */
  candidates?: number;
}

export function createSearcher(
  dataset: Pick<CompiledDataset, "entities">,
  index?: { keys: readonly unknown[]; records: unknown[] },
  opts: SearchOptions = {},
): Searcher {
  const docs = searchDocs(dataset);
  const parsed = fits(index, docs)
    ? Fuse.parseIndex<SearchDoc>(index as Parameters<typeof Fuse.parseIndex>[0])
    : Fuse.createIndex(SEARCH_KEYS, docs);
  const fuse = new Fuse(docs, FUSE_OPTIONS, parsed);
  const entities = dataset.entities;
  const large = docs.length > (opts.prefilterAbove ?? 2000);
  const grams = large ? new GramIndex(docs) : null;
  const keys = parsed.keys;
  const records = parsed.records;

  /** Fuse over a subset of records: a sub-index of the prebuilt one, renumbered; nothing re-indexed. */
  const searchSubset = (q: string, picked: number[]) => {
    const subDocs = picked.map((i) => docs[i] as SearchDoc);
    const subIndex = Fuse.parseIndex<SearchDoc>({
      keys,
      records: picked.map((i, j) => ({ ...(records[i] as (typeof records)[number]), i: j })),
    });
    return new Fuse(subDocs, FUSE_OPTIONS, subIndex)
      .search(q)
      .map((r) => ({ ...r, refIndex: picked[r.refIndex] as number }));
  };

  return {
    size: docs.length,
    search(query: string, limit = 30): SearchHit[] {
      const q = fold(query);
      if (q === "") return [];
      const found = grams ? searchSubset(q, grams.candidates(q, opts.candidates ?? 400)) : fuse.search(q);
      const hits: SearchHit[] = [];
      for (const r of found) {
        const entity = entities[r.refIndex];
        if (!entity) continue;
        hits.push({ id: entity.id, entity, tier: tierOf(r.item, q), score: r.score ?? 1 });
      }
      hits.sort(
        (a, b) =>
          a.tier - b.tier ||
          a.score - b.score ||
          a.entity.name.length - b.entity.name.length ||
          a.entity.name.localeCompare(b.entity.name),
      );
      return hits.slice(0, limit);
    },
  };
}

/**
 * The popup's search (lib/search) answered for content scripts (issue 12): the link picker of a
 * selection lists entities by name and alias without the page-ui bundle carrying the index.
 * The searcher is built on the first query and kept.
 */
import { briefModel } from "../dataset/card-model";
import type { CompiledDataset } from "../dataset/types";
import { createSearcher, type Searcher } from "../search/search";
import type { Handlers } from "./router";

/** Entities listed when a query does not say how many. */
export const SEARCH_LIMIT = 8;

export function searchHandlers(dataset: CompiledDataset): Handlers {
  let searcher: Searcher | undefined;
  return {
    "content:search": {
      from: "content",
      handle: async ({ query, limit }) => {
        searcher ??= createSearcher(dataset);
        const max = limit ?? SEARCH_LIMIT;
        const entities = searcher
          .search(query, max * 2)
          .flatMap((h) =>
            h.kind === "entity" && h.section === "direct" ? (briefModel(dataset, h.id) ?? []) : [],
          )
          .slice(0, max);
        return { entities };
      },
    },
  };
}

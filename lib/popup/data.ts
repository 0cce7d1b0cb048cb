/**
 * The popup's data: the dataset, its prebuilt search index and the searcher. They are
 * loaded in parallel after the popup's first render, so the search box shows and takes focus
 * at once; the data is ready well before a reader has typed a word.
 */
import type { CompiledDataset } from "../dataset/types";
import type { SearchIndex } from "../search/docs";
import type { Searcher } from "../search/search";

export interface PopupData {
  dataset: CompiledDataset;
  searcher: Searcher;
}

/** The generated data's chunks, as the entrypoint imports them (data/build/*.json). */
export interface PopupDataSources {
  dataset: () => Promise<{ default: unknown }>;
  index: () => Promise<{ default: unknown }>;
}

export async function loadPopupData(sources: PopupDataSources): Promise<PopupData> {
  const [{ default: dataset }, { default: index }, { createSearcher }] = await Promise.all([
    sources.dataset(),
    sources.index(),
    import("../search/search"),
  ]);
  const data = dataset as unknown as CompiledDataset;
  return { dataset: data, searcher: createSearcher(data, index as unknown as SearchIndex) };
}

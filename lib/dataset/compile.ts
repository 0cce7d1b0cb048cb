/**
 * Turns a validated DatasetInput into the CompiledDataset the extension bundles. Pure, so the
 * build script and the tests compile the same way.
 */
import type { CompiledDataset, EntitySource, EventSource, PartialDate, Source } from "./types";
import { type DatasetInput, type Issue, validateDataset } from "./validate";

/** Latest known source date: the dataset is true "as of" then. Partial dates sort as strings. */
export function latestSourceDate(sources: readonly Source[]): PartialDate {
  const dates = sources.map((s) => s.date).filter((d) => d !== "unknown");
  if (dates.length === 0)
    throw new Error("data/sources.json: date: no source has a known date, so asOf cannot be set");
  // Partial ISO dates sort correctly as strings ("2020-07" < "2020-07-06" < "2021").
  return [...dates].sort().at(-1) as PartialDate;
}

/**
 * The pages a script alias was checked on are for the people who keep the dataset (they stay in
 * data/entities); the extension needs the spelling and its flags only, so they are not bundled.
 */
function withoutPages(e: EntitySource): EntitySource {
  if (!e.aliases.some((a) => a.seenOn)) return e;
  return { ...e, aliases: e.aliases.map(({ seenOn: _pages, ...a }) => a) };
}

/**
 * Assemble the compiled dataset in a stable order (sources and entities by id, events by date
 * then id), so the output only changes when the data does. Call on validated input only.
 */
export function compileDataset(input: DatasetInput): CompiledDataset {
  const sources = [...(input.sources.data as Source[])].sort((a, b) => a.id.localeCompare(b.id));
  const entities = input.entities
    .map((f) => withoutPages(f.data as EntitySource))
    .sort((a, b) => a.id.localeCompare(b.id));
  const events = input.events
    .map((f) => f.data as EventSource)
    .sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1));
  return { asOf: latestSourceDate(sources), sources, entities, events };
}

/** Validate, then compile when there is nothing wrong. */
export function buildDataset(input: DatasetInput): { dataset?: CompiledDataset; errors: Issue[] } {
  const errors = validateDataset(input);
  if (errors.length > 0) return { errors };
  return { dataset: compileDataset(input), errors };
}

/**
 * The leave-one-out measure (issue 13, item 4): for each document, propose on it with the
 * dataset built without it, and score against the full dataset. Pure: texts come in memory.
 */
import { compileIndex } from "../matching/compile";
import { createMatcher } from "../matching/index";
import { type DatasetFiles, withoutSource } from "./leave-out";
import { propose } from "./propose";
import { type Score, scoreRun } from "./score";
import type { ProposalFile } from "./types";

export function proposeWithout(full: DatasetFiles, doc: string, text: string): ProposalFile {
  const reduced = withoutSource(full, doc);
  const src = full.sources.find((s) => s.id === doc);
  return propose({
    text,
    source: {
      id: doc,
      headline: src?.headline ?? doc,
      outlet: src?.outlet ?? "unknown",
      date: src?.date ?? "unknown",
      covers: src?.covers ?? { from: "unknown", to: "unknown" },
    },
    entities: reduced.entities,
    eventIds: new Set(reduced.events.map((e) => e.id)),
    matcher: createMatcher(compileIndex({ entities: reduced.entities })),
  });
}

/** One row per document, in the order given. */
export function leaveOneOut(
  full: DatasetFiles,
  texts: ReadonlyMap<string, string>,
  unlisted: Readonly<Record<string, readonly string[]>>,
): Score[] {
  return [...texts].map(([doc, text]) =>
    scoreRun(full, doc, text, proposeWithout(full, doc, text), unlisted[doc] ?? []),
  );
}

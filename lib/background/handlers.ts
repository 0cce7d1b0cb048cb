import { type CorrectionsDeps, correctionsHandlers } from "./corrections";
import { type NotesDeps, notesHandlers } from "./notes";
import { type ReaderDeps, readerHandlers } from "./reader";
import type { Handlers } from "./router";
import { searchHandlers } from "./search";

/** The background's handlers. Feature modules contribute theirs here. */
export function coreHandlers(
  version: string,
  features: { notes?: NotesDeps; reader?: ReaderDeps; corrections?: CorrectionsDeps } = {},
): Handlers {
  return {
    "any:ping": { from: "any", handle: async () => ({ version }) },
    // Highlights and notes (issue 7).
    ...(features.notes ? notesHandlers(features.notes) : {}),
    // Reading a page: cards, entity directory, badge (issue 5).
    ...(features.reader ? readerHandlers(features.reader) : {}),
    // Search from a page's link picker (issue 12).
    ...(features.reader ? searchHandlers(features.reader.dataset) : {}),
    // Reader corrections (issue 12).
    ...(features.corrections ? correctionsHandlers(features.corrections) : {}),
  };
}

/**
 * The contract between the always-loaded content script and the lazy UI bundle (page-ui.js):
 * the bundle puts a PageUi on globalThis under PAGE_UI_KEY (the content script's isolated
 * world, out of the page's reach) and the content script reads it once the import resolves.
 * Only types and the key here, so importing this module costs the content script nothing.
 */
import type { NotesForPage, NotesStart, NotesUi } from "../notes-ui/highlighter";
import type { PageServices } from "../page/content";
import type { CardData, CardLayer, CardLayerHooks } from "../page/layer";

export const PAGE_UI_KEY: unique symbol = Symbol.for("actor-lens.page-ui");

/** What page-ui.js offers. */
export interface PageUi {
  /** The hover card's layer (Preact, the shared card, its shadow host). */
  createCardLayer(data: CardData, hooks: CardLayerHooks): CardLayer;
  /**
   * Saved highlights in the page: the selection button, the note card, drawing and re-anchoring.
   * From then on it follows the page through the content script's services (its tab messages,
   * address and selection watchers, hit test: lib/page/content.ts), ending with their signal.
   */
  startNotes(ctx: PageServices, start: NotesStart): NotesUi;
}

export type { CardData, CardLayerHooks, NotesForPage, NotesStart, NotesUi, PageServices };

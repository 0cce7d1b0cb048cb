/**
 * The contract between the always-loaded content script and the lazy UI bundle (page-ui.js):
 * the bundle puts a PageUi on globalThis under PAGE_UI_KEY (the content script's isolated
 * world, out of the page's reach) and the content script reads it once the import resolves.
 * Only types and the key here, so importing this module costs the content script nothing. It
 * lives with the content script, the side that loads the bundle: the bundle implements it, so
 * the arrows run one way (lib/page-ui → lib/page).
 */
import type { ResultOf } from "../messaging/contract";
import type { PageServices } from "./content";
import type { CardData, CardLayer, CardLayerHooks } from "./layer";

/** The background's answer to content:notes-for-page. */
export type NotesForPage = ResultOf<"content:notes-for-page">;

/** What the content script drives once it has started the notes UI. */
export interface NotesUi {
  /** Shows or hides the "Save highlight" button for the selection as it is now. */
  checkSelection(): void;
  /** The save-highlight command: saves the selection (or opens the note under the caret). */
  saveSelection(fromKeyboard: boolean): void;
  destroy(): void;
}

/** What the content script already knows: this page's highlights, as asked for `url`. */
export interface NotesStart {
  reply?: NotesForPage;
  url?: string;
  /** The note frame's address (runtime.getURL("/note-frame.html"), per session in Chrome). */
  frameUrl?: string;
}

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

export type { CardData, CardLayerHooks, PageServices };

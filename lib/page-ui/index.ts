/**
 * The lazy UI bundle (entrypoints/page-ui.ts → /page-ui.js): the hover card's layer and the
 * notes UI, with Preact, the shared card and the anchoring code. Registers its API where the
 * content script that imported it looks (lib/page/page-ui-api.ts).
 */
import { startHighlighter } from "../notes-ui/highlighter";
import { CardLayer } from "../page/layer";
import { PAGE_UI_KEY, type PageUi } from "../page/page-ui-api";
import { createLinkPicker } from "./link-picker";

export function registerPageUi(): void {
  const api: PageUi = {
    createCardLayer: (data, hooks) => new CardLayer(data, hooks),
    startNotes: (ctx, start) => startHighlighter(ctx, start, createLinkPicker()),
  };
  (globalThis as { [PAGE_UI_KEY]?: PageUi })[PAGE_UI_KEY] = api;
}

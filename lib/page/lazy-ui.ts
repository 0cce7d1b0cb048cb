/**
 * Loads the lazy UI bundle (page-ui.js: cards, the note editor, anchoring) on first need, once.
 * A page with no names and no saved highlights never pays for it. The bundle is a
 * web-accessible resource (wxt.config.ts); imported from a content script, it runs in the
 * content script's isolated world and registers its API there (lib/page/page-ui-api.ts).
 */
import { browser } from "wxt/browser";
import { PAGE_UI_KEY, type PageUi } from "./page-ui-api";

let loading: Promise<PageUi> | undefined;

/**
 * Where to import it from. In a content script, runtime.getURL: with use_dynamic_url it is the
 * per-session URL. On our own pages (the demo) that URL is another origin, which their CSP
 * ('self') refuses: there, the path on the page's own origin.
 */
function bundleUrl(): string {
  return location.protocol.endsWith("-extension:") ? "/page-ui.js" : browser.runtime.getURL("/page-ui.js");
}

async function load(): Promise<PageUi> {
  // WXT builds unlisted scripts as IIFE: importing one runs it; it answers through globalThis.
  await import(/* @vite-ignore */ bundleUrl());
  const ui = (globalThis as { [PAGE_UI_KEY]?: PageUi })[PAGE_UI_KEY];
  if (!ui) throw new Error("page-ui.js loaded but registered no API");
  return ui;
}

/** The lazy UI; loaded on the first call. A failure is reported once and leaves the page as it is. */
export function loadPageUi(): Promise<PageUi> {
  loading ??= load().catch((err: unknown) => {
    console.error("Actor Lens: could not load its cards and note editor (page-ui.js).", err);
    throw err;
  });
  return loading;
}

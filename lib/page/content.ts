/**
 * The content script's coordinator (issue 15): the page services every feature shares, made
 * once — one tab router on runtime.onMessage, one location watcher, one selection watcher, one
 * hit test — and the features started with them: names and cards (reader.ts), highlights and
 * notes (notes-watch.ts, and through it the lazy notes UI). All of it ends with `signal`.
 */
import { browser } from "wxt/browser";
import { createTabRouter, type TabRouter } from "../messaging/tab-router";
import { rangeAtPoint } from "./at-point";
import { type OnLocation, watchLocation } from "./location-watch";
import { watchNotes } from "./notes-watch";
import { type OpenSpotting, startReader } from "./reader";
import { type OnSelection, watchSelection } from "./selection-watch";

export interface PageServices {
  signal: AbortSignal;
  messages: TabRouter;
  onLocation: OnLocation;
  onSelection: OnSelection;
  rangeAtPoint: typeof rangeAtPoint;
}

/** The shared services, listening until `signal` aborts. */
export function pageServices(signal: AbortSignal): PageServices {
  const messages = createTabRouter(browser.runtime.id);
  messages.listen(browser.runtime.onMessage, signal);
  return {
    signal,
    messages,
    onLocation: watchLocation(signal),
    onSelection: watchSelection(signal),
    rangeAtPoint,
  };
}

/**
 * Starts every feature; each stops (its destroy()) when `ctx.signal` aborts. `spot` opens
 * spotting sessions in the background (lib/page/remote-spotter.ts).
 */
export function startContent(ctx: { signal: AbortSignal }, spot: OpenSpotting): void {
  const page = pageServices(ctx.signal);
  startReader(page, spot);
  watchNotes(page);
}

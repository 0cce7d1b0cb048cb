/**
 * The notes feature's part in the always-loaded content script (issue 7), until the notes UI
 * (lib/notes-ui/highlighter.ts, in the lazy bundle) is needed: asks the background for this
 * page's saved highlights (again when a single-page app changes the address), notices the
 * first selection of readable text, and relays the save-highlight command. Any of them starts
 * the UI, which then follows the page itself; these watchers stop.
 */
import "../notes-ui/note-highlight.css";
import { browser } from "wxt/browser";
import { ask } from "../messaging/client";
import { saveSelection } from "../messaging/tab-contract";
import { createTabRouter, type TabRouter } from "../messaging/tab-router";
import { selectedRange } from "../notes-ui/selection";
import { loadPageUi } from "./lazy-ui";
import type { NotesStart, NotesUi } from "./page-ui-api";

/** How long a selection must stay unchanged before the "Save highlight" button is considered. */
const SELECTION_SETTLE_MS = 150;
/** How often to look for a single-page app's navigation (pushState cannot be observed). */
const LOCATION_POLL_MS = 1000;

/** The address without its fragment: a change may be another article. */
const pageKey = () => location.href.replace(/#.*/, "");

/** `messages`: the content script's tab messages; without one, the watcher listens itself. */
export function watchNotes(ctx: { signal: AbortSignal; messages?: TabRouter }): void {
  const { signal } = ctx;
  /** Aborted when the UI takes over (or the content script stops). */
  const watching = new AbortController();
  signal.addEventListener("abort", () => watching.abort(), { once: true });
  const opts = { signal: watching.signal };
  let ui: Promise<NotesUi> | undefined;
  /** What the UI starts with: the last answer for this page. */
  let known: NotesStart = {};

  function startUi(): Promise<NotesUi> {
    ui ??= loadPageUi().then((pageUi) => {
      if (signal.aborted) throw new Error("Actor Lens stopped on this page");
      watching.abort();
      return pageUi.startNotes({ signal }, known);
    });
    return ui;
  }
  const withUi = (fn: (n: NotesUi) => void) => void startUi().then(fn, () => {});

  // ── This page's saved highlights ──
  async function load() {
    const url = location.href;
    try {
      const reply = await ask("content:notes-for-page", { url });
      if (watching.signal.aborted || location.href !== url) return;
      known = { reply, url };
      if (reply.highlights.length > 0) withUi(() => {});
    } catch {
      // not a page we keep notes for, or the background is updating
    }
  }
  let seen = pageKey();
  const checkLocation = () => {
    if (pageKey() === seen) return;
    seen = pageKey();
    known = {};
    void load();
  };
  window.addEventListener("popstate", checkLocation, opts);
  const locationTimer = setInterval(checkLocation, LOCATION_POLL_MS);
  watching.signal.addEventListener("abort", () => clearInterval(locationTimer), { once: true });

  // ── The first selection of readable text: the UI starts and shows its button ──
  let pointerDown = false;
  let settle: ReturnType<typeof setTimeout> | undefined;
  const selectionChanged = () => {
    clearTimeout(settle);
    settle = setTimeout(() => {
      if (!pointerDown && !watching.signal.aborted && selectedRange()) withUi((n) => n.checkSelection());
    }, SELECTION_SETTLE_MS);
  };
  document.addEventListener("selectionchange", selectionChanged, opts);
  document.addEventListener("mousedown", () => (pointerDown = true), opts);
  document.addEventListener(
    "mouseup",
    () => {
      pointerDown = false;
      selectionChanged();
    },
    opts,
  );
  watching.signal.addEventListener("abort", () => clearTimeout(settle), { once: true });

  // ── The save-highlight command and the context menu (the UI listens itself once started) ──
  const messages = ctx.messages ?? createTabRouter(browser.runtime.id);
  const off = messages.on(saveSelection, () => {
    if (selectedRange()) withUi((n) => n.saveSelection(true));
  });
  if (!ctx.messages) messages.listen(browser.runtime.onMessage, watching.signal);
  watching.signal.addEventListener("abort", off, { once: true });

  void load();
}

/**
 * The notes feature's part in the always-loaded content script (issue 7), until the notes UI
 * (lib/notes-ui/highlighter.ts, in the lazy bundle) is needed: asks the background for this
 * page's saved highlights (again when a single-page app changes the address), notices the
 * first selection of readable text, and relays the save-highlight command. Any of them starts
 * the UI, which then follows the page through the same page services (content.ts); these
 * watchers stop.
 */
import "./note-highlight.css";
import { ask } from "../messaging/client";
import { saveSelection } from "../messaging/tab-contract";
import type { PageServices } from "./content";
import { loadPageUi } from "./lazy-ui";
import type { NotesStart, NotesUi } from "./page-ui-api";
import { selectedRange } from "./selection";

/** Watches until the UI starts, which gets the same services. Returns the watchers' stop. */
export function watchNotes(ctx: PageServices): () => void {
  const { signal } = ctx;
  let ui: Promise<NotesUi> | undefined;
  /** What the UI starts with: the last answer for this page. */
  let known: NotesStart = {};

  function startUi(): Promise<NotesUi> {
    ui ??= loadPageUi().then((pageUi) => {
      if (signal.aborted) throw signal.reason; // Actor Lens stopped on this page
      stop();
      return pageUi.startNotes(ctx, known);
    });
    return ui;
  }
  const withUi = (fn: (n: NotesUi) => void) => void startUi().then(fn, () => {});

  // ── This page's saved highlights ──
  async function load() {
    const url = location.href;
    try {
      const reply = await ask("content:notes-for-page", { url });
      if (signal.aborted || location.href !== url) return;
      known = { reply, url };
      if (reply.highlights.length > 0) withUi(() => {});
    } catch {
      // not a page we keep notes for, or the background is updating
    }
  }
  const offs = [
    // Another article, perhaps (a single-page app moved): ask again.
    ctx.onLocation(() => {
      known = {};
      void load();
    }),
    // The first selection of readable text: the UI starts and shows its button.
    ctx.onSelection((e) => {
      if (!e && selectedRange()) withUi((n) => n.checkSelection());
    }),
    // The save-highlight command and the context menu (the UI answers it itself once started).
    ctx.messages.on(saveSelection, () => {
      if (selectedRange()) withUi((n) => n.saveSelection(true));
    }),
  ];
  function stop() {
    for (const off of offs) off();
  }
  signal.addEventListener("abort", stop);

  void load();
  return stop;
}

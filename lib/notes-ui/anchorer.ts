import { anchorIn } from "../anchoring";
import { extractText } from "../extract/text";
import { ask } from "../messaging/client";
import type { PageHighlight, ResultOf } from "../messaging/contract";
import { normalizeUrl } from "../names/url";
import type { DrawnHighlights } from "./drawn";
import type { Scope } from "./scope";

/**
 * Draws the page's saved highlights again on return (issue 7): asks the background for them,
 * finds each passage in the page's text (lib/anchoring), looks again for those not found while
 * a late-loading article fills in, then tells the background what was found and what is missing.
 */

/** The background's answer to content:notes-for-page. */
export type NotesForPage = ResultOf<"content:notes-for-page">;

/** Waits before looking again for highlights not found: articles often load in late. */
export const RETRY_DELAYS = [1500, 4000];

/**
 * True when the document was really loaded at `href`, not moved there by a script: `navigated`
 * is the address the browser loaded (the navigation timing entry's name).
 */
export function loadedAt(navigated: string | undefined, href: string): boolean {
  return navigated !== undefined && normalizeUrl(navigated) === normalizeUrl(href);
}

function loadedHere(): boolean {
  const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
  return loadedAt(nav?.name, location.href);
}

/**
 * What goes to content:notes-anchored. Only a document loaded at this address may call a
 * highlight missing: a page that moved itself here (pushState, replaceState) to another page's
 * address changes no stored status.
 */
export function anchoredReport(url: string, found: string[], missing: PageHighlight[], loadedHere: boolean) {
  return { url, found, missing: loadedHere ? missing.map((h) => h.id) : [] };
}

export interface Anchorer {
  /** Draws this page's highlights: `given` when the content script already asked for them. */
  load(given?: NotesForPage): Promise<void>;
}

export function createAnchorer(deps: {
  scope: Scope;
  drawn: DrawnHighlights;
  /** Opens the note of a highlight the notes page asked to show ("Open at highlight"). */
  openNote(id: string): void;
}): Anchorer {
  const { scope, drawn } = deps;
  const { signal } = scope;
  let pendingFocus: string | undefined;

  async function load(given?: NotesForPage) {
    const url = location.href;
    let reply: NotesForPage;
    try {
      reply = given ?? (await ask("content:notes-for-page", { url }));
    } catch {
      return; // not a page we keep notes for, or the background is updating
    }
    if (signal.aborted || location.href !== url) return;
    if (reply.highlights.length === 0) return;
    pendingFocus = reply.focusId;
    await idle();
    if (signal.aborted || location.href !== url) return;
    anchorAll(reply.highlights, url, 0, []);
  }

  function anchorAll(list: PageHighlight[], url: string, attempt: number, found: string[]) {
    const page = extractText(document.body);
    const missing: PageHighlight[] = [];
    for (const h of list) {
      const a = anchorIn(page, h);
      drawn.set(h, a?.range ?? null);
      if (a) found.push(h.id);
      else missing.push(h);
    }
    drawn.repaint();
    performance.mark("actor-lens:notes-drawn");
    const focus = pendingFocus ? drawn.get(pendingFocus) : undefined;
    if (focus?.range) {
      pendingFocus = undefined;
      focus.range.startContainer.parentElement?.scrollIntoView({ block: "center" });
      deps.openNote(focus.h.id);
    }
    const delay = RETRY_DELAYS[attempt];
    if (missing.length > 0 && delay !== undefined) {
      scope.later(() => {
        if (location.href === url) anchorAll(missing, url, attempt + 1, found);
      }, delay);
      return;
    }
    // Reported once the page had its chance to load: "not found" is never a hasty verdict.
    ask("content:notes-anchored", anchoredReport(url, found, missing, loadedHere())).catch(() => {});
  }

  return { load };
}

function idle(): Promise<void> {
  return new Promise((ok) => {
    if ("requestIdleCallback" in window) requestIdleCallback(() => ok(), { timeout: 1500 });
    else setTimeout(ok, 50);
  });
}

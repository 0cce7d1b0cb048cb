/**
 * The messaging contract between the extension's parts. One entry per message; the name
 * says who sends it ("content:" from a content script, "page:" from an extension page such
 * as the popup or notes, "bg:" from the background to a tab).
 *
 * Requests to the background are `{ type, payload }`. The background answers through the
 * named handlers in lib/background/, each validating its payload with a Guard (guard.ts):
 * anything else is refused with `{ ok: false, error }`.
 *
 * Feature modules add their messages here, in their own section.
 */

import type { Selectors } from "../anchoring/types";
import type { ColorId, ColorLabel, Highlight } from "../notes/types";
import type { BriefModel, CardModel } from "../ui/card/model";

/** Every answer from the background. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export interface BackgroundRequests {
  /** Any sender: is the background alive, which version. */
  "any:ping": { payload: Record<string, never>; result: { version: string } };

  // ── Reading a page (issue 5; handlers in lib/background/reader.ts) ──────────────────────

  /** Content script (or the demo page): what the card of one entity shows; null when unknown. */
  "content:card": { payload: { id: string }; result: CardModel | null };
  /** Content script: name, type and role of every entity; asked once, when a page has a name. */
  "content:directory": { payload: Record<string, never>; result: { entities: BriefModel[] } };
  /** Content script: distinct entities marked on its tab now, for the action badge. */
  "content:found": { payload: { count: number }; result: null };

  // ── Highlights and notes (issue 7; handlers in lib/background/notes.ts) ─────────────────
  // Content-script requests are checked against the sender: a tab may only read and change
  // the highlights of its own site.

  /** Content: the saved highlights of this page (URL normalised by the background). */
  "content:notes-for-page": {
    payload: { url: string };
    result: {
      highlights: Highlight[];
      colors: ColorLabel[];
      /** Set when the tab was opened from the notes page: show this highlight. */
      focusId?: string;
    };
  };
  /** Content: save a new highlight. `pageText` is the page's readable text, for entity tagging. */
  "content:notes-save": {
    payload: Selectors & { url: string; title: string; color?: ColorId; pageText: string };
    result: Highlight;
  };
  /** Content: change a highlight's note, tags or colour. */
  "content:notes-update": {
    payload: { id: string; note?: string; tags?: string[]; color?: ColorId };
    result: Highlight;
  };
  /** Content: delete a highlight; returns it so the reader can undo. */
  "content:notes-delete": { payload: { id: string }; result: Highlight | null };
  /** Content: put back a highlight just deleted (undo). */
  "content:notes-restore": { payload: { highlight: Highlight }; result: Highlight };
  /** Content: which of this page's highlights were found on it (the others show "not found"). */
  "content:notes-anchored": { payload: { url: string; found: string[]; missing: string[] }; result: null };
  /** Extension page: open a highlight's page in a new tab and show the highlight there. */
  "page:notes-open": { payload: { id: string }; result: null };
}

export type RequestType = keyof BackgroundRequests;
export type RequestOf<T extends RequestType> = { type: T; payload: BackgroundRequests[T]["payload"] };
export type ResultOf<T extends RequestType> = BackgroundRequests[T]["result"];

/** Background → content script (tabs.sendMessage), issue 7: save the current selection. */
export interface NotesTabMessage {
  type: "bg:notes-save-selection";
}

// ── Reading a page (issue 5): messages to a tab's content script (tabs.sendMessage) ─────────

/** One entity marked on the page. */
export interface TabEntity {
  id: string;
  name: string;
  type: "person" | "group";
  /** Mentions of it on the page now. */
  count: number;
}

/** What a tab's reader reports. */
export interface TabSummary {
  url: string;
  host: string;
  /** False when Actor Lens is paused or off for this site (then `entities` is empty). */
  enabled: boolean;
  /** In order of first mention. */
  entities: TabEntity[];
}

/** Requests a tab's content script answers, by type. */
export interface TabRequests {
  /** Popup → tab: who is on the page, reflecting the page as it is now. */
  "tab:summary": { message: { type: "tab:summary" }; result: TabSummary };
  /** Popup → tab: scroll to the index-th mention of `id` (wrapping around) and flash it. */
  "tab:reveal": {
    message: { type: "tab:reveal"; id: string; index: number };
    result: { index: number; total: number };
  };
  /** Background → tab (the "next-mention" command): move to the next mention and open its card. */
  "bg:next-mention": {
    message: { type: "bg:next-mention" };
    result: { index: number; total: number } | null;
  };
}

export type TabRequestType = keyof TabRequests;
export type TabMessage = TabRequests[TabRequestType]["message"];

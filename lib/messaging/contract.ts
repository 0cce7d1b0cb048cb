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

  /**
   * Content: the saved highlights of this page (URL normalised by the background), without
   * their notes: a note never reaches the web page's process through the content script; only
   * the note frame (an extension page) reads it.
   */
  "content:notes-for-page": {
    payload: { url: string };
    result: {
      highlights: PageHighlight[];
      colors: ColorLabel[];
      /** Set when the tab was opened from the notes page: show this highlight. */
      focusId?: string;
    };
  };
  /** Content: save a new highlight. `pageText` is the page's readable text, for entity tagging. */
  "content:notes-save": {
    payload: Selectors & { url: string; title: string; color?: ColorId; pageText: string };
    result: PageHighlight;
  };
  /** Content: which of this page's highlights were found on it (the others show "not found"). */
  "content:notes-anchored": { payload: { url: string; found: string[]; missing: string[] }; result: null };
  /**
   * Content: open the note card of one of this page's highlights. Returns the session token the
   * note frame (note-frame.html#token) presents to the background: a page cannot make one.
   */
  "content:note-frame-open": {
    payload: { id: string; mode: NoteFrameMode; focus: boolean };
    result: { token: string };
  };

  // ── The note frame (note-frame.html, an extension page inside the web page; issue 17) ──
  // Each request carries the token of its session; the background answers only inside the
  // tab and for the highlight that session was opened for.

  /** Note frame: what to show. */
  "frame:note-load": {
    payload: { token: string };
    result: { highlight: Highlight; colors: ColorLabel[]; mode: NoteFrameMode; focus: boolean };
  };
  /** Note frame: change the note, tags or colour. */
  "frame:note-update": {
    payload: { token: string; note?: string; tags?: string[]; color?: ColorId };
    result: Highlight;
  };
  /** Note frame: delete the highlight; returns it so the reader can undo. */
  "frame:note-delete": { payload: { token: string }; result: Highlight | null };
  /** Note frame: put back the highlight just deleted (undo). */
  "frame:note-restore": { payload: { token: string; highlight: Highlight }; result: Highlight };
  /** Note frame: tell the page's content script to close the card, or the card's new height. */
  "frame:note-ui": { payload: { token: string; kind: "close" | "size"; height?: number }; result: null };
  /** Extension page: open a highlight's page in a new tab and show the highlight there. */
  "page:notes-open": { payload: { id: string }; result: null };
}

export type RequestType = keyof BackgroundRequests;
export type RequestOf<T extends RequestType> = { type: T; payload: BackgroundRequests[T]["payload"] };
export type ResultOf<T extends RequestType> = BackgroundRequests[T]["result"];

/** A highlight as a page's content script knows it: everything but the note. */
export type PageHighlight = Omit<Highlight, "note">;

/** "new" right after saving (the note field takes focus); "hover" when shown by pointing. */
export type NoteFrameMode = "new" | "hover";

/**
 * Background → content script (tabs.sendMessage): save the current selection (issue 7); what
 * the note frame changed (the page redraws the highlight's colour, or removes it), and what it
 * asks of its host (close, height).
 */
export type NotesTabMessage =
  | { type: "bg:notes-save-selection" }
  | { type: "bg:note-changed"; highlight: PageHighlight }
  | { type: "bg:note-removed"; id: string }
  | { type: "bg:note-ui"; token: string; kind: "close" | "size"; height?: number };

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

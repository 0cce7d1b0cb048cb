/**
 * The messaging contract, requests to the background: one entry per message, its payload
 * written once as a guard (lib/schema/guard.ts) from which its type is inferred, and the type
 * of its result. The name says who sends it ("content:" from a content script, "ext:" and
 * "frame:" from an extension page, "any:" from either; "page" means only the web page).
 *
 * A request is `{ type, payload }`. The background's router (lib/background/router.ts) checks
 * the sender and the payload against this table before a handler runs, and answers
 * `{ ok: true, value }` or a Failure `{ ok: false, code, error }` (errors.ts).
 *
 * Messages to a tab are in tab-contract.ts. Feature modules add their messages here, in their
 * own section.
 */

import type { Correction, Overlay } from "../corrections/types";
import { CORRECTION_LIMITS } from "../corrections/types";
import { correctionInputsGuard } from "../corrections/validate";
import type { BriefModel, CardModel } from "../dataset/card-model";
import { type ColorLabel, type Highlight, LIMITS } from "../notes/types";
import {
  colorId,
  highlightGuard,
  highlightId,
  httpUrl,
  positionGuard,
  quoteGuard,
  tagsGuard,
} from "../notes/validate";
import { arrayOf, bool, type Guard, type Infer, num, object, oneOf, optional, str } from "../schema/guard";

export type { ErrorCode, Failure, Reply } from "./errors";
export type {
  NotesTabMessage,
  TabEntity,
  TabMessage,
  TabMessageType,
  TabRequestType,
  TabResultOf,
  TabSummary,
} from "./tab-contract";

/** The type of a result, which the background (trusted) does not check at run time. */
const returns = <T>() => undefined as T;

/** "new" right after saving (the note field takes focus); "hover" when shown by pointing. */
export type NoteFrameMode = "new" | "hover";

/** A highlight as a page's content script knows it: everything but the note. */
export type PageHighlight = Omit<Highlight, "note">;

const token = str({ min: 16, max: 100 });

export const backgroundRequests = {
  /** Any sender: is the background alive, which version. */
  "any:ping": { payload: object({}), result: returns<{ version: string }>() },

  // ── Reading a page (issue 5; handlers in lib/background/reader.ts) ──────────────────────

  /** Content script (or the demo page): what the card of one entity shows; null when unknown. */
  "content:card": { payload: object({ id: str({ min: 1, max: 200 }) }), result: returns<CardModel | null>() },
  /** Content script: name, type and role of every entity; asked once, when a page has a name. */
  "content:directory": { payload: object({}), result: returns<{ entities: BriefModel[] }>() },
  /** Content script: distinct entities marked on its tab now, for the action badge. */
  "content:found": {
    payload: object({ count: num({ min: 0, max: 100_000, int: true }) }),
    result: returns<null>(),
  },

  // ── Highlights and notes (issue 7; handlers in lib/background/notes.ts) ─────────────────
  // Content-script requests are checked against the sender: a tab may only read and change
  // the highlights of its own site.

  /**
   * Content: the saved highlights of this page (URL normalised by the background), without
   * their notes: a note never reaches the web page's process through the content script; only
   * the note frame (an extension page) reads it.
   */
  "content:notes-for-page": {
    payload: object({ url: httpUrl }),
    result: returns<{
      highlights: PageHighlight[];
      colors: ColorLabel[];
      /** Set when the tab was opened from the notes page: show this highlight. */
      focusId?: string;
    }>(),
  },
  /** Content: save a new highlight. `pageText` is the page's readable text, for entity tagging. */
  "content:notes-save": {
    payload: object({
      url: httpUrl,
      title: str({ max: 10_000 }),
      quote: quoteGuard,
      position: positionGuard,
      color: optional(colorId),
      pageText: str({ max: 5_000_000 }),
    }),
    result: returns<PageHighlight>(),
  },
  /** Content: which of this page's highlights were found on it (the others show "not found"). */
  "content:notes-anchored": {
    payload: object({ url: httpUrl, found: arrayOf(highlightId), missing: arrayOf(highlightId) }),
    result: returns<null>(),
  },
  /**
   * Content: open the note card of one of this page's highlights. Returns the session token the
   * note frame (note-frame.html#token) presents to the background: a page cannot make one.
   */
  "content:note-frame-open": {
    payload: object({ id: highlightId, mode: oneOf<NoteFrameMode>("new", "hover"), focus: bool }),
    result: returns<{ token: string }>(),
  },

  // ── The note frame (note-frame.html, an extension page inside the web page; issue 17) ──
  // Each request carries the token of its session; the background answers only inside the
  // tab and for the highlight that session was opened for.

  /** Note frame: what to show. */
  "frame:note-load": {
    payload: object({ token }),
    result: returns<{ highlight: Highlight; colors: ColorLabel[]; mode: NoteFrameMode; focus: boolean }>(),
  },
  /** Note frame: change the note, tags or colour. */
  "frame:note-update": {
    payload: object({
      token,
      note: optional(str({ max: LIMITS.note })),
      tags: optional(tagsGuard),
      color: optional(colorId),
    }),
    result: returns<Highlight>(),
  },
  /** Note frame: delete the highlight; returns it so the reader can undo. */
  "frame:note-delete": { payload: object({ token }), result: returns<Highlight | null>() },
  /** Note frame: put back the highlight just deleted (undo). */
  "frame:note-restore": {
    payload: object({ token, highlight: highlightGuard }),
    result: returns<Highlight>(),
  },
  /** Note frame: tell the page's content script to close the card, or the card's new height. */
  "frame:note-ui": {
    payload: object({ token, kind: oneOf("close", "size"), height: optional(num({ min: 0, max: 10_000 })) }),
    result: returns<null>(),
  },
  /** Extension page: open a highlight's page in a new tab and show the highlight there. */
  "ext:notes-open": { payload: object({ id: highlightId }), result: returns<null>() },

  // ── Reader corrections (issue 12; handlers in lib/background/corrections.ts) ────────────
  // Stored in the notes database. After every change the background tells each tab
  // ("tab:corrections-changed"), and each content script asks for its page's overlay again.

  /** Content: the overlay of the corrections that hold on this page (the sender's own page). */
  "content:corrections-for-page": { payload: object({ url: httpUrl }), result: returns<Overlay>() },
  /** Content: store what the reader said on this page; returns the stored records (for undo). */
  "content:corrections-add": {
    payload: object({
      url: httpUrl,
      title: str({ max: CORRECTION_LIMITS.title }),
      corrections: correctionInputsGuard,
    }),
    result: returns<{ corrections: Correction[] }>(),
  },
  /** Content: remove corrections made on this site (undo); ids not found are ignored. */
  "content:corrections-remove": {
    payload: object({ url: httpUrl, ids: arrayOf(highlightId, CORRECTION_LIMITS.perRequest) }),
    result: returns<null>(),
  },
  /** Extension page (the popup's entity view): store corrections for a page shown in a tab. */
  "ext:corrections-add": {
    payload: object({
      url: httpUrl,
      title: str({ max: CORRECTION_LIMITS.title }),
      corrections: correctionInputsGuard,
    }),
    result: returns<{ corrections: Correction[] }>(),
  },
  /** Extension page: remove corrections by id (undo). */
  "ext:corrections-remove": {
    payload: object({ ids: arrayOf(highlightId, CORRECTION_LIMITS.total) }),
    result: returns<null>(),
  },
  /** Extension page (the notes page, after it changed the store itself): tell every tab. */
  "ext:corrections-changed": { payload: object({}), result: returns<null>() },

  // ── Search from a page (issue 12: "Link to an actor …"; handler in lib/background/search.ts) ──
  // The popup's search (lib/search) runs in the background, so no page loads its index.

  /** Content: entities whose name or an alias matches `query`, best first (at most `limit`). */
  "content:search": {
    payload: object({ query: str({ max: 200 }), limit: optional(num({ min: 1, max: 20, int: true })) }),
    result: returns<{ entities: BriefModel[] }>(),
  },
} satisfies Record<string, { payload: Guard<unknown>; result: unknown }>;

export type BackgroundRequests = typeof backgroundRequests;
export type RequestType = keyof BackgroundRequests;
export type PayloadOf<T extends RequestType> = Infer<BackgroundRequests[T]["payload"]>;
export type ResultOf<T extends RequestType> = BackgroundRequests[T]["result"];
export type RequestOf<T extends RequestType> = { type: T; payload: PayloadOf<T> };

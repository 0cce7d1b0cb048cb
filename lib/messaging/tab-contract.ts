/**
 * The messaging contract, messages to a tab's content script (tabs.sendMessage): requests
 * from the popup and the background that the tab answers, and notices from the background.
 * Each is written once, as a guard from which its type is inferred, with the type of its
 * answer; the tab checks what it receives against it (tab-router.ts) and senders use
 * `askTab` (client.ts).
 *
 * One export per message, not one table, and the note frame's notices apart (note-notices.ts):
 * a bundler cannot tell that building a guard has no side effect, so a module imported at all
 * brings every guard it builds. The content script imports this module, which imports nothing
 * heavier than the guards; the notices' highlight guard goes only to page-ui.js.
 *
 * A tab answers with the value bare ({ index, total }, not { ok, value }: the first tab
 * messages did, and the e2e tests read them so), null for a notice, or a Failure (errors.ts).
 */

import { type FromShape, type Guard, type Infer, literal, MessageError, object } from "../schema/guard";
import type { noteChanged, noteRemoved, noteUi } from "./note-notices";

/** One message to a tab: its type, its guard, and (as a type only) its answer. */
export interface TabDef<T extends string, M, R> {
  type: T;
  guard: Guard<M>;
  result: R;
}

type Shape = Record<string, Guard<unknown>>;

type MessageOf<T extends string, S extends Shape> = FromShape<S & { type: Guard<T> }>;

/** `_answer` only carries the answer's type; a notice has none and is answered with null. */
export function tabMessage<T extends string, S extends Shape, R = null>(
  type: T,
  shape: S,
  _answer?: R,
): TabDef<T, MessageOf<T, S>, R> {
  const guard: Guard<unknown> = object({ ...shape, type: literal(type) });
  return { type, guard, result: undefined } as unknown as TabDef<T, MessageOf<T, S>, R>;
}

/**
 * The messages the always-loaded content script receives are checked by hand-written guards of
 * the same shape: built with the guard library, they brought all of it (about 1.5 KB) into the
 * script that every page loads (60,000-byte budget). Same rule: exactly these fields.
 */
function handMessage<T extends string, M extends { type: T }, R = null>(
  type: T,
  /** Each field: its test, and what it expects ("a number"). */
  fields: Record<string, [(v: unknown) => boolean, string]>,
  _answer?: R,
): TabDef<T, M, R> {
  const guard = (v: unknown, path: string): M => {
    const rec = v as Record<string, unknown> | null;
    if (typeof rec !== "object" || rec === null || rec.type !== type)
      throw new MessageError(`${path}: expected a "${type}" message`);
    for (const key of Object.keys(rec))
      if (key !== "type" && !Object.hasOwn(fields, key))
        throw new MessageError(`${path}.${key}: unexpected field`);
    for (const [key, [ok, what]] of Object.entries(fields))
      if (!ok(rec[key])) throw new MessageError(`${path}.${key}: expected ${what}`);
    return rec as M;
  };
  return { type, guard, result: undefined } as unknown as TabDef<T, M, R>;
}

// ── Reading a page (issue 5) ───────────────────────────────────────────────────────────────

export type { TabEntity, TabSummary } from "./tab-results";

import type { TabSummary } from "./tab-results";

/** Which mention was shown, of how many (index -1, total 0: the entity is not on the page). */
export interface Revealed {
  index: number;
  total: number;
}

/** Popup → tab: who is on the page, reflecting the page as it is now. */
export const tabSummary = handMessage<"tab:summary", { type: "tab:summary" }, TabSummary>("tab:summary", {});
/** Popup → tab: scroll to the index-th mention of `id` (wrapping around) and flash it. */
export const tabReveal = handMessage<
  "tab:reveal",
  { type: "tab:reveal"; id: string; index: number },
  Revealed
>("tab:reveal", {
  id: [(v) => typeof v === "string" && v.length <= 200, "a string"],
  index: [(v) => typeof v === "number" && Number.isFinite(v), "a number"],
});
/** Background → tab (the "next-mention" command): move to the next mention and open its card. */
export const nextMention = handMessage<"bg:next-mention", { type: "bg:next-mention" }, Revealed | null>(
  "bg:next-mention",
  {},
);

// ── Highlights and notes (issues 7 and 17) ─────────────────────────────────────────────────

/** Background → tab: save the current selection (the save-highlight command, the context menu). */
export const saveSelection = handMessage<"bg:notes-save-selection", { type: "bg:notes-save-selection" }>(
  "bg:notes-save-selection",
  {},
);
// The note frame's notices to its host are in note-notices.ts.

// ── Reader corrections (issue 12) ──────────────────────────────────────────────────────────

/** Background → every tab: the reader's corrections changed; ask for this page's overlay again. */
export const correctionsChanged = handMessage<"bg:corrections-changed", { type: "bg:corrections-changed" }>(
  "bg:corrections-changed",
  {},
);

type Defs =
  | typeof tabSummary
  | typeof tabReveal
  | typeof nextMention
  | typeof saveSelection
  | typeof correctionsChanged
  | typeof noteChanged
  | typeof noteRemoved
  | typeof noteUi;

export type TabMessageType = Defs["type"];
export type TabMessage = Infer<Defs["guard"]>;
export type TabMessageOf<T extends TabMessageType> = Extract<TabMessage, { type: T }>;
export type TabResultOf<T extends TabMessageType> = Extract<Defs, { type: T }>["result"];
/** The messages a tab answers with a value (the others are notices, answered with null). */
export type TabRequestType = "tab:summary" | "tab:reveal" | "bg:next-mention";
/** The background's notices to the notes UI. */
export type NotesTabMessage = TabMessageOf<
  "bg:notes-save-selection" | "bg:note-changed" | "bg:note-removed" | "bg:note-ui"
>;

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

/** Every answer from the background. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export interface BackgroundRequests {
  /** Any sender: is the background alive, which version. */
  "any:ping": { payload: Record<string, never>; result: { version: string } };
}

export type RequestType = keyof BackgroundRequests;
export type RequestOf<T extends RequestType> = { type: T; payload: BackgroundRequests[T]["payload"] };
export type ResultOf<T extends RequestType> = BackgroundRequests[T]["result"];

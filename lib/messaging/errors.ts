/**
 * Typed errors across the messaging boundary, in both directions. A failed reply is
 * `{ ok: false, code, error }`: `code` is what a UI switches on, `error` the reader-facing
 * sentence (named `error` since the first version of the contract: the e2e tests and older
 * callers read it).
 */

export type ErrorCode =
  /** Malformed message: unknown type, a field of the wrong shape. */
  | "invalid-message"
  /** Not a sender allowed to ask this: another extension, the wrong kind of page, another site. */
  | "wrong-sender"
  /** The highlight (or other record) asked for no longer exists. */
  | "not-found"
  /** It exists already (undo of a delete that was not deleted). */
  | "exists"
  /** The browser's storage is full: nothing was saved. */
  | "storage-full"
  /** The note card's session is over: close it and open it again. */
  | "expired"
  /** The other side did not answer (no content script, a background being updated). */
  | "no-answer"
  | "unknown";

export interface Failure {
  ok: false;
  code: ErrorCode;
  error: string;
}

/** What the background answers; a tab answers its value bare, or a Failure. */
export type Reply<T> = { ok: true; value: T } | Failure;

/** Thrown by a handler (either side) to answer with a code; the router turns it into a Failure. */
export class RequestError extends Error {
  override name = "RequestError";
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Thrown by `ask` and `askTab` on a Failure: `code` to switch on, `message` to show. */
export class AskError extends Error {
  override name = "AskError";
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const CODES: readonly string[] = [
  "invalid-message",
  "wrong-sender",
  "not-found",
  "exists",
  "storage-full",
  "expired",
  "no-answer",
  "unknown",
] satisfies ErrorCode[];

/** True for a Failure as it arrives over the wire. */
export function isFailure(v: unknown): v is Failure {
  const f = v as Failure | null;
  return (
    typeof f === "object" &&
    f !== null &&
    f.ok === false &&
    CODES.includes(f.code) &&
    typeof f.error === "string"
  );
}

/**
 * Codes of errors thrown by name: guards' MessageError, and the notes store's (lib/notes/errors.ts;
 * matched by name so this module stays free of the store; NotesError's one use is an unknown id).
 */
const BY_NAME: Record<string, ErrorCode> = {
  MessageError: "invalid-message",
  StorageFullError: "storage-full",
  NotesError: "not-found",
};

/** The Failure for anything a handler threw. */
export function toFailure(err: unknown): Failure {
  if (err instanceof RequestError) return { ok: false, code: err.code, error: err.message };
  if (err instanceof Error) {
    const code = (Object.hasOwn(BY_NAME, err.name) && BY_NAME[err.name]) || "unknown";
    return { ok: false, code, error: err.message };
  }
  return { ok: false, code: "unknown", error: String(err) };
}

/** The reader-facing text of anything thrown. */
export const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

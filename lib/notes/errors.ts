/** The browser refused a write because the extension's storage quota is used up. */
export class StorageFullError extends Error {
  override name = "StorageFullError";
  constructor() {
    super(
      "Your browser has no room left to store Actor Lens notes, so this change was not saved. Free some disk space, or export and delete old highlights, then try again.",
    );
  }
}

/** A store operation that cannot be done (an unknown id, for instance). */
export class NotesError extends Error {
  override name = "NotesError";
}

function isQuotaError(err: unknown): boolean {
  if (!err || typeof err !== "object") return false;
  const name = (err as { name?: unknown }).name;
  // Chromium and Firefox: QuotaExceededError; old Firefox: NS_ERROR_DOM_QUOTA_REACHED.
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED";
}

/** Turns the browser's quota error into one the reader can act on; other errors pass through. */
export function toStoreError(err: unknown): unknown {
  return isQuotaError(err) ? new StorageFullError() : err;
}

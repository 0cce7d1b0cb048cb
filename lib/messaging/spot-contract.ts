/**
 * The spotting port (issue 10): a content script opens one long-lived port to the background
 * (runtime.connect with SPOT_PORT) and sends the texts of many blocks per message, in document
 * order; the background scans them with one MatchSession per port, so the evidence a page
 * gives (its topic, the abbreviations it defines, short forms after full forms) carries across
 * messages, and answers each message with the mentions of each text (or a Failure, errors.ts).
 *
 * The content script imports only the name and the types from here; the guard is the
 * background's (a guard built here would cost the always-loaded script its bytes).
 */

import { arrayOf, type Infer, num, object, str } from "../schema/guard";
import type { ErrorCode } from "./errors";
import type { PackedMentions } from "./spot-pack";

export const SPOT_PORT = "actor-lens:spot";

/**
 * Bounds of one message, so that a message costs the background a bounded scan (a few ms warm)
 * and a bounded structured clone: at most SPOT_MAX_TEXTS texts and SPOT_MAX_CHARS characters
 * in all. The content script sends at most 65,536 characters per message (lib/page/scanner.ts,
 * BATCH_CHARS) but for one long block, which goes alone; a block over SPOT_MAX_CHARS is not read.
 */
export const SPOT_MAX_TEXTS = 1_000;
export const SPOT_MAX_CHARS = 1_000_000;
/**
 * Bound of one session (a port, i.e. one page): a page that keeps rewriting itself (a ticker,
 * a hostile page) cannot keep the background scanning for ever. About 150 times the text of a
 * long article (200,000 words are about 1.3 M characters); the content script's back-off
 * (backoff.ts) keeps ordinary live pages far below it.
 */
export const SPOT_SESSION_CHARS = 200_000_000;

/** Content → background: the texts of some blocks, in document order. */
export const spotRequest = /* @__PURE__ */ object({
  /** The sender's number for this request, echoed in the answer. */
  id: num({ int: true, min: 0, max: Number.MAX_SAFE_INTEGER }),
  texts: arrayOf(str(), SPOT_MAX_TEXTS),
});
export type SpotRequest = Infer<typeof spotRequest>;

/**
 * Background → content: the mentions of each text, in the order sent (packed: spot-pack.ts); or
 * why it was refused.
 */
export type SpotAnswer =
  | { id: number; ok: true; mentions: PackedMentions }
  | { id: number | null; ok: false; code: ErrorCode; error: string };

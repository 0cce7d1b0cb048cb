/**
 * Messages to a tab (tab-contract.ts), the note frame's notices: what the note frame changed
 * and what it asks of its host, relayed by the background (lib/background/note-frame.ts) to the
 * content script's notes UI. Apart from tab-contract.ts because the highlight guard comes with
 * them (lib/notes/validate.ts), which the always-loaded content script does not need.
 */
import { pageHighlightGuard } from "../notes/validate";
import { num, oneOf, optional, str } from "../schema/guard";
import { tabMessage } from "./tab-contract";

/** The note frame changed a highlight: redraw its colour (or put it back, after an undo). */
export const noteChanged = tabMessage("bg:note-changed", { highlight: pageHighlightGuard });
/** The note frame deleted a highlight: remove it from the page. */
export const noteRemoved = tabMessage("bg:note-removed", { id: str({ min: 1, max: 100 }) });
/** What the note frame asks of its host: close, or its new height. */
export const noteUi = tabMessage("bg:note-ui", {
  token: str({ min: 16, max: 100 }),
  kind: oneOf("close", "size"),
  height: optional(num({ min: 0, max: 10_000 })),
});

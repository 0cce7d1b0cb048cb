import { describeText } from "../anchoring";
import { offsetsToRange } from "../anchoring/text-range";
import { extractText } from "../extract/text";
import { ask } from "../messaging/client";
import { errorText as readableError } from "../messaging/errors";
import { selectedRange } from "../page/selection";
import type { NoteCards } from "./card-controller";
import type { DrawnHighlights } from "./drawn";
import type { SaveButton } from "./save-button";

/**
 * Saving the selection as a highlight (the button, the keyboard command, the context menu):
 * describes the passage (lib/anchoring), has the background store it, draws it, and opens its
 * note card for a first note. The keyboard command with the caret in a saved highlight opens
 * that highlight's note instead.
 */

/** How much of a long page's text goes with a save, for tagging the page's entities. */
const PAGE_TEXT_WINDOW = 1_000_000;

/** Where the text sent with a save starts: the passage in the middle of the window. */
export function pageTextFrom(passageStart: number, window = PAGE_TEXT_WINDOW): number {
  return Math.max(0, passageStart - window / 2);
}

export function createSaver(deps: { drawn: DrawnHighlights; cards: NoteCards; button: SaveButton }) {
  const { drawn, cards, button } = deps;
  return async function saveSelection(fromKeyboard: boolean): Promise<void> {
    const range = selectedRange();
    if (!range) {
      const sel = document.getSelection();
      if (fromKeyboard && sel && sel.rangeCount > 0) {
        const r = sel.getRangeAt(0);
        const id = drawn.at(r.startContainer, r.startOffset);
        if (id) void cards.open(id, "hover", true);
      }
      return;
    }
    const page = extractText(document.body);
    const selectors = describeText(page, range);
    if (!selectors) return button.hide();
    const kept = range.cloneRange();
    // A very long page sends the text around the passage only: enough to tag its entities.
    const from = pageTextFrom(selectors.position.start);
    try {
      const h = await ask("content:notes-save", {
        ...selectors,
        url: location.href,
        title: document.title,
        pageText: page.text.slice(from, from + PAGE_TEXT_WINDOW),
      });
      button.hide();
      drawn.set(h, offsetsToRange(page, h.position.start, h.position.end) ?? kept);
      drawn.repaint();
      document.getSelection()?.removeAllRanges();
      await cards.open(h.id, "new", true);
      if (fromKeyboard) cards.forgetFocus();
    } catch (err) {
      button.showError(kept, `Could not save this highlight: ${readableError(err)}`);
    }
  };
}

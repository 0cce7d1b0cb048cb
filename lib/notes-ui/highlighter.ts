import { browser } from "wxt/browser";
import { oneLine } from "../corrections/sentence";
import { CORRECTION_LIMITS } from "../corrections/types";
import { normalizeUrl } from "../names/url";
import type { PageServices } from "../page/content";
import type { NotesStart, NotesUi } from "../page/page-ui-api";
import { selectedRange } from "../page/selection";
import { createAnchorer, type NotesForPage } from "./anchorer";
import { createNoteCards } from "./card-controller";
import { DrawnHighlights } from "./drawn";
import { createSaver } from "./save";
import { createSaveButton } from "./save-button";
import { createScope } from "./scope";
import { routeNotesTabMessages } from "./tab-messages";

/**
 * Highlights and notes in a page (issues 7 and 17), wired together: the "Save highlight" button
 * beside a selection (save-button.tsx, save.ts), saved highlights drawn again on return
 * (anchorer.ts, drawn.ts), and the note card on hover (card-controller.ts). Nothing is stored
 * here and no note passes through here: the note card is an extension-origin frame
 * (note-frame-host.ts) that reads and writes through the background itself; this side knows
 * each highlight's quote, position and colour, and where to put the card.
 *
 * Part of the lazy UI bundle. Until it is needed, the content script watches for it
 * (lib/page/notes-watch.ts) and starts it with what it already has: the page's saved
 * highlights, or a selection to show the button for. Its ::highlight() styles
 * (lib/page/note-highlight.css) ship with the content script: a lazily imported script brings no CSS.
 */

/** What the content script drives once it has started the notes UI. */
export type { NotesForPage, NotesStart, NotesUi };

/** "Link to an actor …" for a selection (issue 12), given by the page UI (lib/page-ui/link-picker.tsx). */
export interface SelectionLink {
  /** Opens the picker for `text` (the selection on one line) next to `range`. */
  open(range: Range, text: string): void;
  close(): void;
  readonly isOpen: boolean;
  readonly host: HTMLElement | undefined;
  destroy(): void;
}

/** The selection's text as a correction's spelling, or null when it cannot be one (empty, too long). */
export function linkableText(range: Range): string | null {
  const text = oneLine(range.toString());
  return text.length > 0 && text.length <= CORRECTION_LIMITS.spelling ? text : null;
}

/**
 * `ctx`: the content script's page services (lib/page/content.ts): its messages, address and
 * selection; `link`: the "Link to an actor …" picker.
 */
export function startHighlighter(ctx: PageServices, start: NotesStart = {}, link?: SelectionLink): NotesUi {
  const scope = createScope(ctx.signal);
  const { on } = scope;
  const drawn = new DrawnHighlights();
  const button = createSaveButton(scope);
  let pointerDown = false;
  const cards = createNoteCards({
    scope,
    drawn,
    frameUrl: start.frameUrl ?? browser.runtime.getURL("/note-frame.html"),
    pointerDown: () => pointerDown,
    rangeAtPoint: ctx.rangeAtPoint,
    showError: button.showError,
  });
  const saveSelection = createSaver({ drawn, cards, button });
  const anchorer = createAnchorer({ scope, drawn, openNote: (id) => void cards.open(id, "hover", true) });

  function checkSelection() {
    if (pointerDown) return;
    const range = selectedRange();
    const text = range && link ? linkableText(range) : null;
    const onLink =
      range && text && link
        ? () => {
            button.hide();
            link.open(range.cloneRange(), text);
          }
        : undefined;
    if (range) button.show(range, () => void saveSelection(false), onLink);
    else button.hide();
  }

  /** The page (normalised URL) whose highlights are drawn: a single-page app may change it. */
  let drawnFor = normalizeUrl(location.href);
  /** A single-page app moved to another article: draw that page's highlights instead. */
  function checkLocation() {
    const now = normalizeUrl(location.href);
    if (now === drawnFor) return;
    drawnFor = now;
    cards.close();
    button.hide();
    drawn.clear();
    void anchorer.load();
  }

  const offs = [
    ctx.onSelection((e) => {
      const target = e?.target as Node | null;
      if (!e) checkSelection();
      else if (e.type === "mouseup") pointerDown = false;
      else if (target !== button.host && target !== cards.host && target !== link?.host) {
        pointerDown = true;
        button.hide();
        link?.close();
        if (cards.isOpen) cards.close();
      }
    }),
    ctx.onLocation(checkLocation),
    routeNotesTabMessages(ctx.messages, {
      saveSelection: () => void saveSelection(true),
      frameUi: cards.frameUi,
      changed: (h) => drawn.changed(h),
      removed: (id) => drawn.removed(id),
    }),
  ];
  on(window, "keydown", (e) => {
    if (e.key === "Escape" && button.visible) button.hide();
  });
  on(document, "mousemove", (e) => cards.pointerMoved(e.clientX, e.clientY), { passive: true });
  // The card follows its highlight, also inside scrolling boxes (capture sees every scroll).
  on(window, "scroll", cards.follow, { capture: true, passive: true });
  on(window, "resize", cards.follow, { passive: true });

  function destroy() {
    for (const off of offs) off();
    scope.clear();
    cards.destroy();
    button.destroy();
    link?.destroy();
    drawn.destroy();
  }
  ctx.signal.addEventListener("abort", destroy, { once: true });
  void anchorer.load(start.url === location.href ? start.reply : undefined);
  return {
    checkSelection,
    saveSelection: (fromKeyboard) => void saveSelection(fromKeyboard),
    destroy,
  };
}

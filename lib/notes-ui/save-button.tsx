import { render } from "preact";
import { type Container, createContainer } from "../ui/container";
import { type Box, placeNear, type Size, viewportSize } from "../ui/place";
import { NOTE_CARD_WIDTH } from "./note-frame-host";
import type { Scope } from "./scope";
import { NOTES_UI_CSS } from "./styles";

/**
 * The "Save highlight" button beside a selection, and in its place the notes UI's error
 * messages (a save or a card that failed). One container (lib/ui/container.ts), made on first use.
 */
const BUTTON = { width: 200, height: 36 };
const MARGIN = 8;
/** How long an error message stays. */
const ERROR_MS = 8000;

/** Where the button goes: beside the selection's last line, never over it (lib/ui/place.ts). */
export function buttonPlace(last: Box, viewport: Size): { x: number; y: number } {
  // It starts where the line ends. Each side copied by name: a DOMRect's sides are getters, which
  // an object spread does not copy (the top was NaN, and the button fell to the viewport's top).
  const line = { left: last.right, top: last.top, right: last.right, bottom: last.bottom };
  const at = placeNear(line, BUTTON, viewport, { gap: 6, margin: MARGIN });
  return { x: at.left, y: at.top };
}

/** Where an error message goes: next to what it is about, else the viewport's top-left corner. */
export function errorPlace(about: Box | undefined, viewport: Size): { x: number; y: number } {
  const at =
    about && placeNear(about, { width: NOTE_CARD_WIDTH, height: 80 }, viewport, { gap: 8, margin: MARGIN });
  return at ? { x: at.left, y: at.top } : { x: MARGIN, y: MARGIN };
}

export interface SaveButton {
  /**
   * Shows the button beside `range`; pressing it (for real) calls `onSave`. With `onLink`, a
   * "Link to an actor …" button below it (issue 12), outside the host's box: the host's centre
   * stays on Save highlight.
   */
  show(range: Range, onSave: () => void, onLink?: () => void): void;
  hide(): void;
  /** Shows `message` as an alert next to `range`, for a few seconds. */
  showError(range: Range | null, message: string): void;
  readonly visible: boolean;
  /** The container's host, once there is one (a press on it is not a press on the page). */
  readonly host: HTMLElement | undefined;
  destroy(): void;
}

export function createSaveButton(scope: Scope): SaveButton {
  let box: Container | undefined;

  function made(): Container {
    if (box) return box;
    // Moved by a page script: hidden, and put back for the next selection.
    const p = createContainer({
      tag: "actor-lens-save-button",
      css: NOTES_UI_CSS,
      onMoved: () => render(null, p.mount),
    });
    // Keep the page's selection when the button is pressed.
    p.host.addEventListener("mousedown", (e) => e.preventDefault(), { signal: scope.signal });
    box = p;
    return p;
  }

  function hide() {
    if (box?.visible) {
      render(null, box.mount);
      box.show(false);
    }
  }

  return {
    show(range, onSave, onLink) {
      const p = made();
      render(
        <div class="al">
          <button
            type="button"
            class="save"
            onClick={(e) => {
              if (e.isTrusted) onSave();
            }}
          >
            Save highlight <kbd>Alt+Shift+H</kbd>
          </button>
          {onLink && (
            <button type="button" class="save link-actor" onClick={(e) => e.isTrusted && onLink()}>
              Link to an actor …
            </button>
          )}
        </div>,
        p.mount,
      );
      const rects = range.getClientRects();
      const at = buttonPlace(rects[rects.length - 1] ?? range.getBoundingClientRect(), viewportSize());
      p.place(at.x, at.y);
      p.show(true);
    },
    hide,
    showError(range, message) {
      const p = made();
      render(
        <div class="al card" role="alert">
          <p class="error" style="margin:0">
            {message}
          </p>
        </div>,
        p.mount,
      );
      const at = errorPlace(range?.getBoundingClientRect(), viewportSize());
      p.place(at.x, at.y);
      p.show(true);
      scope.later(hide, ERROR_MS);
    },
    get visible() {
      return !!box?.visible;
    },
    get host() {
      return box?.host;
    },
    destroy() {
      box?.destroy();
      box = undefined;
    },
  };
}

/**
 * The undo toast of a correction (issue 12): a line at the foot of the viewport with an Undo
 * button, for a few seconds (longer while the pointer or the focus is in it). Rendered into a
 * node of its own: in a page, inside the card layer's shadow root, which a rescan keeps; in the
 * popup, in its document. Only the reader's own press undoes (`isTrusted`).
 */
import { render } from "preact";

/** How long a toast stays once the reader is not in it. */
export const TOAST_MS = 8000;

export const TOAST_CSS = `
.al-toast {
  --t-bg: #1d2128; --t-fg: #f3f4f6; --t-accent: #8ab4f8;
  /* From the viewport's foot: the host it sits in is a zero-sized box at the viewport's corner. */
  position: fixed; left: 50vw; top: calc(100vh - 16px); transform: translate(-50%, -100%);
  display: flex; align-items: center; gap: 12px; box-sizing: border-box;
  width: max-content; max-width: min(520px, calc(100vw - 16px));
  padding: 10px 14px; border-radius: 8px; background: var(--t-bg); color: var(--t-fg);
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.3); pointer-events: auto; text-align: left;
}
.al-toast:focus { outline: 2px solid var(--t-accent); outline-offset: 2px; }
.al-toast button {
  font: inherit; font-weight: 600; color: var(--t-accent); background: none; border: 0; padding: 2px 4px;
  margin: 0; cursor: pointer; text-decoration: underline; text-underline-offset: 2px; white-space: nowrap;
}
.al-toast button:focus-visible { outline: 2px solid var(--t-accent); outline-offset: 2px; border-radius: 3px; }
@media (prefers-color-scheme: dark) {
  .al-toast { --t-bg: #f3f4f6; --t-fg: #1d2128; --t-accent: #1f5fbf; }
}
`;

export interface Toast {
  /** Shows `message`; with `undo`, an Undo button that calls it once. `focus`: for the keyboard. */
  show(message: string, opts?: { undo?: () => Promise<void>; focus?: boolean }): void;
  hide(): void;
  readonly visible: boolean;
}

/** A toast living in `parent` (a shadow root or an element), in a node of its own. */
export function createToast(parent: ParentNode): Toast {
  const node = document.createElement("div");
  parent.append(node);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inside = false;
  let visible = false;
  const hide = () => {
    clearTimeout(timer);
    timer = undefined;
    visible = false;
    render(null, node);
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => !inside && hide(), TOAST_MS);
  };
  const enter = () => {
    inside = true;
  };
  const leave = () => {
    inside = false;
    later();
  };
  const show: Toast["show"] = (message, opts = {}) => {
    const { undo } = opts;
    visible = true;
    render(
      <div
        class="al-toast"
        role="status"
        tabIndex={-1}
        onPointerEnter={enter}
        onPointerLeave={leave}
        onFocusIn={enter}
        onFocusOut={leave}
      >
        <span class="al-toast-text">{message}</span>
        {undo && (
          <button
            type="button"
            class="al-undo"
            onClick={(e) => {
              if (!e.isTrusted) return;
              inside = false;
              undo().then(
                () => show("Marked again."),
                () => show("Could not undo: Actor Lens did not answer."),
              );
            }}
          >
            Undo
          </button>
        )}
      </div>,
      node,
    );
    later();
    if (opts.focus)
      node.querySelector<HTMLElement>(undo ? ".al-undo" : ".al-toast")?.focus({ preventScroll: true });
  };
  return {
    show,
    hide,
    get visible() {
      return visible;
    },
  };
}

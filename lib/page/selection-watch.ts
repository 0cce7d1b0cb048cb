/**
 * The reader's selection, watched once for every feature: it has settled when it stayed
 * unchanged for 150 ms, after a change or a release of the pointer, with no button down.
 * Trusted input only: a page's synthetic presses neither hold the pointer down nor release it.
 * A settle still pending at the end reaches nobody: every feature has unsubscribed by then.
 */
import { hub } from "./hub";
import { onTrusted } from "./trusted";

const SETTLE_MS = 150;

/**
 * Calls `fn(e)` on each press and release (mousedown, mouseup), and `fn()` when the selection
 * settles; returns the function that stops it.
 */
export type OnSelection = (fn: (e?: MouseEvent) => void) => () => void;

export function watchSelection(signal: AbortSignal): OnSelection {
  const [on, emit] = hub<MouseEvent | undefined>();
  let down = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => down || emit(undefined), SETTLE_MS);
  };
  const listen = (type: string, fn: (e: MouseEvent) => void) => onTrusted(document, type, fn, { signal });
  listen("selectionchange", changed);
  listen("mousedown", (e) => {
    down = true;
    emit(e);
  });
  listen("mouseup", (e) => {
    down = false;
    emit(e);
    changed();
  });
  return on;
}

/**
 * How long the content script lives (issue 17). WXT's ContentScriptContext aborts its signal
 * when a "content script started" CustomEvent reaches the document: a page can dispatch that
 * event itself (the name is built from the extension's public id) and switch Actor Lens off.
 * So WXT's abort counts only when it is real: the extension's context is gone (the extension was
 * updated, reloaded or removed, which leaves `runtime.id` undefined in the old script). The same
 * check runs now and then on its own, since an orphaned script gets no event at all.
 */
import { browser } from "wxt/browser";

const CHECK_MS = 10_000;

/** True while this script's extension context is alive. */
const alive = () => {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
};

export function contentLifetime(
  wxtSignal: AbortSignal,
  isAlive: () => boolean = alive,
): { signal: AbortSignal } {
  const ctrl = new AbortController();
  const check = () => {
    if (!ctrl.signal.aborted && !isAlive()) ctrl.abort();
  };
  wxtSignal.addEventListener("abort", check);
  const timer = setInterval(check, CHECK_MS);
  ctrl.signal.addEventListener("abort", () => clearInterval(timer), { once: true });
  return { signal: ctrl.signal };
}

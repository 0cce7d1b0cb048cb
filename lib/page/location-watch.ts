/**
 * The page's address, watched once for every feature: popstate, and a poll for a single-page
 * app's pushState (which cannot be observed). Subscribers hear each change of the address
 * without its fragment (a change there is the same page), and may compare more themselves.
 */
import { hub } from "./hub";

const POLL_MS = 1000;

/** Calls `fn` with the new address on each change; returns the function that stops it. */
export type OnLocation = (fn: (href: string) => void) => () => void;

export function watchLocation(signal: AbortSignal): OnLocation {
  const [on, emit] = hub<string>();
  const page = () => location.href.replace(/#.*/, "");
  let seen = page();
  const check = () => {
    if (page() === seen) return;
    seen = page();
    emit(location.href);
  };
  addEventListener("popstate", check, { signal });
  const timer = setInterval(check, POLL_MS);
  signal.addEventListener("abort", () => clearInterval(timer));
  return on;
}

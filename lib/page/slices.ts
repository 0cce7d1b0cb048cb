/**
 * Cutting work into short slices. A slice runs for at most SLICE_MS, then the page gets the
 * main thread back (a fresh task) before the next one, so no long task (> 50 ms) is ours.
 */

/** Longest run of our work before the page gets the main thread back. */
export const SLICE_MS = 8;

let channel: MessageChannel | undefined;
type PostTask = (fn: () => void, opts: { priority: string }) => Promise<void>;
const waiting: (() => void)[] = [];

/**
 * Resolves in a new task: at background priority with `later` where the browser has
 * scheduler.postTask (the page's own tasks go first), else a MessageChannel message, not
 * setTimeout(0): nested timeouts are clamped to 4 ms, which would add seconds to a long page.
 */
export function yieldToPage(later = false): Promise<void> {
  const s = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (later && s?.postTask) return s.postTask(() => {}, { priority: "background" });
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  return new Promise((ok) => {
    waiting.push(ok);
    channel?.port2.postMessage(0);
  });
}

/** A deadline for the current slice: `expired()` turns true after `ms`. */
export function sliceTimer(ms = SLICE_MS): { expired(): boolean; reset(): void } {
  let end = performance.now() + ms;
  return {
    expired: () => performance.now() >= end,
    reset: () => {
      end = performance.now() + ms;
    },
  };
}

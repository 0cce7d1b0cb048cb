/**
 * The lifetime of the notes UI's timers and listeners: all of them end with its AbortSignal.
 * Listeners take trusted input only (`isTrusted`): a page's synthetic events neither open a
 * card nor press our buttons.
 */
export type Timer = ReturnType<typeof setTimeout>;

export interface Scope {
  readonly signal: AbortSignal;
  /** Runs `fn` after `ms`, unless cancelled or the scope ended first. */
  later(fn: () => void, ms: number): Timer;
  cancel(t: Timer | undefined): void;
  /** Listens for trusted events of `type` until the scope ends. */
  on<K extends keyof WindowEventMap>(
    target: Document | Window | HTMLElement,
    type: K,
    fn: (e: WindowEventMap[K]) => void,
    opts?: AddEventListenerOptions,
  ): void;
  /** Clears every timer still waiting. */
  clear(): void;
}

export function createScope(signal: AbortSignal): Scope {
  const timers = new Set<Timer>();
  return {
    signal,
    later(fn, ms) {
      const t = setTimeout(() => {
        timers.delete(t);
        if (!signal.aborted) fn();
      }, ms);
      timers.add(t);
      return t;
    },
    cancel(t) {
      if (t === undefined) return;
      clearTimeout(t);
      timers.delete(t);
    },
    on(target, type, fn, opts = {}) {
      target.addEventListener(
        type,
        ((e: Event) => {
          if (e.isTrusted) fn(e as WindowEventMap[typeof type]);
        }) as EventListener,
        { ...opts, signal },
      );
    },
    clear() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
    },
  };
}

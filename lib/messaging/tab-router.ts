/**
 * The content script's side of messages to a tab, mirroring the background's router
 * (lib/background/router.ts): one dispatcher keyed by message type, each message checked
 * against its guard (tab-contract.ts) before its handler runs, answers through sendResponse
 * (Chrome's runtime.onMessage ignores a returned promise).
 *
 *   const router = createTabRouter(browser.runtime.id);
 *   const off = router.on(tabReveal, (m) => reveal(m.id, m.index));
 *   router.listen(browser.runtime.onMessage, signal);
 *
 * A handler is registered with its message's definition, so each bundle carries only the
 * guards of the messages it handles.
 */
import { RequestError, toFailure } from "./errors";
import type { TabDef } from "./tab-contract";

type Answer<R> = R | Promise<R>;

/** runtime.onMessage's listener, as far as this module needs it. */
export type TabListener = (
  message: unknown,
  sender: { id?: string },
  sendResponse: (answer: unknown) => void,
) => true | undefined;

export interface TabRouter {
  /**
   * Answers messages of `def.type` with `handle` (a notice's handler returns nothing: null is
   * answered). One handler per type: a later one replaces it. Returns a function that removes it.
   */
  on<T extends string, M, R>(def: TabDef<T, M, R>, handle: (message: M) => Answer<R>): () => void;
  /** The runtime.onMessage listener: types without a handler are left to other listeners. */
  listener: TabListener;
  /** Adds the listener to `event` (runtime.onMessage) until `signal` aborts. */
  listen(
    event: { addListener(l: TabListener): void; removeListener(l: TabListener): void },
    signal: AbortSignal,
  ): void;
}

interface Entry {
  guard: (value: unknown, path: string) => unknown;
  handle: (message: never) => unknown;
}

/** `selfId` is this extension's id: messages from anything else are refused. */
export function createTabRouter(selfId: string): TabRouter {
  const handlers = new Map<string, Entry>();

  const listener: TabListener = (message, sender, sendResponse) => {
    const entry = handlers.get((message as { type?: unknown } | null)?.type as string);
    if (!entry) return undefined; // not ours to answer: other listeners may
    const fail = (err: unknown) => sendResponse(toFailure(err));
    try {
      if (sender.id !== selfId) throw new RequestError("wrong-sender", "sender: not this extension");
      const out = entry.handle(entry.guard(message, "message") as never);
      if (!(out instanceof Promise)) return void sendResponse(out ?? null);
      out.then((value) => sendResponse(value ?? null), fail);
      return true; // keeps the channel open for the late answer
    } catch (err) {
      return void fail(err);
    }
  };

  return {
    on(def, handle) {
      const entry: Entry = { guard: def.guard, handle: handle as Entry["handle"] };
      handlers.set(def.type, entry);
      return () => {
        if (handlers.get(def.type) === entry) handlers.delete(def.type);
      };
    },
    listener,
    listen(event, signal) {
      if (signal.aborted) return;
      event.addListener(listener);
      signal.addEventListener("abort", () => event.removeListener(listener), { once: true });
    },
  };
}

import { fakeBrowser } from "wxt/testing/fake-browser";
import { toFailure } from "../../../lib/messaging/errors";

type Handlers = Record<string, (payload: never) => unknown>;

/**
 * A background on WXT's fakeBrowser: answers the requests named in `handlers` as the router
 * (lib/background/router.ts) does — `{ ok, value }`, or `{ ok: false, code, error }` when a
 * handler throws (lib/messaging/errors.ts) — and records every request it answered, in order.
 */
export function fakeBackground(handlers: Handlers) {
  const asked: { type: string; payload: unknown }[] = [];
  const listener = async (message: unknown) => {
    const { type, payload } = (message ?? {}) as { type?: string; payload?: unknown };
    if (typeof type !== "string" || !Object.hasOwn(handlers, type)) return undefined; // a message to the tab
    asked.push({ type, payload });
    try {
      return { ok: true, value: await (handlers[type] as (p: unknown) => unknown)(payload) };
    } catch (err) {
      return toFailure(err);
    }
  };
  fakeBrowser.runtime.onMessage.addListener(listener);
  return {
    asked,
    /** Stops answering (then only the tab's own listeners are left). */
    stop: () => fakeBrowser.runtime.onMessage.removeListener(listener),
    /** The payloads of the requests of one type, in order. */
    payloads: (type: string) => asked.filter((a) => a.type === type).map((a) => a.payload),
  };
}

/** Sends a message from the background to this tab's listeners (tabs.sendMessage); a refusal throws. */
export async function toTab(message: unknown): Promise<void> {
  let answer: unknown;
  // The tab router answers through sendResponse, which fakeBrowser's trigger() does not type.
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
  await trigger(message, { id: fakeBrowser.runtime.id }, (a: unknown) => {
    answer = a;
  });
  if ((answer as { ok?: unknown } | undefined)?.ok === false) throw new Error(JSON.stringify(answer));
}

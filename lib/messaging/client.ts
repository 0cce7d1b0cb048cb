/**
 * Requests to the background, from any part of the extension (content script, popup, notes
 * page). It uses wxt/browser, the browser's own promise-based API, rather than
 * webextension-polyfill, which would weigh on the content script's size budget.
 */
import { browser } from "wxt/browser";
import type { BackgroundRequests, Reply, RequestType, ResultOf } from "./contract";

/** Sends a request to the background and returns its result, or throws with the background's reason. */
export async function ask<T extends RequestType>(
  type: T,
  payload: BackgroundRequests[T]["payload"],
): Promise<ResultOf<T>> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<ResultOf<T>> | undefined;
  if (!reply) throw new Error(`Actor Lens background did not answer "${type}"`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

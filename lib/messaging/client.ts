/**
 * Asking the other side: `ask` sends a request to the background (from any part of the
 * extension), `askTab` a message to a tab's content script (from the popup or the
 * background). Both use wxt/browser, the browser's own promise-based API, rather than
 * webextension-polyfill, which would weigh on the content script's size budget.
 */
import { browser } from "wxt/browser";
import type { PayloadOf, Reply, RequestType, ResultOf } from "./contract";
import { AskError, errorText, isFailure } from "./errors";
import type { TabMessage, TabResultOf } from "./tab-contract";

/** Sends a request to the background and returns its result; throws an AskError with its code. */
export async function ask<T extends RequestType>(type: T, payload: PayloadOf<T>): Promise<ResultOf<T>> {
  let reply: Reply<ResultOf<T>> | undefined;
  try {
    reply = await browser.runtime.sendMessage({ type, payload });
  } catch (err) {
    throw new AskError("no-answer", errorText(err));
  }
  if (!reply) throw new AskError("no-answer", `Actor Lens background did not answer "${type}"`);
  if (!reply.ok) throw new AskError(reply.code, reply.error);
  return reply.value;
}

/** What askTab needs of `tabs` (browser.tabs; a fake in tests). */
export interface TabsApi {
  sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
}

/**
 * Sends a message to a tab's content script (its top frame unless `frameId` says) and returns
 * its answer; throws an AskError: "no-answer" when no content script answers (a browser page,
 * a store page), or the tab's own code.
 */
export async function askTab<M extends TabMessage>(
  tabId: number,
  message: M,
  options: { frameId?: number } = {},
  tabs: TabsApi = browser.tabs,
): Promise<TabResultOf<M["type"]>> {
  let reply: unknown;
  try {
    reply = await tabs.sendMessage(tabId, message, options);
  } catch (err) {
    throw new AskError("no-answer", errorText(err));
  }
  if (reply === undefined) throw new AskError("no-answer", `The tab did not answer "${message.type}"`);
  if (isFailure(reply)) throw new AskError(reply.code, reply.error);
  return reply as TabResultOf<M["type"]>;
}

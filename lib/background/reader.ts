/**
 * The background's part in reading a page (issue 5): card details and the entity directory
 * for content scripts (so the full dataset never ships in them), the action badge, and the
 * "next-mention" and "toggle-pause" commands.
 */

import { briefModel, cardModel } from "../dataset/card-model";
import type { CompiledDataset } from "../dataset/types";
import { askTab, type TabsApi } from "../messaging/client";
import type { Handlers } from "./router";

/** Text of the action badge for `count` distinct entities ("" hides it). */
export function badgeText(count: number): string {
  if (count <= 0) return "";
  return count > 99 ? "99+" : String(count);
}

/** The browser APIs the badge needs (chrome.action / browser.action), injectable for tests. */
export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
}

export function readerHandlers({ dataset, action }: ReaderDeps): Handlers {
  const directory = dataset.entities.flatMap((e) => briefModel(dataset, e.id) ?? []);
  return {
    // "any": the demo page (an extension page) runs the same reader as content scripts.
    "content:card": {
      from: "any",
      handle: async ({ id }) => cardModel(dataset, id),
    },
    "content:directory": {
      from: "any",
      handle: async () => ({ entities: directory }),
    },
    "content:found": {
      from: "any",
      handle: async ({ count }, sender) => {
        const tabId = sender.tab?.id;
        if (tabId !== undefined && tabId >= 0) await action.setBadgeText({ tabId, text: badgeText(count) });
        return null;
      },
    },
  };
}

/** What the reader's handlers need, made by registerReaderBackground. */
export interface ReaderDeps {
  dataset: CompiledDataset;
  action: BadgeApi;
}

/** The subset of the extension API the reader's background part uses. */
export interface ReaderBrowser {
  action: BadgeApi & { setBadgeBackgroundColor(details: { color: string }): Promise<void> | void };
  commands: { onCommand: { addListener(cb: (command: string) => void): void } };
  tabs: TabsApi & {
    query(q: { active: true; currentWindow: true }): Promise<{ id?: number }[]>;
    onUpdated: { addListener(cb: (tabId: number, info: { status?: string }) => void): void };
  };
}

/**
 * Wires the reader's commands and badge in the background: "next-mention" goes to the active
 * tab's content script; "toggle-pause" flips the stored pause, which every tab follows at once.
 */
export function registerReaderBackground(
  api: ReaderBrowser,
  dataset: CompiledDataset,
  togglePaused: () => Promise<unknown>,
): ReaderDeps {
  void api.action.setBadgeBackgroundColor({ color: "#1f5fbf" });
  api.commands.onCommand.addListener((command) => {
    if (command === "toggle-pause") void togglePaused();
    if (command === "next-mention")
      void api.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
        if (tab?.id !== undefined) askTab(tab.id, { type: "bg:next-mention" }, {}, api.tabs).catch(() => {});
      });
  });
  // A new page in the tab: its count is unknown until its content script reports.
  api.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === "loading") void api.action.setBadgeText({ tabId, text: "" });
  });
  return { dataset, action: api.action };
}

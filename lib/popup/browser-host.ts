/**
 * The real PopupHost, over webextension-polyfill and lib/settings. The popup describes the
 * active tab of its window; `?tab=<id>` in the popup's URL overrides that (the e2e tests open
 * popup.html as an ordinary tab, where "the active tab" would be the popup itself).
 */
import browser from "webextension-polyfill";
import { ask, askTab } from "../messaging/client";
import { tabEntityGuard, tabSummaryGuard } from "../messaging/tab-results";
import { passes } from "../schema/guard";
import { getSettings, isEnabledFor, onSettingsChange, setPaused, setSiteEnabled } from "../settings";
import type { PopupHost } from "./host";

export function browserHost(search: string = location.search): PopupHost {
  const override = Number(new URLSearchParams(search).get("tab"));
  return {
    async tabId() {
      if (Number.isInteger(override) && override > 0) return override;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    async summary(tabId) {
      try {
        const reply: unknown = await askTab(tabId, { type: "tab:summary" });
        // Only well-formed rows: the popup shows these names, so it trusts nothing else. A bad
        // row is left out, not the whole page.
        const rows: unknown = (reply as { entities?: unknown } | null)?.entities;
        const entities = Array.isArray(rows) ? rows.filter((e) => passes(tabEntityGuard, e)) : rows;
        const summary = { ...(reply as object), entities };
        return passes(tabSummaryGuard, summary) ? summary : null;
      } catch {
        // No content script in this tab (a browser page, a store, a file the script cannot read).
        return null;
      }
    },
    async reveal(tabId, id, index) {
      try {
        const reply = await askTab(tabId, { type: "tab:reveal", id, index });
        // The reader answers { index: -1, total: 0 } when the entity is no longer on the page.
        return typeof reply?.index === "number" && typeof reply.total === "number" && reply.index >= 0
          ? reply
          : null;
      } catch {
        return null;
      }
    },
    async siteState(host) {
      const s = await getSettings();
      return { paused: s.paused, siteEnabled: isEnabledFor({ ...s, paused: false }, host) };
    },
    async setSiteEnabled(host, enabled) {
      await setSiteEnabled(host, enabled);
    },
    async setPaused(paused) {
      await setPaused(paused);
    },
    onSettingsChange(listener) {
      return onSettingsChange(() => listener());
    },
    async correct(url, title, corrections) {
      const reply = await ask("ext:corrections-add", { url, title: title.slice(0, 1_000), corrections });
      return reply.corrections.map((c) => c.id);
    },
    async uncorrect(ids) {
      if (ids.length > 0) await ask("ext:corrections-remove", { ids });
    },
    openNotes() {
      void browser.tabs.create({ url: browser.runtime.getURL("/notes.html") });
    },
  };
}

/**
 * The real PopupHost, over webextension-polyfill and lib/settings. The popup describes the
 * active tab of its window; `?tab=<id>` in the popup's URL overrides that (the e2e tests open
 * popup.html as an ordinary tab, where "the active tab" would be the popup itself).
 */
import browser from "webextension-polyfill";
import type { TabSummary } from "../messaging/contract";
import { getSettings, isEnabledFor, onSettingsChange, setPaused, setSiteEnabled } from "../settings";
import type { PopupHost, Revealed } from "./host";

function isSummary(v: unknown): v is TabSummary {
  const r = v as TabSummary | null;
  return (
    typeof r === "object" &&
    r !== null &&
    typeof r.url === "string" &&
    typeof r.host === "string" &&
    typeof r.enabled === "boolean" &&
    Array.isArray(r.entities)
  );
}

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
        const reply: unknown = await browser.tabs.sendMessage(tabId, { type: "tab:summary" });
        if (!isSummary(reply)) return null;
        // Only well-formed rows: the popup shows these names, so it trusts nothing else.
        const entities = reply.entities.filter(
          (e) =>
            typeof e?.id === "string" &&
            typeof e.name === "string" &&
            (e.type === "person" || e.type === "group") &&
            typeof e.count === "number",
        );
        return { ...reply, entities };
      } catch {
        // No content script in this tab (a browser page, a store, a file the script cannot read).
        return null;
      }
    },
    async reveal(tabId, id, index) {
      try {
        const reply = (await browser.tabs.sendMessage(tabId, { type: "tab:reveal", id, index })) as Revealed;
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
    openNotes() {
      void browser.tabs.create({ url: browser.runtime.getURL("/notes.html") });
    },
  };
}

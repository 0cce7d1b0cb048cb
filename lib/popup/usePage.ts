/**
 * Follows the tab the popup describes: the content script's summary (refreshed while the popup
 * is open, so a page that changed is followed) and the site switches (refreshed on every
 * settings change).
 */
import { useCallback, useEffect, useState } from "preact/hooks";
import type { PopupHost, SiteState, TabSummary } from "./host";

/** How often the summary is asked for again while the popup is open. */
export const REFRESH_MS = 1000;

export interface PageState {
  /** Still asking for the first time. */
  loading: boolean;
  tabId: number | null;
  /** Null when no content script answers in the tab. */
  summary: TabSummary | null;
  site: SiteState | null;
  refresh(): void;
}

export function usePage(host: PopupHost, refreshMs = REFRESH_MS): PageState {
  const [loading, setLoading] = useState(true);
  const [tabId, setTabId] = useState<number | null>(null);
  const [summary, setSummary] = useState<TabSummary | null>(null);
  const [site, setSite] = useState<SiteState | null>(null);
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const id = await host.tabId();
      const next = id === null ? null : await host.summary(id);
      const state = await host.siteState(next?.host ?? "");
      if (cancelled) return;
      setTabId(id);
      // Keep the same object when nothing changed, so the list does not re-render every second.
      setSummary((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
      setSite((prev) => (JSON.stringify(prev) === JSON.stringify(state) ? prev : state));
      setLoading(false);
    })();
    return () => {
      cancelled = true;
    };
  }, [host, tick]);

  useEffect(() => {
    const timer = setInterval(refresh, refreshMs);
    const off = host.onSettingsChange(refresh);
    return () => {
      clearInterval(timer);
      off();
    };
  }, [host, refresh, refreshMs]);

  return { loading, tabId, summary, site, refresh };
}

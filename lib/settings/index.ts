/**
 * The reader's settings: per-site off switch, global pause, and the options page's choices.
 * Stored in browser.storage.local under one key, so a change is one atomic write and one
 * storage event; every part of the extension (content script, popup, options) reads them here.
 */
// wxt/browser, not webextension-polyfill: this module is in the content script, whose size is budgeted.
import { type Browser, browser } from "wxt/browser";

export interface Settings {
  /** Paused on every site (the "toggle-pause" shortcut). */
  paused: boolean;
  /** Hosts ("www.example.com", lib/names/site.ts `switchHost`) where the reader turned Actor Lens off. */
  disabledSites: string[];
  /** How long the pointer rests on a name before its card opens, in milliseconds. */
  hoverDelay: number;
  /** Open cards only while the modifier key (Alt) is held. */
  modifierOnly: boolean;
  /** Mark only the first mention of each entity on a page. */
  firstMentionOnly: boolean;
}

export const SETTINGS_KEY = "actor-lens:settings";

// Pure: the content script reads no default, and its bundle drops what nothing uses.
export const DEFAULT_SETTINGS: Readonly<Settings> = /* @__PURE__ */ Object.freeze({
  paused: false,
  disabledSites: [],
  hoverDelay: 300,
  modifierOnly: false,
  firstMentionOnly: false,
});

/** Bounds of the hover delay the options page offers. */
export const HOVER_DELAY_MIN = 100;
export const HOVER_DELAY_MAX = 2000;

/** Fills in defaults and drops anything malformed, so a bad stored value never breaks a page. */
export function normalizeSettings(raw: unknown): Settings {
  const r = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const delay = typeof r.hoverDelay === "number" && Number.isFinite(r.hoverDelay) ? r.hoverDelay : 300;
  return {
    paused: r.paused === true,
    disabledSites: Array.isArray(r.disabledSites)
      ? [...new Set(r.disabledSites.filter((s): s is string => typeof s === "string" && s !== ""))]
      : [],
    hoverDelay: Math.round(Math.min(HOVER_DELAY_MAX, Math.max(HOVER_DELAY_MIN, delay))),
    modifierOnly: r.modifierOnly === true,
    firstMentionOnly: r.firstMentionOnly === true,
  };
}

/** True when Actor Lens should read pages of `host` under these settings. */
export function isEnabledFor(settings: Settings, host: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(host.toLowerCase());
}

export async function getSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return normalizeSettings(got[SETTINGS_KEY]);
}

/** Applies `change` to the stored settings and returns the result. */
export async function updateSettings(
  change: Partial<Settings> | ((s: Settings) => Partial<Settings>),
): Promise<Settings> {
  const current = await getSettings();
  const next = normalizeSettings({
    ...current,
    ...(typeof change === "function" ? change(current) : change),
  });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

export function setPaused(paused: boolean): Promise<Settings> {
  return updateSettings({ paused });
}

export function togglePaused(): Promise<Settings> {
  return updateSettings((s) => ({ paused: !s.paused }));
}

/** Turns Actor Lens on or off for one site (a host, as lib/names/site.ts `switchHost` gives it). */
export function setSiteEnabled(host: string, enabled: boolean): Promise<Settings> {
  const h = host.toLowerCase();
  return updateSettings((s) => ({
    disabledSites: enabled ? s.disabledSites.filter((x) => x !== h) : [...s.disabledSites, h],
  }));
}

/** Calls `listener` with the new settings whenever they change; returns the unsubscribe function. */
export function onSettingsChange(listener: (next: Settings, previous: Settings) => void): () => void {
  const handle = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area !== "local" || !change) return;
    listener(normalizeSettings(change.newValue), normalizeSettings(change.oldValue));
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}

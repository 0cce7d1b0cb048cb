import { describe, expect, it, vi } from "vitest";
import { badgeText, readerHandlers } from "../../../lib/background/reader";
import { createRouter } from "../../../lib/background/router";
import { compileDataset } from "../../../lib/dataset/compile";
import { switchHost } from "../../../lib/names/site";
import { DEFAULT_SETTINGS, isEnabledFor, normalizeSettings } from "../../../lib/settings/index";
import { validInput } from "../dataset/fixture";

describe("settings", () => {
  it("fills defaults and drops malformed values", () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ hoverDelay: 5, disabledSites: ["a.com", 3, "a.com"], paused: "yes" })).toEqual(
      {
        ...DEFAULT_SETTINGS,
        hoverDelay: 100,
        disabledSites: ["a.com"],
      },
    );
    expect(normalizeSettings({ hoverDelay: 99999 }).hoverDelay).toBe(2000);
  });

  it("is enabled unless paused or the site is off", () => {
    const s = normalizeSettings({ disabledSites: ["news.example"] });
    expect(isEnabledFor(s, "other.example")).toBe(true);
    expect(isEnabledFor(s, "NEWS.example")).toBe(false);
    expect(isEnabledFor({ ...s, paused: true }, "other.example")).toBe(false);
    expect(switchHost("https://News.Example./a?b")).toBe("news.example");
    expect(switchHost("not a url")).toBe("");
  });
});

describe("reader background", () => {
  const self = { id: "ext", origin: "chrome-extension://ext" };
  const tab = { id: "ext", url: "https://news.example/a", tab: { id: 7, url: "https://news.example/a" } };
  function setup() {
    const setBadgeText = vi.fn();
    const route = createRouter(
      readerHandlers({ dataset: compileDataset(validInput()), action: { setBadgeText } }),
      self,
    );
    return { route, setBadgeText };
  }

  it("formats the badge", () => {
    expect(badgeText(0)).toBe("");
    expect(badgeText(7)).toBe("7");
    expect(badgeText(150)).toBe("99+");
  });

  it("answers cards and the directory, and sets the badge of the sender's tab", async () => {
    const { route, setBadgeText } = setup();
    const card = await route({ type: "content:card", payload: { id: "jon-doe" } }, tab);
    expect(card).toMatchObject({ ok: true, value: { name: "Jon Doe", type: "person" } });
    expect(await route({ type: "content:card", payload: { id: "nobody" } }, tab)).toEqual({
      ok: true,
      value: null,
    });
    const dir = (await route({ type: "content:directory", payload: {} }, tab)) as {
      value: { entities: unknown[] };
    };
    expect(dir.value.entities).toHaveLength(3);
    await route({ type: "content:found", payload: { count: 3 } }, tab);
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: "3" });
  });

  it("refuses malformed payloads", async () => {
    const { route } = setup();
    expect(await route({ type: "content:found", payload: { count: -1 } }, tab)).toMatchObject({ ok: false });
    expect(await route({ type: "content:card", payload: { id: 3 } }, tab)).toMatchObject({ ok: false });
  });
});

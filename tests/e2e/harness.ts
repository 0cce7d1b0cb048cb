/**
 * End-to-end harness: the fixture server (scripts/browser.ts, shared with bench/) and the built
 * extension in the browser that ACTOR_LENS_BROWSER names: "chromium" (the default, through
 * playwright-core) or "firefox" (firefox-esr through puppeteer-core over WebDriver BiDi, see
 * drivers/firefox.ts). Both give the tests the same Playwright-shaped objects.
 */
import { join } from "node:path";
import { type ExtensionBrowser, launchWithExtension as launchChromium, ROOT } from "../../scripts/browser";
import { launchFirefox } from "./drivers/firefox";

export * from "../../scripts/browser";

export type BrowserName = "chromium" | "firefox";
export const BROWSER: BrowserName = process.env.ACTOR_LENS_BROWSER === "firefox" ? "firefox" : "chromium";

/** The build under test; ACTOR_LENS_EXTENSION_DIR runs the tests against another build. */
export const EXTENSION_DIR =
  process.env.ACTOR_LENS_EXTENSION_DIR ??
  join(ROOT, BROWSER === "firefox" ? ".output/firefox-mv3" : ".output/chrome-mv3");

/**
 * Where tests save their screenshots: reports/<browser>/, so that a test run leaves the
 * repository as it was; with ACTOR_LENS_DOCS_SHOTS=1, Chromium's go to docs/ (the README's).
 */
export const DOCS_SHOTS = process.env.ACTOR_LENS_DOCS_SHOTS === "1" && BROWSER === "chromium";
export const SCREENSHOTS = join(ROOT, DOCS_SHOTS ? "docs" : `reports/${BROWSER}`);

/** Starts the browser under test with the built extension loaded, in a fresh profile. */
export function launchWithExtension(
  opts: { colorScheme?: "light" | "dark" } = {},
): Promise<ExtensionBrowser> {
  if (BROWSER === "firefox") return launchFirefox(EXTENSION_DIR, opts) as Promise<ExtensionBrowser>;
  return launchChromium(opts);
}

/**
 * Sends `message` from the background to the content script of the active tab, as a command or
 * the popup would (the tab must be the active one: bring its page to the front first).
 */
export function toActiveTab(b: ExtensionBrowser, message: unknown): Promise<unknown> {
  return b.worker.evaluate(async (m) => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        tabs: {
          query(q: unknown): Promise<{ id: number }[]>;
          sendMessage(id: number, m: unknown): Promise<unknown>;
        };
      };
    };
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    if (!tab) throw new Error("no active tab");
    return chrome.tabs.sendMessage(tab.id, m);
  }, message);
}

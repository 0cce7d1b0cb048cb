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

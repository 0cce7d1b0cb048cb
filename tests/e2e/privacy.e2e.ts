/**
 * Cross-cutting guarantees of the built extension: it asks for the fewest permissions, makes
 * no network request, and leaves the page's own storage alone.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  EXTENSION_DIR,
  type ExtensionBrowser,
  type FixtureServer,
  launchWithExtension,
  serveFixtures,
} from "./harness";

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

describe("manifest", () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, "manifest.json"), "utf8"));

  it("asks only for storage and the context menu, and reaches pages only through its content script", () => {
    expect([...manifest.permissions].sort()).toEqual(["contextMenus", "storage"]);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    const matches = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    expect([...new Set(matches)].sort()).toEqual(["http://*/*", "https://*/*"]);
  });

  it("names itself, has a version and every icon size it declares", () => {
    expect(manifest.name).toBe("Actor Lens");
    expect(manifest.description.length).toBeGreaterThan(20);
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    for (const path of Object.values(manifest.icons) as string[]) {
      expect(readFileSync(join(EXTENSION_DIR, path)).subarray(1, 4).toString()).toBe("PNG");
    }
  });

  it("ships no code that names a remote address to fetch", () => {
    const offenders = filesUnder(EXTENSION_DIR)
      .filter((f) => f.endsWith(".js"))
      .filter((f) =>
        /fetch\(\s*["'`]https?:|new WebSocket\(|sendBeacon\(|XMLHttpRequest/.test(readFileSync(f, "utf8")),
      );
    expect(offenders).toEqual([]);
  });
});

describe("privacy in the browser", () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  const external: string[] = [];
  beforeAll(async () => {
    server = await serveFixtures();
    browser = await launchWithExtension();
    // Anything that is not the fixture server or the extension itself is a network request.
    await browser.context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(server.origin) || url.startsWith("chrome-extension://") || url.startsWith("data:")) {
        return route.continue();
      }
      external.push(url);
      return route.abort();
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("makes no network request while reading pages and opening its own pages", async () => {
    const page = await browser.context.newPage();
    for (const fixture of readdirSync(join(import.meta.dirname, "../fixtures/pages")).filter((f) =>
      f.endsWith(".html"),
    )) {
      await page.goto(server.url(`/${fixture}`));
      await page.waitForTimeout(300);
    }
    for (const extPage of ["popup.html", "notes.html"]) {
      await page.goto(browser.pageUrl(extPage));
      await page.waitForTimeout(300);
    }
    expect(external).toEqual([]);
  });

  it("stores nothing in the page's own storage", async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url("/plain.html"));
    await page.waitForFunction(() => performance.getEntriesByName("actor-lens:ready").length > 0);
    const storage = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookies: document.cookie,
      databases: (await indexedDB.databases()).map((d) => d.name),
    }));
    expect(storage).toEqual({ local: 0, session: 0, cookies: "", databases: [] });
  });
});

/**
 * The lazy UI bundle (page-ui.js) in real Chromium: a page with no names never requests it;
 * the first card loads it once, into the content script's isolated world, out of the page's reach.
 *
 * Chromium only (vitest.e2e.firefox.config.ts leaves this file out): the tests count the requests
 * for page-ui.js and look into the content script's isolated world, and WebDriver BiDi (Firefox)
 * reports no request for a moz-extension:// resource and exposes no realm for an add-on's
 * content scripts.
 */
import type { Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExtensionBrowser, type FixtureServer, launchWithExtension, serveFixtures } from "./harness";
import { inShadowOr } from "./shadow";

/** Requests for the lazy bundle (one per import: the dynamic URL's redirect is not counted again). */
function bundleRequests(b: ExtensionBrowser): Request[] {
  const seen: Request[] = [];
  b.context.on("request", (r) => {
    if (new URL(r.url()).pathname === "/page-ui.js" && !r.redirectedFrom()) seen.push(r);
  });
  return seen;
}

/** Centre of the first marked range whose text is `text`. */
async function pointOf(page: Page, text: string) {
  const p = await page.evaluate((t) => {
    for (const [, h] of CSS.highlights)
      for (const r of h as Highlight)
        if (r.toString() === t) {
          const box = (r as Range).getClientRects()[0] as DOMRect;
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
    return null;
  }, text);
  if (!p) throw new Error(`no mark "${text}"`);
  return p;
}

async function hover(page: Page, text: string) {
  const { x, y } = await pointOf(page, text);
  await page.mouse.move(x - 3, y);
  await page.mouse.move(x, y);
}

/** Whether the lazy UI's API is registered in Actor Lens's isolated world of the page (through CDP). */
async function inIsolatedWorld(page: Page): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; name: string }[] = [];
    cdp.on("Runtime.executionContextCreated", (e) => contexts.push(e.context));
    await cdp.send("Runtime.enable");
    const world = contexts.find((c) => c.name === "Actor Lens");
    if (!world) throw new Error("no Actor Lens isolated world in the page");
    const { result } = await cdp.send("Runtime.evaluate", {
      expression: `!!globalThis[Symbol.for("actor-lens.page-ui")]`,
      contextId: world.id,
      returnByValue: true,
    });
    return result.value as boolean;
  } finally {
    await cdp.detach();
  }
}

/** The hover card's title, read through CDP (its shadow root is closed); null when none is open. */
const cardTitle = (page: Page) =>
  inShadowOr<string | null>(
    page,
    "actor-lens-card",
    `function () { return this.querySelector(".al-card h2")?.textContent ?? null; }`,
    null,
  );

describe("the lazy UI bundle", () => {
  let b: ExtensionBrowser;
  let server: FixtureServer;
  let requests: Request[];
  beforeAll(async () => {
    server = await serveFixtures();
    b = await launchWithExtension();
    requests = bundleRequests(b);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it("is never requested on a page with no names", async () => {
    const page = await b.context.newPage();
    await page.goto(server.url("/plain.html"));
    await page.waitForFunction(() => performance.getEntriesByName("actor-lens:scan").length > 0);
    // The pointer rests on the text and the keyboard is used: still nothing to load.
    const box = await page.locator("p").boundingBox();
    if (!box) throw new Error("no paragraph");
    await page.mouse.move(box.x + 10, box.y + box.height / 2);
    await page.mouse.move(box.x + 40, box.y + box.height / 2, { steps: 4 });
    await page.keyboard.press("Escape");
    await page.waitForTimeout(1000);
    expect(requests).toHaveLength(0);
    expect(await inIsolatedWorld(page)).toBe(false);
    await page.close();
  });

  it("loads once, on the first card, into the content script's world only", async () => {
    const page = await b.context.newPage();
    await page.goto(server.url("/reader-article.html"));
    await page.waitForFunction(() => performance.getEntriesByName("actor-lens:scan").length > 0);
    await page.waitForTimeout(500);
    // Names are marked without it.
    expect(await page.evaluate(() => CSS.highlights.get("actor-lens-person")?.size)).toBeGreaterThan(0);
    expect(requests).toHaveLength(0);

    await hover(page, "Mustafa al-Kadhimi");
    await expect.poll(() => cardTitle(page)).not.toBeNull();
    expect(requests).toHaveLength(1);
    expect(requests[0]?.frame().url()).toBe(server.url("/reader-article.html"));
    await page.keyboard.press("Escape");
    await expect.poll(() => cardTitle(page)).toBeNull();

    await hover(page, "Kataib Hezbollah");
    await expect.poll(() => cardTitle(page)).toBe("Kataib Hezbollah");
    expect(requests).toHaveLength(1);

    expect(await inIsolatedWorld(page)).toBe(true);
    // The page's own scripts do not see it.
    expect(
      await page.evaluate(() => Symbol.for("actor-lens.page-ui") in (globalThis as Record<symbol, unknown>)),
    ).toBe(false);
    await page.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExtensionBrowser, type FixtureServer, launchWithExtension, serveFixtures } from "./harness";

describe("foundation", () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await serveFixtures();
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("runs the content script on an http page", async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url("/plain.html"));
    await page.waitForFunction(() => performance.getEntriesByName("actor-lens:ready").length > 0);
    expect(await page.evaluate(() => performance.getEntriesByName("actor-lens:ready").length)).toBe(1);
  });

  it("renders the popup page", async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.pageUrl("popup.html"));
    await expect.poll(() => page.locator("h1").textContent()).toBe("Actor Lens");
  });

  it("renders the notes page", async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.pageUrl("notes.html"));
    await expect.poll(() => page.locator("h1").textContent()).toBe("Highlights and notes");
  });

  it("answers a ping from an extension page and refuses unknown messages", async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.pageUrl("popup.html"));
    const replies = await page.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      };
      const send = (m: unknown) => chrome.runtime.sendMessage(m);
      return [await send({ type: "any:ping", payload: {} }), await send({ type: "nope", payload: {} })];
    });
    expect(replies[0]).toEqual({ ok: true, value: { version: expect.any(String) } });
    expect(replies[1]).toMatchObject({ ok: false, error: expect.stringContaining("unknown message") });
  });
});

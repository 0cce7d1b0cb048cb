/**
 * Issue 17: the notes UI on unusual pages — a 5 MiB article, an article that scrolls inside a
 * fixed box. Behaviour only: how long anything takes is measured in `npm run bench`.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExtensionBrowser, launchWithExtension } from "../harness";
import {
  drawnHighlights,
  openPage,
  readCard,
  selectText,
  serveArticle,
  storedHighlights,
} from "../notes-helpers";

/** A page of about `mib` MiB of article text, with one sentence to save in its middle. */
function hugePage(mib: number): string {
  const para =
    "<p>Officials in the provinces reported on the budget, the roads and the water supply, and the council met again to review the figures for the coming season.</p>";
  const n = Math.ceil((mib * 1024 * 1024) / para.length);
  const half = para.repeat(Math.floor(n / 2));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long archive</title></head><body><main>${half}<p id="target">The unique sentence about the archive of the northern railway sits here.</p>${half}</main></body></html>`;
}

describe("security: the notes UI on hostile and unusual pages", () => {
  let browser: ExtensionBrowser;
  let server: Awaited<ReturnType<typeof serveArticle>>;
  beforeAll(async () => {
    server = await serveArticle();
    const huge = hugePage(5);
    server.routes.push((req, res) => {
      if (!req.url?.startsWith("/huge.html")) return false;
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(huge);
      return true;
    });
    server.routes.push((req, res) => {
      if (!req.url?.startsWith("/fixed.html")) return false;
      const paras = Array.from(
        { length: 40 },
        (_, i) => `<p>Paragraph ${i + 1} of the council's report on the water supply and the roads.</p>`,
      ).join("");
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(
        `<!doctype html><html><head><meta charset="utf-8"><title>Fixed reader</title></head><body style="margin:0">
        <div id="reader" style="position:fixed;inset:40px 0 0 0;overflow:auto;font:18px/1.6 serif;padding:0 2rem">
        ${paras.replace("Paragraph 5 of", "Paragraph 5, the one to keep, of")}</div></body></html>`,
      );
      return true;
    });
    server.routes.push((req, res) => {
      const m = /^\/styled\.html\?css=([a-z]+)/.exec(req.url ?? "");
      if (!m) return false;
      const css =
        { zoom: "html { zoom: 3 }", unset: "* { all: unset !important }", top: "" }[m[1] as string] ?? "";
      const filler = "<p>The talks resumed the next day, and no statement followed.</p>".repeat(20);
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(
        `<!doctype html><html><head><meta charset="utf-8"><title>Styled</title><style>${css}</style></head>
        <body><p id="p1">The council approved the railway budget after a long night of talks.</p>${filler}</body></html>`,
      );
      return true;
    });
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = (path: string) => openPage(browser.context, server, path);

  const cardRect = (page: Page) =>
    page.evaluate(() => {
      const r = document.querySelector("actor-lens-note-card")?.getBoundingClientRect();
      return r ? { top: r.top, bottom: r.bottom, left: r.left, height: r.height } : null;
    });

  it("saves a highlight on a 5 MiB page", async () => {
    const page = await open("/huge.html");
    const before = (await storedHighlights(browser.worker)).length;
    await page.locator("#target").scrollIntoViewIfNeeded();
    await selectText(page, "archive of the northern railway");
    await page.locator("actor-lens-save-button").click();
    await expect
      .poll(async () => (await storedHighlights(browser.worker)).length, { timeout: 20_000 })
      .toBe(before + 1);
    const saved = (await storedHighlights(browser.worker)).find(
      (h) => h.quote.exact === "archive of the northern railway",
    );
    expect(saved?.position.start).toBeGreaterThan(2_000_000);
    await expect.poll(() => drawnHighlights(page)).toEqual(["archive of the northern railway"]);
    await expect.poll(async () => (await readCard(page)).visible).toBe(true);
    await page.keyboard.press("Escape");
    await page.close();
  });

  /** Rects of the text, the save button and (once open) the note card, in viewport pixels. */
  const rects = (page: Page, text: string) =>
    page.evaluate((t) => {
      const box = (sel: string) => {
        const el = document.querySelector(sel) as HTMLElement | null;
        if (!el || getComputedStyle(el).display === "none") return null;
        const r = el.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let text = null;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf(t);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + t.length);
        const b = r.getBoundingClientRect();
        text = { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
        break;
      }
      return {
        text,
        button: box("actor-lens-save-button"),
        card: box("actor-lens-note-card"),
        view: { width: innerWidth, height: innerHeight },
      };
    }, text);

  type Box = { left: number; top: number; right: number; bottom: number };
  const inside = (b: Box, v: { width: number; height: number }) =>
    b.left >= 0 && b.top >= 0 && b.right <= v.width && b.bottom <= v.height;
  const overlaps = (a: Box, b: Box) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  /** Within `px` of the text, above or below it. */
  const near = (a: Box, t: Box, px: number) =>
    Math.min(Math.abs(a.top - t.bottom), Math.abs(t.top - a.bottom)) <= px;

  for (const css of ["zoom", "unset"])
    it(`places the save button and the note card beside their text on a page with ${
      css === "zoom" ? "html { zoom: 3 }" : "* { all: unset !important }"
    }`, async () => {
      const page = await open(`/styled.html?css=${css}`);
      const TEXT = "approved the railway budget";
      await selectText(page, TEXT);
      await page.locator("actor-lens-save-button").waitFor({ state: "visible" });
      const a = await rects(page, TEXT);
      if (!a.text || !a.button) throw new Error("no text or button");
      expect(inside(a.button, a.view)).toBe(true);
      expect(overlaps(a.button, a.text)).toBe(false);
      expect(near(a.button, a.text, 40)).toBe(true);
      expect(a.button.right - a.button.left).toBeLessThan(400); // not zoomed threefold
      await page.locator("actor-lens-save-button").click();
      await expect.poll(async () => (await readCard(page)).visible).toBe(true);
      await expect.poll(async () => (await rects(page, TEXT)).card?.bottom ?? 0).toBeGreaterThan(150);
      const b = await rects(page, TEXT);
      if (!b.text || !b.card) throw new Error("no text or card");
      expect(inside(b.card, b.view)).toBe(true);
      expect(overlaps(b.card, b.text)).toBe(false);
      expect(near(b.card, b.text, 20)).toBe(true);
      expect(Math.round(b.card.right - b.card.left)).toBe(322); // 320 + the border, not zoomed
      await page.keyboard.press("Escape");
      await page.close();
    });

  it("never covers the highlight with a note card taller than the room beside it", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 900, height: 260 });
    await page.goto(server.url("/styled.html?css=top"));
    await page.waitForFunction(() => performance.getEntriesByName("actor-lens:ready").length > 0);
    const TEXT = "long night of talks";
    await selectText(page, TEXT);
    await page.locator("actor-lens-save-button").click();
    await expect.poll(async () => (await readCard(page)).visible).toBe(true);
    await expect.poll(async () => (await rects(page, TEXT)).card?.bottom ?? 0).toBeGreaterThan(150);
    const b = await rects(page, TEXT);
    if (!b.text || !b.card) throw new Error("no text or card");
    expect(overlaps(b.card, b.text)).toBe(false);
    expect(inside(b.card, b.view)).toBe(true);
    // The card scrolls inside its frame: its whole content is still there.
    expect((await readCard(page)).text).toContain("Delete highlight");
    await page.close();
  });

  it("keeps the note card on its highlight while a fixed reading box scrolls", async () => {
    const page = await open("/fixed.html");
    await selectText(page, "the one to keep");
    await page.locator("actor-lens-save-button").click();
    await expect.poll(async () => (await readCard(page)).visible).toBe(true);
    await expect.poll(async () => (await cardRect(page))?.height ?? 0).toBeGreaterThan(100);
    const highlightTop = () =>
      page.evaluate(() => {
        const r = [...(CSS.highlights.get("actor-lens-note") as Highlight)][0] as Range;
        return r.getBoundingClientRect();
      });
    const gapBefore = ((await cardRect(page))?.top ?? 0) - (await highlightTop()).bottom;
    await page.evaluate(() => document.getElementById("reader")?.scrollBy(0, 120));
    await expect.poll(async () => Math.round((await highlightTop()).top)).toBeLessThan(200);
    await expect
      .poll(async () => Math.round(((await cardRect(page))?.top ?? 0) - (await highlightTop()).bottom))
      .toBe(Math.round(gapBefore));
    await page.close();
  });
});

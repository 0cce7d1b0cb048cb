/**
 * Issue 17: a web page against the reader's notes. Each test is an attack, run from the page's
 * own scripts (page.evaluate runs in the page's main world, as a page script does); the reader's
 * own input is Playwright's real mouse and keyboard.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExtensionBrowser, launchWithExtension } from "../harness";
import {
  drawnHighlights,
  focusNote,
  noteFieldHasFocus,
  noteFrame,
  openPage,
  readCard,
  selectText,
  serveArticle,
  storedHighlights,
} from "../notes-helpers";

const QUOTE = "met in Baghdad on Tuesday to discuss salaries";
const NOTE = "Source: Abu Karrar, +964 770 123 4567";

/** Lets the page run for a while: the hover delay, the card's load, a poll of the address. */
const settle = (page: Page, ms = 1200) => page.waitForTimeout(ms);

/** Where the first saved highlight is drawn, in viewport coordinates. */
function highlightPoint(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const r = [...(CSS.highlights.get("actor-lens-note") as Highlight)][0] as Range;
    const b = r.getClientRects()[0] as DOMRect;
    return { x: b.left + 20, y: b.top + b.height / 2 };
  });
}

/** Is the note card on screen? Read from the page's side: only its host is there. */
function cardShown(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const host = document.querySelector("actor-lens-note-card");
    return !!host && getComputedStyle(host).display !== "none" && host.getBoundingClientRect().height > 4;
  });
}

/** The reader rests the pointer on the highlight until its card is open. */
async function hoverOpen(page: Page): Promise<void> {
  const p = await highlightPoint(page);
  await page.mouse.move(p.x, p.y);
  await page.mouse.move(p.x + 4, p.y);
  await expect.poll(async () => (await readCard(page)).note).toBe(NOTE);
}

/** What a page script gets by searching, selecting all and reading the selection and text. */
function pageReadsEverything(page: Page, needle: string) {
  return page.evaluate((n) => {
    const found = (window as unknown as { find(s: string): boolean }).find(n);
    document.execCommand("selectAll");
    const selection = document.getSelection()?.toString() ?? "";
    const active = document.activeElement as HTMLElement & { value?: string };
    return {
      found,
      inSelection: selection.includes(n.slice(0, 12)),
      inText: (document.documentElement.textContent ?? "").includes(n.slice(0, 12)),
      inActive: String(active?.value ?? "").includes(n.slice(0, 12)),
    };
  }, needle);
}

describe("security: a page against the reader's notes", () => {
  let browser: ExtensionBrowser;
  let server: Awaited<ReturnType<typeof serveArticle>>;
  beforeAll(async () => {
    server = await serveArticle();
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const openArticle = (path = "/article.html") => openPage(browser.context, server, path);

  it("(the reader saves a highlight with a private note)", async () => {
    const page = await openArticle();
    await selectText(page, QUOTE);
    await page.locator("actor-lens-save-button").click();
    await expect.poll(() => cardShown(page)).toBe(true);
    await expect.poll(() => noteFieldHasFocus(page)).toBe(true);
    await page.keyboard.type(NOTE);
    await expect.poll(async () => (await storedHighlights(browser.worker))[0]?.note).toBe(NOTE);
    await page.keyboard.press("Escape");
    await page.close();
  });

  it("opens no note card for a page's synthetic pointer events, and the page finds no note", async () => {
    const page = await openArticle();
    await expect.poll(() => drawnHighlights(page)).toEqual([QUOTE]);
    const p = await highlightPoint(page);
    await page.evaluate(({ x, y }) => {
      const target = document.elementFromPoint(x, y) ?? document.body;
      for (let i = 0; i < 5; i++)
        for (const type of ["pointermove", "mousemove", "mouseover"])
          target.dispatchEvent(
            new (type.startsWith("pointer") ? PointerEvent : MouseEvent)(type, {
              clientX: x + i,
              clientY: y,
              bubbles: true,
              composed: true,
            }),
          );
    }, p);
    await settle(page);
    expect(await cardShown(page)).toBe(false);
    expect(await pageReadsEverything(page, NOTE)).toEqual({
      found: false,
      inSelection: false,
      inText: false,
      inActive: false,
    });
    await page.close();
  });

  it("keeps the note out of find-in-page, selection and execCommand while the reader has the card open", async () => {
    const page = await openArticle();
    await expect.poll(() => drawnHighlights(page)).toEqual([QUOTE]);
    await hoverOpen(page);
    expect(await pageReadsEverything(page, NOTE)).toEqual({
      found: false,
      inSelection: false,
      inText: false,
      inActive: false,
    });
    // The page tries to rewrite the note: focus tricks, then execCommand.
    await page.evaluate((n) => {
      (window as unknown as { find(s: string): boolean }).find(n.slice(0, 10));
      document.querySelector<HTMLElement>("actor-lens-note-card")?.focus();
      document.execCommand("selectAll");
      document.execCommand("insertText", false, "Nothing to see here");
    }, NOTE);
    await settle(page, 800);
    expect((await storedHighlights(browser.worker))[0]?.note).toBe(NOTE);
    await page.close();
  });

  it("lets no page listener see what the reader types in the note", async () => {
    const page = await openArticle();
    await expect.poll(() => drawnHighlights(page)).toEqual([QUOTE]);
    await page.evaluate(() => {
      const log: string[] = [];
      (window as Window & { keylog?: string[] }).keylog = log;
      for (const type of ["keydown", "keypress", "keyup", "input", "beforeinput", "paste", "compositionend"])
        window.addEventListener(
          type,
          (e) => log.push(`${type}:${(e as KeyboardEvent).key ?? (e as InputEvent).data ?? ""}`),
          true,
        );
      document.addEventListener("selectionchange", () => {
        const s = document.getSelection()?.toString();
        if (s) log.push(`selection:${s}`);
      });
    });
    await hoverOpen(page);
    await focusNote(page);
    await page.keyboard.type(" KEY");
    const frame = await noteFrame(page);
    await frame?.locator("textarea").selectText();
    await expect.poll(async () => (await storedHighlights(browser.worker))[0]?.note).toBe(`${NOTE} KEY`);
    const log = await page.evaluate(() => (window as Window & { keylog?: string[] }).keylog ?? []);
    // Put the note back for the next tests.
    await page.keyboard.press("End");
    for (let i = 0; i < 4; i++) await page.keyboard.press("Backspace");
    await expect.poll(async () => (await storedHighlights(browser.worker))[0]?.note).toBe(NOTE);
    await page.keyboard.press("Escape");
    await page.close();
    expect(log.filter((l) => /KEY|K$|E$|Y$|Karrar|964/.test(l))).toEqual([]);
  });

  it("cannot hide, fade or move the note card, by stylesheet or by script", async () => {
    const page = await openArticle();
    await expect.poll(() => drawnHighlights(page)).toEqual([QUOTE]);
    await page.addStyleTag({
      content: `actor-lens-note-card, actor-lens-save-button { opacity: 0 !important;
        transform: translate(-5000px) !important; visibility: hidden !important; left: -9999px !important;
        clip-path: inset(50%) !important; pointer-events: none !important; }`,
    });
    await hoverOpen(page);
    await page.evaluate(() => {
      const host = document.querySelector<HTMLElement>("actor-lens-note-card");
      host?.setAttribute("style", "opacity: 0; position: absolute; left: -9999px");
      host?.style.setProperty("opacity", "0", "important");
    });
    await settle(page, 300);
    const seen = await page.evaluate(() => {
      const host = document.querySelector("actor-lens-note-card") as HTMLElement;
      const cs = getComputedStyle(host);
      const r = host.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return {
        opacity: cs.opacity,
        visibility: cs.visibility,
        transform: cs.transform,
        clipPath: cs.clipPath,
        onScreen: r.left >= 0 && r.top >= 0 && r.width > 100,
        onTop: hit === host,
      };
    });
    expect(seen).toEqual({
      opacity: "1",
      visibility: "visible",
      transform: "none",
      clipPath: "none",
      onScreen: true,
      onTop: true,
    });
    await page.close();
  });

  it("posts no extension id to the page", async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const posted: string[] = [];
      (window as Window & { posted?: string[] }).posted = posted;
      window.addEventListener("message", (e) => posted.push(JSON.stringify(e.data)));
    });
    await page.goto(server.url("/article.html"));
    await page.waitForFunction(() => performance.getEntriesByName("actor-lens:scan").length > 0);
    await expect.poll(() => drawnHighlights(page)).toEqual([QUOTE]);
    const posted = await page.evaluate(() => (window as Window & { posted?: string[] }).posted ?? []);
    expect(posted.filter((m) => m.includes(browser.extensionId))).toEqual([]);
    await page.close();
  });

  it("is not switched off by WXT's script-started event forged by the page", async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url("/article.html"));
    await page.waitForFunction(() => performance.getEntriesByName("actor-lens:scan").length > 0);
    await expect.poll(() => drawnHighlights(page)).toEqual([QUOTE]);
    // The event WXT listens for, forged by the page (the extension's id is public).
    await page.evaluate((id) => {
      for (const name of [
        `${id}:content:wxt:content-script-started`,
        `${id}:content-scripts/content:wxt:content-script-started`,
      ])
        document.dispatchEvent(
          new CustomEvent(name, { detail: { contentScriptName: "content", messageId: "forged" } }),
        );
    }, browser.extensionId);
    await settle(page, 500);
    const marks = await page.evaluate(() => ({
      notes: CSS.highlights.get("actor-lens-note")?.size ?? 0,
      names:
        (CSS.highlights.get("actor-lens-group")?.size ?? 0) +
        (CSS.highlights.get("actor-lens-person")?.size ?? 0),
    }));
    expect(marks.notes).toBe(1);
    expect(marks.names).toBeGreaterThan(0);
    // The notes UI still answers the reader.
    await hoverOpen(page);
    await page.close();
  });

  it("draws nothing on a same-site page that moves itself to the article's address, and keeps the status", async () => {
    const before = (await storedHighlights(browser.worker)).map((h) => h.anchor?.status);
    expect(before).toEqual(["found"]);
    const page = await browser.context.newPage();
    await page.goto(server.url("/imposter.html"));
    await page.waitForFunction(() => performance.getEntriesByName("actor-lens:ready").length > 0);
    expect(page.url()).toBe(server.url("/article.html"));
    // Long enough for the late-content retries (about 5.5 s) to have reported.
    await settle(page, 7000);
    expect(await drawnHighlights(page)).toEqual([]);
    expect((await storedHighlights(browser.worker)).map((h) => h.anchor?.status)).toEqual(["found"]);
    await page.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "webextension-polyfill";
import { type ExtensionBrowser, launchWithExtension } from "./harness";
import {
  clickInCard,
  drawnHighlights,
  focusNote,
  inShadow,
  noteFieldHasFocus,
  openPage,
  readCard,
  selectText,
  serveArticle,
  storedHighlights,
} from "./notes-helpers";

const QUOTE = "met in Baghdad on Tuesday to discuss salaries";
const GONE = "The meeting ended late in the evening";

describe("highlights and notes in a page", () => {
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

  it("saves a selection with a note and a colour, and draws it again after a reload", async () => {
    const page = await openArticle("/article.html?utm_source=newsletter#p1");
    await selectText(page, QUOTE);
    const button = page.locator("actor-lens-save-button");
    await button.waitFor({ state: "visible" });
    await button.click();
    // The note field has focus right away: type the note.
    await expect.poll(async () => (await readCard(page)).visible).toBe(true);
    await expect.poll(() => noteFieldHasFocus(page)).toBe(true);
    await page.keyboard.type("Who else attended?");
    await clickInCard(page, "Evidence");
    await expect.poll(async () => (await readCard(page)).text).toContain("Saved on this device");
    await expect
      .poll(async () => (await storedHighlights(browser.worker))[0]?.note)
      .toBe("Who else attended?");
    const [h] = await storedHighlights(browser.worker);
    expect(h).toMatchObject({
      url: server.url("/article.html"),
      site: "127.0.0.1",
      title: "Factions weigh the new budget",
      quote: {
        exact: QUOTE,
        prefix: expect.stringContaining("Popular Mobilization Forces "),
        suffix: expect.stringMatching(/^ for the\s+coming/),
      },
      color: "green",
    });
    expect(h?.position.end).toBe((h?.position.start ?? 0) + QUOTE.length);
    expect(await drawnHighlights(page)).toEqual([QUOTE]);

    await page.reload();
    await expect.poll(() => drawnHighlights(page)).toEqual([QUOTE]);
    await page.close();
  });

  it("shows a saved highlight's note on hover, editable in place", async () => {
    const page = await openArticle();
    await expect.poll(() => drawnHighlights(page)).toEqual([QUOTE]);
    const box = await page.evaluate(() => {
      const r = [...(CSS.highlights.get("actor-lens-note") as Highlight)][0] as Range;
      const b = r.getClientRects()[0] as DOMRect;
      return { x: b.left + 20, y: b.top + b.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await page.mouse.move(box.x + 5, box.y);
    await expect.poll(async () => (await readCard(page)).note).toBe("Who else attended?");
    // Edit in place: focus the note field in the card and type.
    await focusNote(page);
    await page.keyboard.type(" Ask the ministry.");
    await expect
      .poll(async () => (await storedHighlights(browser.worker))[0]?.note)
      .toBe("Who else attended? Ask the ministry.");
    await page.keyboard.press("Escape");
    await expect.poll(async () => (await readCard(page)).visible).toBe(false);
    await page.close();
  });

  it("saves from the keyboard command and the context menu's message too", async () => {
    const page = await openArticle();
    await expect.poll(() => drawnHighlights(page)).toHaveLength(1);
    await selectText(page, GONE);
    // The "save-highlight" command and the context menu both send this message to the tab.
    // (Without the "tabs" permission the background cannot read tab URLs: send to every tab;
    // only the article has a content script to receive it.)
    await browser.worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: Browser }).chrome;
      for (const tab of await c.tabs.query({}))
        if (tab.id !== undefined)
          await c.tabs
            .sendMessage(tab.id, { type: "bg:notes-save-selection" }, { frameId: 0 })
            .catch(() => {});
    });
    await expect.poll(async () => (await storedHighlights(browser.worker)).length).toBe(2);
    await expect.poll(() => drawnHighlights(page)).toContain(GONE);
    await expect.poll(async () => (await readCard(page)).text).toContain("Highlight saved");
    await expect.poll(() => noteFieldHasFocus(page)).toBe(true);
    await page.keyboard.type("Missing later");
    await page.keyboard.press("Escape");
    await expect
      .poll(async () => (await storedHighlights(browser.worker)).find((h) => h.quote.exact === GONE)?.note)
      .toBe("Missing later");
    await page.close();
  });

  it("keeps highlights anchored after the article is slightly edited, and keeps the lost one", async () => {
    server.edit(true);
    try {
      const page = await openArticle();
      await expect
        .poll(() => drawnHighlights(page))
        .toEqual(["met in Baghdad on Wednesday to discus salaries"]);
      // "Not found" is reported only after the late-content retries (about 5 s).
      await expect
        .poll(
          async () =>
            (await storedHighlights(browser.worker)).map((h) => [h.quote.exact, h.anchor?.status]).sort(),
          { timeout: 10_000 },
        )
        .toEqual([
          [GONE, "missing"],
          [QUOTE, "found"],
        ]);
      await page.close();
    } finally {
      server.edit(false);
    }
  });

  it("deletes from the hover card with undo", async () => {
    const page = await openArticle();
    await expect.poll(() => drawnHighlights(page)).toHaveLength(2);
    const box = await page.evaluate((gone) => {
      const r = [...(CSS.highlights.get("actor-lens-note") as Highlight)].find((x) =>
        x.toString().startsWith(gone),
      ) as Range;
      const b = r.getClientRects()[0] as DOMRect;
      return { x: b.left + 10, y: b.top + b.height / 2 };
    }, GONE);
    await page.mouse.move(box.x, box.y);
    await page.mouse.move(box.x + 3, box.y);
    await expect.poll(async () => (await readCard(page)).note).toBe("Missing later");
    await clickInCard(page, "Delete highlight");
    await expect.poll(async () => (await readCard(page)).text).toContain("Highlight deleted");
    await expect.poll(async () => (await storedHighlights(browser.worker)).length).toBe(1);
    expect(await drawnHighlights(page)).toHaveLength(1);
    await clickInCard(page, "Undo");
    await expect.poll(async () => (await storedHighlights(browser.worker)).length).toBe(2);
    await expect.poll(() => drawnHighlights(page)).toHaveLength(2);
    await page.close();
  });

  it("draws a highlight whose article loads late", async () => {
    const QUOTE_LATE = "would join the new security committee";
    const first = await openArticle("/late.html");
    await first.waitForFunction(() => document.body.textContent?.includes("security committee"));
    await selectText(first, QUOTE_LATE);
    await first.locator("actor-lens-save-button").click();
    await expect.poll(async () => (await readCard(first)).visible).toBe(true);
    await first.keyboard.press("Escape");
    await first.close();
    // Now the article arrives 2.5 s after load: the highlight is found on a later look.
    const page = await openArticle("/late.html#delay=2500");
    await expect.poll(() => drawnHighlights(page), { timeout: 10_000 }).toEqual([QUOTE_LATE]);
    await expect
      .poll(
        async () =>
          (await storedHighlights(browser.worker)).find((h) => h.quote.exact === QUOTE_LATE)?.anchor?.status,
        { timeout: 10_000 },
      )
      .toBe("found");
    await page.close();
  });

  it("follows a single-page app from one story to another", async () => {
    const page = await openArticle("/spa.html?story=1");
    await selectText(page, "Badr Organization leaders met");
    await page.locator("actor-lens-save-button").click();
    await expect.poll(async () => (await readCard(page)).visible).toBe(true);
    await page.keyboard.press("Escape");
    expect(await drawnHighlights(page)).toEqual(["Badr Organization leaders met"]);
    await page.click("#two");
    await expect.poll(() => drawnHighlights(page), { timeout: 5_000 }).toEqual([]);
    await page.click("#one");
    await expect
      .poll(() => drawnHighlights(page), { timeout: 5_000 })
      .toEqual(["Badr Organization leaders met"]);
    await page.close();
  });

  it("tells the reader when the browser's storage is full, and saves nothing", async () => {
    const page = await openArticle();
    await expect.poll(() => drawnHighlights(page)).toHaveLength(2);
    const before = (await storedHighlights(browser.worker)).length;
    // The disk is full: the background's IndexedDB writes fail as the browser reports it.
    await browser.worker.evaluate(() => {
      const proto = IDBObjectStore.prototype as IDBObjectStore & { realAdd?: IDBObjectStore["add"] };
      proto.realAdd = proto.add;
      proto.add = () => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    try {
      await selectText(page, "Analysts expect the debate");
      await page.locator("actor-lens-save-button").click();
      await expect
        .poll(() =>
          inShadow<string>(page, "actor-lens-save-button", "function () { return this.textContent; }"),
        )
        .toContain("Could not save this highlight: Your browser has no room left to store Actor Lens notes");
    } finally {
      await browser.worker.evaluate(() => {
        const proto = IDBObjectStore.prototype as IDBObjectStore & { realAdd?: IDBObjectStore["add"] };
        if (proto.realAdd) proto.add = proto.realAdd;
      });
    }
    expect((await storedHighlights(browser.worker)).length).toBe(before);
    expect(await drawnHighlights(page)).toHaveLength(2);

    // A note that cannot be saved says so in its card, and is saved once there is room again.
    const box = await page.evaluate(() => {
      const r = [...(CSS.highlights.get("actor-lens-note") as Highlight)][0] as Range;
      const b = r.getClientRects()[0] as DOMRect;
      return { x: b.left + 10, y: b.top + b.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await page.mouse.move(box.x + 3, box.y);
    await expect.poll(async () => (await readCard(page)).visible).toBe(true);
    await focusNote(page);
    await browser.worker.evaluate(() => {
      const proto = IDBObjectStore.prototype as IDBObjectStore & { realPut?: IDBObjectStore["put"] };
      proto.realPut = proto.put;
      proto.put = () => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    const noteBefore = (await readCard(page)).note;
    try {
      await page.keyboard.type(" (full)");
      await expect.poll(async () => (await readCard(page)).text).toContain("no room left");
    } finally {
      await browser.worker.evaluate(() => {
        const proto = IDBObjectStore.prototype as IDBObjectStore & { realPut?: IDBObjectStore["put"] };
        if (proto.realPut) proto.put = proto.realPut;
      });
    }
    await page.keyboard.type("!");
    await expect
      .poll(async () =>
        (await storedHighlights(browser.worker)).some((h) => h.note === `${noteBefore} (full)!`),
      )
      .toBe(true);
    await page.keyboard.press("Escape");
    await page.close();
  });

  it("keeps the notes out of the page's reach", async () => {
    const page = await openArticle();
    await expect.poll(() => drawnHighlights(page)).toHaveLength(2);
    const seen = await page.evaluate(async () => ({
      databases: (await indexedDB.databases()).map((d) => d.name),
      localStorage: localStorage.length,
      shadow: document.querySelector("actor-lens-note-card")?.shadowRoot ?? null,
      text: document.documentElement.textContent?.includes("Who else attended") ?? false,
    }));
    expect(seen).toEqual({ databases: [], localStorage: 0, shadow: null, text: false });
    // A page script cannot talk to the background either.
    const reply = await page.evaluate(() => {
      const c = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
      return typeof c?.runtime?.sendMessage;
    });
    expect(reply).toBe("undefined");
    await page.close();
  });
});

/** Helpers for the highlights-and-notes e2e tests (issue 7). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Frame, Page, Worker } from "playwright-core";
import type { Highlight } from "../../lib/notes/types";
import { type FixtureServer, ROOT, serveFixtures } from "./harness";
import { inShadow } from "./shadow";

export const NOTES_PAGES = join(ROOT, "tests/fixtures/notes/pages");

/**
 * Serves the notes fixtures; /article.html is the original article until `edit(true)`, then a
 * slightly edited version at the same address (a newsroom updating its story).
 */
export async function serveArticle(): Promise<FixtureServer & { edit(on: boolean): void }> {
  const server = await serveFixtures(NOTES_PAGES);
  let edited = false;
  server.routes.push((req, res) => {
    if (!req.url?.startsWith("/article.html")) return false;
    const file = edited ? "article-edited.html" : "article.html";
    res
      .writeHead(200, { "content-type": "text/html; charset=utf-8" })
      .end(readFileSync(join(NOTES_PAGES, file)));
    return true;
  });
  return Object.assign(server, {
    edit(on: boolean) {
      edited = on;
    },
  });
}

/** Every stored highlight, read in the background (the extension's own origin). */
export function storedHighlights(worker: Worker): Promise<Highlight[]> {
  return worker.evaluate(
    () =>
      new Promise<Highlight[]>((ok, fail) => {
        const req = indexedDB.open("actor-lens-notes");
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains("highlights")) {
            db.close();
            ok([]);
            return;
          }
          const get = db.transaction("highlights").objectStore("highlights").getAll();
          get.onsuccess = () => {
            db.close();
            ok(get.result as Highlight[]);
          };
          get.onerror = () => fail(get.error);
        };
      }),
  );
}

/** Selects the first occurrence of `text` in the page, as a reader dragging over it would. */
export async function selectText(page: Page, text: string): Promise<void> {
  const ok = await page.evaluate((t) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(t);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + t.length);
      const sel = getSelection();
      sel?.removeAllRanges();
      sel?.addRange(r);
      return true;
    }
    return false;
  }, text);
  if (!ok) throw new Error(`"${text}" not found in one text node of the page`);
}

export { inShadow };

/** Opens `path` of the notes fixtures in a new tab, once Actor Lens is ready there. */
export async function openPage(context: BrowserContext, server: FixtureServer, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.url(path));
  await page.waitForFunction(() => performance.getEntriesByName("actor-lens:ready").length > 0);
  return page;
}

/**
 * The note card's frame (note-frame.html, an extension page inside the web page), once it is
 * there. Playwright reaches it as a frame of the page, as the reader's input does; page
 * scripts cannot (another origin).
 */
export async function noteFrame(page: Page): Promise<Frame | undefined> {
  for (const f of page.frames()) {
    if (f.url().includes("/note-frame.html")) return f;
    // Firefox's driver lists an extension page's frame as about:blank (no navigation events for
    // extension documents): the frame itself knows where it is.
    if (f.url() === "about:blank" && f !== page.mainFrame()) {
      const href = await f.evaluate(() => location.href).catch(() => "");
      if (href.includes("/note-frame.html")) return f;
    }
  }
  return undefined;
}

/** What the reader sees in the note card: its text, and the note field's value. */
export async function readCard(page: Page): Promise<{ text: string; note: string | null; visible: boolean }> {
  const visible = await page.evaluate(() => {
    const host = document.querySelector("actor-lens-note-card");
    return !!host && getComputedStyle(host).display !== "none" && host.getBoundingClientRect().height > 4;
  });
  const frame = await noteFrame(page);
  if (!frame) {
    // Builds before issue 17 drew the card in the page, in a closed shadow root.
    if (!(await page.evaluate(() => !!document.querySelector("actor-lens-note-card"))))
      return { text: "", note: null, visible: false };
    const old = await inShadow<{ text: string; note: string | null }>(
      page,
      "actor-lens-note-card",
      `function () { return { text: this.textContent, note: this.querySelector("textarea")?.value ?? null }; }`,
    );
    return { ...old, visible };
  }
  const inside = await frame.evaluate(() => ({
    text: document.body.textContent ?? "",
    note: document.querySelector("textarea")?.value ?? null,
  }));
  return { ...inside, visible };
}

/** Clicks a control of the note card as the reader would (a real click inside the frame). */
export async function clickInCard(page: Page, text: string): Promise<void> {
  const frame = await noteFrame(page);
  if (!frame) throw new Error("no note card frame");
  await frame.getByText(text, { exact: true }).click();
}

/** Puts the caret at the end of the note field, as a click into it would. */
export async function focusNote(page: Page): Promise<void> {
  const frame = await noteFrame(page);
  if (!frame) {
    // Builds before issue 17: the note field in the page's closed shadow root.
    await inShadow(
      page,
      "actor-lens-note-card",
      `function () { const t = this.querySelector("textarea"); t.focus(); t.setSelectionRange(t.value.length, t.value.length); }`,
    );
    return;
  }
  // Focus, not a click: on a loaded machine a click waited for the pointer's path, and the hover
  // card's closing raced it. What is typed after is real keyboard input into the frame.
  await frame.locator("textarea").focus({ timeout: 10_000 });
  await frame.evaluate(() => {
    const t = document.querySelector("textarea");
    t?.setSelectionRange(t.value.length, t.value.length);
  });
}

/**
 * True once the note card's field is the frame's focused element. After a save the card moves
 * the focus there itself, a moment after the card shows: typing before that would lose the first
 * keys. (Not document.hasFocus(): in Firefox a tab opened beside another may not be the focused
 * one, while the driver's keys still reach it.)
 */
export async function noteFieldHasFocus(page: Page): Promise<boolean> {
  const frame = await noteFrame(page);
  if (!frame) return false;
  return frame.evaluate(() => document.activeElement?.tagName === "TEXTAREA").catch(() => false);
}

/** The text of the saved-note highlights drawn on the page (CSS Custom Highlight API). */
export function drawnHighlights(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const h = CSS.highlights.get("actor-lens-note");
    return h ? [...h].map((r) => (r as Range).toString().replace(/\s+/g, " ")) : [];
  });
}

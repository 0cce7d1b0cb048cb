/**
 * Reader corrections in the built extension (issue 12), in Chromium and in Firefox: "Wrong
 * match" on the hover card with each scope (this page, this site, everywhere: the fixture server
 * is one site as 127.0.0.1 and another as localhost), each kept after a reload, and undone from
 * the toast; "This is …" and "None of these" on a possible mark; "Link to an actor …" from a
 * selection; a correction reaching another open tab; the popup's Wrong match from "On this
 * page"; and a page that cannot forge any of it. Marks are read from CSS.highlights.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Correction } from "../../lib/corrections/types";
import {
  type ExtensionBrowser,
  type FixtureServer,
  launchWithExtension,
  SCREENSHOTS,
  serveFixtures,
  toActiveTab,
} from "./harness";
import { selectText } from "./notes-helpers";
import { clickIn, inShadowOr, rectIn } from "./shadow";

/**
 * expect.poll with room for a page marked anew on a loaded machine (its default is one second);
 * nothing here is timed, only waited for.
 */
const poll = <T>(fn: () => T | Promise<T>, opts: { timeout?: number } = {}) =>
  expect.poll(fn, { timeout: 10_000, ...opts });

const A = "/corrections-a.html";
const B = "/corrections-b.html";
const KH = "Kataib Hezbollah";
const CARD = "actor-lens-card";
const PICKER = "actor-lens-picker";

/** Texts of the ranges in each Actor Lens highlight. */
function marks(page: Page) {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const name of ["actor-lens-person", "actor-lens-group", "actor-lens-ambiguous"]) {
      const h = CSS.highlights.get(name);
      out[name.replace("actor-lens-", "")] = h ? [...h].map((r) => r.toString()) : [];
    }
    return out;
  });
}
/** Every marked text, kind aside, sorted. */
const marked = async (page: Page) =>
  Object.values(await marks(page))
    .flat()
    .sort();
/** How many times `text` is marked on the page. */
const count = async (page: Page, text: string) => (await marked(page)).filter((t) => t === text).length;

async function pointOf(page: Page, text: string) {
  const p = await page.evaluate((t) => {
    for (const [, h] of CSS.highlights)
      for (const r of h as Highlight)
        if (r.toString() === t) {
          const box = (r as Range).getClientRects()[0];
          if (box) return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
    return null;
  }, text);
  if (!p) throw new Error(`no mark "${text}"`);
  return p;
}

/** Rests the pointer on the mark `text` until its card is open and ready. */
async function openCard(page: Page, text: string) {
  await page.mouse.move(1, 1);
  const { x, y } = await pointOf(page, text);
  await page.mouse.move(x - 3, y);
  await page.mouse.move(x, y);
  await expect
    .poll(() =>
      inCard(page, `function () { return !!this.querySelector('.al-card:not([aria-busy="true"])'); }`, false),
    )
    .toBe(true);
}

const inCard = <T>(page: Page, fn: string, absent: T, arg?: unknown) =>
  inShadowOr(page, CARD, fn, absent, arg);
/** Texts of the elements `sel` in the card layer's shadow root. */
const textsIn = (page: Page, tag: string, sel: string) =>
  inShadowOr<string[]>(
    page,
    tag,
    "function (sel) { return [...this.querySelectorAll(sel)].map((e) => e.textContent); }",
    [],
    sel,
  );

/** Wrong match on the open card, at `scope`, with real clicks. */
async function wrongMatch(page: Page, scope: "page" | "site" | "everywhere") {
  await clickIn(page, CARD, ".al-card .al-wrong");
  await clickIn(page, CARD, `.al-confirm input[value="${scope}"]`);
  await clickIn(page, CARD, ".al-confirm .al-primary");
}

describe("reader corrections", () => {
  let b: ExtensionBrowser;
  let server: FixtureServer;
  /** The same fixture on the other site (localhost). */
  let other: (path: string) => string;

  beforeAll(async () => {
    server = await serveFixtures();
    other = (path) => server.url(path).replace("//127.0.0.1:", "//localhost:");
    b = await launchWithExtension();
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  /** Every stored correction, read in the background (the extension's own origin). */
  const stored = () =>
    b.worker.evaluate(async () =>
      // Opening a database that is not there would make it (empty, at version 1).
      !(await indexedDB.databases()).some((d) => d.name === "actor-lens-notes")
        ? []
        : await new Promise<Correction[]>((ok, fail) => {
            const req = indexedDB.open("actor-lens-notes");
            req.onerror = () => fail(req.error);
            req.onsuccess = () => {
              const db = req.result;
              if (!db.objectStoreNames.contains("corrections")) {
                db.close();
                ok([]);
                return;
              }
              const get = db.transaction("corrections").objectStore("corrections").getAll();
              get.onsuccess = () => {
                db.close();
                ok(get.result as Correction[]);
              };
              get.onerror = () => fail(get.error);
            };
          }),
    );

  beforeEach(async () => {
    for (const p of b.context.pages()) if (p.url().startsWith("http")) await p.close();
    // Each test starts with no corrections (the database is the background's, made on first use).
    await b.worker.evaluate(async () =>
      !(await indexedDB.databases()).some((d) => d.name === "actor-lens-notes")
        ? undefined
        : await new Promise<void>((ok, fail) => {
            const req = indexedDB.open("actor-lens-notes");
            req.onerror = () => fail(req.error);
            req.onsuccess = () => {
              const db = req.result;
              if (!db.objectStoreNames.contains("corrections")) {
                db.close();
                ok();
                return;
              }
              const tx = db.transaction("corrections", "readwrite");
              tx.objectStore("corrections").clear();
              tx.oncomplete = () => {
                db.close();
                ok();
              };
              tx.onerror = () => fail(tx.error);
            };
          }),
    );
  });

  async function open(url: string): Promise<Page> {
    const page = await b.context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName("actor-lens:scan").length > 0, null, {
      timeout: 30_000,
    });
    return page;
  }
  async function reload(page: Page) {
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName("actor-lens:scan").length > 0, null, {
      timeout: 30_000,
    });
  }

  it("Wrong match for this page: unmarked here, after a reload too, and still marked on another page of the site", async () => {
    const page = await open(server.url(A));
    expect(await count(page, KH)).toBe(2);
    await openCard(page, KH);
    // The confirm is keyboard-reachable: the default scope (this site) has the focus; Escape
    // cancels it and the card stays.
    await clickIn(page, CARD, ".al-card .al-wrong");
    // (Polled: the focus moves in an effect, after the confirm's first paint.)
    await poll(() =>
      inCard(page, "function () { return this.activeElement && this.activeElement.value; }", null),
    ).toBe("site");
    await page.keyboard.press("Escape");
    await poll(() => textsIn(page, CARD, ".al-confirm")).toEqual([]);
    expect(await textsIn(page, CARD, ".al-card .al-wrong")).toEqual(["Wrong match"]);
    await wrongMatch(page, "page");
    // Every mention of that spelling linked to it goes at once; the others stay.
    await poll(() => count(page, KH)).toBe(0);
    expect(await count(page, "Hisham al-Hashimi")).toBe(1);
    const [c, ...more] = await stored();
    expect(more).toEqual([]);
    expect(c).toMatchObject({ kind: "not", spelling: KH, entity: "kataib-hezbollah", scope: "page" });
    expect(c?.sentence).toContain("fired rockets at a base north of the capital");
    expect(c?.url).toContain(A);
    await reload(page);
    expect(await count(page, KH)).toBe(0);
    expect(await count(page, "Hisham al-Hashimi")).toBe(1);
    const second = await open(server.url(B));
    expect(await count(second, KH)).toBe(2);
  });

  it("Wrong match for this site: unmarked on another page of the site, still marked on another site", async () => {
    const page = await open(server.url(A));
    await openCard(page, KH);
    await wrongMatch(page, "site");
    await poll(() => count(page, KH)).toBe(0);
    const sameSite = await open(server.url(B));
    expect(await count(sameSite, KH)).toBe(0);
    await reload(sameSite);
    expect(await count(sameSite, KH)).toBe(0);
    const otherSite = await open(other(A));
    expect(await count(otherSite, KH)).toBe(2);
    expect((await stored()).map((c) => c.scope)).toEqual(["site"]);
  });

  it("Wrong match everywhere: unmarked on both sites, after a reload too", async () => {
    const page = await open(server.url(A));
    await openCard(page, KH);
    await wrongMatch(page, "everywhere");
    await poll(() => count(page, KH)).toBe(0);
    const otherSite = await open(other(B));
    expect(await count(otherSite, KH)).toBe(0);
    await reload(otherSite);
    expect(await count(otherSite, KH)).toBe(0);
    expect(await count(otherSite, "Hisham al-Hashimi")).toBe(1);
  });

  it("the undo toast brings the marks back, and the card opens afresh after the rescan", async () => {
    const page = await open(server.url(A));
    await openCard(page, KH);
    await wrongMatch(page, "site");
    await poll(() => count(page, KH)).toBe(0);
    const toast = await textsIn(page, CARD, ".al-toast-text");
    expect(toast).toEqual([`“${KH}” is no longer marked on this site.`]);
    // Inside the viewport, where the reader can reach it.
    const undo = await rectIn(page, CARD, ".al-toast .al-undo");
    const view = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
    expect(undo && undo.top + undo.height <= view.height && undo.left + undo.width <= view.width).toBe(true);
    await clickIn(page, CARD, ".al-toast .al-undo");
    await poll(() => count(page, KH)).toBe(2);
    expect(await stored()).toEqual([]);
    const sameSite = await open(server.url(B));
    expect(await count(sameSite, KH)).toBe(2);
    // A new hover on the page marked anew opens a fresh card.
    await page.bringToFront();
    await openCard(page, KH);
    expect(await textsIn(page, CARD, ".al-card h2")).toEqual([KH]);
  });

  it("This is … on a possible mark links it; None of these unmarks it", async () => {
    const page = await open(server.url(A));
    expect((await marks(page)).ambiguous).toEqual(["Al-Sudani"]);
    await openCard(page, "Al-Sudani");
    expect(await textsIn(page, CARD, ".al-this")).toEqual([
      "This is Abdul Karim al-Sudani",
      "This is Mohammed Shia al-Sudani",
    ]);
    await clickIn(page, CARD, '.al-this[data-target="abdul-karim-al-sudani"]');
    await clickIn(page, CARD, ".al-confirm .al-primary");
    await poll(async () => (await marks(page)).person).toContain("Al-Sudani");
    expect((await marks(page)).ambiguous).toEqual([]);
    expect(await stored()).toMatchObject([
      { kind: "spelling", spelling: "Al-Sudani", entity: "abdul-karim-al-sudani", scope: "site" },
    ]);
    await reload(page);
    expect((await marks(page)).person).toContain("Al-Sudani");
    await openCard(page, "Al-Sudani");
    expect(await textsIn(page, CARD, ".al-card h2")).toEqual(["Abdul Karim al-Sudani"]);

    // On the other site it is still possible: "None of these" there.
    const otherSite = await open(other(A));
    expect((await marks(otherSite)).ambiguous).toEqual(["Al-Sudani"]);
    await openCard(otherSite, "Al-Sudani");
    await clickIn(otherSite, CARD, ".al-card .al-wrong");
    await clickIn(otherSite, CARD, ".al-confirm .al-primary");
    await poll(async () => (await marked(otherSite)).includes("Al-Sudani")).toBe(false);
    expect(await count(otherSite, KH)).toBe(2);
    const nots = (await stored()).filter((c) => c.kind === "not");
    expect(nots.map((c) => c.entity).sort()).toEqual(["abdul-karim-al-sudani", "mohammed-shia-al-sudani"]);
  });

  it("Link to an actor … from a selection marks it at once, and after a reload", async () => {
    const page = await open(server.url(A));
    expect(await marked(page)).not.toContain("Falcons Cell");
    await selectText(page, "Falcons Cell");
    await poll(() => rectIn(page, "actor-lens-save-button", ".link-actor")).not.toBeNull();
    await clickIn(page, "actor-lens-save-button", ".link-actor");
    // Keyboard first: the field has the focus.
    await expect
      .poll(() =>
        inShadowOr(page, PICKER, "function () { return this.activeElement && this.activeElement.id; }", null),
      )
      .toBe("al-pick-input");
    await page.keyboard.type("kataib hizbolla");
    await poll(() => textsIn(page, PICKER, ".al-pick .al-pick-name")).toContain(KH);
    const names = await textsIn(page, PICKER, ".al-pick .al-pick-name");
    const target = names.indexOf(KH);
    for (let i = 0; i < target; i++) await page.keyboard.press("ArrowDown");
    await poll(() => textsIn(page, PICKER, ".al-pick.al-active .al-pick-name")).toEqual([KH]);
    expect(await textsIn(page, PICKER, ".al-pick.al-active .al-pick-type")).toEqual(["Group"]);
    await page.keyboard.press("Enter");
    await poll(async () => (await marks(page)).group).toContain("Falcons Cell");
    expect(await textsIn(page, PICKER, ".al-toast-text")).toEqual([
      `“Falcons Cell” is now marked as ${KH} on this site.`,
    ]);
    expect(await stored()).toMatchObject([
      { kind: "spelling", spelling: "Falcons Cell", entity: "kataib-hezbollah", scope: "site" },
    ]);
    expect((await stored())[0]?.sentence).toContain("the Falcons Cell kept silent too");
    await reload(page);
    expect((await marks(page)).group).toContain("Falcons Cell");
    await openCard(page, "Falcons Cell");
    expect(await textsIn(page, CARD, ".al-card h2")).toEqual([KH]);
    // Its card has a Wrong match too, which undoes the reader's own link.
    await wrongMatch(page, "site");
    await poll(async () => (await marked(page)).includes("Falcons Cell")).toBe(false);
    expect(await count(page, KH)).toBe(2);
  });

  it("Escape closes the link picker and stores nothing", async () => {
    const page = await open(server.url(A));
    await selectText(page, "Falcons Cell");
    await poll(() => rectIn(page, "actor-lens-save-button", ".link-actor")).not.toBeNull();
    await clickIn(page, "actor-lens-save-button", ".link-actor");
    await poll(() => textsIn(page, PICKER, ".al-picker")).toHaveLength(1);
    await page.keyboard.type("kadhimi");
    await page.keyboard.press("Escape");
    await poll(() => textsIn(page, PICKER, ".al-picker")).toEqual([]);
    expect(await stored()).toEqual([]);
  });

  it("a correction made in one tab reaches another open tab of the site without a reload", async () => {
    const first = await open(server.url(A));
    const second = await open(server.url(B));
    const otherSite = await open(other(B));
    expect(await count(second, KH)).toBe(2);
    await first.bringToFront();
    await openCard(first, KH);
    await wrongMatch(first, "site");
    await poll(() => count(second, KH)).toBe(0);
    // Marked anew: what the correction does not touch comes back (a background tab runs slower).
    await poll(() => count(second, "Hisham al-Hashimi"), { timeout: 20_000 }).toBe(1);
    expect(await count(otherSite, KH)).toBe(2);
  });

  it("the popup's Wrong match from On this page unmarks every spelling of the entity in the tab", async () => {
    const page = await open(server.url(A));
    const tabId = await b.worker.evaluate(async (wanted) => {
      type Chrome = {
        tabs: {
          query(q: object): Promise<{ id?: number }[]>;
          sendMessage(id: number, m: unknown): Promise<{ url?: string } | undefined>;
        };
      };
      const { chrome } = globalThis as unknown as { chrome: Chrome };
      for (const tab of await chrome.tabs.query({})) {
        if (tab.id === undefined) continue;
        const summary = await chrome.tabs.sendMessage(tab.id, { type: "tab:summary" }).catch(() => undefined);
        if (summary?.url === wanted) return tab.id;
      }
      return null;
    }, page.url());
    const popup = await b.context.newPage();
    await popup.setViewportSize({ width: 360, height: 560 });
    await popup.goto(b.pageUrl(`popup.html?tab=${tabId}`));
    await popup.click('[data-tab="page"]');
    await popup.click('.pp-page-row[data-id="kataib-hezbollah"] .pp-page-open');
    await popup.click(".al-card .al-wrong");
    await popup.click('.al-confirm input[value="everywhere"]');
    await popup.click(".al-confirm .al-primary");
    await expect
      .poll(() => popup.locator(".al-toast-text").textContent())
      .toBe(`“${KH}” is no longer marked anywhere.`);
    await poll(() => count(page, KH)).toBe(0);
    expect(await stored()).toMatchObject([{ kind: "not", spelling: KH, entity: "kataib-hezbollah" }]);
    const otherSite = await open(other(B));
    expect(await count(otherSite, KH)).toBe(0);
    // Undo from the popup's toast.
    await popup.bringToFront();
    await popup.click(".al-toast .al-undo");
    await poll(() => count(page, KH)).toBe(2);
    expect(await stored()).toEqual([]);
  });

  it("works from the keyboard alone: the card's Wrong match, the scopes, Unmark, then Undo", async () => {
    const page = await open(server.url(A));
    await page.bringToFront();
    // The next-mention command (Alt+Shift+N) opens the first mark's card, focused.
    await toActiveTab(b, { type: "bg:next-mention" });
    await poll(() => textsIn(page, CARD, '.al-card:not([aria-busy="true"]) h2')).toEqual([KH]);
    const focused = () =>
      inCard<string | null>(
        page,
        "function () { const a = this.activeElement; return a ? a.className || a.value || a.tagName : null; }",
        null,
      );
    for (let i = 0; i < 60 && (await focused()) !== "al-wrong"; i++) await page.keyboard.press("Tab");
    await poll(focused).toBe("al-wrong");
    await page.keyboard.press("Enter");
    await poll(focused).toBe("site");
    await page.keyboard.press("ArrowUp");
    await poll(focused).toBe("page");
    await page.keyboard.press("Tab");
    await poll(focused).toBe("al-primary");
    await page.keyboard.press("Enter");
    await poll(() => count(page, KH)).toBe(0);
    expect((await stored()).map((c) => c.scope)).toEqual(["page"]);
    // The toast's Undo has the focus.
    await poll(focused).toBe("al-undo");
    await page.keyboard.press("Enter");
    await poll(() => count(page, KH)).toBe(2);
    expect(await stored()).toEqual([]);
  });

  it("cannot be forged by the page: synthetic clicks and runtime calls store nothing", async () => {
    const page = await open(server.url(A));
    await openCard(page, KH);
    await clickIn(page, CARD, ".al-card .al-wrong");
    const unmark = await rectIn(page, CARD, ".al-confirm .al-primary");
    expect(unmark).not.toBeNull();
    const tried = await page.evaluate(
      async ({ x, y }) => {
        const out: string[] = [];
        const host = document.querySelector("actor-lens-card") as HTMLElement | null;
        out.push(`shadowRoot:${host?.shadowRoot === null}`);
        const at = document.elementFromPoint(x, y);
        for (const type of ["pointerdown", "mousedown", "pointerup", "mouseup", "click"])
          at?.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y }));
        (at as HTMLElement | null)?.click();
        host?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, composed: true }));
        const w = window as unknown as {
          chrome?: { runtime?: { sendMessage?: unknown } };
          browser?: unknown;
        };
        const message = {
          type: "content:corrections-add",
          payload: {
            url: location.href,
            title: "forged",
            corrections: [
              {
                kind: "not",
                spelling: "Hisham al-Hashimi",
                entity: "hisham-al-hashimi",
                scope: "everywhere",
                sentence: "",
              },
            ],
          },
        };
        try {
          const send = w.chrome?.runtime?.sendMessage as ((...a: unknown[]) => Promise<unknown>) | undefined;
          if (send) await send(message);
          out.push(`runtime:${typeof send}`);
        } catch (e) {
          out.push(`runtime threw:${(e as Error).message.slice(0, 40)}`);
        }
        window.postMessage(message, "*");
        out.push(`browser:${typeof w.browser}`);
        return out;
      },
      {
        x: (unmark?.left ?? 0) + (unmark?.width ?? 0) / 2,
        y: (unmark?.top ?? 0) + (unmark?.height ?? 0) / 2,
      },
    );
    expect(tried[0]).toBe("shadowRoot:true");
    await page.waitForTimeout(1000);
    expect(await stored()).toEqual([]);
    expect(await count(page, KH)).toBe(2);
    expect(await count(page, "Hisham al-Hashimi")).toBe(1);
    // The confirm is still open for the reader; a real click does store.
    await clickIn(page, CARD, ".al-confirm .al-primary");
    await poll(async () => (await stored()).length).toBe(1);
  });

  it("follows dark mode: the confirm, the toast and the link picker", async () => {
    const dark = await launchWithExtension({ colorScheme: "dark" });
    const style = (page: Page, tag: string, sel: string) =>
      inShadowOr<string | null>(
        page,
        tag,
        "function (sel) { const e = this.querySelector(sel); return e && getComputedStyle(e).backgroundColor; }",
        null,
        sel,
      );
    try {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const page = await dark.context.newPage();
      await page.goto(server.url(B));
      await page.waitForFunction(() => performance.getEntriesByName("actor-lens:scan").length > 0);
      await openCard(page, "Hisham al-Hashimi");
      await clickIn(page, CARD, ".al-card .al-wrong");
      expect(await style(page, CARD, ".al-card")).toBe("rgb(30, 33, 39)");
      await poll(() => style(page, CARD, ".al-confirm .al-primary")).toBe("rgb(138, 180, 248)");
      await page.screenshot({ path: join(SCREENSHOTS, "card-wrong-match-dark.png") });
      await clickIn(page, CARD, ".al-confirm .al-primary");
      await poll(() => style(page, CARD, ".al-toast")).toBe("rgb(243, 244, 246)");
      await selectText(page, "Falcons Cell");
      await poll(() => rectIn(page, "actor-lens-save-button", ".link-actor")).not.toBeNull();
      await clickIn(page, "actor-lens-save-button", ".link-actor");
      await poll(() => style(page, PICKER, ".al-picker")).toBe("rgb(35, 38, 44)");
      await poll(() =>
        inShadowOr(page, PICKER, "function () { return this.activeElement && this.activeElement.id; }", null),
      ).toBe("al-pick-input");
      await page.keyboard.type("sadr");
      await poll(() =>
        inShadowOr(page, PICKER, "function () { return this.querySelectorAll('[role=option]').length; }", 0),
      ).toBeGreaterThan(0);
      await page.screenshot({ path: join(SCREENSHOTS, "link-picker-dark.png") });
    } finally {
      await dark.close();
    }
  });
});

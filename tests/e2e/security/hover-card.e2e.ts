/**
 * Issue 17, the hover card against a hostile page: everything here is done by page scripts
 * (page.evaluate runs in the page's own world), and none of it may open the card, act for the
 * reader, rewrite what the card shows, hide or move it, or take a key from the page's editors.
 * The reader's own input (Playwright's mouse and keyboard: trusted events) still works.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExtensionBrowser, type FixtureServer, launchWithExtension, serveFixtures } from "../harness";
import { inShadowOr, type Rect, rectIn } from "../shadow";

const ARTICLE = "/reader-article.html";
const CARD = "actor-lens-card";
const FAKE = "Sanctioned by the UN for war crimes";

async function waitForScan(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName("actor-lens:scan").length > 0, null, {
    timeout: 30_000,
  });
}

/** Centre of the first marked range whose text is `text`. */
async function pointOf(page: Page, text: string) {
  const p = await page.evaluate((t) => {
    for (const [, h] of CSS.highlights)
      for (const r of h as Highlight)
        if (r.toString() === t) {
          const b = (r as Range).getClientRects()[0];
          if (b) return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        }
    return null;
  }, text);
  if (!p) throw new Error(`no mark "${text}"`);
  return p;
}

/** The reader rests the real pointer on a name until its card shows its details. */
async function openCard(page: Page, text: string) {
  const { x, y } = await pointOf(page, text);
  await page.mouse.move(x - 3, y);
  await page.mouse.move(x, y);
  await expect.poll(() => cardTitle(page)).not.toBeNull();
  await expect.poll(() => cardShows(page)).toContain("Dataset as of");
  // Its entrance animation moves it by a few pixels: measure it once still.
  await expect
    .poll(() =>
      inShadowOr(
        page,
        CARD,
        `function () { return this.querySelector(".al-card").getAnimations().length; }`,
        -1,
      ),
    )
    .toBe(0);
}

/** What the open card shows (its shadow root's text, through CDP); null when none is open. */
function cardShows(page: Page): Promise<string | null> {
  return inShadowOr(
    page,
    CARD,
    `function () { const c = this.querySelector('.al-card:not([aria-busy="true"])'); return c ? c.textContent : null; }`,
    null,
  );
}
const cardTitle = (page: Page) =>
  inShadowOr<string | null>(
    page,
    CARD,
    `function () { return this.querySelector(".al-card h2")?.textContent ?? null; }`,
    null,
  );

/** The stored list of sites Actor Lens is off on. */
function disabledSites(b: ExtensionBrowser): Promise<string[]> {
  return b.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        storage: { local: { get(k: string): Promise<Record<string, { disabledSites?: string[] }>> } };
      };
    };
    const all = await chrome.storage.local.get("actor-lens:settings");
    return all["actor-lens:settings"]?.disabledSites ?? [];
  });
}

async function resetSettings(b: ExtensionBrowser) {
  await b.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { set(x: unknown): Promise<void> } } };
    };
    await chrome.storage.local.set({ "actor-lens:settings": {} });
  });
}

const settle = (page: Page) => page.waitForTimeout(700);

describe("security: the hover card on a hostile page", () => {
  let b: ExtensionBrowser;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await serveFixtures();
    b = await launchWithExtension();
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  async function article(): Promise<Page> {
    await resetSettings(b);
    const page = await b.context.newPage();
    await page.goto(server.url(ARTICLE));
    await waitForScan(page);
    return page;
  }

  it("keeps its shadow root out of the page's reach", async () => {
    const page = await article();
    await openCard(page, "Mustafa al-Kadhimi");
    expect(
      await page.evaluate((tag) => {
        const host = document.querySelector(tag);
        return { host: !!host, shadowRoot: host?.shadowRoot ?? null };
      }, CARD),
    ).toEqual({ host: true, shadowRoot: null });
  });

  it("cannot be switched off on the site by a page script", async () => {
    const page = await article();
    await openCard(page, "Kataib Hezbollah");
    await page.evaluate(async (tag) => {
      const host = document.querySelector(tag) as HTMLElement;
      const tick = () => new Promise((ok) => setTimeout(ok, 20));
      // Through the root, if the page can reach it.
      host.shadowRoot?.querySelector<HTMLElement>(".al-off")?.click();
      // Synthetic clicks and keys on the host, and at the button's place.
      host.click();
      const r = host.getBoundingClientRect();
      for (const type of ["pointerdown", "mousedown", "pointerup", "mouseup", "click"])
        host.dispatchEvent(
          new MouseEvent(type, { bubbles: true, composed: true, clientX: r.left, clientY: r.top }),
        );
      // Focus tricks: find-in-page moves the selection (and focus) into the card, then keys.
      for (const text of ["Turn off on", "127.0.0.1"]) {
        getSelection()?.removeAllRanges();
        (window as unknown as { find(s: string): boolean }).find(text);
        const active = document.activeElement as HTMLElement | null;
        for (const key of ["Enter", " "]) {
          for (const type of ["keydown", "keypress", "keyup"])
            active?.dispatchEvent(
              new KeyboardEvent(type, {
                key,
                code: key === " " ? "Space" : key,
                bubbles: true,
                composed: true,
              }),
            );
        }
        active?.click();
        await tick();
      }
      host.focus();
      (document.activeElement as HTMLElement | null)?.click();
      document.activeElement?.dispatchEvent(
        new KeyboardEvent("keydown", { key: "Enter", bubbles: true, composed: true }),
      );
      await tick();
    }, CARD);
    await settle(page);
    expect(await disabledSites(b)).toEqual([]);
    expect(await page.evaluate(() => CSS.highlights.get("actor-lens-group")?.size ?? 0)).toBeGreaterThan(0);
  });

  it("cannot have what it shows rewritten by a page script", async () => {
    const page = await article();
    await openCard(page, "Mustafa al-Kadhimi");
    const before = await cardShows(page);
    await page.evaluate(
      ({ tag, fake }) => {
        const host = document.querySelector(tag) as HTMLElement;
        // Through the root, if the page can reach it.
        const h2 = host.shadowRoot?.querySelector("h2");
        if (h2) h2.textContent = fake;
        // Light-DOM children and pseudo-elements of the host.
        host.append(fake);
        const style = document.createElement("style");
        style.textContent = `${tag}::before, ${tag}::after { content: "${fake}" !important; display: block !important; position: fixed !important; inset: 0 !important; background: white !important; font-size: 40px !important; }`;
        document.head.append(style);
      },
      { tag: CARD, fake: FAKE },
    );
    expect(
      await page.evaluate((tag) => {
        const host = document.querySelector(tag) as Element;
        return [getComputedStyle(host, "::before").content, getComputedStyle(host, "::after").content];
      }, CARD),
    ).toEqual(["none", "none"]);
    expect(await cardShows(page)).toBe(before);
  });

  it("cannot be edited through find, designMode or an editable ancestor", async () => {
    const page = await article();
    await openCard(page, "Mustafa al-Kadhimi");
    const before = await cardShows(page);
    const found = await page.evaluate(async (fake) => {
      const tick = () => new Promise((ok) => setTimeout(ok, 20));
      const hits: boolean[] = [];
      const attack = async () => {
        // Text only the card has: find-in-page selects it there, then the page edits the selection.
        for (const text of ["Dataset as of", "Sources"]) {
          getSelection()?.removeAllRanges();
          hits.push((window as unknown as { find(s: string): boolean }).find(text));
          document.execCommand("insertText", false, fake);
          document.execCommand("delete");
          await tick();
        }
      };
      document.designMode = "on";
      await attack();
      document.designMode = "off";
      document.documentElement.contentEditable = "true";
      await attack();
      document.documentElement.contentEditable = "inherit";
      return hits;
    }, FAKE);
    // The page's find did reach the card's text (it is no boundary): the edit is what must fail.
    expect(found.some(Boolean)).toBe(true);
    const now = await cardShows(page);
    if (now !== null) expect(now).toBe(before);
    expect(now ?? "").not.toContain(FAKE);
  });

  it("opens only on the reader's own pointer, not on events a page dispatches", async () => {
    const page = await article();
    const { x, y } = await pointOf(page, "Qassem Soleimani");
    const opened = await page.evaluate(
      async ({ x, y, tag }) => {
        // The card's host is added when a card first opens: the page watches for it.
        let seen = false;
        const watch = new MutationObserver(() => {
          seen ||= !!document.querySelector(tag);
        });
        watch.observe(document.documentElement, { childList: true, subtree: true });
        const target = document.elementFromPoint(x, y) as Element;
        for (let i = 0; i < 40; i++) {
          const at = { bubbles: true, composed: true, clientX: x, clientY: y, pointerType: "mouse" };
          target.dispatchEvent(new PointerEvent("pointerover", at));
          target.dispatchEvent(new PointerEvent("pointermove", at));
          target.dispatchEvent(new MouseEvent("mouseover", at));
          target.dispatchEvent(new MouseEvent("mousemove", at));
          await new Promise((ok) => setTimeout(ok, 25));
        }
        await new Promise((ok) => setTimeout(ok, 700));
        watch.disconnect();
        return seen || !!document.querySelector(tag);
      },
      { x, y, tag: CARD },
    );
    expect(opened).toBe(false);
    // The reader's pointer still opens it.
    await page.mouse.move(x - 3, y);
    await page.mouse.move(x, y);
    await expect.poll(() => cardTitle(page)).toBe("Qassem Soleimani");
  });

  it("cannot be hidden, moved or restyled by the page's CSS", async () => {
    const page = await article();
    await openCard(page, "Mustafa al-Kadhimi");
    const box = (await rectIn(page, CARD, ".al-card")) as Rect;
    await page.addStyleTag({
      content: `${CARD}, html > ${CARD}[popover], :popover-open {
        opacity: 0 !important; transform: translate(400px, 300px) !important; translate: 200px 100px !important;
        scale: 0.1 !important; rotate: 45deg !important; display: none !important; visibility: hidden !important;
        zoom: 0.2 !important; clip-path: inset(50%) !important; filter: opacity(0) !important;
        position: absolute !important; left: 3000px !important; top: 3000px !important; content-visibility: hidden !important;
        mask: linear-gradient(transparent, transparent) !important; pointer-events: none !important; }`,
    });
    await page.waitForTimeout(100);
    const seen = await page.evaluate(
      ({ tag, box }) => {
        const host = document.querySelector(tag) as Element;
        const cs = getComputedStyle(host);
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return {
          opacity: cs.opacity,
          transform: cs.transform,
          translate: cs.translate,
          scale: cs.scale,
          display: cs.display,
          visibility: cs.visibility,
          clipPath: cs.clipPath,
          filter: cs.filter,
          position: cs.position,
          contentVisibility: cs.contentVisibility,
          hit: hit?.tagName,
        };
      },
      { tag: CARD, box },
    );
    expect(seen).toEqual({
      opacity: "1",
      transform: "none",
      translate: "none",
      scale: "none",
      display: "block",
      visibility: "visible",
      clipPath: "none",
      filter: "none",
      position: "fixed",
      contentVisibility: "visible",
      hit: "ACTOR-LENS-CARD",
    });
    expect(await rectIn(page, CARD, ".al-card")).toEqual(box);
  });

  it("puts its host back when a page script rewrites its style or attributes", async () => {
    const page = await article();
    await openCard(page, "Mustafa al-Kadhimi");
    const box = (await rectIn(page, CARD, ".al-card")) as Rect;
    const centre = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    for (const attack of ["style", "cssom", "attributes", "popover"] as const) {
      await page.evaluate(
        ({ tag, attack }) => {
          const host = document.querySelector(tag) as HTMLElement;
          if (attack === "style")
            host.setAttribute("style", "display: none !important; opacity: 0 !important");
          if (attack === "cssom") {
            host.style.setProperty("opacity", "0", "important");
            host.style.setProperty("transform", "translate(2000px, 0)", "important");
          }
          if (attack === "attributes") {
            host.setAttribute("hidden", "until-found");
            host.setAttribute("inert", "");
            host.setAttribute("class", "decoy");
          }
          if (attack === "popover") {
            host.hidePopover();
            host.removeAttribute("popover");
          }
        },
        { tag: CARD, attack },
      );
      await page.waitForTimeout(100);
      const seen = await page.evaluate(
        ({ tag, centre }) => {
          const host = document.querySelector(tag) as HTMLElement;
          const cs = getComputedStyle(host);
          return {
            display: cs.display,
            opacity: cs.opacity,
            transform: cs.transform,
            inert: host.inert,
            hidden: host.hidden,
            hit: document.elementFromPoint(centre.x, centre.y)?.tagName,
          };
        },
        { tag: CARD, centre },
      );
      expect({ attack, ...seen }).toEqual({
        attack,
        display: "block",
        opacity: "1",
        transform: "none",
        inert: false,
        hidden: false,
        hit: "ACTOR-LENS-CARD",
      });
    }
  });

  it("closes rather than stay open, unseen, when a page script moves its host", async () => {
    const page = await article();
    await openCard(page, "Mustafa al-Kadhimi");
    const box = (await rectIn(page, CARD, ".al-card")) as Rect;
    await page.evaluate((tag) => {
      const hide = document.createElement("div");
      hide.style.display = "none";
      document.body.append(hide);
      hide.append(document.querySelector(tag) as Element);
    }, CARD);
    await page.waitForTimeout(100);
    // Either no card is open, or it is drawn where it was, on top.
    const open = await cardShows(page);
    if (open !== null)
      expect(
        await page.evaluate((p) => document.elementFromPoint(p.x, p.y)?.tagName, {
          x: box.left + box.width / 2,
          y: box.top + box.height / 2,
        }),
      ).toBe("ACTOR-LENS-CARD");
    // And the reader's next hover opens a card again.
    await page.mouse.move(5, 5);
    await openCard(page, "Kataib Hezbollah");
    expect(await cardTitle(page)).toBe("Kataib Hezbollah");
  });

  for (const editor of ["#ta", "#editor"]) {
    it(`leaves Escape to the page's editor (${editor}) while a card is open`, async () => {
      const page = await article();
      await page.evaluate((sel) => {
        const w = window as unknown as { escapes: number };
        w.escapes = 0;
        document.querySelector(sel)?.addEventListener("keydown", (e) => {
          if ((e as KeyboardEvent).key === "Escape") w.escapes++;
        });
      }, editor);
      await openCard(page, "Mustafa al-Kadhimi");
      await page.focus(editor);
      await page.keyboard.press("Escape");
      expect(await page.evaluate(() => (window as unknown as { escapes: number }).escapes)).toBe(1);
      // The card still closes on it.
      await expect.poll(() => cardTitle(page)).toBeNull();
    });
  }
});

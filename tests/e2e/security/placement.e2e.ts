/**
 * Issue 17, item 7: on unusual pages the hover card is still drawn next to its mention, inside
 * the viewport, and never over the mention — a page zoomed with CSS, a page that unsets every
 * style, and a short viewport where the card is taller than the room on either side.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExtensionBrowser, type FixtureServer, launchWithExtension, serveFixtures } from "../harness";
import { inShadowOr, type Rect } from "../shadow";

const CARD = "actor-lens-card";
/** The layer's gap between mention and card, and its margin inside the viewport (layer.tsx). */
const GAP = 6;
const MARGIN = 8;

const PARAGRAPH =
  "Prime Minister Mustafa al-Kadhimi faced mounting criticism after security forces detained " +
  "members of Kataib Hezbollah in a raid on the southern edge of the capital.";

/** A page with `css`, `before` pixels of empty space, then the paragraph and some filler. */
function pageWith(css: string, before = 0): string {
  const filler = "<p>The talks resumed the next day, and no statement followed.</p>".repeat(30);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Placement</title><style>
    .space { height: ${before}px; }
    ${css}
    </style></head><body><div class="space"></div><p id="p1">${PARAGRAPH}</p>${filler}</body></html>`;
}

async function waitForScan(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName("actor-lens:scan").length > 0, null, {
    timeout: 30_000,
  });
}

/** The first box of the marked range `text`, in viewport pixels. */
async function mentionBox(page: Page, text: string): Promise<Rect> {
  const r = await page.evaluate((t) => {
    for (const [, h] of CSS.highlights)
      for (const r of h as Highlight)
        if (r.toString() === t) {
          const b = (r as Range).getClientRects()[0];
          if (b) return { left: b.left, top: b.top, width: b.width, height: b.height };
        }
    return null;
  }, text);
  if (!r) throw new Error(`no mark "${text}"`);
  return r;
}

/** Rests the real pointer on the mention and returns the card's box once it is still. */
async function cardNextTo(page: Page, m: Rect): Promise<Rect & { scrolls: boolean }> {
  const x = m.left + m.width / 2;
  const y = m.top + m.height / 2;
  await page.mouse.move(x - 3, y);
  await page.mouse.move(x, y);
  const measure = () =>
    inShadowOr<(Rect & { scrolls: boolean; moving: boolean }) | null>(
      page,
      CARD,
      `function () {
        const c = this.querySelector('.al-card:not([aria-busy="true"])');
        if (!c) return null;
        const r = c.getBoundingClientRect();
        return { left: r.left, top: r.top, width: r.width, height: r.height,
          scrolls: c.scrollHeight > c.clientHeight + 1, moving: c.getAnimations().length > 0 };
      }`,
      null,
    );
  await expect.poll(async () => (await measure())?.moving).toBe(false);
  const { moving: _, ...box } = (await measure()) as Rect & { scrolls: boolean; moving: boolean };
  return box;
}

/** The card is inside the viewport, does not touch the mention, and sits right above or below it. */
async function expectPlacedBeside(page: Page, m: Rect, c: Rect) {
  const view = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  const inside = {
    left: c.left >= 0,
    top: c.top >= 0,
    right: c.left + c.width <= view.width,
    bottom: c.top + c.height <= view.height,
  };
  expect(inside).toEqual({ left: true, top: true, right: true, bottom: true });
  const below = c.top - (m.top + m.height);
  const above = m.top - (c.top + c.height);
  // Wholly below or wholly above the mention, at the gap (one pixel for rounding).
  const beside = (below >= 0 && below <= GAP + 1) || (above >= 0 && above <= GAP + 1);
  expect({ below, above, beside }).toMatchObject({ beside: true });
  // And where the mention starts, unless pushed in from the viewport's right edge.
  const pushed = m.left + c.width > view.width - MARGIN;
  if (!pushed) expect(Math.abs(c.left - m.left)).toBeLessThanOrEqual(1);
}

describe("security: the hover card's place on unusual pages", () => {
  let b: ExtensionBrowser;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await serveFixtures();
    const pages: Record<string, string> = {
      "/zoom.html": pageWith("html { zoom: 3 }"),
      "/zoom-body.html": pageWith("html { zoom: 2 } body { zoom: 1.5 }"),
      "/unset.html": pageWith("* { all: unset !important } p { display: block !important }"),
      "/short-top.html": pageWith("body { margin: 0; font: 16px/20px sans-serif } p { margin: 0 }", 100),
      "/short-bottom.html": pageWith("body { margin: 0; font: 16px/20px sans-serif } p { margin: 0 }", 190),
    };
    server.routes.push((req, res) => {
      const html = pages[new URL(req.url ?? "/", "http://x").pathname];
      if (!html) return false;
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
      return true;
    });
    b = await launchWithExtension();
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  for (const [path, what] of [
    ["/zoom.html", "html { zoom: 3 }"],
    ["/zoom-body.html", "html { zoom: 2 } body { zoom: 1.5 }"],
  ] as const) {
    it(`places the card beside its mention, at its own size, on a page with ${what}`, async () => {
      const page = await b.context.newPage();
      await page.goto(server.url(path));
      await waitForScan(page);
      const m = await mentionBox(page, "Mustafa al-Kadhimi");
      const c = await cardNextTo(page, m);
      await expectPlacedBeside(page, m, c);
      // Not multiplied by the page's zoom.
      expect(c.width).toBe(360);
    });
  }

  it("places the card beside its mention on a page that unsets every style", async () => {
    const page = await b.context.newPage();
    await page.goto(server.url("/unset.html"));
    await waitForScan(page);
    const m = await mentionBox(page, "Kataib Hezbollah");
    const c = await cardNextTo(page, m);
    await expectPlacedBeside(page, m, c);
    expect(c.width).toBe(360);
  });

  for (const [path, side] of [
    ["/short-top.html", "below"],
    ["/short-bottom.html", "above"],
  ] as const) {
    it(`never covers the mention in a 300-px-high viewport: a tall card goes ${side} and scrolls`, async () => {
      const page = await b.context.newPage();
      await page.setViewportSize({ width: 800, height: 300 });
      await page.goto(server.url(path));
      await waitForScan(page);
      const m = await mentionBox(page, "Mustafa al-Kadhimi");
      const c = await cardNextTo(page, m);
      const overlap =
        c.left < m.left + m.width &&
        m.left < c.left + c.width &&
        c.top < m.top + m.height &&
        m.top < c.top + c.height;
      expect(overlap).toBe(false);
      await expectPlacedBeside(page, m, c);
      expect(side === "below" ? c.top > m.top : c.top < m.top).toBe(true);
      // Taller than the room it has: it scrolls inside.
      expect(c.scrolls).toBe(true);
    });
  }
});

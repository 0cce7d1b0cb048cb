/**
 * Right-to-left pages (issue 16) in both browsers: an Arabic page (<html dir="rtl" lang="ar">), a
 * Persian one (lang="fa") and an English page quoting Arabic in a dir="rtl" block. Marks on the
 * names as the pages write them, cards next to their mark and inside the viewport (also at the
 * right edge and on a page scrolled sideways), in English with the matched Arabic or Persian
 * spelling set dir="auto"; highlights saved on Arabic and Persian text drawn again after a
 * reload; the popup's search in Arabic and Persian script.
 *
 * `ACTOR_LENS_DOCS_SHOTS=1` also saves docs/card-arabic.png and docs/card-persian.png (Firefox's
 * go to reports/firefox/).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ExtensionBrowser,
  type FixtureServer,
  launchWithExtension,
  ROOT,
  SCREENSHOTS,
  serveFixtures,
  toActiveTab,
} from "./harness";
import { drawnHighlights, selectText, storedHighlights } from "./notes-helpers";
import { inShadowOr } from "./shadow";

const ARABIC = "/rtl-arabic.html";
const PERSIAN = "/rtl-persian.html";
const INNER = "/rtl-inner.html";
const SHOTS = process.env.ACTOR_LENS_DOCS_SHOTS === "1";
/** The card layer's gap to its mark and margin to the viewport's edges (lib/page/layer.tsx). */
const MARGIN = 8;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

async function waitForScan(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName("actor-lens:scan").length > 0, null, {
    timeout: 30_000,
  });
}

/** Texts of the ranges in each Actor Lens highlight. */
function marks(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const name of ["actor-lens-person", "actor-lens-group", "actor-lens-ambiguous"]) {
      const h = CSS.highlights.get(name);
      out[name] = h ? [...h].map((r) => r.toString()) : [];
    }
    return out;
  });
}
const allMarks = async (page: Page) => Object.values(await marks(page)).flat();

/** The first line box of the first marked range whose text is `text`, in document order. */
async function markBox(page: Page, text: string): Promise<Box> {
  const box = await page.evaluate((t) => {
    const found: Range[] = [];
    for (const name of ["actor-lens-person", "actor-lens-group", "actor-lens-ambiguous"])
      for (const r of CSS.highlights.get(name) ?? []) if (r.toString() === t) found.push(r as Range);
    found.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const r = found[0]?.getClientRects()[0];
    return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
  }, text);
  if (!box) throw new Error(`no mark "${text}"`);
  return box;
}

async function hover(page: Page, text: string): Promise<Box> {
  const m = await markBox(page, text);
  const x = (m.left + m.right) / 2;
  const y = (m.top + m.bottom) / 2;
  await page.mouse.move(x - 3, y);
  await page.mouse.move(x, y);
  return m;
}

/** What the open card shows and where; null while no card (with its details) is open. */
interface CardView {
  title: string;
  box: Box;
  /** Computed `direction` of the card, and the language it is in (the nearest lang). */
  direction: string;
  lang: string;
  role: string;
  /** The "Matched as" spelling: its text, dir attribute, computed direction and font style. */
  surface: { text: string; dir: string | null; direction: string; fontStyle: string } | null;
  viewport: { width: number; height: number };
}

function openCard(page: Page): Promise<CardView | null> {
  return inShadowOr<CardView | null>(
    page,
    "actor-lens-card",
    `function () {
      const card = this.querySelector('.al-card:not([aria-busy="true"])');
      if (!card) return null;
      const r = card.getBoundingClientRect();
      const s = card.querySelector(".al-surface");
      return {
        title: card.querySelector("h2").textContent,
        box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
        direction: getComputedStyle(card).direction,
        lang: card.closest("[lang]")?.getAttribute("lang") ?? "",
        role: card.querySelector(".al-role-text")?.textContent ?? "",
        surface: s && {
          text: s.textContent,
          dir: s.getAttribute("dir"),
          direction: getComputedStyle(s).direction,
          fontStyle: getComputedStyle(s).fontStyle,
        },
        viewport: { width: document.documentElement.clientWidth, height: innerHeight },
      };
    }`,
    null,
  );
}

async function cardTitled(page: Page, title: string): Promise<CardView> {
  await expect.poll(async () => (await openCard(page))?.title, { timeout: 10_000 }).toBe(title);
  // Laid out again once its details are in: read it when it has stopped moving.
  let last = JSON.stringify(await openCard(page));
  for (;;) {
    await page.waitForTimeout(150);
    const now = JSON.stringify(await openCard(page));
    if (now === last) return JSON.parse(now) as CardView;
    last = now;
  }
}

/**
 * The card is inside the viewport, wholly below or above its mark (never over it, a few pixels
 * off), and lined up with the side where the mark's text starts: its right edge for right-to-
 * left text, its left edge otherwise, unless that would leave the viewport.
 */
function expectNextTo(card: CardView, mark: Box, rtl: boolean) {
  const { box, viewport } = card;
  const width = box.right - box.left;
  expect(box.left).toBeGreaterThanOrEqual(MARGIN - 1);
  expect(box.right).toBeLessThanOrEqual(viewport.width - MARGIN + 1);
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.bottom).toBeLessThanOrEqual(viewport.height);
  const below = box.top >= mark.bottom;
  if (below) expect(box.top - mark.bottom).toBeLessThan(12);
  else {
    expect(box.bottom).toBeLessThanOrEqual(mark.top);
    expect(mark.top - box.bottom).toBeLessThan(12);
  }
  const start = rtl ? mark.right - width : mark.left;
  const left = Math.max(MARGIN, Math.min(start, viewport.width - width - MARGIN));
  expect(Math.abs(box.left - left)).toBeLessThanOrEqual(1);
}

/** The card speaks English whatever the page's direction and language. */
function expectEnglish(card: CardView) {
  expect(card.direction).toBe("ltr");
  expect(card.lang).toBe("en");
}

/** The two right-to-left pages, with the names their cards are opened on. */
const PAGES = [
  {
    lang: "Arabic",
    path: ARABIC,
    hover: { text: "مصطفى الكاظمي", name: "Mustafa al-Kadhimi" },
    first: { text: "كتائب حزب الله", name: "Kataib Hezbollah" },
    shot: "card-arabic.png",
  },
  {
    lang: "Persian",
    path: PERSIAN,
    hover: { text: "قاسم سلیمانی", name: "Qassem Soleimani" },
    // The headline names the Quds Force.
    first: { text: "نیروی قدس", name: "Quds Force" },
    shot: "card-persian.png",
  },
];

describe("right-to-left pages", () => {
  let b: ExtensionBrowser;
  let server: FixtureServer;
  /** When set, the Arabic page is served with these words vocalised (a newsroom's later edit). */
  let vocalise: { plain: string; marked: string } | null = null;
  beforeAll(async () => {
    server = await serveFixtures();
    server.routes.push((req, res) => {
      if (!vocalise || !req.url?.startsWith(ARABIC)) return false;
      const html = readFileSync(join(ROOT, "tests/fixtures/pages", ARABIC), "utf8");
      res
        .writeHead(200, { "content-type": "text/html; charset=utf-8" })
        .end(html.replace(vocalise.plain, vocalise.marked));
      return true;
    });
    b = await launchWithExtension();
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await b.context.newPage();
    await page.goto(server.url(path));
    await waitForScan(page);
    return page;
  }

  it("marks on each right-to-left page what npm run annotate finds there", async () => {
    for (const path of [ARABIC, PERSIAN, INNER]) {
      const page = await open(path);
      const annotated = execFileSync(
        "npx",
        ["tsx", "scripts/annotate.ts", join(ROOT, "tests/fixtures/pages", path), "--json"],
        { cwd: ROOT, encoding: "utf8" },
      )
        .trim()
        .split("\n")
        .filter((l) => l.startsWith("{"))
        .map((l) => (JSON.parse(l) as { surface: string }).surface);
      expect(annotated.length).toBeGreaterThan(0);
      expect((await allMarks(page)).sort()).toEqual(annotated.sort());
      await page.close();
    }
  });

  it("marks the Arabic names as the page writes them, each drawn over its own words", async () => {
    const page = await open(ARABIC);
    const m = await marks(page);
    expect(m["actor-lens-person"]).toEqual(expect.arrayContaining(["مصطفى الكاظمي", "الكاظمي"]));
    expect(m["actor-lens-group"]).toEqual(expect.arrayContaining(["كتائب حزب الله", "Kataib Hezbollah"]));
    expect(m["actor-lens-group"]?.filter((s) => s === "كتائب حزب الله")).toHaveLength(2);
    // The longest name wins: Kataib Hezbollah is never also Hezbollah.
    expect(await allMarks(page)).not.toContain("حزب الله");
    // The lead opens with the name: its mark is at the right, where the Arabic line starts.
    const lead = await markBox(page, "كتائب حزب الله");
    const para = await page.evaluate(() => {
      const r = document.getElementById("lead")?.getBoundingClientRect();
      return r ? { left: r.left, right: r.right, top: r.top } : null;
    });
    expect(Math.abs((para?.right ?? 0) - lead.right)).toBeLessThanOrEqual(2);
    expect(lead.left).toBeGreaterThan((para?.left ?? 0) + 100);
    expect(Math.abs(lead.top - (para?.top ?? 0))).toBeLessThan(12);
    await page.close();
  });

  it("marks the Persian names as the page writes them", async () => {
    const page = await open(PERSIAN);
    const m = await marks(page);
    expect(m["actor-lens-person"]).toEqual(expect.arrayContaining(["قاسم سلیمانی", "سلیمانی"]));
    expect(m["actor-lens-group"]).toContain("سپاه پاسداران");
    await page.close();
  });

  for (const p of PAGES) {
    it(`opens a card on hover on the ${p.lang} page: in English, next to its mark, the ${p.lang} spelling shown dir=auto`, async () => {
      const page = await open(p.path);
      const mark = await hover(page, p.hover.text);
      const card = await cardTitled(page, p.hover.name);
      expectEnglish(card);
      expect(card.role).not.toBe("");
      expect(card.role).not.toMatch(/[\u0600-\u06ff]/);
      expect(card.surface).toEqual({
        text: p.hover.text,
        dir: "auto",
        direction: "rtl",
        fontStyle: "normal",
      });
      expectNextTo(card, mark, true);
      if (SHOTS) {
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: join(SCREENSHOTS, p.shot) });
      }
      await page.keyboard.press("Escape");
      await expect.poll(() => openCard(page)).toBeNull();
      await page.close();
    });

    it(`opens the first mention's card from the keyboard on the ${p.lang} page, focused and placed the same way`, async () => {
      const page = await open(p.path);
      await page.bringToFront();
      await toActiveTab(b, { type: "bg:next-mention" });
      const card = await cardTitled(page, p.first.name);
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("ACTOR-LENS-CARD");
      expectEnglish(card);
      expect(card.surface?.dir).toBe("auto");
      expectNextTo(card, await markBox(page, p.first.text), true);
      await page.keyboard.press("Escape");
      await expect.poll(() => openCard(page)).toBeNull();
      await page.close();
    });
  }

  it("lines the card up with a Latin name's right edge in an Arabic paragraph, in English", async () => {
    const page = await open(ARABIC);
    const mark = await hover(page, "Kataib Hezbollah");
    const card = await cardTitled(page, "Kataib Hezbollah");
    expectEnglish(card);
    expectNextTo(card, mark, true);
    await page.close();
  });

  it("keeps the card inside the viewport for a mark at the right edge of a narrow window", async () => {
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 420, height: 800 });
    await page.goto(server.url(ARABIC));
    await waitForScan(page);
    await page.addStyleTag({ content: "body { margin: 0 !important; padding: 0 2px !important; }" });
    const mark = await markBox(page, "كتائب حزب الله");
    expect(mark.right).toBeGreaterThan(420 - MARGIN);
    await hover(page, "كتائب حزب الله");
    const card = await cardTitled(page, "Kataib Hezbollah");
    expectEnglish(card);
    expectNextTo(card, mark, true);
    expect(card.box.right).toBeLessThanOrEqual(card.viewport.width - MARGIN + 1);
    await page.close();
  });

  it("places the card next to its mark on a right-to-left page scrolled sideways", async () => {
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 700, height: 800 });
    await page.goto(server.url(ARABIC));
    await waitForScan(page);
    // A paragraph wider than the window, the name far from its start: an RTL page opens at its
    // right end, and the reader scrolls left, to negative scrollX.
    await page.addStyleTag({
      content: "body { max-width: none !important; } #latin { width: 2400px; padding-inline-start: 1400px; }",
    });
    const before = await markBox(page, "Kataib Hezbollah");
    await page.evaluate((dx) => window.scrollBy(dx, 0), before.left - 300);
    await expect.poll(() => page.evaluate(() => window.scrollX)).toBeLessThan(-100);
    // Marks far from the reader are drawn once in view: the name is marked again over there.
    await expect
      .poll(async () => {
        const m = await markBox(page, "Kataib Hezbollah").catch(() => null);
        return !!m && m.left > 0 && m.right < 700;
      })
      .toBe(true);
    const mark = await hover(page, "Kataib Hezbollah");
    const card = await cardTitled(page, "Kataib Hezbollah");
    expectEnglish(card);
    expectNextTo(card, mark, true);
    await page.close();
  });

  it("places cards by the direction of the text: an Arabic quotation in an English page", async () => {
    const page = await open(INNER);
    expect(await allMarks(page)).toEqual(expect.arrayContaining(["Mustafa al-Kadhimi", "مصطفى الكاظمي"]));
    const en = await hover(page, "Mustafa al-Kadhimi");
    const enCard = await cardTitled(page, "Mustafa al-Kadhimi");
    expectNextTo(enCard, en, false);
    await page.keyboard.press("Escape");
    await expect.poll(() => openCard(page)).toBeNull();
    await page.mouse.move(5, 5);
    const ar = await hover(page, "مصطفى الكاظمي");
    await expect.poll(async () => (await openCard(page))?.surface?.text).toBe("مصطفى الكاظمي");
    const arCard = await cardTitled(page, "Mustafa al-Kadhimi");
    expectEnglish(arCard);
    expect(arCard.surface).toEqual({
      text: "مصطفى الكاظمي",
      dir: "auto",
      direction: "rtl",
      fontStyle: "normal",
    });
    expectNextTo(arCard, ar, true);
    await page.close();
  });

  const NOTES: { lang: string; path: string; quote: string; vocalised?: string }[] = [
    {
      lang: "Arabic",
      path: ARABIC,
      quote: "بقدرة الحكومة على ضبط السلاح",
      // Fully vocalised, with a tatweel: more marks than the fuzzy search allows edits.
      vocalised: "بِقُدْرَةِ الْحُكُومَةِ عَلَـى ضَبْطِ السِّلَاحِ",
    },
    // With zero-width non-joiners, as Persian writes می‌گویند.
    { lang: "Persian", path: PERSIAN, quote: "کارشناسان می‌گویند این حمله معادلات قدرت" },
  ];
  for (const n of NOTES) {
    it(`saves a highlight on ${n.lang} text and draws it on the same words after a reload`, async () => {
      const page = await b.context.newPage();
      await page.goto(server.url(n.path));
      await page.waitForFunction(() => performance.getEntriesByName("actor-lens:ready").length > 0);
      const before = (await storedHighlights(b.worker)).length;
      await selectText(page, n.quote);
      const button = page.locator("actor-lens-save-button");
      await button.waitFor({ state: "visible" });
      await button.click();
      await expect.poll(async () => (await storedHighlights(b.worker)).length).toBe(before + 1);
      const saved = (await storedHighlights(b.worker)).find((h) => h.url === server.url(n.path));
      expect(saved?.quote.exact).toBe(n.quote);
      await expect.poll(() => drawnHighlights(page)).toEqual([n.quote]);
      await page.reload();
      await expect.poll(() => drawnHighlights(page), { timeout: 10_000 }).toEqual([n.quote]);
      // On the same words: in the paragraph the reader selected them in, where they stand.
      const where = await page.evaluate((q) => {
        const r = [...(CSS.highlights.get("actor-lens-note") ?? [])][0] as Range | undefined;
        const p = document.getElementById("note");
        const text = p?.textContent ?? "";
        if (!r || !p) return null;
        const pre = document.createRange();
        pre.setStart(p, 0);
        pre.setEnd(r.startContainer, r.startOffset);
        return {
          inside: p.contains(r.commonAncestorContainer),
          at: pre.toString().length,
          expected: text.indexOf(q),
        };
      }, n.quote);
      expect(where?.inside).toBe(true);
      expect(where?.at).toBe(where?.expected);
      if (n.vocalised) {
        // The newsroom vocalises the sentence: the highlight is drawn on it all the same.
        vocalise = { plain: n.quote, marked: n.vocalised };
        try {
          await page.reload();
          await expect.poll(() => drawnHighlights(page), { timeout: 10_000 }).toEqual([n.vocalised]);
        } finally {
          vocalise = null;
        }
      }
      await page.close();
    });
  }

  it("searches Arabic and Persian spellings in the popup, typed right to left", async () => {
    const popup = await b.context.newPage();
    await popup.setViewportSize({ width: 360, height: 560 });
    await popup.goto(b.pageUrl("popup.html"));
    await popup.waitForSelector(".pp-search-input");
    const input = popup.locator(".pp-search-input");
    expect(await input.getAttribute("dir")).toBe("auto");
    for (const [query, id, name] of [
      ["الكاظمي", "mustafa-al-kadhimi", "Mustafa al-Kadhimi"],
      ["سلیمانی", "qassem-soleimani", "Qassem Soleimani"],
      ["كتائب حزب الله", "kataib-hezbollah", "Kataib Hezbollah"],
    ] as const) {
      await popup.fill(".pp-search-input", "");
      await input.focus();
      await popup.keyboard.type(query);
      await expect.poll(() => input.inputValue()).toBe(query);
      // Read without waiting for a result to be there (a locator would wait for one).
      const first = () =>
        popup.evaluate(() => {
          const r = document.querySelector(".pp-result");
          return (
            r && { id: r.getAttribute("data-id"), name: r.querySelector(".pp-result-name")?.textContent }
          );
        });
      await expect.poll(first).toEqual({ id, name });
      expect(
        await popup.evaluate(
          () => getComputedStyle(document.querySelector(".pp-search-input") as Element).direction,
        ),
      ).toBe("rtl");
    }
    await popup.close();
  });
});

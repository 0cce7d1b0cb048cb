/**
 * The popup in real Chromium, opened as a tab (popup.html?tab=<id> names the tab it describes):
 * search as you type, open a result, follow an affiliation and come back; "On this page" for a
 * fixture tab, revealing a mention; the site switch removing the tab's highlights.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExtensionBrowser, type FixtureServer, launchWithExtension, serveFixtures } from "./harness";

describe("popup", () => {
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

  async function openPopup(query = ""): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 560 });
    await page.goto(browser.pageUrl(`popup.html${query}`));
    await page.waitForSelector(".pp-search-input");
    return page;
  }

  /**
   * The id of the tab showing `url`. Without the "tabs" permission the background does not see
   * tab URLs, so it asks each tab's content script for its summary.
   */
  async function tabIdOf(url: string): Promise<number> {
    const id = await browser.worker.evaluate(async (wanted) => {
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
    }, url);
    if (id === null) throw new Error(`no tab at ${url}`);
    return id;
  }

  /** Mentions highlighted in the page now (CSS Custom Highlight API ranges). */
  const highlighted = (page: Page) =>
    page.evaluate(() => {
      const reg = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
      if (!reg) return 0;
      return ["actor-lens-person", "actor-lens-group"].reduce((n, k) => n + (reg.get(k)?.size ?? 0), 0);
    });

  it("opens with the search box focused and an empty state", async () => {
    const popup = await openPopup();
    await expect
      .poll(() => popup.evaluate(() => document.activeElement?.className))
      .toContain("pp-search-input");
    await expect
      .poll(() => popup.locator(".pp-status").textContent())
      .toMatch(/people and groups and \d+ events in the dataset/);
    expect(await popup.locator(".pp-chip").count()).toBeGreaterThan(0);
    await popup.close();
  });

  it("finds misspelt names as you type, moves with the arrows and opens with Enter", async () => {
    const popup = await openPopup();
    await popup.keyboard.type("soleimany");
    await expect
      .poll(() => popup.locator(".pp-result").first().getAttribute("data-id"))
      .toBe("qassem-soleimani");
    await popup.fill(".pp-search-input", "");
    await popup.keyboard.type("kataib hizbolla");
    await expect
      .poll(() => popup.locator(".pp-result").first().getAttribute("data-id"))
      .toBe("kataib-hezbollah");
    // Each result shows a name, a type and a role.
    const first = popup.locator(".pp-result").first();
    expect(await first.locator(".pp-result-name").textContent()).toBe("Kataib Hezbollah");
    expect(await first.locator(".pp-result-type").textContent()).toMatch(/^group/);
    expect((await first.locator(".pp-result-role").textContent())?.length).toBeGreaterThan(10);

    await popup.keyboard.press("ArrowDown");
    const second = await popup.locator(".pp-result").nth(1).getAttribute("data-id");
    expect(await popup.locator(".pp-result.pp-active").getAttribute("data-id")).toBe(second);
    await popup.keyboard.press("ArrowUp");
    await popup.keyboard.press("Enter");
    await expect.poll(() => popup.locator(".al-card h2").textContent()).toBe("Kataib Hezbollah");
    // The full card, the diagram and the timeline.
    expect(await popup.locator(".al-card.al-full").count()).toBe(1);
    expect(await popup.locator(".gr svg .gr-target").count()).toBeGreaterThan(0);
    expect(await popup.locator(".pp-tl-mark").count()).toBeGreaterThan(0);

    // Escape goes back to the results, with the query kept and the box focused.
    await popup.keyboard.press("Escape");
    await expect.poll(() => popup.locator(".pp-search-input").inputValue()).toBe("kataib hizbolla");
    await expect
      .poll(() => popup.evaluate(() => document.activeElement?.className))
      .toContain("pp-search-input");
    await popup.close();
  });

  it("shows a clear no-result state, for nonsense letters and for an ordinary word", async () => {
    const popup = await openPopup();
    for (const query of ["zzqxv", "fkdo", "banana"]) {
      await popup.fill(".pp-search-input", "");
      await popup.keyboard.type(query);
      await expect
        .poll(() => popup.locator(".pp-empty").textContent())
        .toContain(`Nothing in the dataset matches “${query}”`);
      expect(await popup.locator(".pp-result").count()).toBe(0);
      expect(await popup.locator(".pp-status").textContent()).toBe("No match");
    }
    await popup.close();
  });

  it("finds an event by its words and opens it on the timeline, by keyboard", async () => {
    const popup = await openPopup();
    await popup.keyboard.type("drone attack");
    const first = popup.locator(".pp-result").first();
    await expect.poll(() => first.getAttribute("data-id")).toBe("2021-drone-attack-on-kadhimi-residence");
    expect(await first.getAttribute("data-kind")).toBe("event");
    expect(await popup.locator(".pp-group-title").first().textContent()).toBe("Events");
    expect(await first.locator(".pp-result-role time").textContent()).toBe("2021");
    await popup.keyboard.press("Enter");
    await expect.poll(() => popup.locator(".al-card h2").textContent()).toBe("Mustafa al-Kadhimi");
    // The timeline shows that event, and the keyboard is on its mark.
    const current = popup.locator(".pp-tl-mark.pp-current");
    expect(await current.getAttribute("aria-label")).toContain("drones are launched");
    await expect
      .poll(() => popup.evaluate(() => document.activeElement?.classList.contains("pp-current")))
      .toBe(true);
    expect(await popup.locator(".pp-tl-detail time").textContent()).toBe("2021");
    // Left goes on to the event before it.
    await popup.keyboard.press("ArrowLeft");
    await expect.poll(() => popup.locator(".pp-tl-detail time").textContent()).not.toBe("2021");
    // Escape goes back to the results, the query kept.
    await popup.keyboard.press("Escape");
    await expect.poll(() => popup.locator(".pp-search-input").inputValue()).toBe("drone attack");
    await popup.close();
  });

  it("lists what links to a match apart from the match", async () => {
    const popup = await openPopup();
    await popup.keyboard.type("khazali");
    await expect.poll(() => popup.locator(".pp-result").count()).toBe(2);
    expect(await popup.locator(".pp-result").first().getAttribute("data-id")).toBe("qais-al-khazali");
    const linked = popup.locator('.pp-result[data-kind="linked"]');
    expect(await linked.getAttribute("data-id")).toBe("asaib-ahl-al-haq");
    expect(await popup.locator(".pp-group-title").textContent()).toBe("Linked to Qais al-Khazali");
    await popup.close();
  });

  it("navigates an affiliation from the card and from the diagram, and back", async () => {
    const popup = await openPopup();
    await popup.keyboard.type("muhandes");
    await expect
      .poll(() => popup.locator(".pp-result").first().getAttribute("data-id"))
      .toBe("abu-mahdi-al-muhandis");
    await popup.keyboard.press("Enter");
    await expect.poll(() => popup.locator(".al-card h2").textContent()).toBe("Abu Mahdi al-Muhandis");

    // An affiliation link in the card.
    const link = popup.locator('.al-card .al-link[data-target="kataib-hezbollah"]').first();
    await link.click();
    await expect.poll(() => popup.locator(".al-card h2").textContent()).toBe("Kataib Hezbollah");
    expect(await popup.locator(".al-back").getAttribute("aria-label")).toBe("Back to Abu Mahdi al-Muhandis");

    // A node of the diagram, by keyboard.
    const node = popup.locator('.gr-target[data-id="popular-mobilization-forces"]');
    await node.focus();
    await popup.keyboard.press("Enter");
    await expect.poll(() => popup.locator(".al-card h2").textContent()).toBe("Popular Mobilization Forces");

    await popup.locator(".al-back").click();
    await expect.poll(() => popup.locator(".al-card h2").textContent()).toBe("Kataib Hezbollah");
    await popup.locator(".al-back").click();
    await expect.poll(() => popup.locator(".al-card h2").textContent()).toBe("Abu Mahdi al-Muhandis");
    await popup.locator(".al-back").click();
    await expect.poll(() => popup.locator(".pp-search-input").inputValue()).toBe("muhandes");
    await popup.close();
  });

  it("lists the entities on a tab by type and count, and scrolls to their mentions", async () => {
    const url = server.url("/popup-article.html");
    const article = await browser.context.newPage();
    await article.goto(url);
    await expect.poll(() => highlighted(article), { timeout: 15_000 }).toBeGreaterThan(0);
    const tabId = await tabIdOf(url);

    const popup = await openPopup(`?tab=${tabId}`);
    await popup.locator('[data-tab="page"]').click();
    const rows = popup.locator(".pp-page-row");
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(4);
    const list = await popup.locator(".pp-page-group").evaluateAll((groups) =>
      groups.map((g) => ({
        heading: g.querySelector("h2")?.textContent,
        rows: [...g.querySelectorAll(".pp-page-row")].map((r) => [
          r.getAttribute("data-id"),
          Number(r.querySelector(".pp-count")?.textContent),
        ]),
      })),
    );
    const people = list.find((g) => g.heading === "People")?.rows ?? [];
    const groups = list.find((g) => g.heading === "Groups")?.rows ?? [];
    expect(groups[0]).toEqual(["kataib-hezbollah", 3]);
    expect(groups.map((r) => r[0])).toContain("popular-mobilization-forces");
    expect(people.map((r) => r[0])).toEqual(
      expect.arrayContaining(["mustafa-al-kadhimi", "qassem-soleimani"]),
    );
    // Sorted by count within each group.
    for (const g of [people, groups])
      for (let i = 1; i < g.length; i++)
        expect(Number(g[i - 1]?.[1])).toBeGreaterThanOrEqual(Number(g[i]?.[1]));

    // First click: the first mention (at the top); second click: the next one, further down.
    await article.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const kh = popup.locator('.pp-page-row[data-id="kataib-hezbollah"] .pp-page-name');
    await kh.click();
    await expect
      .poll(() => popup.locator('.pp-page-row[data-id="kataib-hezbollah"] .pp-page-pos').textContent())
      .toBe("1 of 3");
    await expect.poll(() => article.evaluate(() => window.scrollY)).toBeLessThan(200);
    await kh.click();
    await expect
      .poll(() => popup.locator('.pp-page-row[data-id="kataib-hezbollah"] .pp-page-pos').textContent())
      .toBe("2 of 3");
    await expect.poll(() => article.evaluate(() => window.scrollY)).toBeGreaterThan(400);
    expect(
      await article.evaluate(() =>
        (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has("actor-lens-flash"),
      ),
    ).toBe(true);

    // The page changes: the list follows.
    await article.evaluate(() => {
      const p = document.createElement("p");
      p.textContent = "Later, Hadi al-Amiri spoke for the Badr Organization.";
      document.querySelector("article")?.append(p);
    });
    await expect
      .poll(() => popup.locator('.pp-page-row[data-id="hadi-al-amiri"]').count(), { timeout: 10_000 })
      .toBe(1);
    await popup.close();
    await article.close();
  });

  it("turns Actor Lens off for the site, removing the tab's highlights, and on again", async () => {
    const url = server.url("/popup-article.html");
    const article = await browser.context.newPage();
    await article.goto(url);
    await expect.poll(() => highlighted(article), { timeout: 15_000 }).toBeGreaterThan(0);
    const popup = await openPopup(`?tab=${await tabIdOf(url)}`);
    const site = popup.locator(".pp-site-switch");
    await expect.poll(() => site.isChecked()).toBe(true);
    expect(await popup.locator(".pp-switch-text").first().textContent()).toContain("127.0.0.1");

    await site.click();
    await expect.poll(() => highlighted(article)).toBe(0);
    await popup.locator('[data-tab="page"]').click();
    await expect.poll(() => popup.locator(".pp-empty").first().textContent()).toContain("Actor Lens is off");

    await site.click();
    await expect.poll(() => highlighted(article), { timeout: 10_000 }).toBeGreaterThan(0);

    // The global pause too.
    const pause = popup.locator(".pp-pause-switch");
    await pause.click();
    await expect.poll(() => highlighted(article)).toBe(0);
    await pause.click();
    await expect.poll(() => highlighted(article), { timeout: 10_000 }).toBeGreaterThan(0);
    await popup.close();
    await article.close();
  });
});

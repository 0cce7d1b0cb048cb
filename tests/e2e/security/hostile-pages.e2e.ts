/**
 * Hostile and unusual pages (issue 17, item 7), in real Chromium with the built extension: a
 * storm of changes is backed off and given up on (its speed is in bench/storm.bench.ts, never
 * here), names in open shadow roots and same-origin iframes are marked, and content made
 * editable after the first scan, or the whole document in designMode, loses its marks.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExtensionBrowser, type FixtureServer, launchWithExtension, serveFixtures } from "../harness";

async function waitForScan(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName("actor-lens:scan").length > 0, null, {
    timeout: 30_000,
  });
}

/** Texts of the marked ranges of the page's document, with the id of the element each is in. */
function marks(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const name of ["actor-lens-person", "actor-lens-group", "actor-lens-ambiguous"])
      for (const r of CSS.highlights.get(name) ?? []) {
        const range = r as Range;
        out.push(`${range.toString()}@${range.startContainer.parentElement?.closest("[id]")?.id ?? ""}`);
      }
    return out.sort();
  });
}

type Changes = { batches: number; cpuMs: number; rescans?: number; deferred?: number; givenUp?: number };

function changes(page: Page): Promise<Changes> {
  return page.evaluate(() => {
    const m = performance.getEntriesByName("actor-lens:changes").at(-1) as PerformanceMeasure | undefined;
    return (m?.detail as Changes | undefined) ?? { batches: 0, cpuMs: 0 };
  });
}

describe("hostile and unusual pages", () => {
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

  it("backs off a storm of changes, gives up on text that never stops changing, and still marks a new paragraph", async () => {
    const page = await b.context.newPage();
    await page.goto(server.url("/storm.html"));
    await waitForScan(page);
    const start = await changes(page);
    // 1,000 text nodes of 50,000, in 1,000 paragraphs, rewritten every 10 ms from now on.
    await page.evaluate(() => (window as unknown as { storm(n: number): void }).storm(1000));
    // Every paragraph that keeps changing is given up on, while the storm goes on.
    await expect
      .poll(async () => (await changes(page)).givenUp ?? 0, { timeout: 20_000, interval: 250 })
      .toBeGreaterThanOrEqual(1000);
    const settled = await changes(page);
    // A paragraph the page adds once, mid-storm, is read at once and marked.
    await page.evaluate(() => {
      const p = document.createElement("p");
      p.id = "late";
      p.textContent = "Meanwhile, Qassem Soleimani was recalled.";
      document.body.append(p);
    });
    await expect.poll(() => marks(page), { timeout: 10_000 }).toContain("Qassem Soleimani@late");
    // Let the storm go on for a while more: what was given up is not rescanned again.
    await page.waitForTimeout(1500);
    const later = await changes(page);
    expect(later.batches).toBeGreaterThan(settled.batches);
    expect((later.rescans ?? 0) - (settled.rescans ?? 0)).toBeLessThanOrEqual(5);
    expect(later.givenUp).toBeGreaterThanOrEqual(1000);
    // Bounded: each changing paragraph was rescanned a few times before it was given up on,
    // never once per change (the page made about 300,000 changes by now).
    expect((later.rescans ?? 0) - (start.rescans ?? 0)).toBeGreaterThan(0);
    expect((later.rescans ?? 0) - (start.rescans ?? 0)).toBeLessThanOrEqual(3 * 1000 + 10);
    // Once the storm is over and the text quiet, it is read again: its last words are marked.
    await page.evaluate(() => {
      (window as unknown as { calm(): void }).calm();
      const p = document.querySelector("#board p");
      const first = p?.firstChild?.firstChild as Text;
      first.data = "Finally Hadi al-Amiri ";
      (p as Element).id = "quiet";
    });
    await expect.poll(() => marks(page), { timeout: 15_000 }).toContain("Hadi al-Amiri@quiet");
    await expect.poll(async () => (await changes(page)).givenUp, { timeout: 15_000 }).toBe(0);
    await page.close();
  });

  it("marks names inside open shadow roots, also attached later, and styles them there", async () => {
    const page = await b.context.newPage();
    await page.goto(server.url("/shadow-frames.html"));
    await waitForScan(page);
    const inShadow = () =>
      page.evaluate(() => {
        const out: string[] = [];
        for (const [, h] of CSS.highlights)
          for (const r of h as Highlight) {
            const root = (r as Range).startContainer.getRootNode();
            if (root instanceof ShadowRoot) out.push(`${r.toString()}@${(root.host as Element).id}`);
          }
        return out.sort();
      });
    await expect.poll(inShadow, { timeout: 10_000 }).toContain("Hadi al-Amiri@card");
    // The page's own text is marked as usual.
    expect(await marks(page)).toContain("Mustafa al-Kadhimi@light");
    // The mark is styled inside the shadow tree (the page's stylesheet does not reach there),
    // and neither its text nor its layout changed.
    const inside = await page.evaluate(() => {
      const root = document.getElementById("card")?.shadowRoot as ShadowRoot;
      const p = root.getElementById("shadowed") as Element;
      return {
        decoration: getComputedStyle(p, "::highlight(actor-lens-person)").textDecorationLine,
        text: root.textContent,
        children: root.childNodes.length,
      };
    });
    expect(inside).toEqual({
      decoration: "underline",
      text: "In the shadow root, Hadi al-Amiri urged calm.",
      children: 1,
    });
    // A component defined after the first scan: its shadow root is read too.
    await page.evaluate(() => (window as unknown as { defineLate(): void }).defineLate());
    await expect.poll(inShadow, { timeout: 10_000 }).toContain("Qassem Soleimani@late");
    await page.close();
  });

  it("marks names inside same-origin iframes (srcdoc and src), in the frame's own document", async () => {
    const page = await b.context.newPage();
    await page.goto(server.url("/shadow-frames.html"));
    await waitForScan(page);
    const inFrame = (id: string) =>
      page.evaluate((frameId) => {
        const frame = document.getElementById(frameId) as HTMLIFrameElement;
        const win = frame.contentWindow as (Window & typeof globalThis) | null;
        const doc = frame.contentDocument as Document;
        const out: string[] = [];
        for (const [name, h] of win?.CSS.highlights ?? []) {
          for (const r of h as Highlight) {
            const el = (r as Range).startContainer.parentElement;
            const styled = el ? win?.getComputedStyle(el, `::highlight(${name})`).textDecorationLine : "";
            out.push(
              `${r.toString()}@${el?.id}:${styled}:${(r as Range).startContainer.ownerDocument === doc}`,
            );
          }
        }
        return out;
      }, id);
    await expect
      .poll(() => inFrame("srcdoc"), { timeout: 10_000 })
      .toContain("Kataib Hezbollah@inner:underline:true");
    await expect
      .poll(() => inFrame("src"), { timeout: 10_000 })
      .toContain("Popular Mobilization Forces@inner:underline:true");
    // Text the frame adds later is followed too.
    await page.evaluate(() => {
      const doc = (document.getElementById("srcdoc") as HTMLIFrameElement).contentDocument as Document;
      const p = doc.createElement("p");
      p.id = "added";
      p.textContent = "Later in the frame: Hadi al-Amiri.";
      doc.body.append(p);
    });
    await expect
      .poll(() => inFrame("srcdoc"), { timeout: 10_000 })
      .toContain("Hadi al-Amiri@added:underline:true");
    await page.close();
  });

  it("removes the marks of content made editable after the first scan, and brings them back after", async () => {
    const page = await b.context.newPage();
    await page.goto(server.url("/editable.html"));
    await waitForScan(page);
    const all = ["Hadi al-Amiri@three", "Kataib Hezbollah@two", "Mustafa al-Kadhimi@one"];
    await expect.poll(() => marks(page)).toEqual(all);
    // A block element and an inline one made editable: no marks inside either.
    await page.evaluate(() => {
      document.getElementById("two")?.setAttribute("contenteditable", "true");
      const span = document.createElement("span");
      span.id = "editor";
      span.setAttribute("contenteditable", "plaintext-only");
      const p = document.getElementById("one") as Element;
      span.append(...p.childNodes);
      p.append(span);
    });
    await expect.poll(() => marks(page), { timeout: 10_000 }).toEqual(["Hadi al-Amiri@three"]);
    // Typing in the editor is not undone or marked.
    await page.click("#two p");
    await page.keyboard.type(" Qassem Soleimani");
    await page.waitForTimeout(500);
    expect(await marks(page)).toEqual(["Hadi al-Amiri@three"]);
    // No longer editable: read again.
    await page.evaluate(() => document.getElementById("two")?.setAttribute("contenteditable", "false"));
    await expect
      .poll(() => marks(page), { timeout: 10_000 })
      .toEqual(["Hadi al-Amiri@three", "Kataib Hezbollah@two", "Qassem Soleimani@two"]);
    await page.close();
  });

  it("removes every mark while the document is in designMode, and marks again once it is off", async () => {
    const page = await b.context.newPage();
    await page.goto(server.url("/editable.html"));
    await waitForScan(page);
    const all = ["Hadi al-Amiri@three", "Kataib Hezbollah@two", "Mustafa al-Kadhimi@one"];
    await expect.poll(() => marks(page)).toEqual(all);
    // designMode fires no mutation and no event: the marks still go.
    await page.evaluate(() => {
      document.designMode = "on";
    });
    await expect.poll(() => marks(page), { timeout: 10_000 }).toEqual([]);
    // Text typed meanwhile is not marked while the document is an editor.
    await page.click("#three");
    await page.keyboard.press("End");
    await page.keyboard.type(" Qassem Soleimani");
    await page.waitForTimeout(500);
    expect(await marks(page)).toEqual([]);
    await page.evaluate(() => {
      document.designMode = "off";
    });
    await expect
      .poll(() => marks(page), { timeout: 10_000 })
      .toEqual([...all, "Qassem Soleimani@three"].sort());
    await page.close();
  });
});

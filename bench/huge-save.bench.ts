/**
 * Saving a highlight on a 5 MiB page (issue 17), run by `npm run bench`, or alone:
 * npx tsx bench/huge-save.bench.ts — needs `npm run build` (the Chrome build) and Chromium.
 *
 * In Debian's Chromium, on a generated article of 5 MiB: the longest main-thread task
 * (PerformanceObserver "longtask", every world: the page and our content script) from the click
 * on "Save highlight" to the note card shown, against a simple peer run in the same page as one
 * task: a TreeWalker over every text node that joins their text and finds the selection's offset
 * (the least any highlighter that anchors by text position must do). Medians of 3, and the ratio.
 */
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { CHROMIUM, EXTENSION_DIR, launchWithExtension, serveFixtures } from "../scripts/browser";

const RUNS = 3;
const QUOTE = "archive of the northern railway";

function hugePage(mib: number): string {
  const para =
    "<p>Officials in the provinces reported on the budget, the roads and the water supply, and the council met again to review the figures for the coming season.</p>";
  const n = Math.ceil((mib * 1024 * 1024) / para.length);
  const half = para.repeat(Math.floor(n / 2));
  return `<!doctype html><html><head><meta charset="utf-8"><title>Long archive</title></head><body><main>${half}<p id="target">The unique sentence about the ${QUOTE} sits here.</p>${half}</main></body></html>`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** Starts collecting long tasks in the page; `take()` returns the longest since. */
async function watchLongTasks(page: Page) {
  await page.evaluate(() => {
    const w = window as Window & { longest?: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longest = Math.max(w.longest ?? 0, e.duration);
    }).observe({ type: "longtask" });
  });
  return () => page.evaluate(() => (window as Window & { longest?: number }).longest ?? 0);
}

async function select(page: Page) {
  await page.evaluate((q) => {
    const t = document.getElementById("target")?.firstChild as Text;
    const i = t.data.indexOf(q);
    const r = document.createRange();
    r.setStart(t, i);
    r.setEnd(t, i + q.length);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(r);
    t.parentElement?.scrollIntoView();
  }, QUOTE);
}

export async function run(): Promise<Record<string, number | string>> {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`) || !existsSync(CHROMIUM)) {
    console.log("\nsaving on a 5 MiB page: skipped (build the extension and install Chromium first)");
    return {};
  }
  const server = await serveFixtures();
  const html = hugePage(5);
  server.routes.push((req, res) => {
    if (!req.url?.startsWith("/huge.html")) return false;
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
    return true;
  });
  const browser = await launchWithExtension();
  const ours: number[] = [];
  const peer: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.context.newPage();
      await page.goto(server.url(`/huge.html?run=${i}`));
      await page.waitForFunction(() => performance.getEntriesByName("actor-lens:scan").length > 0, null, {
        timeout: 60_000,
      });
      // The peer: read every text node and find the selection's offset, in one task.
      await select(page);
      peer.push(
        await page.evaluate(() => {
          const t0 = performance.now();
          const sel = getSelection()?.getRangeAt(0);
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const parts: string[] = [];
          let offset = -1;
          let length = 0;
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (n === sel?.startContainer) offset = length + sel.startOffset;
            parts.push((n as Text).data);
            length += (n as Text).data.length;
          }
          (window as Window & { peer?: number }).peer = parts.join("").length + offset;
          return performance.now() - t0;
        }),
      );
      // Actor Lens: the reader clicks "Save highlight".
      await select(page);
      await page.locator("actor-lens-save-button").waitFor();
      const take = await watchLongTasks(page);
      await page.locator("actor-lens-save-button").click();
      await page.waitForFunction(() => !!document.querySelector("actor-lens-note-card"), null, {
        timeout: 60_000,
      });
      await page.waitForTimeout(500);
      ours.push(await take());
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const r = {
    "peer: read all text, one task ms (median)": Math.round(median(peer)),
    "Actor Lens: save, longest task ms (median)": Math.round(median(ours)),
    "Actor Lens ÷ peer": Number((median(ours) / Math.max(1, median(peer))).toFixed(2)),
    runs: RUNS,
  };
  console.log("\nsaving a highlight on a 5 MiB page (Chromium; longest main-thread task)");
  console.table(r);
  return r;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();

/**
 * Hostile pages (issue 17): a storm of changes, run by `npm run bench` (bench/run.ts calls
 * `run()`), or alone: npx tsx bench/storm.bench.ts
 * tests/fixtures/pages/storm.html holds 50,000 text nodes; the page rewrites 1,000 of them every
 * 10 ms (then all 50,000). Frames drawn (requestAnimationFrame count) over a fixed window from the
 * storm's start, in Debian's Chromium, without Actor Lens and with it (after its first scan);
 * medians of 3 page loads, and the ratio. Target: with Actor Lens within 20 % of without.
 * No peer extension is benchmarked here (bench/ has none).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type BrowserContext, chromium } from "playwright-core";

const RUNS = 3;
const WINDOW_MS = 5000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** Frames per second on the storm page while `n` nodes change every 10 ms. */
async function fps(context: BrowserContext, url: string, n: number, withLens: boolean): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  if (withLens)
    await page.waitForFunction(() => performance.getEntriesByName("actor-lens:scan").length > 0, null, {
      timeout: 60_000,
    });
  else await page.waitForTimeout(500);
  const frames = await page.evaluate(
    ([count, ms]) => {
      const w = window as unknown as {
        storm(n: number): void;
        calm(): void;
        frames(ms: number): Promise<number>;
      };
      w.storm(count);
      return w.frames(ms).finally(() => w.calm());
    },
    [n, WINDOW_MS] as const,
  );
  await page.close();
  return (frames * 1000) / WINDOW_MS;
}

export async function run(): Promise<Record<string, number | string>> {
  const { EXTENSION_DIR, CHROMIUM, launchWithExtension, serveFixtures } = await import("../scripts/browser");
  const r: Record<string, number | string> = {};
  if (!existsSync(join(EXTENSION_DIR, "manifest.json")) || !existsSync(CHROMIUM)) {
    r.storm = "skipped: run `npm run build` first (and install chromium)";
    console.log(`\nstorm of changes: ${r.storm}`);
    return r;
  }
  const server = await serveFixtures();
  const plain = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const bare = await plain.newContext({ viewport: { width: 1200, height: 900 } });
  const lens = await launchWithExtension();
  try {
    for (const n of [1000, 50_000]) {
      const without: number[] = [];
      const withIt: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        without.push(await fps(bare, server.url("/storm.html"), n, false));
        withIt.push(await fps(lens.context, server.url("/storm.html"), n, true));
      }
      const a = median(without);
      const b = median(withIt);
      const label = `${n.toLocaleString("en")} of 50,000 nodes every 10 ms`;
      r[`${label}: fps without`] = Number(a.toFixed(1));
      r[`${label}: fps with Actor Lens`] = Number(b.toFixed(1));
      r[`${label}: ratio with/without`] = Number((b / a).toFixed(2));
    }
  } finally {
    await lens.close();
    await plain.close();
    await server.close();
  }
  console.log(
    `\nstorm of changes (issue 17): frames per second over ${WINDOW_MS / 1000} s, medians of ${RUNS}`,
  );
  console.table(r);
  return r;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();

/**
 * Renders assets/icon.svg to public/icon/{16,32,48,96,128}.png with Debian's Chromium.
 * Run after editing the SVG: `npx tsx scripts/render-icons.ts`. The PNGs are committed.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";

const root = resolve(import.meta.dirname, "..");
const svg = readFileSync(join(root, "assets/icon.svg"), "utf8");
const out = join(root, "public/icon");
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.ACTOR_LENS_CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: join(out, `${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
console.log(`icons written to ${out}`);

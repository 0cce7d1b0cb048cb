/**
 * `npm run bench`: runs every benchmark module in turn. A module is bench/matching.ts or any
 * bench/*.bench.ts exporting `run(): Promise<Record<string, number | string>>`; each prints its own
 * table (medians and ratios). A failing module is reported and the others still run.
 */
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const dir = resolve(import.meta.dirname);
const modules = [
  "matching.ts",
  ...readdirSync(dir)
    .filter((f) => f.endsWith(".bench.ts"))
    .sort(),
];
let failed = 0;
for (const file of modules) {
  try {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run?: () => Promise<unknown> };
    if (typeof mod.run !== "function") throw new Error("exports no run()");
    await mod.run();
  } catch (e) {
    failed++;
    console.error(`bench ${file}: ${(e as Error).stack ?? e}`);
  }
}
process.exit(failed ? 1 : 0);

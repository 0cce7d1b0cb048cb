/**
 * Where the first scan's script time goes, by function (issue 10's next diagnosis): a V8 CPU
 * profile of the page's main thread (every world: the content script's too) from unpausing
 * Actor Lens on a settled page to the scan painted, summed over a few loads, as self time per
 * function. Build with readable names first:
 *   ACTOR_LENS_MINIFY=0 npm run build:chrome && npx tsx bench/profile-scan.ts [words] [names|none]
 * ACTOR_LENS_EXTENSION_DIR profiles another build; ACTOR_LENS_BENCH_RUNS loads (default 5);
 * ACTOR_LENS_PROFILE_LOAD=1 profiles the whole load instead, the content script's start included.
 */
import { join, resolve } from "node:path";
import { serveFixtures } from "../scripts/browser";
import { launch, settle } from "./chromium";
import { articlePage } from "./cost-pages";

const ROOT = resolve(import.meta.dirname, "..");
const RUNS = Number(process.env.ACTOR_LENS_BENCH_RUNS ?? 5);
const words = Number(process.argv[2] ?? 20_000);
const names = (process.argv[3] ?? "names") === "names";
/** ACTOR_LENS_PROFILE_LOAD=1: the whole load with Actor Lens on (its injection included), not the scan alone. */
const LOAD = process.env.ACTOR_LENS_PROFILE_LOAD === "1";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const server = await serveFixtures(join(ROOT, "bench"));
server.routes.push((req, res) => {
  if (req.url !== "/page.html") return false;
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(articlePage(words, names));
  return true;
});
const b = await launch(process.env.ACTOR_LENS_EXTENSION_DIR ?? join(ROOT, ".output/chrome-mv3"));
const setPaused = async (paused: boolean) => {
  const worker = b.context.serviceWorkers()[0];
  await worker?.evaluate(
    (p) =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
      ).chrome.storage.local.set({ "actor-lens:settings": { paused: p } }),
    paused,
  );
};
const self = new Map<string, number>();
let total = 0;
try {
  for (let i = 0; i < RUNS + 1; i++) {
    await setPaused(!LOAD);
    const page = await b.context.newPage();
    const cdp = await b.context.newCDPSession(page);
    if (!LOAD) {
      await page.goto(server.url("/page.html"), { waitUntil: "load" });
      await settle(page, 500);
    }
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 50 });
    await cdp.send("Profiler.start");
    if (LOAD) await page.goto(server.url("/page.html"), { waitUntil: "load" });
    else await setPaused(false);
    await page.waitForFunction("performance.getEntriesByName('actor-lens:scan').length > 0", null, {
      polling: 100,
    });
    await settle(page);
    const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: Profile };
    await page.close();
    // The first load warms the browser up: not counted.
    if (i === 0) continue;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, ProfileNode>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
    profile.samples.forEach((id, k) => {
      const n = byId.get(id);
      const dt = (profile.timeDeltas[k] ?? 0) / 1000;
      if (!n) return;
      const f = n.callFrame;
      if (f.functionName === "(idle)" || f.functionName === "(program)") return;
      const where = f.url ? `${f.url.split("/").pop()}:${f.lineNumber}` : "";
      const name = (x: ProfileNode) =>
        `${x.callFrame.functionName || "(anonymous)"}${x.callFrame.url ? `:${x.callFrame.lineNumber}` : ""}`;
      // A function of the browser's own is named with its caller (what of ours called it).
      const up = parent.get(n.id);
      const key = f.url || !up ? `${f.functionName || "(anonymous)"} ${where}` : `${name(n)} < ${name(up)}`;
      self.set(key, (self.get(key) ?? 0) + dt);
      total += dt;
    });
  }
} finally {
  await b.close();
  await server.close();
}
const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40);
console.log(`${words} words, ${names ? "names" : "no names"}: script self time per load, ms (of ${RUNS})`);
console.log(`total ${(total / RUNS).toFixed(1)}`);
for (const [k, v] of rows) console.log(`${(v / RUNS).toFixed(2).padStart(7)}  ${k}`);

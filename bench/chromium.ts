/**
 * Chromium for the page-cost bench: one browser per build of the extension measured, and one
 * without any, all Debian's (never downloaded), with scripts/browser.ts's binary and flags
 * (its launcher loads one build only).
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS as ARGS, CHROMIUM } from "../scripts/browser";

export interface Bench {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium with the build in `extensionDir` loaded, or with no extension at all (undefined). */
export async function launch(extensionDir?: string): Promise<Bench> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (ACTOR_LENS_CHROMIUM)`);
  if (extensionDir && !existsSync(join(extensionDir, "manifest.json")))
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build:chrome\` first.`);
  const profile = mkdtempSync(join(tmpdir(), "actor-lens-bench-"));
  const args = extensionDir
    ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...ARGS]
    : ["--disable-extensions", ...ARGS];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args,
  });
  if (extensionDir)
    context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 30_000 }));
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Two frames and `ms` more: what a scan leaves to paint is painted. */
export function settle(page: Page, ms = 300): Promise<void> {
  return page.evaluate(
    (t) =>
      new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, t)))),
    ms,
  );
}

/**
 * Starts counting the page's main-thread work (every world, rendering included); the function
 * returned reads it so far, in ms: `task`, the time in tasks (TaskDuration, the measure of issue
 * 10), and `cpu`, the main thread's CPU time (ThreadTime), which a busy machine inflates less (a
 * task whose thread waits for a core counts in the first only). Counting starts with
 * Performance.enable: call before goto.
 */
export async function taskMeter(page: Page): Promise<() => Promise<{ task: number; cpu: number }>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  return async () => {
    const { metrics } = await cdp.send("Performance.getMetrics");
    const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
    return { task: ms("TaskDuration"), cpu: ms("ThreadTime") };
  };
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

const PHASES: [string, RegExp][] = [
  [
    "script",
    /^(FunctionCall|EvaluateScript|TimerFire|FireAnimationFrame|FireIdleCallback|RunMicrotasks|EventDispatch|v8\.|V8\.|MinorGC|MajorGC|CompileScript|ScheduledPostTask|MessagePort::Accept|AsyncTask Run)/,
  ],
  [
    "style",
    /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|InvalidateLayout|ScheduleStyleRecalculation)/,
  ],
  ["layout", /^(Layout|UpdateLayout)$/],
  ["prepaint", /^PrePaint$/],
  ["paint", /^(Paint|PaintImage|PaintSetup)$/],
  [
    "composite",
    /^(Layerize|UpdateLayer|UpdateLayerTree|CompositeLayers|Commit|LocalFrameView::RunCompositingInputsLifecyclePhase)$/,
  ],
  ["parse", /^ParseHTML$/],
];

/** Milliseconds of main-thread self time per phase (script, style, layout, prepaint, paint…). */
export function phases(events: TraceEvent[]): Record<string, number> {
  const main = new Set(
    events
      .filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain")
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const out: Record<string, number> = {};
  for (const [name] of PHASES) out[name] = 0;
  out.other = 0;
  const byThread = new Map<string, { name: string; start: number; end: number }[]>();
  const open = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!main.has(key)) continue;
    let list = byThread.get(key);
    if (!list) {
      list = [];
      byThread.set(key, list);
    }
    if (e.ph === "X" && e.dur !== undefined) list.push({ name: e.name, start: e.ts, end: e.ts + e.dur });
    else if (e.ph === "B") {
      const stack = open.get(key) ?? [];
      stack.push(e);
      open.set(key, stack);
    } else if (e.ph === "E") {
      const b = open.get(key)?.pop();
      if (b) list.push({ name: b.name, start: b.ts, end: e.ts });
    }
  }
  for (const list of byThread.values()) {
    // Self time: each event's span minus that of the events nested in it.
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    // Time in an unclassified event (RunTask, Document::updateStyle…) goes to the nearest classified one around it.
    const stack: { phase: string; end: number; self: number }[] = [];
    const finish = (s: { phase: string; self: number }) => {
      out[s.phase] = (out[s.phase] ?? 0) + s.self / 1000;
    };
    for (const ev of list) {
      while (stack.length && (stack.at(-1)?.end ?? 0) <= ev.start)
        finish(stack.pop() as { phase: string; self: number });
      const parent = stack.at(-1);
      const dur = Math.min(ev.end, parent?.end ?? ev.end) - ev.start;
      if (parent) parent.self -= dur;
      const phase = PHASES.find(([, re]) => re.test(ev.name))?.[0] ?? parent?.phase ?? "other";
      stack.push({ phase, end: ev.start + dur, self: dur });
    }
    while (stack.length) finish(stack.pop() as { phase: string; self: number });
  }
  for (const k of Object.keys(out)) out[k] = Math.round(out[k] as number);
  return out;
}

/** When the page first painted (trace clock, µs), or 0. */
export function firstPaintTs(events: TraceEvent[]): number {
  return events.find((e) => e.name === "firstPaint" || e.name === "firstContentfulPaint")?.ts ?? 0;
}

/**
 * The page's main-thread tasks longer than `ms` (starting after `from`, trace clock), longest
 * first: [ms, what ran longest in it].
 */
export function longTasks(events: TraceEvent[], ms = 50, from = 0): [number, string][] {
  const main = new Set(
    events
      .filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain")
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const mine = events.filter((e) => main.has(`${e.pid}:${e.tid}`) && e.ph === "X" && e.dur !== undefined);
  return mine
    .filter((e) => e.name === "RunTask" && e.ts >= from && (e.dur ?? 0) > ms * 1000)
    .map((t): [number, string] => {
      const inner = mine
        .filter((e) => e !== t && e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0) && e.name !== "RunTask")
        .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
        .slice(0, 3)
        .map((e) => `${e.name} ${Math.round((e.dur ?? 0) / 1000)}`);
      return [Math.round((t.dur ?? 0) / 1000), inner.join(", ")];
    })
    .sort((a, b) => b[0] - a[0]);
}

/** Traces the page's main thread while `load` runs; returns its trace events. */
export async function traceEvents(
  page: Page,
  load: () => Promise<void>,
  categories = "devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,loading",
): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", (p) => events.push(...(p.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((ok) => cdp.once("Tracing.tracingComplete", () => ok()));
  await cdp.send("Tracing.start", { categories, transferMode: "ReportEvents" });
  await load();
  await cdp.send("Tracing.end");
  await complete;
  await cdp.detach();
  return events;
}

/**
 * Traces the page's main thread while `load` runs; returns its phases. For a diagnosis,
 * ACTOR_LENS_TRACE_NAMES=1 prints the busiest event names, and ACTOR_LENS_TRACE_LIST=PrePaint,Paint
 * each event of those names (ms from the trace's start, duration).
 */
export async function traced(page: Page, load: () => Promise<void>): Promise<Record<string, number>> {
  const events = await traceEvents(
    page,
    load,
    "devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink",
  );
  if (process.env.ACTOR_LENS_TRACE_NAMES) {
    const t = new Map<string, number>();
    for (const e of events) if (e.dur) t.set(e.name, (t.get(e.name) ?? 0) + e.dur / 1000);
    console.log([...t].sort((a, b) => b[1] - a[1]).slice(0, 40));
    if (process.env.ACTOR_LENS_TRACE_LIST) {
      const t0 = Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
      for (const e of events)
        if (process.env.ACTOR_LENS_TRACE_LIST.split(",").includes(e.name) && e.dur)
          console.log(e.name, ((e.ts - t0) / 1000).toFixed(1), (e.dur / 1000).toFixed(2));
    }
  }
  return phases(events);
}

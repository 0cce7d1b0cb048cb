/**
 * The built extension in a real browser: serves fixture pages on 127.0.0.1 and loads
 * .output/chrome-mv3 into Debian's Chromium. Never downloads a browser. Node tooling beside
 * the other scripts, used by the e2e tests (tests/e2e/harness.ts) and the benches (bench/),
 * so that bench/ does not import tests/.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { type BrowserContext, chromium, type Worker } from "playwright-core";

export const ROOT = resolve(import.meta.dirname, "..");
/** The built extension; ACTOR_LENS_EXTENSION_DIR runs the tests against another build (an older one, to see a test fail). */
export const EXTENSION_DIR = process.env.ACTOR_LENS_EXTENSION_DIR ?? join(ROOT, ".output/chrome-mv3");
export const FIXTURES_DIR = join(ROOT, "tests/fixtures/pages");
export const CHROMIUM = process.env.ACTOR_LENS_CHROMIUM ?? "/usr/bin/chromium";
/** Headless Chromium on a shared machine, with nothing of its own on the network (bench/chromium.ts too). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
};

export type Route = (req: IncomingMessage, res: ServerResponse) => boolean;

export interface FixtureServer {
  origin: string;
  /** Absolute URL of a path on the fixture server ("/article.html"). */
  url(path: string): string;
  /** Extra dynamic routes, tried before the static files. */
  routes: Route[];
  close(): Promise<void>;
}

/** Serves tests/fixtures/pages (or `dir`) on an ephemeral port of 127.0.0.1. */
export async function serveFixtures(dir = FIXTURES_DIR): Promise<FixtureServer> {
  const routes: Route[] = [];
  const server = createServer((req, res) => {
    for (const route of routes) if (route(req, res)) return;
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = normalize(join(dir, path === "/" ? "index.html" : path));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => origin + path,
    routes,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** chrome-extension://<id>/<path> */
  pageUrl(path: string): string;
  close(): Promise<void>;
}

/** Starts Chromium with the built extension loaded, in a fresh profile. */
export async function launchWithExtension(
  opts: { colorScheme?: "light" | "dark" } = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, "manifest.json")))
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first.`);
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}: apt-get install chromium, or set ACTOR_LENS_CHROMIUM.`,
    );
  const profile = mkdtempSync(join(tmpdir(), "actor-lens-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme: opts.colorScheme ?? "light",
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...CHROMIUM_ARGS,
    ],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    pageUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, "")}`,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

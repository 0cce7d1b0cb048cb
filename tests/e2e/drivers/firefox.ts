/**
 * The Firefox driver: Debian's firefox-esr through puppeteer-core over WebDriver BiDi, with the
 * built add-on installed temporarily. It gives the tests the part of Playwright's API they use
 * (page, locator, frame, context, the background's `evaluate`), so that one set of test bodies
 * runs in both browsers. What Playwright would do through CDP is done here with raw BiDi.
 */
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { BrowserContext, Worker } from "playwright-core";
import puppeteer, {
  type Browser,
  type ElementHandle,
  type KeyInput,
  type Frame as PFrame,
  type Page as PPage,
} from "puppeteer-core";
import { locate, type Step } from "./locate";

export const FIREFOX = process.env.ACTOR_LENS_FIREFOX ?? "/usr/bin/firefox-esr";
/** The add-on's id (wxt.config.ts, browser_specific_settings.gecko.id). */
export const GECKO_ID = "actor-lens@actor-lens.invalid";

type Fn = ((...a: never[]) => unknown) | string;
type Bidi = { send(method: string, params: object): Promise<{ result: Record<string, unknown> }> };

/** A frame's BiDi browsing context id (puppeteer keeps it, unexported, as `_id`). */
const contextOf = (f: PFrame) => (f as unknown as { _id: string })._id;

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** `fn(arg)` as one expression: BiDi runs it in the page, not subject to the page's CSP. */
function call(fn: Fn, arg?: unknown): string {
  if (typeof fn === "string") return fn;
  return `(${fn.toString()})(${arg === undefined ? "" : JSON.stringify(arg)})`;
}

/** `call`, with a result that has toJSON (a DOMRect) given as that, as Playwright returns it. */
function callForValue(fn: Fn, arg?: unknown): string {
  return `Promise.resolve(${call(fn, arg)}).then((v) => v && typeof v === "object" && !(v instanceof Date) && typeof v.toJSON === "function" ? v.toJSON() : v)`;
}

/** Playwright key names ("Control+z", "Shift+Tab") as puppeteer presses. */
async function pressKey(p: PPage, combo: string): Promise<void> {
  const keys = (combo.length > 1 ? combo.split("+") : [combo]).map((k) => (k === "" ? "+" : k)) as KeyInput[];
  const last = keys.pop() as KeyInput;
  for (const k of keys) await p.keyboard.down(k);
  await p.keyboard.press(last);
  for (const k of keys.reverse()) await p.keyboard.up(k);
}

/** What a locator needs from the page or frame it lives in. */
interface Host {
  p: PPage;
  frame(): PFrame;
}

class Locator {
  constructor(
    private host: Host,
    private steps: Step[],
  ) {}
  private with(s: Step) {
    return new Locator(this.host, [...this.steps, s]);
  }
  locator(v: string) {
    return this.with({ k: "css", v });
  }
  getByRole(role: string, o: { name?: string; exact?: boolean } = {}) {
    return this.with({ k: "role", role, name: o.name, exact: o.exact });
  }
  getByLabel(v: string, o: { exact?: boolean } = {}) {
    return this.with({ k: "label", v, exact: o.exact });
  }
  getByText(v: string, o: { exact?: boolean } = {}) {
    return this.with({ k: "text", v, exact: o.exact });
  }
  first() {
    return this.with({ k: "nth", v: 0 });
  }
  last() {
    return this.with({ k: "nth", v: -1 });
  }
  nth(v: number) {
    return this.with({ k: "nth", v });
  }
  /** Runs `body` (source of a function of the matched elements and `arg`) in the page. */
  private run<T>(body: string, arg?: unknown): Promise<T> {
    const expr = `((els, arg) => { ${body} })((${locate.toString()})(${JSON.stringify(this.steps)}), ${JSON.stringify(arg ?? null)})`;
    return this.host.frame().evaluate(expr) as Promise<T>;
  }
  /** The first match, waited for as Playwright's actions do. */
  private async handle(timeout = 30_000): Promise<ElementHandle<Element>> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const h = await this.host
        .frame()
        .evaluateHandle(`(${locate.toString()})(${JSON.stringify(this.steps)})[0] ?? null`);
      const el = h.asElement() as ElementHandle<Element> | null;
      if (el) return el;
      await h.dispose();
      if (Date.now() > deadline) throw new Error(`no element for ${JSON.stringify(this.steps)}`);
      await sleep(100);
    }
  }
  private async one<T>(body: string, arg?: unknown): Promise<T> {
    await (await this.handle()).dispose();
    return this.run<T>(`const el = els[0]; ${body}`, arg);
  }
  count() {
    return this.run<number>("return els.length;");
  }
  textContent() {
    return this.one<string | null>("return el.textContent;");
  }
  allTextContents() {
    return this.run<string[]>("return els.map((e) => e.textContent ?? '');");
  }
  getAttribute(name: string) {
    return this.one<string | null>("return el.getAttribute(arg);", name);
  }
  inputValue() {
    return this.one<string>("return el.value;");
  }
  evaluateAll<T>(fn: (els: Element[]) => T) {
    return this.run<T>(`return (${fn.toString()})(els);`);
  }
  async boundingBox() {
    const h = await this.handle();
    return h.boundingBox();
  }
  async scrollIntoViewIfNeeded() {
    await this.one("el.scrollIntoView({ block: 'nearest' });");
  }
  async waitFor(o: { state?: "visible" | "attached"; timeout?: number } = {}) {
    const deadline = Date.now() + (o.timeout ?? 30_000);
    const body =
      o.state === "attached"
        ? "return els.length > 0;"
        : "const r = els[0]?.getBoundingClientRect(); return !!r && r.width > 0 && r.height > 0 && getComputedStyle(els[0]).visibility !== 'hidden';";
    while (!(await this.run<boolean>(body))) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${JSON.stringify(this.steps)}`);
      await sleep(100);
    }
  }
  /** A real click at the element's centre (puppeteer scrolls it into view first), once enabled. */
  async click(o: { position?: { x: number; y: number } } = {}) {
    await this.waitFor({ state: "visible" });
    const deadline = Date.now() + 30_000;
    while (await this.run<boolean>("return !!els[0]?.closest(':disabled');")) {
      if (Date.now() > deadline) throw new Error(`${JSON.stringify(this.steps)} stays disabled`);
      await sleep(100);
    }
    if (this.host.frame() === this.host.p.mainFrame()) {
      // As Playwright: the centre of the element's box (puppeteer refuses a custom element's
      // host, whose box comes from its shadow content).
      // The point clicked is scrolled into view, as Playwright does (a tall body's corner too).
      const at = await this.one<{ x: number; y: number }>(
        `el.scrollIntoView({ block: "nearest", inline: "nearest" });
        const point = () => {
          const r = el.getBoundingClientRect();
          return arg ? { x: r.left + arg.x, y: r.top + arg.y } : { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        };
        const p = point();
        if (p.y < 0 || p.y >= innerHeight || p.x < 0 || p.x >= innerWidth)
          scrollBy(p.x < 0 || p.x >= innerWidth ? p.x - innerWidth / 2 : 0, p.y < 0 || p.y >= innerHeight ? p.y - innerHeight / 2 : 0);
        return point();`,
        o.position ?? null,
      );
      await this.host.p.mouse.click(at.x, at.y);
      return;
    }
    const h = await this.handle();
    await h.click(o.position ? { offset: o.position } : {});
    await h.dispose();
  }
  async focus(o: { timeout?: number } = {}) {
    await (await this.handle(o.timeout)).dispose();
    await this.run("els[0].focus();");
  }
  async press(key: string) {
    await this.focus();
    await pressKey(this.host.p, key);
  }
  async blur() {
    await this.one("el.blur();");
  }
  isChecked() {
    return this.one<boolean>("return el.checked;");
  }
  async check() {
    if (!(await this.one<boolean>("return el.checked;"))) await this.click();
  }
  async uncheck() {
    if (await this.one<boolean>("return el.checked;")) await this.click();
  }
  /** Playwright's fill: the whole value replaced at once, with an input event. */
  async fill(value: string) {
    await this.focus();
    await this.one(
      "el.focus(); el.value = arg; el.dispatchEvent(new InputEvent('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true }));",
      value,
    );
  }
  async selectOption(value: string) {
    await this.one(
      "el.value = arg; el.dispatchEvent(new Event('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true }));",
      value,
    );
  }
  async selectText() {
    await this.focus();
    await this.one("if (el.select) el.select(); else getSelection().selectAllChildren(el);");
  }
  /** A path, or Playwright's { name, mimeType, buffer } (written to a temporary file first). */
  async setInputFiles(file: string | { name: string; mimeType: string; buffer: Buffer }) {
    let path = typeof file === "string" ? file : "";
    if (typeof file !== "string") {
      path = join(mkdtempSync(join(tmpdir(), "actor-lens-upload-")), file.name);
      writeFileSync(path, file.buffer);
    }
    const h = (await this.handle()) as ElementHandle<HTMLInputElement>;
    await h.uploadFile(path);
    await h.dispose();
  }
}

/** A frame of a page: Playwright's Frame, as far as the tests use it. */
class Frame {
  constructor(
    private p: PPage,
    private f: PFrame,
  ) {}
  /** puppeteer lists an extension page's frame as about:blank: ask the frame itself then. */
  url() {
    return this.f.url();
  }
  evaluate(fn: Fn, arg?: unknown) {
    return this.f.evaluate(callForValue(fn, arg));
  }
  locator(v: string) {
    return new Locator({ p: this.p, frame: () => this.f }, [{ k: "css", v }]);
  }
  getByText(v: string, o: { exact?: boolean } = {}) {
    return new Locator({ p: this.p, frame: () => this.f }, [{ k: "text", v, exact: o.exact }]);
  }
}

/** Where files the page downloads land; `waitForEvent("download")` watches it. */
interface Downloads {
  dir: string;
}

class Page {
  readonly mouse: {
    move(x: number, y: number, o?: { steps?: number }): Promise<void>;
    down(): Promise<void>;
    up(): Promise<void>;
    click(x: number, y: number): Promise<void>;
    wheel(dx: number, dy: number): Promise<void>;
  };
  readonly keyboard: {
    press(key: string): Promise<void>;
    type(text: string): Promise<void>;
    down(key: string): Promise<void>;
    up(key: string): Promise<void>;
    insertText(text: string): Promise<void>;
  };
  constructor(
    readonly p: PPage,
    readonly fx: Firefox,
  ) {
    this.mouse = {
      move: (x, y, o) => p.mouse.move(x, y, o),
      down: () => p.mouse.down(),
      up: () => p.mouse.up(),
      click: (x, y) => p.mouse.click(x, y),
      wheel: (deltaX, deltaY) => p.mouse.wheel({ deltaX, deltaY }),
    };
    this.keyboard = {
      press: (key) => pressKey(p, key),
      type: (text) => p.keyboard.type(text),
      down: (key) => p.keyboard.down(key as KeyInput),
      up: (key) => p.keyboard.up(key as KeyInput),
      insertText: (text) => p.keyboard.sendCharacter(text),
    };
  }
  /** Its BiDi browsing context. */
  get context_(): string {
    return contextOf(this.p.mainFrame());
  }
  private host(): Host {
    return { p: this.p, frame: () => this.p.mainFrame() };
  }
  context() {
    return this.fx.context;
  }
  /** The extension page last opened here: puppeteer sees no navigation to it (no load events). */
  private extensionUrl = "";
  url() {
    return this.extensionUrl || this.p.url();
  }
  /**
   * Firefox sends no load event for extension documents, so their navigation is started and
   * the document waited for; other pages load as usual.
   */
  async goto(url: string) {
    this.extensionUrl = url.startsWith("moz-extension:") ? url : "";
    if (!this.extensionUrl) {
      await this.p.goto(url);
      return null;
    }
    await this.fx.bidi.send("browsingContext.navigate", { context: this.context_, url, wait: "none" });
    await this.untilLoaded(url);
    return null;
  }
  private async untilLoaded(url?: string) {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const done = await this.p
        .evaluate(
          `document.readyState === "complete" && (${JSON.stringify(url ?? "")} === "" || location.href === ${JSON.stringify(url ?? "")})`,
        )
        .catch(() => false);
      if (done) return;
      if (Date.now() > deadline) throw new Error(`${url ?? "the page"} did not load`);
      await sleep(100);
    }
  }
  async reload() {
    if (!this.extensionUrl) {
      await this.p.reload();
      return null;
    }
    // As goto: no load event for an extension document. A marker tells the new one from the old.
    await this.p.evaluate("window.__alReload = true");
    await this.fx.bidi.send("browsingContext.reload", { context: this.context_, wait: "none" });
    const deadline = Date.now() + 30_000;
    while ((await this.p.evaluate("window.__alReload === true").catch(() => true)) as boolean) {
      if (Date.now() > deadline) throw new Error("the page did not reload");
      await sleep(100);
    }
    await this.untilLoaded();
    return null;
  }
  evaluate(fn: Fn, arg?: unknown) {
    return this.p.evaluate(callForValue(fn, arg));
  }
  /** Polls every 100 ms: requestAnimationFrame does not run in a tab in the background. */
  async waitForFunction(fn: Fn, arg?: unknown, o: { timeout?: number } = {}) {
    return this.p.waitForFunction(call(fn, arg), { polling: 100, timeout: o.timeout ?? 30_000 });
  }
  waitForTimeout(ms: number) {
    return sleep(ms);
  }
  locator(v: string) {
    return new Locator(this.host(), [{ k: "css", v }]);
  }
  getByRole(role: string, o: { name?: string; exact?: boolean } = {}) {
    return new Locator(this.host(), [{ k: "role", role, name: o.name, exact: o.exact }]);
  }
  getByLabel(v: string, o: { exact?: boolean } = {}) {
    return new Locator(this.host(), [{ k: "label", v, exact: o.exact }]);
  }
  getByText(v: string, o: { exact?: boolean } = {}) {
    return new Locator(this.host(), [{ k: "text", v, exact: o.exact }]);
  }
  waitForSelector(sel: string, o: { state?: "visible" | "attached"; timeout?: number } = {}) {
    return this.locator(sel).waitFor(o);
  }
  fill(sel: string, value: string) {
    return this.locator(sel).fill(value);
  }
  click(sel: string) {
    return this.locator(sel).click();
  }
  focus(sel: string) {
    return this.locator(sel).focus();
  }
  /** The same Frame object for the same frame, as Playwright gives. */
  private frameObjects = new WeakMap<PFrame, Frame>();
  private frameOf(f: PFrame): Frame {
    let frame = this.frameObjects.get(f);
    if (!frame) {
      frame = new Frame(this.p, f);
      this.frameObjects.set(f, frame);
    }
    return frame;
  }
  frames() {
    return this.p.frames().map((f) => this.frameOf(f));
  }
  mainFrame() {
    return this.frameOf(this.p.mainFrame());
  }
  async bringToFront() {
    await this.p.bringToFront();
  }
  async close() {
    this.fx.pages.delete(this);
    await this.p.close();
  }
  setViewportSize(size: { width: number; height: number }) {
    return this.p.setViewport(size);
  }
  viewportSize() {
    return this.p.viewport();
  }
  addStyleTag(o: { content: string }) {
    return this.p.addStyleTag(o);
  }
  addInitScript(fn: Fn, arg?: unknown) {
    return this.p.evaluateOnNewDocument(call(fn, arg));
  }
  async screenshot(o: { path?: string; fullPage?: boolean } = {}) {
    if (o.path) mkdirSync(dirname(o.path), { recursive: true });
    return Buffer.from(await this.p.screenshot({ path: o.path as `${string}.png`, fullPage: o.fullPage }));
  }
  /** prefers-color-scheme through the browser's own preference (BiDi has no media emulation here). */
  emulateMedia(o: { colorScheme: "light" | "dark" }) {
    return this.fx.colorScheme(o.colorScheme);
  }
  /** The next file the page downloads, once it is complete. */
  async waitForEvent(event: "download") {
    if (event !== "download") throw new Error(`the Firefox driver waits for downloads only, not ${event}`);
    return this.fx.nextDownload();
  }
}

/** Firefox, its pages, and the extension page that stands in for the background. */
class Firefox {
  readonly pages = new Set<Page>();
  readonly context: BrowserContext;
  private seen = new Set<string>();
  constructor(
    readonly browser: Browser,
    readonly uuid: string,
    readonly downloads: Downloads,
  ) {
    this.context = {
      newPage: async () => this.wrap(await browser.newPage()),
      pages: () => [...this.pages],
      waitForEvent: async (event: string) => {
        if (event !== "page")
          throw new Error(`the Firefox driver's context waits for pages only, not ${event}`);
        const known = new Set(browser.targets());
        const target = await browser.waitForTarget((t) => t.type() === "page" && !known.has(t), {
          timeout: 30_000,
        });
        const page = this.wrap((await target.page()) as PPage);
        await page.waitForFunction("document.readyState === 'complete'");
        return page;
      },
      route: (_pattern: string, handler: (route: unknown) => unknown) => this.route(handler),
    } as unknown as BrowserContext;
  }
  get bidi(): Bidi {
    return (this.browser as unknown as { connection: Bidi }).connection;
  }
  wrap(p: PPage): Page {
    const page = new Page(p, this);
    this.pages.add(page);
    return page;
  }
  /** The browser window's own (chrome) realm, for its preferences. */
  async chrome(expression: string): Promise<void> {
    const tree = await this.bidi.send("browsingContext.getTree", { "moz:scope": "chrome", maxDepth: 0 });
    const [win] = tree.result.contexts as { context: string }[];
    if (!win) throw new Error("no chrome window");
    await this.bidi.send("script.evaluate", {
      expression,
      target: { context: win.context },
      awaitPromise: false,
    });
  }
  colorScheme(scheme: "light" | "dark") {
    // 0: dark, 1: light (layout.css.prefers-color-scheme.content-override).
    return this.chrome(
      `Services.prefs.setIntPref("layout.css.prefers-color-scheme.content-override", ${scheme === "dark" ? 0 : 1})`,
    );
  }
  async nextDownload() {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const fresh = readdirSync(this.downloads.dir).filter((f) => !f.endsWith(".part") && !this.seen.has(f));
      const name = fresh[0];
      // Complete once Firefox has renamed it from .part and its size holds still.
      if (name && !existsSync(join(this.downloads.dir, `${name}.part`))) {
        const path = join(this.downloads.dir, name);
        const size = statSync(path).size;
        await sleep(200);
        if (statSync(path).size === size) {
          this.seen.add(name);
          return { path: async () => path, suggestedFilename: () => name };
        }
      }
      if (Date.now() > deadline) throw new Error("no download");
      await sleep(100);
    }
  }
  /** Every request of every tab, through BiDi's network interception. */
  private intercepting = false;
  private routes: ((route: unknown) => unknown)[] = [];
  private async route(handler: (route: unknown) => unknown) {
    this.routes.push(handler);
    if (this.intercepting) return;
    this.intercepting = true;
    const conn = this.bidi as Bidi & { on(e: string, f: (p: unknown) => void): void };
    await conn.send("session.subscribe", { events: ["network.beforeRequestSent"] });
    await conn.send("network.addIntercept", { phases: ["beforeRequestSent"] });
    conn.on("network.beforeRequestSent", (params) => {
      const e = params as { isBlocked?: boolean; request: { request: string; url: string } };
      if (!e.isBlocked) return;
      let done = false;
      const route = {
        request: () => ({ url: () => e.request.url }),
        continue: async () => {
          done = true;
          await conn.send("network.continueRequest", { request: e.request.request }).catch(() => {});
        },
        abort: async () => {
          done = true;
          await conn.send("network.failRequest", { request: e.request.request }).catch(() => {});
        },
      };
      void (async () => {
        for (const h of this.routes) {
          await h(route);
          if (done) return;
        }
        await route.continue();
      })();
    });
  }
  /** Runs `fn` with `this` = the shadow root (open or closed) of the first `tag` in the page. */
  async inShadow<T>(page: Page, tag: string, fn: string, arg: unknown): Promise<T | typeof NO_ROOT> {
    const target = { context: contextOf(page.p.mainFrame()) };
    const found = await this.bidi.send("script.evaluate", {
      expression: `document.querySelector(${JSON.stringify(tag)})`,
      target,
      awaitPromise: false,
      resultOwnership: "none",
      serializationOptions: { maxDomDepth: 0, includeShadowTree: "all" },
    });
    const value = found.result.result as {
      type: string;
      value?: { shadowRoot?: { sharedId: string } | null };
    };
    const root = value.type === "node" ? value.value?.shadowRoot : null;
    if (!root) return NO_ROOT;
    const called = await this.bidi.send("script.callFunction", {
      // JSON both ways: the result is a plain value, as with CDP's returnByValue.
      functionDeclaration: `function (a) { return Promise.resolve((${fn}).call(this, JSON.parse(a))).then((v) => JSON.stringify(v === undefined ? null : v)); }`,
      this: { sharedId: root.sharedId },
      arguments: [{ type: "string", value: JSON.stringify(arg ?? null) }],
      target,
      awaitPromise: true,
      resultOwnership: "none",
    });
    const r = called.result as {
      type: string;
      result?: { value: string };
      exceptionDetails?: { text: string };
    };
    if (r.type === "exception") throw new Error(r.exceptionDetails?.text ?? "exception in the shadow root");
    return JSON.parse(r.result?.value ?? "null") as T;
  }
}

/** Returned by `inShadow` when the host or its root is not there. */
export const NO_ROOT = Symbol("no shadow root");

/** The Firefox page behind a page the tests hold, or undefined in Chromium. */
export function firefoxPage(page: unknown): Page | undefined {
  return page instanceof Page ? page : undefined;
}

/** What launchWithExtension gives the tests, in Firefox. */
export interface FirefoxExtension {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  pageUrl(path: string): string;
  close(): Promise<void>;
}

/** Starts Firefox ESR with the built add-on installed (temporarily), in a fresh profile. */
export async function launchFirefox(
  extensionDir: string,
  opts: { colorScheme?: "light" | "dark" } = {},
): Promise<FirefoxExtension> {
  if (!existsSync(join(extensionDir, "manifest.json")))
    throw new Error(`No built add-on in ${extensionDir}: run \`npm run build:firefox\` first.`);
  if (!existsSync(FIREFOX))
    throw new Error(
      `Firefox not found at ${FIREFOX}: apt-get install firefox-esr, or set ACTOR_LENS_FIREFOX.`,
    );
  const uuid = randomUUID();
  const dir = mkdtempSync(join(tmpdir(), "actor-lens-downloads-"));
  mkdirSync(dir, { recursive: true });
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    // Lets BiDi navigate to moz-extension:// pages and set preferences in the chrome realm.
    args: ["--remote-allow-system-access"],
    defaultViewport: { width: 1200, height: 900 },
    extraPrefsFirefox: {
      // A known moz-extension:// host, so that tests can open the add-on's pages.
      "extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: uuid }),
      "layout.css.prefers-color-scheme.content-override": opts.colorScheme === "dark" ? 0 : 1,
    },
  });
  await browser.installExtension(extensionDir);
  // Downloads land in `dir` (BiDi otherwise leaves them to the browser's own download dialog).
  await (browser as unknown as { connection: Bidi }).connection.send("browser.setDownloadBehavior", {
    downloadBehavior: { type: "allowed", destinationFolder: dir },
  });
  // The background is an event page that BiDi cannot reach: an extension page of ours in the
  // first tab stands in for it (same origin: same storage, IndexedDB and APIs).
  const [first] = await browser.pages();
  const bgPage = first ?? (await browser.newPage());
  const fx = new Firefox(browser, uuid, { dir });
  const bg = new Page(bgPage, fx);
  await bg.goto(`moz-extension://${uuid}/options.html`);
  const worker = {
    url: () => `moz-extension://${uuid}/background`,
    // The function runs with the background page's globals (its IndexedDB, its prototypes, its
    // `chrome`): `with` resolves the names the function uses there, as a service worker's would.
    evaluate: (fn: Fn, arg?: unknown) =>
      bgPage.evaluate(
        `(async () => { const bg = await browser.runtime.getBackgroundPage(); with (bg) { return await ${call(fn, arg)}; } })()`,
      ),
  } as unknown as Worker;
  return {
    context: fx.context,
    extensionId: uuid,
    worker,
    pageUrl: (path) => `moz-extension://${uuid}/${path.replace(/^\//, "")}`,
    close: async () => {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

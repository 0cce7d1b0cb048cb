/**
 * Reaching into our closed shadow roots from a test, through the DevTools protocol in Chromium
 * and WebDriver BiDi in Firefox (both see closed roots; page scripts and Playwright's locators
 * do not). Clicks stay real input: the element's box is read here and the mouse clicks its centre.
 */
import type { CDPSession, Page } from "playwright-core";
import { firefoxPage, NO_ROOT } from "./drivers/firefox";

/** A box in viewport pixels. */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Thrown when the page has no element `tag` with a shadow root. */
export class NoShadowRoot extends Error {}

/**
 * Runs `fn` (a function declaration, as source text) with `this` = the shadow root of the first
 * element `tag` in the document, and `arg` as its argument; returns its (JSON) result.
 */
export async function inShadow<T>(page: Page, tag: string, fn: string, arg?: unknown): Promise<T> {
  const fx = firefoxPage(page);
  if (fx) {
    const r = await fx.fx.inShadow<T>(fx, tag, fn, arg);
    if (r === NO_ROOT) throw new NoShadowRoot(`no shadow root on <${tag}>`);
    return r;
  }
  const cdp = await page.context().newCDPSession(page);
  try {
    const shadow = await shadowRootOf(cdp, tag);
    const { result, exceptionDetails } = await cdp.send("Runtime.callFunctionOn", {
      objectId: shadow,
      functionDeclaration: fn,
      arguments: [{ value: arg ?? null }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

async function shadowRootOf(cdp: CDPSession, tag: string): Promise<string> {
  const { result } = await cdp.send("Runtime.evaluate", {
    expression: `document.querySelector(${JSON.stringify(tag)})`,
  });
  if (!result.objectId) throw new NoShadowRoot(`no <${tag}> in the page`);
  const { node } = await cdp.send("DOM.describeNode", { objectId: result.objectId, depth: 0, pierce: true });
  const root = node.shadowRoots?.[0];
  if (!root) throw new NoShadowRoot(`no shadow root on <${tag}>`);
  const { object } = await cdp.send("DOM.resolveNode", { backendNodeId: root.backendNodeId });
  if (!object.objectId) throw new NoShadowRoot(`shadow root of <${tag}> not resolved`);
  return object.objectId;
}

/** `inShadow`, or `absent` when the host (or its root) is not there. */
export async function inShadowOr<T>(
  page: Page,
  tag: string,
  fn: string,
  absent: T,
  arg?: unknown,
): Promise<T> {
  try {
    return await inShadow<T>(page, tag, fn, arg);
  } catch (e) {
    if (e instanceof NoShadowRoot) return absent;
    throw e;
  }
}

/**
 * The box of the first element matching `selector` in the shadow root, scrolled into view
 * inside its own scrolling box first; null when there is none.
 */
export function rectIn(page: Page, tag: string, selector: string): Promise<Rect | null> {
  return inShadowOr<Rect | null>(
    page,
    tag,
    `function (sel) {
      const el = this.querySelector(sel);
      if (!el) return null;
      el.scrollIntoView({ block: "nearest", inline: "nearest" });
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, width: r.width, height: r.height };
    }`,
    null,
    selector,
  );
}

/** Clicks the centre of the element `selector` in the shadow root with the real mouse. */
export async function clickIn(page: Page, tag: string, selector: string): Promise<void> {
  const r = await rectIn(page, tag, selector);
  if (!r || r.width === 0 || r.height === 0) throw new Error(`nothing to click at ${selector} in <${tag}>`);
  await page.mouse.click(r.left + r.width / 2, r.top + r.height / 2);
}

// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import type { PageHighlight } from "../../../lib/messaging/contract";
import { startContent } from "../../../lib/page/content";
import { updateSettings } from "../../../lib/settings/index";
import { fakeBackground, toTab } from "../notes/fake-background";
import { makeHighlight } from "../notes/helpers";

// The lazy bundle, as page-ui.js registers it (the real notes UI), without the dynamic import
// of a built file; counted as it starts.
const started = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../../lib/page/lazy-ui", async () => {
  const { startHighlighter } = await import("../../../lib/notes-ui/highlighter");
  return {
    loadPageUi: async () => ({
      startNotes: (ctx: Parameters<typeof startHighlighter>[0], start: object) => {
        started.count++;
        return startHighlighter(ctx, { ...start, frameUrl: "about:blank" });
      },
    }),
  };
});

/**
 * The content script's coordinator (lib/page/content.ts): the reader, the notes watcher and the
 * notes UI it starts share one runtime.onMessage listener (one dispatcher keyed by type), one
 * location poll and one set of selection listeners, and all of it is gone after the one abort.
 */

/** An event as the browser makes it for the reader's own input (happy-dom has no isTrusted). */
const real = <E extends Event>(e: E): E => Object.defineProperty(e, "isTrusted", { value: true });

/** Sends a message to the tab as tabs.sendMessage would, and returns what the tab answered. */
async function send(message: unknown, sender = { id: fakeBrowser.runtime.id }): Promise<unknown> {
  let answer: unknown;
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
  await trigger(message, sender, (a: unknown) => {
    answer = a;
  });
  return answer;
}

const home = location.href;

function pageHighlight(id: string, exact: string): PageHighlight {
  const { note: _, ...h } = makeHighlight({
    id,
    url: location.href,
    quote: { exact, prefix: "", suffix: "" },
  });
  return h;
}

let stop: AbortController;
beforeEach(async () => {
  vi.useFakeTimers();
  started.count = 0;
  stop = new AbortController();
  document.body.innerHTML =
    "<article><p>Leaders met in Baghdad on Tuesday to discuss the budget.</p></article>";
  // Names are not the point here: Actor Lens is paused, the reader only answers messages.
  await updateSettings({ paused: true });
});
afterEach(() => {
  stop.abort();
  vi.useRealTimers();
  vi.restoreAllMocks();
  history.replaceState(null, "", home);
});

describe("the content script's coordinator", () => {
  it("starts the notes UI on its own services: one listener, one poll; after the abort, nothing", async () => {
    const bg = fakeBackground({
      "content:notes-for-page": () => ({ highlights: [pageHighlight("h1", "met in Baghdad")] }),
      "content:notes-anchored": () => null,
    });
    const added = vi.spyOn(fakeBrowser.runtime.onMessage, "addListener");
    const intervals = vi.spyOn(globalThis, "setInterval");
    const cleared = vi.spyOn(globalThis, "clearInterval");
    const onWindow = vi.spyOn(window, "addEventListener");
    const onDocument = vi.spyOn(document, "addEventListener");

    // Spotting is not under test here: the reader waits for an index that never comes.
    startContent(stop, () => new Promise(() => {}));
    await vi.advanceTimersByTimeAsync(2000);
    expect(bg.payloads("content:notes-anchored")).toEqual([
      { url: location.href, found: ["h1"], missing: [] },
    ]);

    // The notes UI is running (it drew h1 and reported it), on the coordinator's services.
    expect(added).toHaveBeenCalledTimes(1);
    expect(intervals).toHaveBeenCalledTimes(1);
    expect(onWindow.mock.calls.filter(([type]) => type === "popstate")).toHaveLength(1);
    for (const type of ["selectionchange", "mousedown", "mouseup"])
      expect(onDocument.mock.calls.filter(([t]) => t === type)).toHaveLength(1);
    // Its tab messages come through the one router: a refusal would throw here.
    await toTab({ type: "bg:note-removed", id: "h1" });
    await toTab({ type: "tab:summary" });

    stop.abort();
    const listener = added.mock.calls[0]?.[0];
    expect(listener && fakeBrowser.runtime.onMessage.hasListener(listener)).toBe(false);
    expect(cleared).toHaveBeenCalledWith(intervals.mock.results[0]?.value);
    expect(vi.getTimerCount()).toBe(0);
    bg.stop();
  });
});

function start() {
  const bg = fakeBackground({ "content:notes-for-page": () => ({ highlights: [] }) });
  const added = vi.spyOn(fakeBrowser.runtime.onMessage, "addListener");
  // Spotting is not under test here: the reader waits for an index that never comes.
  startContent(stop, () => new Promise(() => {}));
  return { bg, added };
}

describe("the coordinator's one dispatcher", () => {
  it("answers the reader's message on the one listener, refuses a stranger, leaves other types alone", async () => {
    const { bg, added } = start();
    await vi.advanceTimersByTimeAsync(100);
    expect(added).toHaveBeenCalledTimes(1);
    expect(await send({ type: "tab:summary" })).toMatchObject({
      url: location.href,
      enabled: false,
      entities: [],
    });
    expect(await send({ type: "tab:summary" }, { id: "another-extension" })).toMatchObject({
      ok: false,
      code: "wrong-sender",
    });
    expect(await send({ type: "not-a-tab-message" })).toBeUndefined();
    bg.stop();
  });
});

describe("the coordinator's one location watcher", () => {
  it("has the notes watcher ask again for a single-page app's next page, with one poll for all", async () => {
    const intervals = vi.spyOn(globalThis, "setInterval");
    const { bg } = start();
    await vi.advanceTimersByTimeAsync(100);
    expect(bg.payloads("content:notes-for-page")).toEqual([{ url: home }]);
    history.pushState(null, "", "/next-story");
    await vi.advanceTimersByTimeAsync(1000);
    expect(bg.payloads("content:notes-for-page")).toEqual([{ url: home }, { url: location.href }]);
    expect(intervals).toHaveBeenCalledTimes(1);
    bg.stop();
  });
});

describe("the coordinator's one selection watcher", () => {
  it("starts the notes UI once, on the first settled selection of readable text", async () => {
    const { bg } = start();
    await vi.advanceTimersByTimeAsync(100);
    expect(started.count).toBe(0);
    const p = document.querySelector("p") as HTMLParagraphElement;
    document.getSelection()?.selectAllChildren(p);
    document.dispatchEvent(real(new Event("selectionchange")));
    await vi.advanceTimersByTimeAsync(149);
    expect(started.count).toBe(0); // not settled yet
    await vi.advanceTimersByTimeAsync(1);
    expect(started.count).toBe(1);
    document.dispatchEvent(real(new Event("selectionchange")));
    await vi.advanceTimersByTimeAsync(500);
    expect(started.count).toBe(1);
    bg.stop();
  });
});

describe("off on a page is one abort", () => {
  it("leaves no listener, no poll, no timer, and no answer", async () => {
    const { bg, added } = start();
    await vi.advanceTimersByTimeAsync(100);
    stop.abort();
    const listener = added.mock.calls[0]?.[0];
    expect(listener && fakeBrowser.runtime.onMessage.hasListener(listener)).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    history.pushState(null, "", "/after");
    window.dispatchEvent(new PopStateEvent("popstate"));
    document.getSelection()?.selectAllChildren(document.querySelector("p") as HTMLParagraphElement);
    document.dispatchEvent(real(new Event("selectionchange")));
    await vi.advanceTimersByTimeAsync(5000);
    expect(bg.payloads("content:notes-for-page")).toHaveLength(1);
    expect(started.count).toBe(0);
    expect(await send({ type: "tab:summary" })).toBeUndefined();
    bg.stop();
  });
});

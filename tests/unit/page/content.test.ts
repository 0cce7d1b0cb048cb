// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import type { PageHighlight } from "../../../lib/messaging/contract";
import { startContent } from "../../../lib/page/content";
import { updateSettings } from "../../../lib/settings/index";
import { fakeBackground, toTab } from "../notes/fake-background";
import { makeHighlight } from "../notes/helpers";

// The lazy bundle, as page-ui.js registers it, without the dynamic import of a built file.
vi.mock("../../../lib/page/lazy-ui", async () => {
  const { startHighlighter } = await import("../../../lib/notes-ui/highlighter");
  return {
    loadPageUi: async () => ({
      startNotes: (ctx: Parameters<typeof startHighlighter>[0], start: object) =>
        startHighlighter(ctx, { ...start, frameUrl: "about:blank" }),
    }),
  };
});

/**
 * The content script's coordinator (lib/page/content.ts): the reader, the notes watcher and the
 * notes UI it starts share one runtime.onMessage listener, one location poll and one set of
 * selection listeners, and all of it is gone after the one abort.
 */

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

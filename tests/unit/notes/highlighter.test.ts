// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import type { PageHighlight } from "../../../lib/messaging/contract";
import { NotesError, StorageFullError } from "../../../lib/notes/errors";
import { startHighlighter } from "../../../lib/notes-ui/highlighter";
import { pageServices } from "../../../lib/page/content";
import { fakeBackground, toTab } from "./fake-background";
import { makeHighlight } from "./helpers";

/**
 * The notes UI in a page (lib/notes-ui), wired as in the extension, against a background on
 * fakeBrowser. The page is happy-dom's: no layout (no client rects, so cards go to the corner)
 * and no CSS Custom Highlight API; what is drawn is checked end to end (tests/e2e/notes.e2e.ts).
 */

function pageHighlight(id: string, exact: string, prefix = "", suffix = ""): PageHighlight {
  const { note: _, ...h } = makeHighlight({ id, url: location.href, quote: { exact, prefix, suffix } });
  return h;
}

/** Every shadow root made from now on, closed ones too: the panels' insides, for the test to read. */
function watchShadowRoots(): Map<Element, ShadowRoot> {
  const roots = new Map<Element, ShadowRoot>();
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, "attachShadow").mockImplementation(function (this: Element, init) {
    const root = attach.call(this, init);
    roots.set(this, root);
    return root;
  });
  return roots;
}

/** The page says it was loaded at `url` (the navigation timing entry's name). */
function loadedFrom(url: string | null) {
  vi.spyOn(performance, "getEntriesByType").mockImplementation((type) =>
    type === "navigation" && url !== null ? ([{ name: url }] as unknown as PerformanceEntryList) : [],
  );
}

const settle = (ms = 0) => vi.advanceTimersByTimeAsync(ms);

let stop: AbortController;
beforeEach(() => {
  vi.useFakeTimers();
  stop = new AbortController();
  document.body.innerHTML =
    "<article><p id='one'>Leaders met in Baghdad on Tuesday to discuss the budget.</p></article>";
});
afterEach(() => {
  stop.abort();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("drawing saved highlights again", () => {
  it("looks again for a passage the article loads late, and reports both found", async () => {
    loadedFrom(location.href);
    const bg = fakeBackground({
      "content:notes-for-page": () => ({
        highlights: [pageHighlight("h1", "met in Baghdad"), pageHighlight("h2", "a late paragraph")],
      }),
      "content:notes-anchored": () => null,
    });
    startHighlighter(pageServices(stop.signal), { frameUrl: "about:blank" });
    await settle(100);
    expect(bg.payloads("content:notes-anchored")).toEqual([]); // h2 not found yet: no verdict
    const late = document.createElement("p");
    late.textContent = "Then came a late paragraph of the story.";
    document.querySelector("article")?.append(late);
    await settle(1500);
    expect(bg.payloads("content:notes-anchored")).toEqual([
      { url: location.href, found: ["h1", "h2"], missing: [] },
    ]);
  });

  it("reports a passage missing after the retries, only when the document was loaded at this address", async () => {
    for (const [navigated, missing] of [
      [location.href, ["gone"]],
      ["http://localhost:3000/other-story", []], // moved itself here with pushState
      [null, []],
    ] as const) {
      vi.restoreAllMocks();
      loadedFrom(navigated);
      fakeBrowser.reset();
      const bg = fakeBackground({
        "content:notes-for-page": () => ({
          highlights: [
            pageHighlight("h1", "met in Baghdad"),
            pageHighlight("gone", "words that are not here"),
          ],
        }),
        "content:notes-anchored": () => null,
      });
      const run = new AbortController();
      startHighlighter(pageServices(run.signal), { frameUrl: "about:blank" });
      await settle(100 + 1500);
      expect(bg.payloads("content:notes-anchored")).toEqual([]);
      await settle(4000);
      expect(bg.payloads("content:notes-anchored")).toEqual([{ url: location.href, found: ["h1"], missing }]);
      run.abort();
    }
  });

  it("draws what the content script already asked for, without asking again", async () => {
    const bg = fakeBackground({ "content:notes-anchored": () => null });
    startHighlighter(pageServices(stop.signal), {
      frameUrl: "about:blank",
      url: location.href,
      reply: { highlights: [pageHighlight("h1", "met in Baghdad")], colors: [] },
    });
    await settle(100);
    expect(bg.asked.map((a) => a.type)).toEqual(["content:notes-anchored"]);
  });
});

describe("the note card's messages", () => {
  async function withCard(open: () => unknown = () => ({ token: "tok-1-0123456789abcdef" })) {
    const roots = watchShadowRoots();
    const bg = fakeBackground({
      "content:notes-for-page": () => ({ highlights: [pageHighlight("h1", "met in Baghdad")] }),
      "content:notes-anchored": () => null,
      "content:note-frame-open": open,
    });
    startHighlighter(pageServices(stop.signal), { frameUrl: "about:blank" });
    await settle(100);
    const host = () => document.querySelector("actor-lens-note-card");
    const frame = () => {
      const h = host();
      return h ? roots.get(h)?.querySelector("iframe") : undefined;
    };
    /** Puts the caret inside "met in Baghdad" and sends the save-highlight command. */
    const openByKeyboard = async () => {
      const text = document.getElementById("one")?.firstChild as Text;
      getSelection()?.collapse(text, 12);
      await toTab({ type: "bg:notes-save-selection" });
      await settle();
    };
    const shown = () => /display: block/.test(host()?.getAttribute("style") ?? "");
    return { bg, roots, host, frame, shown, openByKeyboard };
  }

  it("opens the caret's highlight's card by keyboard, sizes it to the frame's report, and closes it on the frame's word", async () => {
    const c = await withCard();
    await c.openByKeyboard();
    expect(c.bg.payloads("content:note-frame-open")).toEqual([{ id: "h1", mode: "hover", focus: true }]);
    expect(c.frame()?.src).toBe("about:blank#tok-1-0123456789abcdef");
    expect(c.shown()).toBe(true);

    await toTab({ type: "bg:note-ui", token: "someone-else-0123456789", kind: "size", height: 150 });
    expect(c.frame()?.style.height).toBe("2px"); // another session's report changes nothing
    await toTab({ type: "bg:note-ui", token: "tok-1-0123456789abcdef", kind: "size", height: 150 });
    expect(c.frame()?.style.height).toBe("152px"); // the card and its border

    await toTab({ type: "bg:note-ui", token: "someone-else-0123456789", kind: "close" });
    expect(c.shown()).toBe(true);
    await toTab({ type: "bg:note-ui", token: "tok-1-0123456789abcdef", kind: "close" });
    expect(c.shown()).toBe(false);
    expect(c.frame()?.src).toBe("about:blank#"); // the frame shows no card any more
  });

  it("forgets a highlight the frame deleted and takes it back on undo", async () => {
    const c = await withCard();
    await toTab({ type: "bg:note-removed", id: "h1" });
    await c.openByKeyboard();
    expect(c.bg.payloads("content:note-frame-open")).toEqual([]);
    await toTab({ type: "bg:note-changed", highlight: pageHighlight("h1", "met in Baghdad") });
    await c.openByKeyboard();
    expect(c.bg.payloads("content:note-frame-open")).toHaveLength(1); // back where it was
  });

  it("tells the reader when the card cannot open", async () => {
    const c = await withCard(() => {
      throw new NotesError("This highlight is not stored any more.");
    });
    await c.openByKeyboard();
    const button = document.querySelector("actor-lens-save-button");
    const alert = button ? c.roots.get(button)?.querySelector("[role=alert]") : null;
    expect(alert?.textContent).toBe("Could not open this note: This highlight is not stored any more.");
    await settle(8000);
    expect(button?.getAttribute("style")).toMatch(/display: none/);
  });

  it("stops listening and leaves nothing in the page once stopped", async () => {
    const c = await withCard();
    await c.openByKeyboard();
    stop.abort();
    expect(c.host()).toBeNull();
    expect(document.querySelector("actor-lens-save-button")).toBeNull();
    c.bg.stop();
    // The tab's listener is gone too.
    expect((fakeBrowser.runtime.onMessage as unknown as { hasListeners(): boolean }).hasListeners()).toBe(
      false,
    );
  });
});

describe("saving the selection", () => {
  function selectText(exact: string) {
    const text = document.getElementById("one")?.firstChild as Text;
    const at = text.data.indexOf(exact);
    const r = document.createRange();
    r.setStart(text, at);
    r.setEnd(text, at + exact.length);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(r);
  }

  it("sends the passage with the page, then opens the new highlight's card for a note", async () => {
    const bg = fakeBackground({
      "content:notes-for-page": () => ({ highlights: [] }),
      "content:notes-save": () => pageHighlight("new-1", "met in Baghdad"),
      "content:note-frame-open": () => ({ token: "tok-new-0123456789abcdef" }),
    });
    document.title = "Budget talks";
    startHighlighter(pageServices(stop.signal), { frameUrl: "about:blank" });
    selectText("met in Baghdad");
    await toTab({ type: "bg:notes-save-selection" });
    await settle();
    const [saved] = bg.payloads("content:notes-save") as { quote: { exact: string }; url: string }[];
    expect(saved).toMatchObject({
      quote: { exact: "met in Baghdad" },
      url: location.href,
      title: "Budget talks",
    });
    expect(bg.payloads("content:note-frame-open")).toEqual([{ id: "new-1", mode: "new", focus: true }]);
    expect(getSelection()?.isCollapsed ?? true).toBe(true);
  });

  it("shows the background's reason when nothing could be saved", async () => {
    const roots = watchShadowRoots();
    fakeBackground({
      "content:notes-for-page": () => ({ highlights: [] }),
      "content:notes-save": () => {
        throw new StorageFullError();
      },
    });
    startHighlighter(pageServices(stop.signal), { frameUrl: "about:blank" });
    selectText("the budget");
    await toTab({ type: "bg:notes-save-selection" });
    await settle();
    const button = document.querySelector("actor-lens-save-button");
    const alert = button ? roots.get(button)?.querySelector("[role=alert]") : null;
    expect(alert?.textContent).toBe(`Could not save this highlight: ${new StorageFullError().message}`);
  });
});

import { describe, expect, it, vi } from "vitest";
import { createTabRouter } from "../../../lib/messaging/tab-router";
import { anchoredReport, loadedAt, RETRY_DELAYS } from "../../../lib/notes-ui/anchorer";
import { cardPlace, hoverIntent } from "../../../lib/notes-ui/card-controller";
import { onRects } from "../../../lib/notes-ui/drawn";
import { pageTextFrom } from "../../../lib/notes-ui/save";
import { buttonPlace, errorPlace } from "../../../lib/notes-ui/save-button";
import { type NotesTabHandlers, routeNotesTabMessages } from "../../../lib/notes-ui/tab-messages";
import { makeHighlight } from "./helpers";

const viewport = { width: 1000, height: 800 };

describe("hover intent over saved highlights", () => {
  it("opens a pointed highlight's card after a moment, unless a note is being written", () => {
    expect(hoverIntent("a", null, false)).toBe("open");
    expect(hoverIntent("b", { id: "a", mode: "hover" }, false)).toBe("open"); // another one: replaced
    expect(hoverIntent("a", { id: "a", mode: "hover" }, false)).toBe("hold"); // back on its highlight
    expect(hoverIntent("b", { id: "a", mode: "new" }, false)).toBe("hold"); // just saved: never replaced
    expect(hoverIntent("b", { id: "a", mode: "hover" }, true)).toBe("hold"); // focused: being typed in
  });

  it("closes a hover card when the pointer leaves, never a new or focused one", () => {
    expect(hoverIntent(null, { id: "a", mode: "hover" }, false)).toBe("leave");
    expect(hoverIntent(null, { id: "a", mode: "hover" }, true)).toBe("none");
    expect(hoverIntent(null, { id: "a", mode: "new" }, false)).toBe("none");
    expect(hoverIntent(null, null, false)).toBe("none");
  });
});

describe("placing the card and the button", () => {
  const line = { left: 100, top: 300, right: 400, bottom: 320 };

  it("puts the card below its highlight, or above when there is more room there", () => {
    expect(cardPlace(line, 200, viewport)).toEqual({ x: 100, y: 328, maxHeight: 464 });
    const low = { left: 100, top: 700, right: 400, bottom: 720 };
    const above = cardPlace(low, 200, viewport);
    expect(above.y + 200).toBeLessThanOrEqual(low.top - 8);
    // Not measured yet (height 0): placed as if 200 tall.
    expect(cardPlace(low, 0, viewport)).toEqual(above);
  });

  it("puts the card in the corner, as tall as the viewport allows, when its highlight is not on the page", () => {
    expect(cardPlace(undefined, 300, viewport)).toEqual({ x: 8, y: 8, maxHeight: 784 });
  });

  it("puts the button after the selection's last line, inside the viewport", () => {
    expect(buttonPlace(line, viewport)).toEqual({ x: 400, y: 326 });
    expect(buttonPlace({ ...line, right: 990 }, viewport).x).toBe(1000 - 200 - 8);
    expect(buttonPlace({ left: 0, top: 780, right: 50, bottom: 798 }, viewport).y).toBeLessThan(780);
  });

  it("puts an error next to what it is about, else in the corner", () => {
    expect(errorPlace(line, viewport)).toEqual({ x: 100, y: 328 });
    expect(errorPlace(undefined, viewport)).toEqual({ x: 8, y: 8 });
  });

  it("finds the point on a highlight's lines, give or take a pixel", () => {
    const rects = [line, { left: 0, top: 320, right: 200, bottom: 340 }];
    expect(onRects(rects, 401, 310)).toBe(true);
    expect(onRects(rects, 150, 335)).toBe(true);
    expect(onRects(rects, 300, 335)).toBe(false);
    expect(onRects([], 0, 0)).toBe(false);
  });
});

describe("re-anchoring's report", () => {
  const h = (id: string) => {
    const { note: _, ...rest } = makeHighlight({ id });
    return rest;
  };

  it("calls highlights missing only in a document loaded at this address", () => {
    expect(anchoredReport("u", ["a"], [h("b")], true)).toEqual({ url: "u", found: ["a"], missing: ["b"] });
    expect(anchoredReport("u", ["a"], [h("b")], false)).toEqual({ url: "u", found: ["a"], missing: [] });
  });

  it("knows a page loaded here from one that moved itself here", () => {
    expect(loadedAt("https://news.example/a?utm_source=x#top", "https://news.example/a")).toBe(true);
    expect(loadedAt("https://news.example/other", "https://news.example/a")).toBe(false);
    expect(loadedAt(undefined, "https://news.example/a")).toBe(false);
  });

  it("looks again twice, later each time, before a verdict", () => {
    expect(RETRY_DELAYS.length).toBe(2);
    expect(RETRY_DELAYS[1]).toBeGreaterThan(RETRY_DELAYS[0] ?? Number.POSITIVE_INFINITY);
  });
});

describe("saving", () => {
  it("sends the page's text around the passage, from the start on a short page", () => {
    expect(pageTextFrom(100, 1000)).toBe(0);
    expect(pageTextFrom(5000, 1000)).toBe(4500);
  });
});

describe("tab messages", () => {
  function handlers() {
    const h = {
      saveSelection: vi.fn(),
      frameUi: vi.fn(),
      changed: vi.fn(),
      removed: vi.fn(),
    } satisfies NotesTabHandlers;
    return h;
  }
  /** Routes `on` on a fresh tab router; returns the function that sends it a message. */
  function routed(on: NotesTabHandlers) {
    const router = createTabRouter("self");
    routeNotesTabMessages(router, on);
    return (m: unknown) => router.listener(m, { id: "self" }, () => {});
  }

  it("hands each of the background's messages to its handler", () => {
    const on = handlers();
    const send = routed(on);
    const { note: _, ...highlight } = makeHighlight({ id: "x" });
    send({ type: "bg:notes-save-selection" });
    send({ type: "bg:note-ui", token: "t".repeat(16), kind: "size", height: 90 });
    send({ type: "bg:note-changed", highlight });
    send({ type: "bg:note-removed", id: "x" });
    expect(on.saveSelection).toHaveBeenCalledTimes(1);
    expect(on.frameUi).toHaveBeenCalledWith(
      expect.objectContaining({ token: "t".repeat(16), kind: "size", height: 90 }),
    );
    expect(on.changed).toHaveBeenCalledWith(highlight);
    expect(on.removed).toHaveBeenCalledWith("x");
  });

  it("leaves every other message alone, and refuses malformed ones", () => {
    const on = handlers();
    const send = routed(on);
    for (const m of [
      null,
      undefined,
      7,
      {},
      { type: "bg:reader-toggle" },
      { type: "content:notes-save" },
      { type: "bg:note-ui", token: "short", kind: "size" },
      { type: "bg:note-removed", id: "" },
    ])
      send(m);
    for (const fn of Object.values(on)) expect(fn).not.toHaveBeenCalled();
  });
});

// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { watchLocation } from "../../../lib/page/location-watch";
import { watchSelection } from "../../../lib/page/selection-watch";

/** An event as the browser makes it for the reader's own input (happy-dom has no isTrusted). */
function real<E extends Event>(e: E): E {
  return Object.defineProperty(e, "isTrusted", { value: true });
}
const press = (type: "mousedown" | "mouseup") => document.dispatchEvent(real(new MouseEvent(type)));
const selectionChanged = () => document.dispatchEvent(real(new Event("selectionchange")));

let stop: AbortController;
const start = location.href;
beforeEach(() => {
  vi.useFakeTimers();
  stop = new AbortController();
});
afterEach(() => {
  stop.abort();
  vi.useRealTimers();
  history.replaceState(null, "", start);
});

describe("the location watcher", () => {
  it("tells every subscriber of a pushState within the second, once, and not of a fragment", () => {
    const on = watchLocation(stop.signal);
    const a = vi.fn();
    const b = vi.fn();
    on(a);
    const offB = on(b);
    history.pushState(null, "", "/next-story");
    vi.advanceTimersByTime(1000);
    expect(a).toHaveBeenCalledWith(new URL("/next-story", start).href);
    expect(b).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(3000);
    expect(a).toHaveBeenCalledTimes(1);
    history.pushState(null, "", "#section-2");
    vi.advanceTimersByTime(1000);
    expect(a).toHaveBeenCalledTimes(1); // the same page
    offB();
    history.pushState(null, "", "/third");
    window.dispatchEvent(new PopStateEvent("popstate"));
    expect(a).toHaveBeenCalledTimes(2); // popstate: at once
    expect(b).toHaveBeenCalledTimes(1); // unsubscribed
  });

  it("polls no more once its signal aborts", () => {
    const on = watchLocation(stop.signal);
    const fn = vi.fn();
    on(fn);
    stop.abort();
    expect(vi.getTimerCount()).toBe(0);
    history.pushState(null, "", "/later");
    window.dispatchEvent(new PopStateEvent("popstate"));
    vi.advanceTimersByTime(5000);
    expect(fn).not.toHaveBeenCalled();
  });
});

describe("the selection watcher", () => {
  it("settles 150 ms after the last change, once, and not while a button is down", () => {
    const on = watchSelection(stop.signal);
    const seen: string[] = [];
    on((e) => seen.push(e ? e.type : "settled"));
    selectionChanged();
    vi.advanceTimersByTime(100);
    selectionChanged();
    vi.advanceTimersByTime(149);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual(["settled"]);
    press("mousedown");
    selectionChanged();
    vi.advanceTimersByTime(500);
    expect(seen).toEqual(["settled", "mousedown"]); // dragging: not yet
    press("mouseup");
    vi.advanceTimersByTime(150);
    expect(seen).toEqual(["settled", "mousedown", "mouseup", "settled"]);
  });

  it("ignores a page's synthetic presses", () => {
    const on = watchSelection(stop.signal);
    const fn = vi.fn();
    on(fn);
    document.dispatchEvent(new MouseEvent("mousedown"));
    document.dispatchEvent(new MouseEvent("mouseup"));
    document.dispatchEvent(new Event("selectionchange"));
    vi.advanceTimersByTime(500);
    expect(fn).not.toHaveBeenCalled();
  });

  it("hears nothing once its signal aborts, and stops a subscriber on its word", () => {
    const on = watchSelection(stop.signal);
    const a = vi.fn();
    const b = vi.fn();
    on(a)();
    on(b);
    stop.abort();
    press("mousedown");
    press("mouseup");
    selectionChanged();
    vi.advanceTimersByTime(500);
    expect(a).not.toHaveBeenCalled();
    expect(b).not.toHaveBeenCalled();
  });
});

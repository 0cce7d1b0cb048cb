import { describe, expect, it, vi } from "vitest";
import { contentLifetime } from "../../../lib/page/lifetime";

describe("the content script's lifetime", () => {
  it("outlives WXT's abort while the extension is alive (a page can dispatch WXT's event)", () => {
    const wxt = new AbortController();
    const life = contentLifetime(wxt.signal, () => true);
    wxt.abort();
    expect(life.signal.aborted).toBe(false);
  });

  it("ends with WXT's abort once the extension's context is gone", () => {
    const wxt = new AbortController();
    let alive = true;
    const life = contentLifetime(wxt.signal, () => alive);
    alive = false;
    wxt.abort();
    expect(life.signal.aborted).toBe(true);
  });

  it("ends on its own when the extension goes away without telling it", () => {
    vi.useFakeTimers();
    try {
      let alive = true;
      const life = contentLifetime(new AbortController().signal, () => alive);
      vi.advanceTimersByTime(30_000);
      expect(life.signal.aborted).toBe(false);
      alive = false;
      vi.advanceTimersByTime(30_000);
      expect(life.signal.aborted).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

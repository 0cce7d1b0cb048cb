// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { MentionRecord, MentionRegistry } from "../../../lib/page/highlights";
import { type CardView, CLOSE_DELAY_MS, HoverIntent } from "../../../lib/page/hover";

function openLayer(): CardView & { closed: number } {
  return {
    closed: 0,
    isOpen: true,
    pinned: false,
    record: {} as MentionRecord,
    hasFocus: false,
    isHost: () => false,
    open() {},
    close() {
      this.closed++;
      (this as { isOpen: boolean }).isOpen = false;
    },
    place() {},
    anchorVisible: () => true,
  };
}

/** An event as the browser makes it for the reader's own input (happy-dom has no isTrusted). */
function real<E extends Event>(e: E): E {
  return Object.defineProperty(e, "isTrusted", { value: true });
}

describe("hover intent", () => {
  let controller: AbortController;
  beforeEach(() => {
    vi.useFakeTimers();
    controller = new AbortController();
    document.body.replaceChildren(Object.assign(document.createElement("p"), { textContent: "text" }));
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  function start(layer: CardView) {
    const registry = { size: 0 } as unknown as MentionRegistry;
    return new HoverIntent(
      registry,
      layer,
      () => ({ hoverDelay: 300, modifierOnly: false }),
      controller.signal,
    );
  }

  it("keeps an open card when the pointer only leaves an element inside the page", () => {
    const layer = openLayer();
    start(layer);
    document.querySelector("p")?.dispatchEvent(real(new PointerEvent("pointerleave", { bubbles: false })));
    vi.advanceTimersByTime(CLOSE_DELAY_MS + 50);
    expect(layer.closed).toBe(0);
  });

  it("closes an open card shortly after the pointer leaves the document", () => {
    const layer = openLayer();
    start(layer);
    document.documentElement.dispatchEvent(real(new PointerEvent("pointerleave", { bubbles: false })));
    expect(layer.closed).toBe(0);
    vi.advanceTimersByTime(CLOSE_DELAY_MS + 50);
    expect(layer.closed).toBe(1);
  });

  it("ignores events a page script dispatches", () => {
    const layer = openLayer();
    start(layer);
    document.documentElement.dispatchEvent(new PointerEvent("pointerleave", { bubbles: false }));
    document.body.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true }));
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    vi.advanceTimersByTime(CLOSE_DELAY_MS + 50);
    expect(layer.closed).toBe(0);
  });

  it("closes on Escape without taking the key from the page, unless the focus is in the card", () => {
    for (const hasFocus of [false, true]) {
      const layer = { ...openLayer(), hasFocus };
      const c = new AbortController();
      new HoverIntent(
        { size: 0 } as unknown as MentionRegistry,
        layer,
        () => ({ hoverDelay: 300, modifierOnly: false }),
        c.signal,
      );
      let heard = 0;
      document.body.addEventListener("keydown", () => heard++, { signal: c.signal });
      document.body.dispatchEvent(real(new KeyboardEvent("keydown", { key: "Escape", bubbles: true })));
      expect(layer.closed).toBe(1);
      expect(heard).toBe(hasFocus ? 0 : 1);
      c.abort();
    }
  });
});

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
    document.querySelector("p")?.dispatchEvent(new PointerEvent("pointerleave", { bubbles: false }));
    vi.advanceTimersByTime(CLOSE_DELAY_MS + 50);
    expect(layer.closed).toBe(0);
  });

  it("closes an open card shortly after the pointer leaves the document", () => {
    const layer = openLayer();
    start(layer);
    document.documentElement.dispatchEvent(new PointerEvent("pointerleave", { bubbles: false }));
    expect(layer.closed).toBe(0);
    vi.advanceTimersByTime(CLOSE_DELAY_MS + 50);
    expect(layer.closed).toBe(1);
  });
});

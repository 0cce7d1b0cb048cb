import { describe, expect, it } from "vitest";
import { type Box, type Placement, placeNear, type Size } from "../../../lib/ui/place";

const OPTS = { gap: 6, margin: 8 };
const VIEW: Size = { width: 1200, height: 900 };

function box(left: number, top: number, width: number, height: number): Box {
  return { left, top, right: left + width, bottom: top + height };
}

/** The contract's invariants, for any placement. */
function check(anchor: Box, card: Size, view: Size, p: Placement) {
  const height = Math.min(card.height, p.maxHeight);
  const bottom = p.top + height;
  expect(p.maxHeight).toBeGreaterThanOrEqual(0);
  if (p.side === "below") expect(p.top).toBeGreaterThanOrEqual(anchor.bottom + OPTS.gap);
  else expect(bottom).toBeLessThanOrEqual(anchor.top - OPTS.gap);
  if (height > 0) {
    expect(p.top).toBeGreaterThanOrEqual(OPTS.margin);
    expect(bottom).toBeLessThanOrEqual(view.height - OPTS.margin);
  }
  expect(p.left).toBeGreaterThanOrEqual(OPTS.margin);
  if (card.width <= view.width - 2 * OPTS.margin)
    expect(p.left + card.width).toBeLessThanOrEqual(view.width - OPTS.margin);
  for (const v of [p.left, p.top, p.maxHeight]) expect(Number.isInteger(v)).toBe(true);
}

describe("placeNear", () => {
  it("puts a card that fits below the mention right under it, at its left", () => {
    const a = box(100, 200, 80, 20);
    const p = placeNear(a, { width: 360, height: 300 }, VIEW, OPTS);
    expect(p).toEqual({ left: 100, top: 226, maxHeight: 900 - 8 - 226, side: "below" });
    check(a, { width: 360, height: 300 }, VIEW, p);
  });

  it("goes above when it does not fit below and there is more room above", () => {
    const a = box(100, 700, 80, 20);
    const card = { width: 360, height: 400 };
    const p = placeNear(a, card, VIEW, OPTS);
    expect(p.side).toBe("above");
    expect(p.top + 400).toBe(694);
    check(a, card, VIEW, p);
  });

  it("stays below when it fits there, even with more room above", () => {
    const a = box(100, 600, 80, 20);
    const p = placeNear(a, { width: 360, height: 200 }, VIEW, OPTS);
    expect(p.side).toBe("below");
  });

  it("gives a card taller than both rooms the larger side and a max-height of that room", () => {
    // A 300-px viewport, the mention near its top: more room below.
    const view = { width: 800, height: 300 };
    const a = box(40, 60, 90, 20);
    const card = { width: 360, height: 700 };
    const p = placeNear(a, card, view, OPTS);
    expect(p).toEqual({ left: 40, top: 86, maxHeight: 300 - 8 - 86, side: "below" });
    check(a, card, view, p);
    // Near its bottom: more room above, and the card ends just over the mention.
    const b = box(40, 230, 90, 20);
    const q = placeNear(b, card, view, OPTS);
    expect(q).toEqual({ left: 40, top: 8, maxHeight: 224 - 8, side: "above" });
    check(b, card, view, q);
  });

  it("keeps the card inside the viewport on the right, and never left of the margin", () => {
    const a = box(1100, 100, 60, 20);
    expect(placeNear(a, { width: 360, height: 100 }, VIEW, OPTS).left).toBe(1200 - 360 - 8);
    expect(placeNear(a, { width: 2000, height: 100 }, VIEW, OPTS).left).toBe(8);
  });

  it("lines the card up with the right edge of a right-to-left mention, inside the viewport", () => {
    const rtl = { ...OPTS, rtl: true };
    const a = box(700, 100, 90, 20);
    expect(placeNear(a, { width: 360, height: 100 }, VIEW, rtl).left).toBe(790 - 360);
    // A mention at the start of an Arabic line sits at the viewport's right edge.
    const edge = box(1100, 100, 92, 20);
    expect(placeNear(edge, { width: 360, height: 100 }, VIEW, rtl).left).toBe(1200 - 360 - 8);
    // Near the left edge the card is pushed right, to the margin.
    const near = box(20, 100, 90, 20);
    expect(placeNear(near, { width: 360, height: 100 }, VIEW, rtl).left).toBe(8);
    expect(placeNear(a, { width: 2000, height: 100 }, VIEW, rtl).left).toBe(8);
  });

  it("rounds away from the mention", () => {
    const a = { left: 10.4, top: 600.3, right: 90.2, bottom: 620.6 };
    const low = placeNear(a, { width: 360, height: 100.5 }, VIEW, OPTS);
    expect(low).toMatchObject({ top: 627, side: "below" });
    const high = placeNear(a, { width: 360, height: 400.5 }, VIEW, OPTS);
    // Floored: the card ends at 593.5, over 594.3 (the mention's top minus the gap).
    expect(high).toMatchObject({ top: 193, side: "above" });
    check(a, { width: 360, height: 400.5 }, VIEW, high);
  });

  it("leaves no room rather than covering a mention taller than the viewport", () => {
    const a = box(0, -50, 100, 1000);
    const p = placeNear(a, { width: 360, height: 300 }, VIEW, OPTS);
    expect(p.maxHeight).toBe(0);
    check(a, { width: 360, height: 300 }, VIEW, p);
  });

  it("holds its contract over a grid of anchors, sizes and viewports", () => {
    for (const view of [VIEW, { width: 320, height: 300 }, { width: 500, height: 120 }])
      for (let top = -40; top < view.height + 40; top += 37)
        for (const h of [0, 18, 55])
          for (const left of [-20, 0, 150, view.width - 30])
            for (const card of [
              { width: 360, height: 80 },
              { width: 300, height: 260.4 },
              { width: 360, height: 2000 },
            ]) {
              const a = box(left, top + 0.25, 70, h);
              check(a, card, view, placeNear(a, card, view, OPTS));
              check(a, card, view, placeNear(a, card, view, { ...OPTS, rtl: true }));
            }
  });
});

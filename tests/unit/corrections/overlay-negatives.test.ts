/** The overlay as the page UI relies on it: negatives, possible marks, a reader's own link and its undoing. */
import { describe, expect, it } from "vitest";
import { applyOverlay } from "../../../lib/corrections/overlay";
import type { Mention } from "../../../lib/matching/types";

const TEXT = "Kataib Hezbollah fired. Later the Falcons Cell said Al-Sudani was wrong.";
const mention = (surface: string, id: string | null, candidates: string[] = []): Mention => {
  const start = TEXT.indexOf(surface);
  return {
    surface,
    start,
    end: start + surface.length,
    id,
    candidates,
    match: "exact",
    confidence: 1,
    reason: { kind: "exact", text: "exact alias" },
  } as Mention;
};
const KH = mention("Kataib Hezbollah", "kataib-hezbollah");
const SUDANI = mention("Al-Sudani", null, ["abdul-karim-al-sudani", "mohammed-shia-al-sudani"]);

describe("the reader's overlay", () => {
  it("drops a mention with a negative's spelling and entity, whatever its case", () => {
    const got = applyOverlay(TEXT, [KH, SUDANI], {
      not: [{ spelling: "kataib hezbollah", entity: "kataib-hezbollah" }],
      spelling: [],
    });
    expect(got.map((m) => m.surface)).toEqual(["Al-Sudani"]);
  });

  it("a possible mark loses a candidate, and goes when none is left", () => {
    const one = applyOverlay(TEXT, [SUDANI], {
      not: [{ spelling: "Al-Sudani", entity: "mohammed-shia-al-sudani" }],
      spelling: [],
    });
    expect(one.map((m) => m.candidates)).toEqual([["abdul-karim-al-sudani"]]);
    const none = applyOverlay(TEXT, [SUDANI], {
      not: SUDANI.candidates.map((entity) => ({ spelling: "Al-Sudani", entity })),
      spelling: [],
    });
    expect(none).toEqual([]);
  });

  it("marks a reader's spelling as its entity, over the possible mark it covers", () => {
    const got = applyOverlay(TEXT, [KH, SUDANI], {
      not: [],
      spelling: [
        { spelling: "Falcons Cell", entity: "kataib-hezbollah" },
        { spelling: "Al-Sudani", entity: "abdul-karim-al-sudani" },
      ],
    });
    expect(got.map((m) => [m.surface, m.id, m.reason.kind])).toEqual([
      ["Kataib Hezbollah", "kataib-hezbollah", "exact"],
      ["Falcons Cell", "kataib-hezbollah", "reader"],
      ["Al-Sudani", "abdul-karim-al-sudani", "reader"],
    ]);
  });

  it("a Wrong match on the reader's own link undoes it", () => {
    const got = applyOverlay(TEXT, [KH], {
      not: [{ spelling: "Falcons Cell", entity: "kataib-hezbollah" }],
      spelling: [{ spelling: "Falcons Cell", entity: "kataib-hezbollah" }],
    });
    expect(got.map((m) => m.surface)).toEqual(["Kataib Hezbollah"]);
  });
});

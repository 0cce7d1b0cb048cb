/** The reader's corrections applied to the engine's mentions (lib/corrections/overlay.ts) and their scope (scope.ts). */
import { describe, expect, it } from "vitest";
import { applyOverlay, spellingKey } from "../../../lib/corrections/overlay";
import { holdsOn, overlayFor } from "../../../lib/corrections/scope";
import type { Correction } from "../../../lib/corrections/types";
import type { Mention } from "../../../lib/matching/types";

const linked = (text: string, surface: string, id: string): Mention => {
  const start = text.indexOf(surface);
  return {
    surface,
    start,
    end: start + surface.length,
    id,
    candidates: [],
    match: "exact",
    confidence: 0.9,
    reason: { kind: "exact", text: "exact alias" },
  };
};
const possible = (text: string, surface: string, candidates: string[]): Mention => ({
  ...linked(text, surface, "x"),
  id: null,
  candidates,
  confidence: 0.5,
  reason: { kind: "possible", text: "one of several" },
});

describe("applyOverlay", () => {
  const text = "Badr fighters met Hadi al-Amiri. Later Badr said so.";
  const mentions = [
    linked(text, "Badr", "badr-organization"),
    linked(text, "Hadi al-Amiri", "hadi-al-amiri"),
  ];

  it("changes nothing with an empty overlay", () => {
    expect(applyOverlay(text, mentions, { not: [], spelling: [] })).toBe(mentions);
  });

  it("drops the mentions of a wrong spelling and entity, whatever their case", () => {
    const out = applyOverlay(text, mentions, {
      not: [{ spelling: "BADR", entity: "badr-organization" }],
      spelling: [],
    });
    expect(out.map((m) => m.surface)).toEqual(["Hadi al-Amiri"]);
  });

  it("keeps a mention of the same spelling linked to another entity", () => {
    const out = applyOverlay(text, mentions, {
      not: [{ spelling: "Badr", entity: "hadi-al-amiri" }],
      spelling: [],
    });
    expect(out).toEqual(mentions);
  });

  it("takes a wrong candidate off a possible mark, and the mark when none is left", () => {
    const t = "Saraya al-Salam said";
    const m = [possible(t, "Saraya al-Salam", ["a", "b"])];
    const one = applyOverlay(t, m, { not: [{ spelling: "Saraya al-Salam", entity: "a" }], spelling: [] });
    expect(one).toEqual([{ ...m[0], candidates: ["b"] }]);
    const none = applyOverlay(t, m, {
      not: [
        { spelling: "saraya al-salam", entity: "a" },
        { spelling: "Saraya al‑Salam", entity: "b" },
      ],
      spelling: [],
    });
    expect(none).toEqual([]);
  });

  it("marks every whole-word occurrence of a reader's spelling, in text order, and it wins over what it overlaps", () => {
    const t = "Abu Fadak spoke. abu  fadak’s men and Abu Fadakian did not.";
    const engine = [linked(t, "Fadak", "someone-else")];
    const out = applyOverlay(t, engine, {
      not: [],
      spelling: [{ spelling: "Abu Fadak", entity: "abu-fadak" }],
    });
    expect(out.map((m) => [m.surface, m.start, m.id, m.reason.kind])).toEqual([
      ["Abu Fadak", 0, "abu-fadak", "reader"],
      ["abu  fadak", 17, "abu-fadak", "reader"],
    ]);
  });

  it("matches apostrophe and dash shapes of the spelling, and escapes what a pattern would read", () => {
    const t = "Kata’ib Sayyid al‑Shuhada (K.S.S.) and KSSX";
    const out = applyOverlay(t, [], {
      not: [],
      spelling: [
        { spelling: "Kata'ib Sayyid al-Shuhada", entity: "kss" },
        { spelling: "K.S.S.", entity: "kss" },
      ],
    });
    expect(out.map((m) => m.surface)).toEqual(["Kata’ib Sayyid al‑Shuhada", "K.S.S."]);
  });

  it("lets the longer of two overlapping spellings win", () => {
    const t = "the Islamic Resistance in Iraq said";
    const out = applyOverlay(t, [], {
      not: [],
      spelling: [
        { spelling: "Islamic Resistance", entity: "short" },
        { spelling: "Islamic Resistance in Iraq", entity: "long" },
      ],
    });
    expect(out.map((m) => [m.surface, m.id])).toEqual([["Islamic Resistance in Iraq", "long"]]);
  });

  it("applies hundreds of spellings at once, each to its own entity", () => {
    const spelling = Array.from({ length: 300 }, (_, i) => ({
      spelling: `Name${i} al-Test`,
      entity: `e-${i}`,
    }));
    const t = "Name7 al-Test met name299 al‑test and Name30 al-Testers.";
    const out = applyOverlay(t, [], { not: [], spelling });
    expect(out.map((m) => [m.surface, m.id])).toEqual([
      ["Name7 al-Test", "e-7"],
      ["name299 al‑test", "e-299"],
    ]);
  });

  it("compares spellings without case, accents or the shape of apostrophes, dashes and spaces", () => {
    expect(spellingKey("  Kata’ib  Ḥizb‑Allah ")).toBe(spellingKey("kata'ib hizb-allah"));
    expect(spellingKey("Badr")).not.toBe(spellingKey("Bader"));
  });
});

const base: Omit<Correction, "id" | "kind" | "scope" | "createdAt"> = {
  spelling: "Badr",
  entity: "badr-organization",
  sentence: "",
  url: "https://www.news.example/a",
  site: "news.example",
  title: "A",
};
const c = (id: string, kind: Correction["kind"], scope: Correction["scope"], createdAt: number, more = {}) =>
  ({ ...base, id, kind, scope, createdAt, ...more }) as Correction;

describe("overlayFor", () => {
  it("holds a correction on its page, its site (www. or not) or everywhere", () => {
    expect(holdsOn(c("1", "not", "page", 1), "https://www.news.example/a#x")).toBe(true);
    expect(holdsOn(c("1", "not", "page", 1), "https://www.news.example/b")).toBe(false);
    expect(holdsOn(c("2", "not", "site", 1), "https://news.example/b")).toBe(true);
    expect(holdsOn(c("2", "not", "site", 1), "https://other.example/a")).toBe(false);
    expect(holdsOn(c("3", "not", "everywhere", 1), "https://other.example/a")).toBe(true);
  });

  it("keeps, for one spelling and entity, the newest correction that holds, whatever its scope", () => {
    const list = [
      c("site-not", "not", "site", 1),
      c("page-is", "spelling", "page", 2),
      c("everywhere-is", "spelling", "everywhere", 3, { spelling: "Abu Fadak", entity: "abu-fadak" }),
      c("page-not", "not", "page", 4, { spelling: "abu fadak", entity: "abu-fadak" }),
      c("everywhere-is-2", "spelling", "everywhere", 5, { spelling: "Badr", entity: "badr-organization" }),
    ];
    // On the page: the newest of each pair.
    expect(overlayFor(list, "https://www.news.example/a")).toEqual({
      not: [{ spelling: "abu fadak", entity: "abu-fadak" }],
      spelling: [{ spelling: "Badr", entity: "badr-organization" }],
    });
    // Elsewhere on the site: the page's own corrections do not hold.
    expect(overlayFor(list, "https://news.example/b")).toEqual({
      not: [],
      spelling: [
        { spelling: "Badr", entity: "badr-organization" },
        { spelling: "Abu Fadak", entity: "abu-fadak" },
      ],
    });
    // Undone (removed), the one before is back.
    expect(overlayFor(list.slice(0, 2), "https://www.news.example/a")).toEqual({
      not: [],
      spelling: [{ spelling: "Badr", entity: "badr-organization" }],
    });
    expect(overlayFor(list.slice(0, 1), "https://www.news.example/a")).toEqual({
      not: [{ spelling: "Badr", entity: "badr-organization" }],
      spelling: [],
    });
  });
});

/**
 * Every word of an-array-of-english-words, capitalised at a sentence start and inside a
 * title-case headline: no link and no possible mark. The only exceptions are words that name
 * one of our entities in any context on their own (ALLOWED, each checked by hand).
 */
import words from "an-array-of-english-words";
import { describe, expect, it } from "vitest";
import { report, scanInto, tally } from "./engine";

/** word (lower case) → the entity it names wherever it stands. */
const ALLOWED: Record<string, string> = {
  // Capitalised, "Trump" is the surname of Donald Trump on today's web in nearly any sentence
  // ("Trump is what they talked about…", "New Report On Trump Shows…"). Checked by hand.
  trump: "donald-trump",
};

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

describe("English words", () => {
  it("are never linked at a sentence start or in a title-case headline", () => {
    const t = tally();
    const list = words as string[];
    expect(list.length).toBeGreaterThan(270000);
    const allowed = (w: string) => (m: { id: string | null; surface: string }) =>
      m.id === ALLOWED[w] && m.surface.toLowerCase() === w;
    for (const w of list) {
      const c = cap(w);
      scanInto(t, `${c} is what they talked about at the meeting.`, allowed(w));
      scanInto(t, `New Report On ${c} Shows Sharp Gains`, allowed(w));
    }
    report("english words", t);
    expect(t.links).toEqual([]);
    expect(t.possible).toEqual([]);
  }, 120_000);
});

// @vitest-environment happy-dom
import { beforeEach, expect, describe as group, it } from "vitest";
import { anchor, anchorText, describe } from "../../../lib/anchoring";
import type { Selectors } from "../../../lib/anchoring/types";
import { select } from "./select";

const ARTICLE = `
  <article>
    <h1>Factions debate the budget</h1>
    <p>Leaders of the <b>Popular Mobilization Forces</b> met in Baghdad on Tuesday to discuss salaries.</p>
    <p>Kataib Hezbollah said it would not attend. The meeting ended late.</p>
    <p>The meeting ended late, a spokesman said, without an agreement on salaries.</p>
  </article>`;

group("describe and anchor", () => {
  beforeEach(() => {
    document.body.innerHTML = ARTICLE;
  });

  it("describes a selection across elements with quote, context and position", () => {
    const r = document.createRange();
    r.setStart(select("Leaders").startContainer, 0);
    r.setEnd(select(" met in").startContainer, 7);
    const s = describe(document.body, r) as Selectors;
    expect(s.quote.exact).toBe("Leaders of the Popular Mobilization Forces met in");
    expect(s.quote.prefix.endsWith("Factions debate the budget\n\n")).toBe(true);
    expect(s.quote.suffix.startsWith(" Baghdad on Tuesday")).toBe(true);
    expect(s.position.end - s.position.start).toBe(s.quote.exact.length);
  });

  it("returns null for a selection with no readable text", () => {
    const r = document.createRange();
    r.setStart(document.body, 0);
    r.setEnd(document.body, 0);
    expect(describe(document.body, r)).toBeNull();
  });

  it("anchors back to the same text by quote", () => {
    const s = describe(document.body, select("met in Baghdad")) as Selectors;
    const found = anchor(document.body, s);
    expect(found?.method).toBe("quote");
    expect(found?.range.toString()).toBe("met in Baghdad");
  });

  it("tells a repeated passage apart by its context", () => {
    const second = describe(document.body, select("The meeting ended late", 1)) as Selectors;
    document.body.querySelector("h1")?.remove(); // every position shifts
    const found = anchor(document.body, second);
    expect(found?.range.startContainer.parentElement?.textContent).toContain("a spokesman said");
  });

  it("falls back to the position when the context was edited a little but the quote is still there", () => {
    const text = "Baghdad, Monday. The meeting ended late. Erbil, Monday. The meeting ended late. Then";
    const s: Selectors = {
      // Saved when the datelines read "Tuesday": neither occurrence has the exact context now.
      quote: { exact: "The meeting ended late", prefix: "Erbil, Tuesday. ", suffix: ". The" },
      position: { start: 56, end: 78 },
    };
    expect(anchorText(text, s)).toEqual({ start: 56, end: 78, method: "position" });
  });

  it("draws nothing where the quote is but none of its context (another page with the same words)", () => {
    const s: Selectors = {
      quote: { exact: "The meeting ended late", prefix: "zzzzzzzz", suffix: "yyyyyyyy" },
      position: { start: 24, end: 46 },
    };
    expect(anchorText("The meeting ended late. The meeting ended late.", s)).toBeNull();
    expect(anchorText("Sports: The meeting ended late, said the coach.", s)).toBeNull();
  });

  it("survives small edits to the article with a fuzzy match", () => {
    const s = describe(document.body, select("met in Baghdad on Tuesday to discuss salaries")) as Selectors;
    const p = document.querySelectorAll("p")[0] as HTMLElement;
    p.lastChild?.replaceWith(document.createTextNode(" met in Baghdad on Wednesday to discus salaries."));
    document.body.querySelector("h1")?.insertAdjacentText("afterend", "Updated at 10:00. ");
    const found = anchor(document.body, s);
    expect(found?.method).toBe("fuzzy");
    expect(found?.range.toString()).toMatch(/^met in Baghdad on Wednesday to discus salaries/);
  });

  it("gives up when the passage is gone", () => {
    const s = describe(document.body, select("Kataib Hezbollah said it would not attend")) as Selectors;
    (document.querySelectorAll("p")[1] as HTMLElement).remove();
    expect(anchor(document.body, s)).toBeNull();
  });

  it("finds a long quote with edits on a long page", () => {
    const words = "militia budget Baghdad council statement raid drone ministry salaries faction".split(" ");
    let seed = 3;
    const next = () => {
      seed = (seed * 48271) % 2147483647;
      return seed;
    };
    const text = Array.from({ length: 20_000 }, () => words[next() % words.length]).join(" ");
    const start = 80_000;
    const exact = text.slice(start, start + 2000);
    const s: Selectors = {
      quote: { exact, prefix: text.slice(start - 32, start), suffix: text.slice(start + 2000, start + 2032) },
      position: { start, end: start + 2000 },
    };
    // A correction in the middle, a word dropped near the end, and new text earlier on the page.
    const edited = `Update: ${text.slice(0, start + 500)}corrected${text.slice(start + 509, start + 1800)}${text.slice(start + 1808)}`;
    const found = anchorText(edited, s);
    expect(found?.method).toBe("fuzzy");
    expect(Math.abs((found?.start ?? 0) - (start + 8))).toBeLessThanOrEqual(2);
  });

  it("never anchors a short quote by chance", () => {
    const s: Selectors = {
      quote: { exact: "salaries", prefix: "completely different", suffix: "context here" },
      position: { start: 5, end: 13 },
    };
    expect(anchorText("nothing like it: salary", s)).toBeNull();
  });
});

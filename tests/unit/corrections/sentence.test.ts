import { describe, expect, it } from "vitest";
import { oneLine, sentenceAround } from "../../../lib/corrections/sentence";

const TEXT =
  "The raid came at night. Officials said Kataib Hezbollah had been warned by the U.S. embassy weeks before! " +
  "Nobody else commented.";

const at = (text: string, s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as const;

describe("sentenceAround", () => {
  it("gives the sentence that holds the spelling, not its neighbours", () => {
    const [s, e] = at(TEXT, "Kataib Hezbollah");
    expect(sentenceAround(TEXT, s, e)).toBe(
      "Officials said Kataib Hezbollah had been warned by the U.S. embassy weeks before!",
    );
  });

  it("does not end a sentence at a stop inside the spelling", () => {
    const [s, e] = at(TEXT, "U.S.");
    expect(sentenceAround(TEXT, s, e)).toContain("Officials said");
    expect(sentenceAround(TEXT, s, e)).toContain("weeks before!");
  });

  it("takes the first and the last sentence of a block whole", () => {
    const [s, e] = at(TEXT, "raid");
    expect(sentenceAround(TEXT, s, e)).toBe("The raid came at night.");
    const [s2, e2] = at(TEXT, "Nobody");
    expect(sentenceAround(TEXT, s2, e2)).toBe("Nobody else commented.");
  });

  it("puts a sentence on one line, spaces collapsed", () => {
    const text = "  In Baghdad,\n   officials close to\tKadhimi said so.  ";
    const [s, e] = at(text, "Kadhimi");
    expect(sentenceAround(text, s, e)).toBe("In Baghdad, officials close to Kadhimi said so.");
  });

  it("cuts a long sentence around the spelling, marking the cuts", () => {
    const text = `${"word ".repeat(300)}Kataib Hezbollah ${"more ".repeat(300)}end.`;
    const [s, e] = at(text, "Kataib Hezbollah");
    const got = sentenceAround(text, s, e, 100);
    expect(got.length).toBeLessThanOrEqual(100);
    expect(got).toContain("Kataib Hezbollah");
    expect(got.startsWith("…")).toBe(true);
    expect(got.endsWith("…")).toBe(true);
  });

  it("is never empty for a spelling, even in a text without stops", () => {
    expect(sentenceAround("Sudani", 0, 6)).toBe("Sudani");
    expect(sentenceAround("a b Sudani c", 4, 10, 6)).toBe("Sudani");
  });

  it("oneLine trims and collapses", () => {
    expect(oneLine("  a\n\n b\t c ")).toBe("a b c");
  });
});

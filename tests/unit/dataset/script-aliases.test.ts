/** Aliases in Arabic and Persian script (issue 16): their fields, letters and duplicates. */
import { describe, expect, it } from "vitest";
import { compileDataset } from "../../../lib/dataset/compile";
import { foldArabicScript, scriptProblem } from "../../../lib/dataset/script";
import { type Issue, validateDataset } from "../../../lib/dataset/validate";
import { entity, type Loose, validInput } from "./fixture";

const PAGE = { url: "https://example.org/ar/1", quote: "قال قائد كتائب ألفا إن" };
const ar = (text: string, more: Loose = {}): Loose => ({
  text,
  script: "ar",
  fromDocuments: false,
  seenOn: [PAGE],
  ...more,
});
const fa = (text: string, more: Loose = {}): Loose => ({ ...ar(text, more), script: "fa" });

const FILE = "data/entities/alpha-brigades.json";

/** Adds the aliases to alpha-brigades (its aliases 0–2 are Latin) and returns the problems. */
function run(aliases: Loose[], mutate: (input: ReturnType<typeof validInput>) => void = () => {}): string[] {
  const input = validInput();
  entity(input, "alpha-brigades").aliases.push(...aliases);
  mutate(input);
  return validateDataset(input).map((i: Issue) => `${i.file} | ${i.field} | ${i.message}`);
}

describe("script aliases", () => {
  it("accepts an Arabic and a Persian spelling, a short form and a ZWNJ", () => {
    expect(run([ar("كتائب ألفا"), ar("الكتائب", { short: true }), fa("کتائب آلفا"), fa("حزب‌الفا")])).toEqual(
      [],
    );
  });

  it("passes script, fromDocuments and short through to the compiled dataset, not the pages", () => {
    const input = validInput();
    entity(input, "alpha-brigades").aliases.push(ar("الكتائب", { short: true }));
    const alpha = compileDataset(input).entities.find((e) => e.id === "alpha-brigades");
    const { seenOn: _pages, ...compiled } = ar("الكتائب", { short: true });
    // The pages stay in data/entities: the extension bundles the spelling and its flags.
    expect(alpha?.aliases.at(-1)).toEqual(compiled);
    expect(compiled).toEqual({ text: "الكتائب", script: "ar", fromDocuments: false, short: true });
  });

  it("requires the script to be ar or fa", () => {
    expect(run([ar("كتائب ألفا", { script: "ur" })])).toEqual([
      `${FILE} | aliases[3].script | must be "ar" or "fa", got "ur"`,
    ]);
  });

  it("requires the text to be in that script", () => {
    expect(run([ar("Alpha كتائب")])).toEqual([
      `${FILE} | aliases[3].text | is not all Arabic letters: "A" (U+0041)`,
    ]);
    expect(run([ar("كتائب «ألفا»")])).toEqual([
      `${FILE} | aliases[3].text | is not all Arabic letters: "«" (U+00AB)`,
    ]);
    expect(run([fa("کتائب ۲")])).toEqual([
      `${FILE} | aliases[3].text | is not all Persian letters: "۲" (U+06F2)`,
    ]);
    expect(run([ar("كتائب  ألفا")])).toEqual([
      `${FILE} | aliases[3].text | has doubled, leading or trailing spaces`,
    ]);
  });

  it("refuses Persian letters in an Arabic alias", () => {
    expect(run([ar("کتائب آلفا")])).toEqual([
      `${FILE} | aliases[3].text | uses Persian letters (پ چ ژ گ ی ک ۀ or ZWNJ); mark it "script": "fa" or use the Arabic letters`,
    ]);
  });

  it("refuses diacritics and tatweel (the engine folds them)", () => {
    expect(run([ar("كَتائب ألفا")])).toEqual([
      `${FILE} | aliases[3].text | has diacritics (harakat); write the name without them`,
    ]);
    expect(run([ar("كتـائب ألفا")])).toEqual([
      `${FILE} | aliases[3].text | has a tatweel (ـ); write the name without it`,
    ]);
  });

  it("requires fromDocuments: false", () => {
    const missing = ar("كتائب ألفا");
    delete missing.fromDocuments;
    expect(run([missing])).toEqual([
      `${FILE} | aliases[3].fromDocuments | must be false for a script alias (the documents are in English)`,
    ]);
    expect(run([ar("كتائب ألفا", { fromDocuments: true })])).toEqual([
      `${FILE} | aliases[3].fromDocuments | must be false for a script alias (the documents are in English)`,
    ]);
  });

  it("requires the page it was seen on", () => {
    const missing = ar("كتائب ألفا");
    delete missing.seenOn;
    expect(run([missing])).toEqual([
      `${FILE} | aliases[3].seenOn | missing: a script alias names the page it was checked on`,
    ]);
    expect(run([ar("كتائب ألفا", { seenOn: [] })])).toEqual([
      `${FILE} | aliases[3].seenOn | must not be empty`,
    ]);
  });

  it("requires http(s) page addresses and short quotes", () => {
    expect(run([ar("كتائب ألفا", { seenOn: [{ ...PAGE, url: "find_string id 54752346456" }] })])).toEqual([
      `${FILE} | aliases[3].seenOn[0].url | must be an http(s) URL, got "find_string id 54752346456"`,
    ]);
    expect(run([ar("كتائب ألفا", { seenOn: [{ ...PAGE, url: "ftp://example.org/a" }] })])).toHaveLength(1);
    const long = Array.from({ length: 21 }, () => "كلمة").join(" ");
    expect(run([ar("كتائب ألفا", { seenOn: [{ ...PAGE, quote: long }] })])).toEqual([
      `${FILE} | aliases[3].seenOn[0].quote | has 21 words; quote at most 20`,
    ]);
    expect(run([ar("كتائب ألفا", { seenOn: [{ url: PAGE.url }] })])).toEqual([
      `${FILE} | aliases[3].seenOn[0].quote | missing`,
    ]);
  });

  it("refuses seenIn on a script alias (the documents are in English)", () => {
    expect(run([ar("كتائب ألفا", { seenIn: ["doc-a"] })])).toContainEqual(
      `${FILE} | aliases[3].seenIn | a script alias cannot occur in the documents (they are in English)`,
    );
  });

  it("reports the same text twice, and spellings the folding makes one", () => {
    expect(run([ar("كتائب ألفا"), ar("كتائب ألفا")])).toEqual([
      `${FILE} | aliases[4].text | duplicates aliases[3] ("كتائب ألفا")`,
    ]);
    // ى/ي, أ/ا and a final ة/ه are one spelling for the engine.
    expect(run([ar("موسى ألفا"), ar("موسي الفا")])).toEqual([
      `${FILE} | aliases[4].text | duplicates aliases[3] ("موسى ألفا")`,
    ]);
    expect(run([ar("حركة ألفا"), ar("حركه ألفا")])).toHaveLength(1);
    // One text under both scripts is one alias: list both pages in its seenOn.
    expect(run([ar("المهندس"), fa("المهندس")])).toEqual([
      `${FILE} | aliases[4].text | duplicates aliases[3] ("المهندس")`,
    ]);
  });

  it("keeps a Persian and an Arabic spelling that differ by ی/ي or ک/ك", () => {
    expect(run([ar("قاسم سليماني"), fa("قاسم سلیمانی"), ar("كتائب"), fa("کتائب")])).toEqual([]);
    expect(run([fa("قاسم سلیمانی"), fa("قاسم سليماني")])).toEqual([
      `${FILE} | aliases[4].text | duplicates aliases[3] ("قاسم سلیمانی")`,
    ]);
  });

  it("compares spellings across entities after folding", () => {
    expect(run([ar("الكتائب")], (i) => entity(i, "beta-party").aliases.push(fa("الکتائب")))).toEqual([
      `${FILE} | aliases[3].text | alias "الكتائب" is shared with beta-party; mark it "ambiguous": true on every entity that uses it`,
      'data/entities/beta-party.json | aliases[2].text | alias "الکتائب" is shared with alpha-brigades; mark it "ambiguous": true on every entity that uses it',
    ]);
    expect(
      run([ar("الكتائب", { ambiguous: true })], (i) =>
        entity(i, "beta-party").aliases.push(fa("الکتائب", { ambiguous: true })),
      ),
    ).toEqual([]);
  });
});

describe("the script rules", () => {
  it("fold the letter variants the engine treats as one", () => {
    expect(foldArabicScript("إسماعيل قاآني")).toBe(foldArabicScript("اسماعيل قااني"));
    expect(foldArabicScript("مصطفی الکاظمی")).toBe("مصطفي الكاظمي");
    expect(foldArabicScript("هيئة مؤسسة")).toBe("هييه موسسه");
    expect(foldArabicScript("Kataib")).toBe("Kataib");
    // Letters the folding does not remove stay apart: each is its own alias.
    expect(foldArabicScript("ترامب")).not.toBe(foldArabicScript("ترمب"));
    expect(foldArabicScript("قاني")).not.toBe(foldArabicScript("قاآني"));
  });

  it("allow Persian letters and ZWNJ in fa only", () => {
    expect(scriptProblem("پمپئو", "fa")).toBeUndefined();
    expect(scriptProblem("حزب‌الله", "fa")).toBeUndefined();
    expect(scriptProblem("حزب‌الله", "ar")).toMatch(/Persian letters/);
    expect(scriptProblem("حزب الله", "ar")).toBeUndefined();
  });
});

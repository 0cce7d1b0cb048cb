/** The names module's Arabic-script folding (lib/names/arabic.ts), shared by engine and search. */
import { describe, expect, it } from "vitest";
import { cliticLength, cliticSplits, lightArabic } from "../../../lib/names/arabic";
import { fold, light, phoneticKey } from "../../../lib/names/fold";

// [as pages write it, folded]
const LIGHT: [string, string][] = [
  ["الإطار", "الاطار"],
  ["أبو", "ابو"],
  ["آل", "ال"],
  ["ٱلله", "الله"],
  ["سليمانى", "سليماني"],
  ["سلیمانی", "سليماني"],
  ["قائد", "قايد"],
  ["مؤسسة", "موسسه"],
  ["الحكمة", "الحكمه"],
  ["ۀ", "ه"],
  ["الکاظمی", "الكاظمي"],
  ["أوريـبي", "اوريبي"],
  ["مُقتَدى", "مقتدي"],
  ["الشعبيّ", "الشعبي"],
  ["علاء", "علا"],
  ["حزب‌الله", "حزبالله"],
  ["٢٠١٩", "2019"],
  ["۱۳۹۸", "1398"],
  ["ﺍﻟﺤﺸﺪ", "الحشد"],
];

describe(`Arabic-script folding (${LIGHT.length} letters and marks)`, () => {
  it.each(LIGHT)("light(%s) = %s", (raw, want) => {
    expect(light(raw)).toBe(want);
    expect(lightArabic(raw)).toBe(want);
    // The letters are the key: no Latin alternation touches them ("الله" keeps its two lams).
    expect(phoneticKey(light(raw))).toBe(want);
  });

  it("leaves Latin words to the Latin rules", () => {
    expect(light("Kata’ib")).toBe("kataib");
    expect(phoneticKey(light("Qassem"))).toBe(phoneticKey(light("Kasim")));
  });
});

describe("proclitics", () => {
  it("reads و ف then ب ل ك off the front, fewest first, ل before the article as لل", () => {
    expect(cliticSplits("والكاظمي").map((s) => s.rest)).toEqual(["الكاظمي"]);
    expect(cliticSplits("للكاظمي").map((s) => s.rest)).toEqual(["الكاظمي", "لكاظمي"]);
    expect(cliticSplits("وللحشد")).toEqual([
      { rest: "للحشد", letters: 1 },
      { rest: "الحشد", letters: 2 },
      { rest: "لحشد", letters: 2 },
    ]);
    expect(cliticSplits("بدر").map((s) => s.rest)).toEqual([]); // "در" is too short
    expect(cliticSplits("ليث")).toEqual([]);
    expect(cliticSplits("مقتدى")).toEqual([]);
  });

  it("measures a clitic in code units of the page, its marks included", () => {
    expect(cliticLength("والكاظمي", 1)).toBe(1);
    expect(cliticLength("وَالكاظمي", 1)).toBe(2);
    expect(cliticLength("وـبالحشد", 2)).toBe(3);
  });
});

describe("fold() for the popup's search, in Arabic script", () => {
  it.each([
    ["مصطفى الكاظمي", "مصطفي الكاظمي"],
    ["مصطفی الکاظمی", "مصطفي الكاظمي"],
    ["هيئة الحشد الشعبي", "هييه الحشد الشعبي"],
    ["حزب‌الله", "حزبالله"],
    ["حزب الله", "حزبالله"],
    ["حزبالله", "حزبالله"],
    ["أبو مهدي المهندس", "ابومهدي المهندس"],
    ["ابومهدی المهندس", "ابومهدي المهندس"],
    ["عادل عبد المهدي", "عادل عبدالمهدي"],
    ["قاسِم سُلَيماني", "قاسم سليماني"],
  ])("%s → %s", (text, want) => {
    expect(fold(text)).toBe(want);
  });
});

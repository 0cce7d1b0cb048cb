// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { anchor, anchorText, describe as describeRange } from "../../../lib/anchoring";
import { hasMarks, stripMarks } from "../../../lib/anchoring/marks";
import type { Selectors } from "../../../lib/anchoring/types";
import { select } from "./select";

// Original sentences, in the way Arabic and Persian news write (issue 16).
const ARABIC = `
  <article dir="rtl" lang="ar">
    <h1>فصائل مسلحة تعلن تعليق هجماتها</h1>
    <p>أعلنت <b>كتائب حزب الله</b> تعليق عملياتها العسكرية، وقالت إنها تريد تجنيب الحكومة أي إحراج.</p>
    <p>ويرى محللون أن مستقبل العلاقة سيتحدد بقدرة الحكومة على ضبط السلاح خارج إطار الدولة.</p>
  </article>`;
const PERSIAN = `<p dir="rtl" lang="fa">کارشناسان می‌گویند این حمله معادلات قدرت را تغییر داد.</p>`;

describe("anchoring on right-to-left text", () => {
  beforeEach(() => {
    document.body.innerHTML = ARABIC;
  });

  it("describes an Arabic selection across elements and finds it again by its quote", () => {
    const r = document.createRange();
    r.setStart(select("أعلنت").startContainer, 0);
    r.setEnd(select(" تعليق عملياتها").startContainer, 15);
    const s = describeRange(document.body, r) as Selectors;
    expect(s.quote.exact).toBe("أعلنت كتائب حزب الله تعليق عملياتها");
    expect(s.quote.suffix.startsWith(" العسكرية،")).toBe(true);
    const found = anchor(document.body, s);
    expect(found?.method).toBe("quote");
    expect(found?.range.toString()).toBe("أعلنت كتائب حزب الله تعليق عملياتها");
  });

  it("keeps Persian zero-width non-joiners in the quote and finds it again", () => {
    document.body.innerHTML = PERSIAN;
    const s = describeRange(document.body, select("می‌گویند این حمله")) as Selectors;
    expect(s.quote.exact).toBe("می\u200cگویند این حمله");
    expect(anchor(document.body, s)?.range.toString()).toBe("می‌گویند این حمله");
  });

  it("finds a quote again after the article was vocalised, more marks than the fuzzy search allows", () => {
    const s = describeRange(document.body, select("بقدرة الحكومة على ضبط السلاح")) as Selectors;
    // The same words fully vocalised, and a tatweel: 17 characters more on 28.
    const vocalised = "بِقُدْرَةِ الْحُكُومَةِ عَلَـى ضَبْطِ السِّلَاحِ";
    document.body.innerHTML = ARABIC.replace("بقدرة الحكومة على ضبط السلاح", vocalised);
    const found = anchor(document.body, s);
    expect(found?.range.toString()).toBe(vocalised);
    expect(found?.method).toBe("fuzzy");
  });

  it("finds a vocalised quote where the article dropped the marks, and keeps a last letter's marks", () => {
    const saved = "الطَّائِرَةُ الْمُسَيَّرَةُ";
    const s: Selectors = {
      quote: { exact: saved, prefix: "قال المتحدث إن ", suffix: " سقطت قرب المطار." },
      position: { start: 15, end: 15 + saved.length },
    };
    const plain = "قال المتحدث إن الطائرة المسيرة سقطت قرب المطار.";
    expect(anchorText(plain, s)).toEqual({ start: 15, end: 30, method: "fuzzy" });
    const marked = "قال المتحدث إن الطائرة المسيّرةُ سقطت قرب المطار.";
    const back: Selectors = { ...s, quote: { ...s.quote, exact: "الطائرة المسيرة" } };
    const at = anchorText(marked, back);
    expect(at && marked.slice(at.start, at.end)).toBe("الطائرة المسيّرةُ");
  });

  it("draws nothing where the words are but without their context", () => {
    const s: Selectors = {
      quote: { exact: "ضبط السلاح", prefix: "بقدرة الحكومة على ", suffix: " خارج إطار الدولة" },
      position: { start: 10, end: 20 },
    };
    expect(anchorText("ضَبط السلاح ثم ضبط السلاح", s)).toBeNull();
  });

  it("strips the marks and maps each letter left back to its place", () => {
    const { text, at } = stripMarks("ضَبْط");
    expect(text).toBe("ضبط");
    expect([...at]).toEqual([0, 2, 4]);
    expect([hasMarks("ضبط"), hasMarks("ضَبط"), hasMarks("Baghdad")]).toEqual([false, true, false]);
  });
});

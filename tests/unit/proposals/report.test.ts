/** The reader's corrections report (lib/corrections/report.ts): format, parse, round trip. */
import { describe, expect, it } from "vitest";
import {
  type ReportedCorrection as Correction,
  formatReport,
  parseReport,
  REPORT_HEADING,
} from "../../../lib/corrections/report";

const list: Correction[] = [
  {
    kind: "spelling",
    spelling: "Hadi al-Ameri",
    entity: "hadi-al-amiri",
    scope: "everywhere",
    page: "https://example.org/news/1?x=1#p2",
    sentence: "Badr chief Hadi al-Ameri said: “no deal” — for now.",
  },
  {
    kind: "not",
    spelling: "Badr",
    entity: "badr-organization",
    scope: "page",
    page: "https://example.org/sport",
    sentence: "Badr scored twice: 2-0 in the final.",
  },
];

describe("corrections report", () => {
  it("starts with its versioned heading and one section per correction", () => {
    const md = formatReport(list);
    expect(md.split("\n")[0]).toBe(REPORT_HEADING);
    expect(md).toContain("## 1. spelling\n- spelling: Hadi al-Ameri\n- entity: hadi-al-amiri\n");
    expect(md).toContain("## 2. not\n");
  });

  it("parses what it formats, and formats what it parses, unchanged", () => {
    const md = formatReport(list);
    const back = parseReport(md);
    expect(back.errors).toEqual([]);
    expect(back.corrections).toEqual(list);
    expect(formatReport(back.corrections)).toBe(md);
  });

  it("writes a value's line breaks as spaces, so each field stays one line", () => {
    const md = formatReport([{ ...(list[0] as Correction), sentence: "one\ntwo\r\n  three " }]);
    expect(parseReport(md).corrections[0]?.sentence).toBe("one two three");
  });

  it("names the line of each problem and keeps the sound corrections", () => {
    const bad = `${REPORT_HEADING}\n\n## 1. spelling\n- spelling: X\n- entity: y\n- scope: galaxy\n- page: p\n- sentence: s\n\n## 2. rename\n- spelling: X\n\n${formatReport(
      [list[1] as Correction],
    )
      .split("\n")
      .slice(2)
      .join("\n")
      .replace("## 1.", "## 3.")}\nstray line\n`;
    const r = parseReport(bad);
    expect(r.corrections).toEqual([list[1]]);
    expect(r.errors).toEqual([
      'line 3: unknown scope "galaxy"',
      'line 10: unknown kind "rename" (spelling or not)',
      'line 20: not part of a correction: "stray line"',
    ]);
  });

  it("refuses a report without the heading of its version", () => {
    expect(parseReport("# Actor Lens corrections v2\n").errors).toEqual([
      `line 1: expected "${REPORT_HEADING}"`,
    ]);
  });
});

/**
 * Off-topic passages (tests/fixtures/open-web/passages.ts: sports, recipes, tech reviews, US
 * politics, Lebanese, Palestinian, Yemeni and Syrian news): scanned as a page, paragraph by
 * paragraph in one session, with possible marks kept only on a page about our domain (as the
 * page's registry draws them). No false mark, and every right mark found.
 */
import { describe, expect, it } from "vitest";
import { onTopic } from "../../../lib/matching/topic";
import type { Mention } from "../../../lib/matching/types";
import { PASSAGES } from "../../fixtures/open-web/passages";
import { matcher, report, tally } from "./engine";

function scanPage(text: string): Mention[] {
  const session = matcher.session();
  return onTopic(text.split(/\n\s*\n/).flatMap((block) => session.scan(block)));
}

describe("off-topic passages", () => {
  it("are at least 60", () => {
    expect(PASSAGES.length).toBeGreaterThanOrEqual(60);
  });

  it("get no false mark, and their right marks", () => {
    const t = tally();
    const missed: string[] = [];
    for (const p of PASSAGES) {
      t.texts++;
      t.words += p.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
      const ms = scanPage(p.text);
      const right = new Set(p.expect.map((e) => `${e.surface}\u0000${e.id}`));
      const head = `[${p.topic}] ${p.text.slice(0, 40).replace(/\s+/g, " ")}…`;
      for (const m of ms) {
        if (m.id === null) t.possible.push(`${m.surface} ? ${m.candidates.join("|")}  | ${head}`);
        else if (!right.has(`${m.surface}\u0000${m.id}`)) t.links.push(`${m.surface} → ${m.id}  | ${head}`);
      }
      const got = new Set(ms.map((m) => `${m.surface}\u0000${m.id}`));
      for (const e of p.expect)
        if (!got.has(`${e.surface}\u0000${e.id}`)) missed.push(`${e.surface} → ${e.id}  | ${head}`);
    }
    report("passages", t);
    if (missed.length) console.log(`missed:\n  ${missed.join("\n  ")}`);
    expect(t.links).toEqual([]);
    expect(t.possible).toEqual([]);
    expect(missed).toEqual([]);
  });
});

/**
 * Summaries, roles and event titles are written in our own words: none may share a long run of
 * words with a source document. Evidence phrases are the only verbatim text (≤ 20 words, checked
 * by the validator); a name or a title ("Senior fellow at the Arab Gulf States Institute in
 * Washington") or a short quotation may still match, so the limit is a run of 15 words.
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../lib/dataset/compile";
import { loadDataset } from "../../../lib/dataset/load";

const MAX_SHARED_RUN = 15;
const root = resolve(import.meta.dirname, "../../..");
const loaded = loadDataset({ root });
const { dataset } = buildDataset(loaded.input);

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^a-z0-9'%]+/)
    .filter(Boolean);

/** Length of the longest run of words that `text` shares with any of `sources`. */
function longestSharedRun(text: string, sources: string[][]): number {
  const w = words(text);
  let best = 0;
  for (const src of sources) {
    // Classic longest common substring over words, two rows.
    let prev = new Array<number>(src.length + 1).fill(0);
    for (let i = 1; i <= w.length; i++) {
      const cur = new Array<number>(src.length + 1).fill(0);
      for (let j = 1; j <= src.length; j++) {
        if (w[i - 1] === src[j - 1]) {
          cur[j] = (prev[j - 1] as number) + 1;
          if ((cur[j] as number) > best) best = cur[j] as number;
        }
      }
      prev = cur;
    }
  }
  return best;
}

describe("our own words", () => {
  it("measures shared runs of words", () => {
    const src = [words("the quick brown fox jumps over the lazy dog")];
    expect(longestSharedRun("A quick brown fox, indeed.", src)).toBe(3);
    expect(longestSharedRun("Nothing alike here", src)).toBe(0);
  });

  it(`no summary, role or event title shares more than ${MAX_SHARED_RUN} words in a row with a source`, () => {
    const seeds = loaded.input.seeds;
    if (seeds === null) {
      // Without the seeds there is nothing to compare against; load.ts makes that fatal in CI.
      expect(process.env.CI ?? "").toMatch(/^(|false)$/);
      return;
    }
    expect(dataset).toBeDefined();
    const sources = [...seeds.values()].map(words);
    expect(sources).toHaveLength(5);
    const texts = [
      ...(dataset?.entities ?? []).flatMap((e) => [
        [`${e.id} summary`, e.summary],
        [`${e.id} role`, e.role.text],
      ]),
      ...(dataset?.events ?? []).map((e) => [`${e.id} title`, e.title]),
    ] as [string, string][];
    expect(texts.length).toBeGreaterThan(100);
    const tooLong = texts
      .map(([where, text]) => [where, longestSharedRun(text, sources)] as const)
      .filter(([, n]) => n > MAX_SHARED_RUN);
    expect(tooLong).toEqual([]);
  });
});

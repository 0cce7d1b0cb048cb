/**
 * The frequent words of Arabic and Persian news prose (lib/matching/arabic-common.ts, our own
 * list), alone, in a sentence and behind the proclitics و and ل ("والحكومة", "للحكومة"): no
 * link and no possible mark, over the real index and over the Arabic-script fixture (aliases
 * in the dataset's shape, arabic-fixture.ts), on a page that has named nothing yet. And every
 * pair of a first and a last name of faker's ar and fa locales over the fixture.
 */
import { allLocales } from "@faker-js/faker";
import { describe, expect, it } from "vitest";
import { ARABIC_COMMON_WORDS } from "../../../lib/matching/arabic-common";
import { compileIndex } from "../../../lib/matching/compile";
import { createMatcher } from "../../../lib/matching/matcher";
import { ARABIC_FIXTURE } from "../matching/arabic-fixture";
import { matcher as real, report, scanInto, tally } from "./engine";

const fixture = createMatcher(compileIndex(ARABIC_FIXTURE));

/** The texts one word is read in. */
function frames(w: string): string[] {
  const withL = w.startsWith("ال") ? `ل${w.slice(1)}` : `ل${w}`;
  return [w, `قال المصدر إن ${w} في بغداد.`, `او گفت ${w} در تهران.`, `و${w}`, withL];
}

const words = ARABIC_COMMON_WORDS;

describe(`Arabic and Persian common words (${words.length} words, ${words.length * 5} texts per index)`, () => {
  it.each([
    ["the real index", real],
    ["the Arabic-script fixture", fixture],
  ])("are never linked by %s", (name, m) => {
    expect(words.length).toBeGreaterThanOrEqual(500);
    const t = tally();
    for (const w of words)
      for (const text of frames(w))
        scanInto(
          t,
          text,
          () => false,
          (s) => m.scan(s),
        );
    report(`arabic/persian words, ${name}`, t);
    expect(t.links).toEqual([]);
    expect(t.possible).toEqual([]);
  });
});

describe("faker ar and fa names over the Arabic-script fixture", () => {
  it.each(["ar", "fa"] as const)(
    "%s: no first × last name pair is linked",
    (loc) => {
      const person = allLocales[loc]?.person as { first_name?: unknown; last_name?: unknown };
      const list = (l: unknown) => [
        ...new Set((Array.isArray(l) ? l : Object.values(l as object).flat()) as string[]),
      ];
      const first = list(person.first_name);
      const last = list(person.last_name);
      expect(first.length * last.length).toBeGreaterThan(20000);
      const t = tally();
      for (const f of first)
        for (const l of last)
          scanInto(
            t,
            `${f} ${l} said on Monday.`,
            () => false,
            (s) => fixture.scan(s),
          );
      report(`faker ${loc} pairs, Arabic-script fixture`, t);
      expect(t.links).toEqual([]);
      expect(t.possible).toEqual([]);
    },
    60_000,
  );
});

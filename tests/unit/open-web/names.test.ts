/**
 * Every first and last name of @faker-js/faker's en, fr, de, es, it, tr, ar and fa locales, as
 * "First Last said on Monday.": no false link and no possible mark. A name that is a real entity's is listed in
 * ALLOWED and checked by hand. (The ar and fa lists are in Arabic script, which no alias uses.)
 */
import { allLocales } from "@faker-js/faker";
import { describe, expect, it } from "vitest";
import { report, scanInto, tally } from "./engine";

const LOCALES = ["en", "fr", "de", "es", "it", "tr", "ar", "fa"] as const;

/** "First Last" as written → the entity it really names. */
const ALLOWED: Record<string, string> = {};

function names(list: unknown): string[] {
  if (!list) return [];
  const all = Array.isArray(list) ? list : Object.values(list as Record<string, string[]>).flat();
  return [...new Set(all as string[])];
}

describe("faker names", () => {
  it.each(LOCALES)(
    "%s: first and last names are no false links",
    (loc) => {
      const person = allLocales[loc]?.person as { first_name?: unknown; last_name?: unknown } | undefined;
      const first = names(person?.first_name);
      const last = names(person?.last_name);
      expect(first.length).toBeGreaterThan(50);
      expect(last.length).toBeGreaterThan(50);
      const t = tally();
      // Every first name with some last name and every last name with some first name.
      const n = Math.max(first.length, last.length);
      for (let i = 0; i < n; i++) {
        const full = `${first[i % first.length]} ${last[(i * 7) % last.length]}`;
        scanInto(t, `${full} said on Monday.`, (m) => ALLOWED[full] === m.id);
        if (i < last.length) {
          const other = `${first[(i * 13 + 5) % first.length]} ${last[i]}`;
          scanInto(t, `${other} said on Monday.`, (m) => ALLOWED[other] === m.id);
        }
      }
      report(`faker ${loc}`, t);
      expect(t.links).toEqual([]);
      // Nothing on such a page is about our domain: no possible mark either.
      expect(t.possible).toEqual([]);
    },
    60_000,
  );
});

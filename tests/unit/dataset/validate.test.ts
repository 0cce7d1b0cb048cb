import { describe, expect, it } from "vitest";
import { type Issue, validateDataset } from "../../../lib/dataset/validate";
import { entity, event, type Loose, validInput } from "./fixture";

/** Run the validator and return "file | field | message" lines, easy to match. */
function run(mutate: (input: ReturnType<typeof validInput>) => void): string[] {
  const input = validInput();
  mutate(input);
  return validateDataset(input).map((i: Issue) => `${i.file} | ${i.field} | ${i.message}`);
}

describe("validateDataset", () => {
  it("accepts the valid fixture", () => {
    expect(run(() => {})).toEqual([]);
  });

  describe("fields", () => {
    it("reports a missing field with file and field", () => {
      expect(run((i) => delete entity(i, "beta-party").summary)).toEqual([
        "data/entities/beta-party.json | summary | missing",
      ]);
    });

    it("reports a field of the wrong type", () => {
      expect(run((i) => (entity(i, "beta-party").name = 3))).toContainEqual(
        "data/entities/beta-party.json | name | must be a string, got number 3",
      );
    });

    it("reports an empty string", () => {
      expect(run((i) => (entity(i, "beta-party").role.text = "  "))).toEqual([
        "data/entities/beta-party.json | role.text | must not be empty",
      ]);
    });

    it("reports an unknown field (a typo would drop data)", () => {
      expect(run((i) => (entity(i, "beta-party").alias = []))).toEqual([
        "data/entities/beta-party.json | alias | unknown field (see lib/dataset/types.ts)",
      ]);
    });

    it("reports a bad entity type", () => {
      expect(run((i) => (entity(i, "beta-party").type = "org"))).toEqual([
        'data/entities/beta-party.json | type | must be "person" or "group", got "org"',
      ]);
    });

    it("reports a bad affiliation type", () => {
      const out = run((i) => (entity(i, "jon-doe").affiliations[0].type = "boss-of"));
      expect(out).toHaveLength(1);
      expect(out[0]).toMatch(
        /^data\/entities\/jon-doe.json \| affiliations\[0\].type \| unknown affiliation type "boss-of"/,
      );
    });

    it("reports a boolean flag that is not a boolean", () => {
      expect(run((i) => (entity(i, "alpha-brigades").aliases[1].caseSensitive = "yes"))).toEqual([
        'data/entities/alpha-brigades.json | aliases[1].caseSensitive | must be true or false, got "yes"',
      ]);
    });

    it("reports empty aliases", () => {
      expect(run((i) => (entity(i, "beta-party").aliases = []))).toEqual([
        "data/entities/beta-party.json | aliases | must not be empty",
      ]);
    });
  });

  describe("ids", () => {
    it("requires kebab-case ids", () => {
      const out = run((i) => {
        const f = i.entities[1];
        if (!f) throw new Error("fixture");
        f.file = "data/entities/Beta_Party.json";
        (f.data as Loose).id = "Beta_Party";
      });
      expect(out).toContainEqual(
        'data/entities/Beta_Party.json | id | "Beta_Party" is not kebab-case (lower-case words joined by hyphens)',
      );
    });

    it("requires the id to equal the file name", () => {
      expect(run((i) => (entity(i, "beta-party").id = "beta"))).toContainEqual(
        'data/entities/beta-party.json | id | "beta" differs from the file name "beta-party"',
      );
    });

    it("requires event ids to equal the file name", () => {
      expect(run((i) => (event(i).id = "2020-06-25-attack"))).toEqual([
        'data/events/2020-06-25-base-attack.json | id | "2020-06-25-attack" differs from the file name "2020-06-25-base-attack"',
      ]);
    });

    it("reports duplicate source ids", () => {
      expect(run((i) => ((i.sources.data as Loose)[1].id = "doc-a"))).toContainEqual(
        'data/sources.json | [1].id | duplicate source id "doc-a"',
      );
    });
  });

  describe("dates", () => {
    it.each(["2020-13", "2020-02-30", "June 2020", "20", "2020-6"])("rejects %s", (bad) => {
      expect(run((i) => (entity(i, "alpha-brigades").role.from = bad))).toEqual([
        `data/entities/alpha-brigades.json | role.from | must be a partial ISO date ("2020", "2020-06" or "2020-06-25"), got "${bad}"`,
      ]);
    });

    it("accepts a leap day", () => {
      expect(run((i) => (entity(i, "alpha-brigades").role.from = "2020-02-29"))).toEqual([]);
    });

    it("reports a reversed range", () => {
      expect(
        run((i) =>
          Object.assign(entity(i, "alpha-brigades").affiliations[0], { from: "2021-05", to: "2021-02" }),
        ),
      ).toEqual([
        "data/entities/alpha-brigades.json | affiliations[0].to | ends (2021-02) before it starts (2021-05)",
      ]);
    });

    it("allows an unknown source date but not a malformed one", () => {
      expect(run((i) => ((i.sources.data as Loose)[0].date = "unknown"))).toEqual([]);
      expect(run((i) => ((i.sources.data as Loose)[0].date = "July 2020"))).toEqual([
        'data/sources.json | [0].date | must be a partial ISO date ("2020", "2020-06" or "2020-06-25"), got "July 2020"',
      ]);
    });

    it("requires event precision to match the date", () => {
      expect(run((i) => (event(i).precision = "month"))).toEqual([
        'data/events/2020-06-25-base-attack.json | precision | "month" does not match the date "2020-06-25" (day)',
      ]);
    });
  });

  describe("citations", () => {
    it("requires at least one cite", () => {
      expect(run((i) => (entity(i, "beta-party").role.cites = []))).toEqual([
        "data/entities/beta-party.json | role.cites | must not be empty",
      ]);
    });

    it("limits evidence to 20 words", () => {
      const long =
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone";
      const out = run((i) => (entity(i, "beta-party").role.cites[0].evidence = long));
      expect(out).toContainEqual(
        "data/entities/beta-party.json | role.cites[0].evidence | has 21 words; quote at most 20",
      );
    });

    it("reports evidence not found verbatim in the document", () => {
      expect(run((i) => (entity(i, "beta-party").role.cites[0].evidence = "Beta party"))).toEqual([
        'data/entities/beta-party.json | role.cites[0].evidence | not found verbatim in doc-b: "Beta party"',
      ]);
    });

    it("does not accept a straight apostrophe for a typographic one", () => {
      const input = validInput();
      input.seeds = new Map([
        ...(input.seeds ?? []),
        ["doc-b", "Beta Party’s men. Beta Party backed the Alpha Brigades in 2021."],
      ]);
      entity(input, "beta-party").role.cites[0].evidence = "Beta Party's men";
      expect(validateDataset(input).map((x) => x.field)).toEqual(["role.cites[0].evidence"]);
    });

    it("reports an unknown source id", () => {
      expect(run((i) => (entity(i, "jon-doe").affiliations[0].cites[0].source = "doc-z"))).toEqual([
        'data/entities/jon-doe.json | affiliations[0].cites[0].source | unknown source "doc-z" (not in data/sources.json)',
      ]);
    });

    it("checks cites inside disagreements and events", () => {
      const out = run((i) => {
        entity(i, "alpha-brigades").disagreements[0].versions[1].cites[0].evidence = "in 2022";
        event(i).cites[0].source = "doc-x";
      });
      expect(out).toEqual([
        'data/entities/alpha-brigades.json | disagreements[0].versions[1].cites[0].evidence | not found verbatim in doc-b: "in 2022"',
        'data/events/2020-06-25-base-attack.json | cites[0].source | unknown source "doc-x" (not in data/sources.json)',
      ]);
    });

    it("needs two versions for a disagreement", () => {
      expect(run((i) => entity(i, "alpha-brigades").disagreements[0].versions.pop())).toEqual([
        "data/entities/alpha-brigades.json | disagreements[0].versions | a disagreement needs at least two versions",
      ]);
    });

    it("skips the evidence check, and only it, when the seeds are absent", () => {
      const out = run((i) => {
        i.seeds = null;
        entity(i, "beta-party").role.cites[0].evidence = "not in any document";
        entity(i, "beta-party").role.cites.push({ source: "doc-z", evidence: "x" });
      });
      expect(out).toEqual([
        'data/entities/beta-party.json | role.cites[1].source | unknown source "doc-z" (not in data/sources.json)',
      ]);
    });
  });

  describe("links", () => {
    it("reports an affiliation target that does not exist", () => {
      expect(run((i) => (entity(i, "jon-doe").affiliations[0].target = "gamma-group"))).toEqual([
        'data/entities/jon-doe.json | affiliations[0].target | unknown entity id "gamma-group" (no data/entities/gamma-group.json)',
      ]);
    });

    it("reports an event participant that does not exist", () => {
      expect(run((i) => (event(i).participants[0].id = "nobody"))).toEqual([
        'data/events/2020-06-25-base-attack.json | participants[0].id | unknown entity id "nobody" (no data/entities/nobody.json)',
      ]);
    });

    it("reports a self-affiliation", () => {
      expect(run((i) => (entity(i, "jon-doe").affiliations[0].target = "jon-doe"))).toEqual([
        "data/entities/jon-doe.json | affiliations[0].target | an entity cannot be affiliated with itself",
      ]);
    });
  });

  describe("aliases", () => {
    it("reports an alias two entities share unless both mark it ambiguous", () => {
      const out = run((i) => (entity(i, "beta-party").aliases[0].text = " ab "));
      expect(out).toContainEqual(
        'data/entities/alpha-brigades.json | aliases[1].text | alias "AB" is shared with beta-party; mark it "ambiguous": true on every entity that uses it',
      );
      expect(out).toContainEqual(
        "data/entities/beta-party.json | aliases[0].text | has leading or trailing spaces",
      );
    });

    it("reports a shared alias marked ambiguous on one side only", () => {
      const out = run((i) => delete entity(i, "beta-party").aliases[1].ambiguous);
      expect(out).toEqual([
        'data/entities/beta-party.json | aliases[1].text | alias "Alpha" is shared with alpha-brigades; mark it "ambiguous": true on every entity that uses it',
      ]);
    });

    it("reports the same alias twice in one entity", () => {
      expect(run((i) => entity(i, "beta-party").aliases.push({ text: "beta party" }))).toEqual([
        'data/entities/beta-party.json | aliases[2].text | duplicates aliases[0] ("Beta Party")',
      ]);
    });

    it("reports an alias that is another entity's name", () => {
      expect(run((i) => entity(i, "jon-doe").aliases.push({ text: "Beta Party" }))).toContainEqual(
        'data/entities/jon-doe.json | aliases[1].text | alias "Beta Party" is the name of entity "beta-party"',
      );
    });

    it("checks that seenIn spellings occur in the document", () => {
      expect(run((i) => (entity(i, "jon-doe").aliases[0].seenIn = ["doc-b"]))).toEqual([
        'data/entities/jon-doe.json | aliases[0].seenIn[0] | "Jon Doe" does not occur in doc-b',
      ]);
    });
  });

  describe("required entities", () => {
    it("reports a missing required entity", () => {
      expect(
        run((i) => {
          i.required = [...(i.required ?? []), { id: "delta", type: "group", name: "Delta" }];
        }),
      ).toEqual([
        'data/entities/delta.json | id | required entity "delta" (group) is missing (listed in required-entities.tsv)',
      ]);
    });

    it("requires type and name to match exactly", () => {
      expect(run((i) => (entity(i, "alpha-brigades").name = "Alpha brigades"))).toContainEqual(
        'data/entities/alpha-brigades.json | name | must be "Alpha Brigades" as in required-entities.tsv, got "Alpha brigades"',
      );
      expect(run((i) => (entity(i, "jon-doe").type = "group"))).toEqual([
        'data/entities/jon-doe.json | type | must be "person" as in required-entities.tsv, got "group"',
      ]);
    });
  });

  it("reports a sources file that is not an array", () => {
    expect(run((i) => (i.sources.data = {}))).toContainEqual(
      "data/sources.json |  | must be an array of sources, got an object",
    );
  });
});

/** A tiny, valid dataset in memory; each test breaks one thing in a copy of it. */
import type { DatasetInput, RawFile } from "../../../lib/dataset/validate";

export const SEED_A =
  "The Alpha Brigades, also called AB, attacked the base on June 25.\nAlpha   leader Jon Doe said so.";
export const SEED_B = "Beta Party backed the Alpha Brigades in 2021.";

/** A plain JSON value, deep-copied so tests can mutate freely. */
// biome-ignore lint/suspicious/noExplicitAny: tests poke at arbitrary JSON shapes on purpose
export type Loose = any;

export function validInput(): DatasetInput & { entities: RawFile[]; events: RawFile[] } {
  const sources: Loose[] = [
    {
      id: "doc-a",
      headline: "A",
      outlet: "unknown",
      date: "2020-07",
      covers: { from: "2020-06", to: "2020-07" },
    },
    {
      id: "doc-b",
      headline: "B",
      outlet: "Example Times",
      date: "2021-02-03",
      dateBasis: "printed",
      covers: { from: "2021", to: "2021" },
    },
  ];
  const alpha: Loose = {
    id: "alpha-brigades",
    type: "group",
    kind: "militia",
    name: "Alpha Brigades",
    aliases: [
      { text: "Alpha Brigades", seenIn: ["doc-a", "doc-b"] },
      { text: "AB", caseSensitive: true },
      { text: "Alpha", ambiguous: true, caseSensitive: true },
    ],
    negatives: ["Alpha Centauri"],
    role: {
      text: "Armed group active from 2020",
      from: "2020",
      cites: [{ source: "doc-a", evidence: "The Alpha Brigades, also called AB" }],
    },
    summary: "An armed group in the example documents.",
    affiliations: [
      {
        type: "backed-by",
        target: "beta-party",
        from: "2021",
        to: "2021",
        cites: [{ source: "doc-b", evidence: "Beta Party backed the Alpha Brigades" }],
      },
    ],
    disagreements: [
      {
        topic: "Date of the attack",
        versions: [
          { value: "June 25", cites: [{ source: "doc-a", evidence: "attacked the base on June 25." }] },
          { value: "2021", cites: [{ source: "doc-b", evidence: "in 2021" }] },
        ],
      },
    ],
  };
  const beta: Loose = {
    id: "beta-party",
    type: "group",
    name: "Beta Party",
    aliases: [{ text: "Beta Party" }, { text: "Alpha", ambiguous: true }],
    role: { text: "Party", cites: [{ source: "doc-b", evidence: "Beta Party" }] },
    summary: "A party.",
    affiliations: [],
  };
  const jon: Loose = {
    id: "jon-doe",
    type: "person",
    name: "Jon Doe",
    aliases: [{ text: "Jon Doe", seenIn: ["doc-a"] }],
    // Whitespace differs from the document ("Alpha   leader" over a line break): still verbatim.
    role: {
      text: "Leader of the Alpha Brigades",
      cites: [{ source: "doc-a", evidence: "on June 25. Alpha leader Jon Doe" }],
    },
    summary: "A leader.",
    affiliations: [
      {
        type: "leads",
        target: "alpha-brigades",
        cites: [{ source: "doc-a", evidence: "Alpha leader Jon Doe" }],
      },
    ],
  };
  const event: Loose = {
    id: "2020-06-25-base-attack",
    date: "2020-06-25",
    precision: "day",
    title: "Attack on the base",
    participants: [{ id: "alpha-brigades", part: "attacker" }],
    cites: [{ source: "doc-a", evidence: "attacked the base on June 25" }],
  };
  return {
    sources: { file: "data/sources.json", data: sources },
    entities: [
      { file: "data/entities/alpha-brigades.json", data: alpha },
      { file: "data/entities/beta-party.json", data: beta },
      { file: "data/entities/jon-doe.json", data: jon },
    ],
    events: [{ file: "data/events/2020-06-25-base-attack.json", data: event }],
    seeds: new Map([
      ["doc-a", SEED_A],
      ["doc-b", SEED_B],
    ]),
    required: [
      { id: "alpha-brigades", type: "group", name: "Alpha Brigades" },
      { id: "jon-doe", type: "person", name: "Jon Doe" },
    ],
    requiredFile: "required-entities.tsv",
  };
}

/** The parsed JSON of one entity file of the fixture, by id. */
export function entity(input: DatasetInput, id: string): Loose {
  const f = input.entities.find((e) => e.file.endsWith(`/${id}.json`));
  if (!f) throw new Error(`no fixture entity ${id}`);
  return f.data;
}

/** The parsed JSON of the fixture's only event. */
export function event(input: DatasetInput): Loose {
  const f = input.events[0];
  if (!f) throw new Error("no fixture event");
  return f.data;
}

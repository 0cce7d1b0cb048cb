/**
 * The Actor Lens dataset, as written by hand in `data/` and as compiled for the extension.
 * The schema of the hand-written files is written here once, as guards (lib/schema/guard.ts):
 * the types below are inferred from it, and the validator (validate.ts) runs it in the mode
 * that collects every problem, naming file and field.
 *
 * Source layout (hand-edited, one JSON file per record):
 *   data/sources.json          the five source documents (Source[])
 *   data/entities/<id>.json    one EntitySource per file; the file name is the id
 *   data/events/<slug>.json    one EventSource per file; events are stored once and
 *                              linked to every entity that took part
 *
 * Every fact (role, affiliation, event, disagreement version) carries `cites`: at least one
 * Citation whose `evidence` is a verbatim phrase (≤ 20 words) of the cited document.
 */
import {
  arrayOf,
  check,
  type FromShape,
  fail,
  type Guard,
  type Infer,
  join,
  type ListOptions,
  mark,
  object,
  optional,
  refine,
} from "../schema/guard";
import { checkScriptAlias, SCRIPTS } from "./script";
import {
  comparePartialDates,
  countWords,
  isPartialDate,
  KEBAB_ID,
  MAX_EVIDENCE_WORDS,
  precisionOf,
} from "./text";

/** Stable id of a source document: its file name in shared/seeds without ".txt". */
export type SourceId = string;
/** Stable entity id, kebab-case ("mustafa-al-kadhimi"). Never changes once published. */
export type EntityId = string;

/** A partial ISO date: "2020", "2020-06" or "2020-06-25". */
export type PartialDate = string;
export type DatePrecision = "day" | "month" | "year";

export const AFFILIATION_TYPES = [
  "leads",
  "led",
  "founded",
  "member-of",
  "part-of",
  "backed-by",
  "backs",
  "allied-with",
  "opposed-to",
  "advises",
  "advised",
  "succeeded",
  "preceded",
  "works-for",
  "worked-for",
  "commands",
  "related-to",
] as const;
export type AffiliationType = (typeof AFFILIATION_TYPES)[number];

const ENTITY_TYPES = ["person", "group"] as const;
const PRECISIONS = ["day", "month", "year"] as const satisfies readonly DatePrecision[];

// ── The words of a file's problems, for the person editing it ─────────────────────────────

/** A value as a problem names it: `"June 2020"`, `number 3`, `an object`. */
export function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  return typeof v === "object" ? "an object" : `${typeof v} ${String(v)}`;
}

type Shape = Record<string, Guard<unknown>>;

const record = <S extends Shape>(shape: S) =>
  object(shape, {
    notObject: (v) => `must be an object, got ${describe(v)}`,
    // A typo ("cite") would otherwise drop data silently.
    unknown: "unknown field (see lib/dataset/types.ts)",
    missing: "missing",
  });

const list = <T>(g: Guard<T>, o: ListOptions = {}) =>
  arrayOf(g, { max: Number.POSITIVE_INFINITY, notList: (v) => `must be an array, got ${describe(v)}`, ...o });
const nonEmpty: ListOptions = { min: 1, short: "must not be empty" };

/** A string with something in it. */
const text = check<string>((v) =>
  typeof v !== "string"
    ? `must be a string, got ${describe(v)}`
    : v.trim() === ""
      ? "must not be empty"
      : undefined,
);
const flag = check<boolean>((v) =>
  typeof v === "boolean" ? undefined : `must be true or false, got ${describe(v)}`,
);
const DATE_FORMAT = 'a partial ISO date ("2020", "2020-06" or "2020-06-25")';
const date = check<PartialDate>((v) =>
  isPartialDate(v) ? undefined : `must be ${DATE_FORMAT}, got ${describe(v)}`,
);

const choice = <T extends string>(values: readonly T[], problem: (v: string) => string): Guard<T> =>
  refine(text, (s, path, c) =>
    (values as readonly string[]).includes(s) ? (s as T) : fail(path, problem(s), c),
  );

/** Ids of entities and events; a wrong one is reported and still used, so later checks can name it. */
const kebabId = refine(text, (id, path, c) => {
  if (!KEBAB_ID.test(id)) fail(path, `"${id}" is not kebab-case (lower-case words joined by hyphens)`, c);
  return id;
});

/** An object with a from/to pair: the period may not end before it starts. */
const dated = <S extends Shape>(shape: S): Guard<FromShape<S>> => {
  const g = record(shape);
  return (v, path, c) => {
    const out = g(v, path, c);
    const { from, to } = (out ?? {}) as { from?: unknown; to?: unknown };
    if (typeof from === "string" && typeof to === "string" && comparePartialDates(from, to) > 0)
      fail(join(path, "to"), `ends (${to}) before it starts (${from})`, c);
    return out;
  };
};

// ── The schema ─────────────────────────────────────────────────────────────────────────────

/** One document's citation; marked "cite" so the validator checks the evidence in the seeds. */
export const citationSchema = mark(
  "cite",
  record({
    source: text,
    /** Verbatim phrase from the document, at most 20 words, copied exactly (typographic quotes included). */
    evidence: refine(text, (e, path, c) => {
      const words = countWords(e);
      if (words > MAX_EVIDENCE_WORDS)
        fail(path, `has ${words} words; quote at most ${MAX_EVIDENCE_WORDS}`, c);
      return e;
    }),
  }),
);
const cites = list(citationSchema, nonEmpty);

export const sourceSchema = record({
  id: text,
  /** The headline, or the first line when the document has no headline. */
  headline: text,
  /** Publisher as stated or clearly implied by the text; "unknown" otherwise. */
  outlet: text,
  /** Publication date (partial ISO) or "unknown". */
  date: check<PartialDate | "unknown">((v) =>
    v === "unknown" || isPartialDate(v) ? undefined : `must be ${DATE_FORMAT}, got ${describe(v)}`,
  ),
  /** Why we believe the outlet/date: a short note in our own words. */
  dateBasis: optional(text),
  /** Period the document covers, partial ISO dates. */
  covers: dated({ from: date, to: date }),
});

/** data/sources.json. */
export const sourcesFileSchema = list(sourceSchema, {
  min: 1,
  short: "lists no sources",
  notList: (v) => `must be an array of sources, got ${describe(v)}`,
});

/** The page an Arabic- or Persian-script spelling was checked on. */
export const seenOnSchema = record({
  url: refine(text, (u, path, c) => {
    if (!/^https?:\/\/[^\s/]+/.test(u) || !URL.canParse(u))
      fail(path, `must be an http(s) URL, got ${describe(u)}`, c);
    return u;
  }),
  /** A few words of the page around the spelling (at most 20; 15 is plenty). */
  quote: refine(text, (q, path, c) => {
    const words = countWords(q);
    if (words > MAX_EVIDENCE_WORDS) fail(path, `has ${words} words; quote at most ${MAX_EVIDENCE_WORDS}`, c);
    return q;
  }),
});

const aliasFields = record({
  /** The spelling, exactly as it is written ("Kata’ib Hizballah", "PMF", "كتائب حزب الله"). */
  text: refine(text, (t, path, c) => {
    if (t !== t.trim()) fail(path, "has leading or trailing spaces", c);
    return t;
  }),
  /**
   * True when this alias alone could mean something else: a bare surname two people share
   * ("al-Sudani"), a first name ("Hisham"), a common word ("Badr", "Fatah", "Axis").
   * The spotting engine links it only with evidence on the page (an earlier unambiguous
   * mention of one of the entities that carry it) and otherwise reports it as ambiguous.
   */
  ambiguous: optional(flag),
  /**
   * Match only in this exact letter case. Implied for acronyms written in capitals
   * ("IS", "PMF", "CMC"); set it for capitalised common words ("Axis", "Framework").
   */
  caseSensitive: optional(flag),
  /** Documents where this spelling occurs, if any (otherwise it is a common external spelling). */
  seenIn: optional(
    list(
      check<SourceId>((v) => (typeof v === "string" ? undefined : `must be a source id, got ${describe(v)}`)),
    ),
  ),
  /** Written in Arabic ("ar") or Persian ("fa") script; absent for Latin script. */
  script: optional(choice(SCRIPTS, (s) => `must be "ar" or "fa", got ${describe(s)}`)),
  /**
   * False for a name form that does not come from the documents (they are in English): set on
   * every script alias. It carries a name only, never a fact.
   */
  fromDocuments: optional(flag),
  /** Real pages that use this spelling, checked by hand: required for a script alias. */
  seenOn: optional(list(seenOnSchema, nonEmpty)),
  /**
   * A short form (a surname alone, الحشد, الكتائب): the engine links it only after one of the
   * entity's full forms on the same page.
   */
  short: optional(flag),
});

/** Marked "alias": the validator compares spellings across entities. */
export const aliasSchema = mark("alias", ((v, path, c) =>
  checkScriptAlias(aliasFields(v, path, c), v, path, c)) as typeof aliasFields);

/** Marked "link": an entity id checked once every entity is known. */
const entityRef = mark("link", text);

export const affiliationSchema = dated({
  type: choice(
    AFFILIATION_TYPES,
    (t) => `unknown affiliation type ${describe(t)}; one of: ${AFFILIATION_TYPES.join(", ")}`,
  ),
  target: entityRef,
  /** Partial ISO date or omitted when the documents do not say. */
  from: optional(date),
  to: optional(date),
  /** Optional short qualifier in our own words ("according to U.S. officials"). */
  note: optional(text),
  cites,
});

export const roleSchema = dated({
  /** One line, dated where the documents date it ("Prime Minister of Iraq from May 2020"). */
  text,
  from: optional(date),
  to: optional(date),
  cites,
});

/** Where documents disagree: keep each version with its sources. */
export const disagreementSchema = record({
  /** What is disputed, in our words ("Date of the raid on Kataib Hezbollah in Baghdad"). */
  topic: text,
  versions: list(record({ value: text, cites }), {
    min: 2,
    short: "a disagreement needs at least two versions",
  }),
});

export const entitySchema = record({
  id: kebabId,
  type: choice(ENTITY_TYPES, (t) => `must be "person" or "group", got ${describe(t)}`),
  /** Finer kind: "politician", "militia", "party", "government-body", "think-tank", "media", ... */
  kind: optional(text),
  /** Canonical name (fixed by shared/dataset/required-entities.tsv for required ids). */
  name: text,
  aliases: list(aliasSchema, nonEmpty),
  /**
   * Phrases that contain one of this entity's aliases but do not mean it
   * ("Sadr City" for muqtada-al-sadr, "Palestinian Fatah" for fatah-alliance).
   * The spotting engine never links this entity inside them.
   */
  negatives: optional(
    list(
      check<string>((v) =>
        typeof v === "string" && v.trim() !== ""
          ? undefined
          : `must be a non-empty string, got ${describe(v)}`,
      ),
    ),
  ),
  role: roleSchema,
  /** Two or three sentences in our own words. Labels are attributed ("described by the U.S. as ..."). */
  summary: text,
  affiliations: list(affiliationSchema),
  disagreements: optional(list(disagreementSchema)),
});

const eventFields = record({
  /** Slug, also the file name: "2020-01-03-baghdad-airport-strike". */
  id: kebabId,
  date,
  precision: choice(PRECISIONS, (p) => `must be "day", "month" or "year", got ${describe(p)}`),
  /** One line in our own words. */
  title: text,
  participants: list(
    record({
      id: entityRef,
      /** The entity's part in the event, in a few words ("target", "ordered the raid", "killed"). */
      part: text,
    }),
    nonEmpty,
  ),
  cites,
  disagreements: optional(list(disagreementSchema)),
});

export const eventSchema: typeof eventFields = (v, path, c) => {
  const out = eventFields(v, path, c);
  const { date: d, precision: p } = (out ?? {}) as { date?: string; precision?: string };
  // A date written to the day with precision "month" would claim more (or less) than we know.
  if (d !== undefined && p !== undefined && precisionOf(d) !== p)
    fail(join(path, "precision"), `"${p}" does not match the date "${d}" (${precisionOf(d)})`, c);
  return out;
};

export type Source = Infer<typeof sourceSchema>;
export type Citation = Infer<typeof citationSchema>;
export type Alias = Infer<typeof aliasSchema>;
export type Affiliation = Infer<typeof affiliationSchema>;
export type Role = Infer<typeof roleSchema>;
export type Disagreement = Infer<typeof disagreementSchema>;
export type EntitySource = Infer<typeof entitySchema>;
export type EventSource = Infer<typeof eventSchema>;
export type EventParticipant = EventSource["participants"][number];

/** What `npm run data` writes and the extension bundles (background, popup, notes, cards). */
export interface CompiledDataset {
  /** Date of the latest source document: the dataset is true "as of" this date. */
  asOf: PartialDate;
  sources: Source[];
  entities: EntitySource[];
  events: EventSource[];
}

/**
 * The Actor Lens dataset, as written by hand in `data/` and as compiled for the extension.
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

/** Stable id of a source document: its file name in shared/seeds without ".txt". */
export type SourceId = string;
/** Stable entity id, kebab-case ("mustafa-al-kadhimi"). Never changes once published. */
export type EntityId = string;

/** A partial ISO date: "2020", "2020-06" or "2020-06-25". */
export type PartialDate = string;
export type DatePrecision = "day" | "month" | "year";

export interface Source {
  id: SourceId;
  /** The headline, or the first line when the document has no headline. */
  headline: string;
  /** Publisher as stated or clearly implied by the text; "unknown" otherwise. */
  outlet: string;
  /** Publication date (partial ISO) or "unknown". */
  date: PartialDate | "unknown";
  /** Why we believe the outlet/date: a short note in our own words. */
  dateBasis?: string;
  /** Period the document covers, partial ISO dates. */
  covers: { from: PartialDate; to: PartialDate };
}

export interface Citation {
  source: SourceId;
  /** Verbatim phrase from the document, at most 20 words, copied exactly (typographic quotes included). */
  evidence: string;
}

export interface Alias {
  /** The spelling, exactly as it is written ("Kata’ib Hizballah", "PMF"). */
  text: string;
  /**
   * True when this alias alone could mean something else: a bare surname two people share
   * ("al-Sudani"), a first name ("Hisham"), a common word ("Badr", "Fatah", "Axis").
   * The spotting engine links it only with evidence on the page (an earlier unambiguous
   * mention of one of the entities that carry it) and otherwise reports it as ambiguous.
   */
  ambiguous?: boolean;
  /**
   * Match only in this exact letter case. Implied for acronyms written in capitals
   * ("IS", "PMF", "CMC"); set it for capitalised common words ("Axis", "Framework").
   */
  caseSensitive?: boolean;
  /** Documents where this spelling occurs, if any (otherwise it is a common external spelling). */
  seenIn?: SourceId[];
}

export type AffiliationType =
  | "leads"
  | "led"
  | "founded"
  | "member-of"
  | "part-of"
  | "backed-by"
  | "backs"
  | "allied-with"
  | "opposed-to"
  | "advises"
  | "advised"
  | "succeeded"
  | "preceded"
  | "works-for"
  | "worked-for"
  | "commands"
  | "related-to";

export interface Affiliation {
  type: AffiliationType;
  target: EntityId;
  /** Partial ISO date or omitted when the documents do not say. */
  from?: PartialDate;
  to?: PartialDate;
  /** Optional short qualifier in our own words ("according to U.S. officials"). */
  note?: string;
  cites: Citation[];
}

export interface Role {
  /** One line, dated where the documents date it ("Prime Minister of Iraq from May 2020"). */
  text: string;
  from?: PartialDate;
  to?: PartialDate;
  cites: Citation[];
}

/** Where documents disagree: keep each version with its sources. */
export interface Disagreement {
  /** What is disputed, in our words ("Date of the raid on Kataib Hezbollah in Baghdad"). */
  topic: string;
  versions: { value: string; cites: Citation[] }[];
}

export interface EntitySource {
  id: EntityId;
  type: "person" | "group";
  /** Finer kind: "politician", "militia", "party", "government-body", "think-tank", "media", ... */
  kind?: string;
  /** Canonical name (fixed by shared/dataset/required-entities.tsv for required ids). */
  name: string;
  aliases: Alias[];
  /**
   * Phrases that contain one of this entity's aliases but do not mean it
   * ("Sadr City" for muqtada-al-sadr, "Palestinian Fatah" for fatah-alliance).
   * The spotting engine never links this entity inside them.
   */
  negatives?: string[];
  role: Role;
  /** Two or three sentences in our own words. Labels are attributed ("described by the U.S. as ..."). */
  summary: string;
  affiliations: Affiliation[];
  disagreements?: Disagreement[];
}

export interface EventParticipant {
  id: EntityId;
  /** The entity's part in the event, in a few words ("target", "ordered the raid", "killed"). */
  part: string;
}

export interface EventSource {
  /** Slug, also the file name: "2020-01-03-baghdad-airport-strike". */
  id: string;
  date: PartialDate;
  precision: DatePrecision;
  /** One line in our own words. */
  title: string;
  participants: EventParticipant[];
  cites: Citation[];
  disagreements?: Disagreement[];
}

/** What `npm run data` writes and the extension bundles (background, popup, notes, cards). */
export interface CompiledDataset {
  /** Date of the latest source document: the dataset is true "as of" this date. */
  asOf: PartialDate;
  sources: Source[];
  entities: EntitySource[];
  events: EventSource[];
}

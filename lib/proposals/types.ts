/**
 * A proposal file (data/proposals/<id>.json): what `npm run propose` read in one article, for
 * a maintainer to review. Every item carries `accept: false`; the maintainer edits an item,
 * flips it to true, and `npm run accept` applies only those (lib/proposals/apply.ts).
 */
import type { AffiliationType } from "../dataset/types";

export const PROPOSAL_VERSION = 1;

/** How a new spelling was tied to a known entity. */
export type SpellingHow =
  | "page-defined abbreviation"
  | "variant of an alias"
  | "surname after full name"
  | "translation pattern"
  | "reader correction";

export interface SourceItem {
  accept: boolean;
  id: string;
  headline: string;
  outlet: string;
  date: string;
  dateBasis?: string;
  covers: { from: string; to: string };
  url?: string;
}

export interface SpellingItem {
  accept: boolean;
  /** Known entity id (data/entities/<entity>.json), or a new entity's id of this file. */
  entity: string;
  text: string;
  how: SpellingHow;
  /** The sentence it occurs in (the reader's sentence for a correction). */
  sentence: string;
  /** False for a reader's correction: the spelling is not in this article. */
  seen: boolean;
}

export interface NegativeItem {
  accept: boolean;
  entity: string;
  /** A phrase that contains one of the entity's aliases but does not mean it. */
  text: string;
  sentence: string;
}

export interface EntityItem {
  accept: boolean;
  /** Fresh kebab-case id (no data/entities file has it). */
  id: string;
  type: "person" | "group";
  name: string;
  /** Why the type was guessed. */
  why: string;
  /** Every spelling of it in the article, the name first. */
  variants: string[];
  /** Every sentence it occurs in. */
  sentences: string[];
  kind?: string;
  /** The one-line role: must be edited before it is accepted. */
  role: string;
  /** Two or three sentences in the maintainer's words: must be edited before it is accepted. */
  summary: string;
  /** Evidence for the role: a verbatim phrase of the article (≤ 20 words). */
  evidence: string;
}

/** Drafts: a role line, an affiliation, or an event, with the evidence already cut. */
export interface RoleFact {
  accept: boolean;
  kind: "role";
  entity: string;
  /** The role as the sentence states it ("leader of …"): a suggestion. */
  text: string;
  evidence: string;
  sentence: string;
}

export interface AffiliationFact {
  accept: boolean;
  kind: "affiliation";
  entity: string;
  type: AffiliationType;
  target: string;
  evidence: string;
  sentence: string;
}

export interface EventFact {
  accept: boolean;
  kind: "event";
  /** Fresh event id (data/events/<id>.json). */
  id: string;
  date: string;
  title: string;
  participants: { id: string; part: string }[];
  evidence: string;
  sentence: string;
}

export type FactItem = RoleFact | AffiliationFact | EventFact;

export interface ProposalFile {
  version: number;
  /** The article as read (readable text): evidence is cut from it and checked against it. */
  article: { path?: string; text: string };
  source: SourceItem;
  spellings: SpellingItem[];
  negatives: NegativeItem[];
  entities: EntityItem[];
  facts: FactItem[];
}

/** Marks a draft field the maintainer must write before accepting. */
export const TODO = "TODO:";

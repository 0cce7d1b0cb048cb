/**
 * What the popup searches: one record per entity and per event, its strings already cut into
 * folded words (words.ts). The records are built ahead of time (scripts/build-search-index.ts)
 * and loaded by the popup, so both sides must build them the same way: here.
 */
import type { CompiledDataset, EntityId, EventSource } from "../dataset/types";
import { words } from "./words";

export interface EntityDoc {
  id: EntityId;
  /** The canonical name, then each other alias: folded words, without duplicates. */
  names: string[][];
  /**
   * Folded words of the kind ("militia leader") and the role line, with the words that name
   * another entity left out: a role that names Qais al-Khazali is a link to him, not a match.
   */
  role: string[];
  /** Entities this record points to: its affiliations' targets, then the entities its role names. */
  links: EntityId[];
}

export interface EventDoc {
  id: string;
  /** The slug after its date, the event's short name ("drone attack on kadhimi residence"). */
  name: string[];
  /** The title's folded words (the place is in it: "in Baghdad", "in Jordan"). */
  title: string[];
  /** The year, and the month's name and the day when the date has them. */
  date: string[];
  /**
   * The words of the short name and title outside any entity's name: "kataib hezbollah rocket
   * campaign" leaves "rocket campaign", so "hezbollah" is Kataib Hezbollah's search, not this event's.
   */
  own: string[];
  /** Participants, in the dataset's order (the first is the one the event is about). */
  participants: EntityId[];
}

/** Everything the searcher needs besides the dataset itself (what build-search-index writes). */
export interface SearchIndex {
  version: typeof INDEX_VERSION;
  entities: EntityDoc[];
  events: EventDoc[];
}

/** Bump when the folding changes (4: Arabic script, issue 16). */
export const INDEX_VERSION = 4;

const MONTHS = "january february march april may june july august september october november december".split(
  " ",
);

/** A spelling written in capitals ("IS", "PMF"): in running text it names the entity only as written. */
function acronym(text: string): boolean {
  return /^[\p{Lu}\d.-]+$/u.test(text);
}

interface Mentionable {
  id: EntityId;
  folded: string[];
  /** Set when the written form must match letter for letter (acronyms, case-sensitive aliases). */
  raw?: string[];
}

/** Aliases by their first folded word, longest first, to find entity names inside a role line. */
function mentionTable(dataset: Pick<CompiledDataset, "entities">): Map<string, Mentionable[]> {
  const table = new Map<string, Mentionable[]>();
  for (const e of dataset.entities) {
    for (const text of [e.name, ...e.aliases.map((a) => a.text)]) {
      const w = words(text);
      const first = w.folded[0];
      if (first === undefined) continue;
      const alias = e.aliases.find((a) => a.text === text);
      const exact = alias?.caseSensitive || acronym(text);
      const list = table.get(first) ?? [];
      list.push({ id: e.id, folded: w.folded, raw: exact ? w.raw : undefined });
      table.set(first, list);
    }
  }
  for (const list of table.values()) list.sort((a, b) => b.folded.length - a.folded.length);
  return table;
}

/** A text's words outside any name of another entity than `self`, and the entities named. */
function splitRole(
  text: string,
  self: EntityId,
  table: Map<string, Mentionable[]>,
): { rest: string[]; named: EntityId[] } {
  const w = words(text);
  const rest: string[] = [];
  const named: EntityId[] = [];
  for (let i = 0; i < w.folded.length; ) {
    const hit = (table.get(w.folded[i] as string) ?? []).find(
      (m) =>
        m.id !== self &&
        m.folded.every((f, k) => w.folded[i + k] === f) &&
        (!m.raw || m.raw.every((r, k) => w.raw[i + k] === r)),
    );
    if (hit) {
      if (!named.includes(hit.id)) named.push(hit.id);
      i += hit.folded.length;
    } else rest.push(w.folded[i++] as string);
  }
  return { rest, named };
}

function eventDoc(ev: EventSource, table: Map<string, Mentionable[]>): EventDoc {
  const [year, month, day] = ev.date.split("-");
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  return {
    id: ev.id,
    name: words(ev.id.replace(/^[\d-]+(?=[a-z])/, "")).folded,
    title: words(ev.title).folded,
    own: [
      ...splitRole(ev.id.replace(/^[\d-]+(?=[a-z])/, "").replace(/-/g, " "), "", table).rest,
      ...splitRole(ev.title, "", table).rest,
    ],
    date: words([year, monthName, day ? String(Number(day)) : ""].filter(Boolean).join(" ")).folded,
    participants: ev.participants.map((p) => p.id),
  };
}

export function createSearchIndex(
  dataset: Pick<CompiledDataset, "entities"> & Partial<Pick<CompiledDataset, "events">>,
): SearchIndex {
  const table = mentionTable(dataset);
  const entities = dataset.entities.map((e): EntityDoc => {
    const names: string[][] = [];
    const seen = new Set<string>();
    for (const text of [e.name, ...e.aliases.map((a) => a.text)]) {
      const folded = words(text).folded;
      const key = folded.join(" ");
      if (key === "" || seen.has(key)) continue;
      seen.add(key);
      names.push(folded);
    }
    const { rest, named } = splitRole(e.role.text, e.id, table);
    const kind = e.kind ? words(e.kind.replace(/-/g, " ")).folded : [];
    const links = [...new Set([...e.affiliations.map((a) => a.target), ...named])].filter(
      (id) => id !== e.id,
    );
    // Years in a role date the role ("(2021)"); a year typed is a search for events.
    const role = [...kind, ...rest].filter((w) => !/^\d+$/.test(w));
    return { id: e.id, names, role, links };
  });
  return {
    version: INDEX_VERSION,
    entities,
    events: (dataset.events ?? []).map((ev) => eventDoc(ev, table)),
  };
}

/**
 * The popup's search. A query is cut into folded words and compared word by word with each
 * entity's names, each event (its short name, title, date and participants) and each role line.
 * What is listed, in this order:
 *   1. direct matches: entities whose name or an alias holds every word of the query;
 *   2. events that the query names by more than a participant's name;
 *   3. related entities, apart: those whose role line matches ("By role"), and those whose own
 *      record links them to a direct match ("Linked to Qais al-Khazali: Asaib Ahl al-Haq").
 * Every match scores 0–1 (1: a name exactly); a match more than CUT below the best one, or
 * under FLOOR, is not listed, so a query lists what it names and nonsense lists nothing.
 * Pure: the popup, the unit tests and the benchmark all call it the same way.
 */
import type { CompiledDataset, EntityId, EntitySource, EventSource } from "../dataset/types";
import { createSearchIndex, type EntityDoc, type EventDoc, INDEX_VERSION, type SearchIndex } from "./docs";
import { Dictionary, nameScore, type Query, textFit, textScore } from "./match";
import { STOP_WORDS, words } from "./words";

export { createSearchIndex, type SearchIndex } from "./docs";

/** Listed only within this much of the best match (scores 0–1). Tuned on the ranking table. */
export const CUT = 0.2;
/** Never listed below this score, however poor the best match. */
export const FLOOR = 0.55;
/** Entities listed under one "Linked to …" heading, at most. */
const LINKED_PER_ENTITY = 5;
/** Links are listed only for direct matches this close to the best: what the query names. */
const LINK_CUT = 0.1;
/** Direct matches whose links are listed, at most (the best ones). */
const LINKED_SOURCES = 3;

export type Section = "direct" | "events" | "role" | "linked";

export interface EntityHit {
  kind: "entity";
  id: EntityId;
  entity: EntitySource;
  section: "direct" | "role" | "linked";
  /** For a linked hit: the direct match it is linked to. */
  via?: EntitySource;
  /** 0–1, 1 best. */
  score: number;
}

export interface EventHit {
  kind: "event";
  /** The event's id. */
  id: string;
  event: EventSource;
  section: "events";
  /** The participant whose timeline opens on it: the one the query names, or the first. */
  open: EntitySource;
  score: number;
}

export type SearchHit = EntityHit | EventHit;

export interface Searcher {
  /** Hits in display order: direct, events, then related groups. */
  search(query: string, limit?: number): SearchHit[];
  /** Number of entities searched. */
  readonly size: number;
  /** Number of events searched. */
  readonly events: number;
}

type Searchable = Pick<CompiledDataset, "entities"> & Partial<Pick<CompiledDataset, "events">>;

/** True when a prebuilt index was built from this very dataset (same records, same order). */
function fits(index: SearchIndex | undefined, dataset: Searchable): index is SearchIndex {
  if (!index || index.version !== INDEX_VERSION) return false;
  const events = dataset.events ?? [];
  return (
    index.entities.length === dataset.entities.length &&
    index.events.length === events.length &&
    index.entities.every((d, i) => d.id === dataset.entities[i]?.id) &&
    index.events.every((d, i) => d.id === events[i]?.id)
  );
}

interface Entry {
  entity: EntitySource;
  names: number[][];
  role: number[];
  links: EntityId[];
  /** Events it takes part in plus records linking to it: breaks ties ("sudani": the prime minister first). */
  weight: number;
}

interface EventEntry {
  event: EventSource;
  name: number[];
  title: number[];
  date: number[];
  own: Set<number>;
  participants: number[];
}

export function createSearcher(dataset: Searchable, prebuilt?: SearchIndex): Searcher {
  const index = fits(prebuilt, dataset) ? prebuilt : createSearchIndex(dataset);
  const dict = new Dictionary();
  const ids = (ws: string[]) => ws.map((w) => dict.id(w));
  const position = new Map(dataset.entities.map((e, i) => [e.id, i]));
  const entries: Entry[] = index.entities.map((d: EntityDoc, i) => ({
    entity: dataset.entities[i] as EntitySource,
    names: d.names.map(ids),
    role: ids(d.role),
    links: d.links.filter((id) => position.has(id)),
    weight: 0,
  }));
  const events: EventEntry[] = index.events.map((d: EventDoc, i) => ({
    event: (dataset.events ?? [])[i] as EventSource,
    name: ids(d.name),
    title: ids(d.title),
    date: ids(d.date),
    own: new Set([...ids(d.own), ...ids(d.date)]),
    participants: d.participants.map((id) => position.get(id)).filter((p) => p !== undefined),
  }));
  for (const e of entries) for (const id of e.links) (entries[position.get(id) as number] as Entry).weight++;
  for (const ev of events) for (const p of ev.participants) (entries[p] as Entry).weight++;
  /** For each entity, the entities whose own record links to it. */
  const linkedTo: number[][] = entries.map(() => []);
  entries.forEach((e, i) => {
    for (const id of e.links) linkedTo[position.get(id) as number]?.push(i);
  });

  const bestName = (e: Entry, q: Query) => {
    let best = -1;
    for (const n of e.names) best = Math.max(best, nameScore(n, q, dict));
    return best;
  };

  /** Worth of query word j in an event: its own words first, a participant's name a little less. */
  const eventWord = (ev: EventEntry, q: Query, j: number): { score: number; byName: boolean } => {
    const fits = q.fits[j] as Uint8Array;
    const qw = q.words[j] as string;
    let best = 0;
    for (const [field, worth] of [
      [ev.name, 1],
      [ev.date, 1],
      [ev.title, 0.9],
    ] as const)
      for (const w of field) best = Math.max(best, worth * textFit(fits[w] as number, qw));
    let byName = false;
    for (const p of ev.participants)
      for (const n of (entries[p] as Entry).names)
        for (const w of n) {
          const s = 0.8 * textFit(fits[w] as number, qw);
          if (s > 0 && s >= best) {
            best = s;
            byName = true;
          }
        }
    return { score: best, byName };
  };

  /**
   * A name with a word of the role ("ayatollah sistani", "krg erbil"): every query word in a name
   * or in the role, at least one of each. Scores below any match of a whole name.
   */
  const nameAndRole = (e: Entry, q: Query): number => {
    let inName = 0;
    let inRole = 0;
    for (let j = 0; j < q.words.length; j++) {
      if (q.stop[j]) continue;
      const fits = q.fits[j] as Uint8Array;
      const qw = q.words[j] as string;
      if (e.names.some((n) => n.some((w) => textFit(fits[w] as number, qw) > 0))) inName++;
      else if (e.role.some((w) => textFit(fits[w] as number, qw) > 0)) inRole++;
      else return 0;
    }
    return inName > 0 && inRole > 0 ? 0.7 + (0.1 * inName) / (inName + inRole) : 0;
  };

  /** Whether query word j names participant p (by any of its names). */
  const names = (p: number, q: Query, j: number) => {
    const fits = q.fits[j] as Uint8Array;
    const qw = q.words[j] as string;
    return (entries[p] as Entry).names.some((n) => n.some((w) => textFit(fits[w] as number, qw) > 0));
  };

  /**
   * An event's score, or null: every query word must be in it. A match of its short name scores
   * by how much of that name the query covers; a word only of its title scores less.
   */
  const scoreEvent = (
    ev: EventEntry,
    q: Query,
    isDirect: Map<number, number>,
  ): { score: number; open: number } | null => {
    let sum = 0;
    let n = 0;
    let inName = 0;
    let own = false;
    for (let j = 0; j < q.words.length; j++) {
      if (q.stop[j]) continue;
      const { score, byName } = eventWord(ev, q, j);
      if (score === 0) return null;
      sum += score;
      n++;
      if (
        !byName &&
        ev.name.some((w) => textFit((q.fits[j] as Uint8Array)[w] as number, q.words[j] as string) > 0)
      )
        inName++;
      // A word that only names a participant found directly is that participant's search, not
      // this event's: "kadhimi" lists Kadhimi, whose timeline holds his events; "kadhimi drone"
      // and "protests" (a word of the event's own) list it.
      const fits = q.fits[j] as Uint8Array;
      if (
        [...ev.own].some((w) => textFit(fits[w] as number, q.words[j] as string) > 0) ||
        !ev.participants.some((p) => isDirect.has(p) && names(p, q, j))
      )
        own = true;
    }
    if (n === 0 || !own) return null;
    const nameWords = ev.name.filter((w) => !STOP_WORDS.has(dict.words[w] as string)).length;
    const score = sum / n - 0.15 * (1 - Math.min(1, inName / Math.max(1, nameWords)));
    const named = ev.participants.find((p) => q.words.some((_, j) => !q.stop[j] && names(p, q, j)));
    return { score, open: named ?? (ev.participants[0] as number) };
  };

  return {
    size: entries.length,
    events: events.length,
    search(text: string, limit = 30): SearchHit[] {
      const typed = words(text);
      const qw = typed.folded;
      const stop = qw.map((w) => STOP_WORDS.has(w));
      if (qw.length === 0 || stop.every(Boolean)) return [];
      const q: Query = {
        words: qw,
        typed: typed.raw.map((w) => w.length),
        stop,
        fits: qw.map((w) => dict.fits(w)),
      };

      const direct: { i: number; score: number }[] = [];
      const isDirect = new Map<number, number>();
      entries.forEach((e, i) => {
        const s = bestName(e, q) ?? 0;
        const score = s >= FLOOR ? s : nameAndRole(e, q);
        if (score >= FLOOR) {
          direct.push({ i, score });
          isDirect.set(i, score);
        }
      });

      const evHits: { ev: EventEntry; score: number; open: number }[] = [];
      for (const ev of events) {
        const hit = scoreEvent(ev, q, isDirect);
        if (hit) evHits.push({ ev, ...hit });
      }

      const roleHits: { i: number; score: number }[] = [];
      entries.forEach((e, i) => {
        if (isDirect.has(i)) return;
        const m = textScore(e.role, q);
        if (!m) return;
        // The head of the role ("Prime Minister of Iraq …") counts most; a word deep in it little.
        const score =
          0.85 * m.mean - 0.03 * Math.min(m.first, 10) - (m.phrase ? 0 : 0.05) - 0.002 * e.role.length;
        roleHits.push({ i, score });
      });

      const best = Math.max(
        0,
        ...direct.map((h) => h.score),
        ...evHits.map((h) => h.score),
        ...roleHits.map((h) => h.score),
      );
      const bar = Math.max(FLOOR, best - CUT);
      const byRank = (a: { i: number; score: number }, b: { i: number; score: number }) =>
        b.score - a.score ||
        (entries[b.i] as Entry).weight - (entries[a.i] as Entry).weight ||
        (entries[a.i] as Entry).entity.name.length - (entries[b.i] as Entry).entity.name.length ||
        (entries[a.i] as Entry).entity.name.localeCompare((entries[b.i] as Entry).entity.name);

      const out: SearchHit[] = [];
      const listed = new Set<number>();
      for (const h of direct.filter((h) => h.score >= bar).sort(byRank)) {
        listed.add(h.i);
        out.push({
          kind: "entity",
          id: entries[h.i]?.entity.id as EntityId,
          entity: (entries[h.i] as Entry).entity,
          section: "direct",
          score: h.score,
        });
      }
      for (const h of evHits
        .filter((h) => h.score >= bar)
        .sort(
          (a, b) =>
            b.score - a.score ||
            a.ev.event.date.localeCompare(b.ev.event.date) ||
            a.ev.event.id.localeCompare(b.ev.event.id),
        ))
        out.push({
          kind: "event",
          id: h.ev.event.id,
          event: h.ev.event,
          section: "events",
          open: (entries[h.open] as Entry).entity,
          score: h.score,
        });

      // Related groups, best group first: the role matches, and the links of the best direct matches.
      const groups: { score: number; hits: EntityHit[] }[] = [];
      const roles = roleHits.filter((h) => h.score >= bar).sort(byRank);
      if (roles.length > 0)
        groups.push({
          score: roles[0]?.score as number,
          hits: roles.map((h) => ({
            kind: "entity",
            id: (entries[h.i] as Entry).entity.id,
            entity: (entries[h.i] as Entry).entity,
            section: "role",
            score: h.score,
          })),
        });
      for (const h of out.filter((h) => h.section === "direct").slice(0, LINKED_SOURCES)) {
        if (h.score < best - LINK_CUT) continue;
        const x = position.get(h.id) as number;
        const hits: EntityHit[] = [];
        for (const d of linkedTo[x] ?? []) {
          if (listed.has(d) || roles.some((r) => r.i === d) || hits.length >= LINKED_PER_ENTITY) continue;
          hits.push({
            kind: "entity",
            id: (entries[d] as Entry).entity.id,
            entity: (entries[d] as Entry).entity,
            section: "linked",
            via: (entries[x] as Entry).entity,
            score: 0.8 * h.score,
          });
        }
        for (const l of hits) listed.add(position.get(l.id) as number);
        if (hits.length > 0) groups.push({ score: 0.8 * h.score, hits });
      }
      for (const g of groups.sort((a, b) => b.score - a.score)) out.push(...g.hits);
      return out.slice(0, limit);
    },
  };
}

import type { Highlight } from "./types";

/**
 * Full-text search and filters over every highlight. The notes page loads, not the full
 * records, but one flat summary per highlight (`summarize`; stored packed in the digest,
 * digest.ts, written in the same transaction as its highlight), with the searchable text
 * already folded, so 10,000 of them load and search within 100 ms (bench/notes.bench.ts). The
 * full records are then read only for the highlights on screen.
 */

/** Lower case, no diacritics or Arabic short vowels, one kind of apostrophe and dash. */
export function fold(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, "")
    .replace(/[\u0622\u0623\u0625]/g, "\u0627")
    .replace(/[\u2018\u2019\u02bc\u02bf\u02be`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, "-")
    .toLowerCase();
}

/** What search, filters and ordering need of a highlight; derived, never edited. */
export interface HighlightSummary {
  id: string;
  createdAt: number;
  /** Folded quote, note, title and tags. */
  text: string;
  site: string;
  /** Tags, one per line. */
  tags: string;
  /** Entity ids of the quote and of the page, one per line. */
  entities: string;
}

const SEP = "\n";

export function summarize(h: Highlight): HighlightSummary {
  return {
    id: h.id,
    createdAt: h.createdAt,
    text: fold(`${h.quote.exact}\n${h.note}\n${h.title}\n${h.tags.join(" ")}`),
    site: h.site,
    tags: h.tags.join(SEP),
    entities: [...new Set([...h.entities, ...h.pageEntities])].join(SEP),
  };
}

/** Newest first (then by id, so the order is stable). */
export function newestFirst(
  a: { createdAt: number; id: string },
  b: { createdAt: number; id: string },
): number {
  return b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

export interface NotesQuery {
  /** Words that must all appear in the quote, note, title or tags; "quoted phrases" stay whole. */
  text?: string;
  entity?: string;
  site?: string;
  tag?: string;
}

/** The query's terms: words, or "quoted phrases". */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const m of fold(text).matchAll(/"([^"]+)"|(\S+)/g)) {
    const t = (m[1] ?? m[2] ?? "").trim();
    if (t) out.push(t);
  }
  return out;
}

const hasLine = (lines: string, value: string) =>
  lines === value || `${SEP}${lines}${SEP}`.includes(`${SEP}${value}${SEP}`);

/** The summaries that match, in the order given (newest first when the list is). */
export function searchSummaries(list: readonly HighlightSummary[], q: NotesQuery): HighlightSummary[] {
  const words = terms(q.text ?? "");
  if (!words.length && !q.site && !q.tag && !q.entity) return list.slice();
  const out: HighlightSummary[] = [];
  for (const s of list) {
    if (q.site && s.site !== q.site) continue;
    if (q.tag && !hasLine(s.tags, q.tag)) continue;
    if (q.entity && !hasLine(s.entities, q.entity)) continue;
    if (!words.every((w) => s.text.includes(w))) continue;
    out.push(s);
  }
  return out;
}

export interface Facets {
  sites: [string, number][];
  tags: [string, number][];
  entities: [string, number][];
}

/** The values the filters can take, with how many highlights have each, most used first. */
export function facets(list: readonly HighlightSummary[]): Facets {
  const counter = facetCounter();
  counter.add(list, 0, list.length);
  return counter.result();
}

/** `facets` a part at a time (the notes page counts 10,000 summaries over several tasks). */
export function facetCounter(): {
  add(list: readonly HighlightSummary[], from: number, to: number): void;
  result(): Facets;
} {
  const count = (values: string, into: Map<string, number>) => {
    if (!values) return;
    for (const v of values.split(SEP)) into.set(v, (into.get(v) ?? 0) + 1);
  };
  const sites = new Map<string, number>();
  const tags = new Map<string, number>();
  const entities = new Map<string, number>();
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return {
    add(list, from, to) {
      for (let i = from; i < Math.min(to, list.length); i++) {
        const s = list[i] as HighlightSummary;
        count(s.site, sites);
        count(s.tags, tags);
        count(s.entities, entities);
      }
    },
    result: () => ({ sites: sorted(sites), tags: sorted(tags), entities: sorted(entities) }),
  };
}

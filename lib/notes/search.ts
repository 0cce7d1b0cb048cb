import type { Highlight } from "./types";

/**
 * Full-text search and filters over every highlight, in memory. Each highlight's searchable
 * text is folded once (`indexHighlights`); a query is then a few substring tests per record,
 * which keeps 10,000 highlights well under 100 ms (bench/notes.bench.ts).
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

export interface IndexedHighlight {
  h: Highlight;
  /** Folded quote, note, title and tags. */
  text: string;
}

export function indexHighlights(list: Highlight[]): IndexedHighlight[] {
  return list.map((h) => ({ h, text: fold(`${h.quote.exact}\n${h.note}\n${h.title}\n${h.tags.join(" ")}`) }));
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

/** The highlights that match, in the order given (newest first when the list is). */
export function searchHighlights(index: IndexedHighlight[], q: NotesQuery): Highlight[] {
  const words = terms(q.text ?? "");
  const out: Highlight[] = [];
  for (const { h, text } of index) {
    if (q.site && h.site !== q.site) continue;
    if (q.tag && !h.tags.includes(q.tag)) continue;
    if (q.entity && !h.entities.includes(q.entity) && !h.pageEntities.includes(q.entity)) continue;
    if (!words.every((w) => text.includes(w))) continue;
    out.push(h);
  }
  return out;
}

/** The values the filters can take, with how many highlights have each, most used first. */
export function facets(list: Highlight[]): {
  sites: [string, number][];
  tags: [string, number][];
  entities: [string, number][];
} {
  const count = (values: Iterable<string>, into: Map<string, number>) => {
    for (const v of values) into.set(v, (into.get(v) ?? 0) + 1);
  };
  const sites = new Map<string, number>();
  const tags = new Map<string, number>();
  const entities = new Map<string, number>();
  for (const h of list) {
    count([h.site], sites);
    count(h.tags, tags);
    count(new Set([...h.entities, ...h.pageEntities]), entities);
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { sites: sorted(sites), tags: sorted(tags), entities: sorted(entities) };
}

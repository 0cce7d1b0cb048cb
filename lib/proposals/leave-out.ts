/**
 * The dataset as it would be without one document (the leave-one-out measure, issue 13): its
 * source, every citation and `seenIn` of it, and whatever those alone supported (an entity, an
 * alias, an affiliation, an event) are gone. Pure: works on parsed files, never on disk.
 */
import type { Citation, EntitySource, EventSource, Source } from "../dataset/types";

export interface DatasetFiles {
  sources: Source[];
  entities: EntitySource[];
  events: EventSource[];
}

/** Every source an entity is traced to: its citations and the documents its spellings are seen in. */
export function entitySources(e: EntitySource): Set<string> {
  const out = new Set<string>();
  const add = (cs: readonly Citation[]) => {
    for (const c of cs) out.add(c.source);
  };
  add(e.role.cites);
  for (const a of e.affiliations) add(a.cites);
  for (const d of e.disagreements ?? []) for (const v of d.versions) add(v.cites);
  for (const a of e.aliases) for (const s of a.seenIn ?? []) out.add(s);
  return out;
}

const keep = (cs: readonly Citation[], id: string) => cs.filter((c) => c.source !== id);

export function withoutSource(data: DatasetFiles, id: string): DatasetFiles {
  const dropped = new Set(
    data.entities
      .filter((e) => {
        const s = entitySources(e);
        return s.size > 0 && [...s].every((x) => x === id);
      })
      .map((e) => e.id),
  );
  const entities: EntitySource[] = [];
  for (const e of data.entities) {
    if (dropped.has(e.id)) continue;
    const aliases = e.aliases.flatMap((a) => {
      if (!a.seenIn || a.seenIn.length === 0) return [a];
      const seenIn = a.seenIn.filter((s) => s !== id);
      // A spelling only this document showed is the document's to teach again.
      return seenIn.length === 0 ? [] : [{ ...a, seenIn }];
    });
    const affiliations = e.affiliations
      .filter((a) => !dropped.has(a.target))
      .map((a) => ({ ...a, cites: keep(a.cites, id) }))
      .filter((a) => a.cites.length > 0);
    const disagreements = (e.disagreements ?? [])
      .map((d) => ({
        ...d,
        versions: d.versions
          .map((v) => ({ ...v, cites: keep(v.cites, id) }))
          .filter((v) => v.cites.length > 0),
      }))
      .filter((d) => d.versions.length >= 2);
    entities.push({
      ...e,
      aliases: aliases.length > 0 ? aliases : [{ text: e.name }],
      role: { ...e.role, cites: keep(e.role.cites, id) },
      affiliations,
      ...(e.disagreements ? { disagreements } : {}),
    });
  }
  const events = data.events
    .map((ev) => ({
      ...ev,
      cites: keep(ev.cites, id),
      participants: ev.participants.filter((p) => !dropped.has(p.id)),
    }))
    .filter((ev) => ev.cites.length > 0 && ev.participants.length > 0);
  return { sources: data.sources.filter((s) => s.id !== id), entities, events };
}

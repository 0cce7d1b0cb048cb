/**
 * What a card shows about one entity, computed from the compiled dataset. Pure and
 * serialisable: the background computes it and sends it to a content script, the popup
 * computes it in place; the Card component only renders it.
 */
import type {
  AffiliationType,
  Citation,
  CompiledDataset,
  DatePrecision,
  EntityId,
  EntitySource,
  PartialDate,
  SourceId,
} from "./types";

/** A cited fact points at sources by their number in `CardModel.sources` (1-based). */
export interface CiteRef {
  /** 1-based number of the source in the card's source list. */
  n: number;
  source: SourceId;
  evidence: string;
}

export interface CardAffiliation {
  /** "Leads", "Backed by", … already phrased from this entity's point of view. */
  label: string;
  type: AffiliationType;
  /** "out": stated on this entity; "in": stated on the other entity about this one. */
  direction: "out" | "in";
  target: EntityId;
  targetName: string;
  targetType: "person" | "group";
  from?: PartialDate;
  to?: PartialDate;
  note?: string;
  cites: CiteRef[];
}

export interface CardEvent {
  id: string;
  date: PartialDate;
  precision: DatePrecision;
  title: string;
  /** This entity's part in it. */
  part: string;
  /** True when the sources disagree about this event (see `CardModel.disagreements`). */
  disputed: boolean;
  cites: CiteRef[];
}

export interface CardDisagreement {
  topic: string;
  /** The event it is about, when it is an event's disagreement. */
  about?: string;
  versions: { value: string; cites: CiteRef[] }[];
}

export interface CardSource {
  n: number;
  id: SourceId;
  headline: string;
  outlet: string;
  date: PartialDate | "unknown";
  /** Every distinct evidence phrase this card cites from the document. */
  evidence: string[];
}

export interface CardModel {
  id: EntityId;
  name: string;
  type: "person" | "group";
  kind?: string;
  role: { text: string; from?: PartialDate; to?: PartialDate; cites: CiteRef[] };
  summary: string;
  affiliations: CardAffiliation[];
  /** Latest first. */
  events: CardEvent[];
  sources: CardSource[];
  disagreements: CardDisagreement[];
  /** The dataset is true as of this date. */
  asOf: PartialDate;
}

/** A one-line view of an entity, for candidate lists and page summaries. */
export interface BriefModel {
  id: EntityId;
  name: string;
  type: "person" | "group";
  role: string;
}

const LABEL_OUT: Record<AffiliationType, string> = {
  leads: "Leads",
  led: "Led",
  founded: "Founded",
  "member-of": "Member of",
  "part-of": "Part of",
  "backed-by": "Backed by",
  backs: "Backs",
  "allied-with": "Allied with",
  "opposed-to": "Opposed to",
  advises: "Advises",
  advised: "Advised",
  succeeded: "Succeeded",
  preceded: "Preceded",
  "works-for": "Works for",
  "worked-for": "Worked for",
  commands: "Commands",
  "related-to": "Related to",
};

/** The same link read from the other end ("X leads Y" shown on Y's card as "Led by X"). */
const LABEL_IN: Record<AffiliationType, string> = {
  leads: "Led by",
  led: "Formerly led by",
  founded: "Founded by",
  "member-of": "Has member",
  "part-of": "Includes",
  "backed-by": "Backs",
  backs: "Backed by",
  "allied-with": "Allied with",
  "opposed-to": "Opposed by",
  advises: "Advised by",
  advised: "Formerly advised by",
  succeeded: "Succeeded by",
  preceded: "Preceded by",
  "works-for": "Employs",
  "worked-for": "Formerly employed",
  commands: "Commanded by",
  "related-to": "Related to",
};

export function affiliationLabel(type: AffiliationType, direction: "out" | "in"): string {
  return (direction === "out" ? LABEL_OUT : LABEL_IN)[type];
}

/** Numbers sources in order of first citation and collects the evidence phrases cited from each. */
class SourceList {
  private byId = new Map<SourceId, CardSource>();
  constructor(private dataset: CompiledDataset) {}
  refs(cites: readonly Citation[]): CiteRef[] {
    return cites.map((c) => {
      let s = this.byId.get(c.source);
      if (!s) {
        const doc = this.dataset.sources.find((d) => d.id === c.source);
        s = {
          n: this.byId.size + 1,
          id: c.source,
          headline: doc?.headline ?? c.source,
          outlet: doc?.outlet ?? "unknown",
          date: doc?.date ?? "unknown",
          evidence: [],
        };
        this.byId.set(c.source, s);
      }
      if (!s.evidence.includes(c.evidence)) s.evidence.push(c.evidence);
      return { n: s.n, source: c.source, evidence: c.evidence };
    });
  }
  list(): CardSource[] {
    return [...this.byId.values()];
  }
}

export function findEntity(dataset: CompiledDataset, id: EntityId): EntitySource | undefined {
  return dataset.entities.find((e) => e.id === id);
}

export function briefModel(dataset: CompiledDataset, id: EntityId): BriefModel | null {
  const e = findEntity(dataset, id);
  return e ? { id: e.id, name: e.name, type: e.type, role: e.role.text } : null;
}

/** Everything a card shows about `id`, or null when the dataset has no such entity. */
export function cardModel(dataset: CompiledDataset, id: EntityId): CardModel | null {
  const entity = findEntity(dataset, id);
  if (!entity) return null;
  const sources = new SourceList(dataset);
  const role = {
    text: entity.role.text,
    ...(entity.role.from ? { from: entity.role.from } : {}),
    ...(entity.role.to ? { to: entity.role.to } : {}),
    cites: sources.refs(entity.role.cites),
  };

  const affiliations: CardAffiliation[] = [];
  for (const a of entity.affiliations) {
    const target = findEntity(dataset, a.target);
    if (!target) continue;
    affiliations.push({
      label: affiliationLabel(a.type, "out"),
      type: a.type,
      direction: "out",
      target: a.target,
      targetName: target.name,
      targetType: target.type,
      ...(a.from ? { from: a.from } : {}),
      ...(a.to ? { to: a.to } : {}),
      ...(a.note ? { note: a.note } : {}),
      cites: sources.refs(a.cites),
    });
  }
  // Links stated on other entities about this one, unless this entity already states a link to them.
  const linked = new Set(entity.affiliations.map((a) => a.target));
  for (const other of dataset.entities) {
    if (other.id === entity.id || linked.has(other.id)) continue;
    for (const a of other.affiliations) {
      if (a.target !== entity.id) continue;
      affiliations.push({
        label: affiliationLabel(a.type, "in"),
        type: a.type,
        direction: "in",
        target: other.id,
        targetName: other.name,
        targetType: other.type,
        ...(a.from ? { from: a.from } : {}),
        ...(a.to ? { to: a.to } : {}),
        ...(a.note ? { note: a.note } : {}),
        cites: sources.refs(a.cites),
      });
    }
  }

  const disagreements: CardDisagreement[] = (entity.disagreements ?? []).map((d) => ({
    topic: d.topic,
    versions: d.versions.map((v) => ({ value: v.value, cites: sources.refs(v.cites) })),
  }));

  const events: CardEvent[] = dataset.events
    .filter((ev) => ev.participants.some((p) => p.id === entity.id))
    .sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? 1 : -1))
    .map((ev) => {
      const part = ev.participants.find((p) => p.id === entity.id)?.part ?? "";
      for (const d of ev.disagreements ?? [])
        disagreements.push({
          topic: d.topic,
          about: ev.title,
          versions: d.versions.map((v) => ({ value: v.value, cites: sources.refs(v.cites) })),
        });
      return {
        id: ev.id,
        date: ev.date,
        precision: ev.precision,
        title: ev.title,
        part,
        disputed: (ev.disagreements?.length ?? 0) > 0,
        cites: sources.refs(ev.cites),
      };
    });

  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    ...(entity.kind ? { kind: entity.kind } : {}),
    role,
    summary: entity.summary,
    affiliations,
    events,
    sources: sources.list(),
    disagreements,
    asOf: dataset.asOf,
  };
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2020-06-25" → "25 June 2020", "2020-06" → "June 2020", "2020" → "2020". */
export function formatDate(date: PartialDate | "unknown"): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  const month = mo ? MONTHS[Number(mo) - 1] : undefined;
  if (!month) return y as string;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** "since May 2020", "until 2019", "May 2020 – Oct 2021", or "" when undated. */
export function formatRange(from?: PartialDate, to?: PartialDate): string {
  if (from && to) return from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`;
  if (from) return `since ${formatDate(from)}`;
  if (to) return `until ${formatDate(to)}`;
  return "";
}

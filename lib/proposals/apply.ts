/**
 * What `npm run accept` does to the dataset, in memory: the items a maintainer marked
 * `"accept": true` become a source, aliases, negatives, entity files, affiliations, role
 * citations and event files. Pure: files in, files out, with every refused item and why; the
 * CLI validates the result on a temp copy before it touches data/.
 */
import { collapseWhitespace, countWords, MAX_EVIDENCE_WORDS } from "../dataset/text";
import type { EntitySource, EventSource, Source } from "../dataset/types";
import type { DatasetFiles } from "./leave-out";
import { type ProposalFile, TODO } from "./types";

export interface Refusal {
  item: string;
  why: string;
}

export interface Applied {
  data: DatasetFiles;
  /** Ids of entity and event files written or changed, and whether sources.json changed. */
  changed: { entities: string[]; events: string[]; sources: boolean };
  refused: Refusal[];
  applied: string[];
}

const clone = <T>(v: T): T => structuredClone(v);
const todo = (s: string | undefined) => s === undefined || s.trim() === "" || s.includes(TODO);

export function applyProposal(data: DatasetFiles, p: ProposalFile): Applied {
  const out: DatasetFiles = clone(data);
  const refused: Refusal[] = [];
  const applied: string[] = [];
  const entities = new Map(out.entities.map((e) => [e.id, e]));
  const changedE = new Set<string>();
  const changedV = new Set<string>();
  const src = p.source.id;
  const doc = collapseWhitespace(p.article.text);
  const sourceKnown = out.sources.some((s) => s.id === src);
  const sourceOk = sourceKnown || p.source.accept;
  const evidenceProblem = (ev: string): string | undefined => {
    if (!sourceOk) return `source "${src}" is neither in data/sources.json nor accepted`;
    if (countWords(ev) > MAX_EVIDENCE_WORDS)
      return `evidence has ${countWords(ev)} words (at most ${MAX_EVIDENCE_WORDS})`;
    if (!doc.includes(collapseWhitespace(ev)))
      return `evidence is not verbatim in the article: ${JSON.stringify(ev)}`;
    return undefined;
  };
  const refuse = (item: string, why: string) => refused.push({ item, why });

  if (p.source.accept && !sourceKnown) {
    const { accept: _a, url: _u, ...rest } = p.source;
    if (todo(rest.headline)) refuse(`source ${src}`, "write its headline");
    else {
      out.sources.push(rest as Source);
      applied.push(`source ${src}`);
    }
  }

  for (const [i, e] of p.entities.entries()) {
    if (!e.accept) continue;
    const item = `entities[${i}] ${e.id}`;
    if (entities.has(e.id)) {
      refuse(item, `id "${e.id}" is taken`);
      continue;
    }
    if (todo(e.role)) {
      refuse(item, "write its role (one line)");
      continue;
    }
    if (todo(e.summary)) {
      refuse(item, "write its summary (two or three sentences)");
      continue;
    }
    const bad = evidenceProblem(e.evidence);
    if (bad) {
      refuse(item, bad);
      continue;
    }
    const inArticle = (t: string) => p.article.text.includes(t);
    const entity: EntitySource = {
      id: e.id,
      type: e.type,
      ...(e.kind ? { kind: e.kind } : {}),
      name: e.name,
      aliases: [...new Set([e.name, ...e.variants])].map((text) => ({
        text,
        ...(inArticle(text) ? { seenIn: [src] } : {}),
      })),
      role: { text: e.role, cites: [{ source: src, evidence: e.evidence }] },
      summary: e.summary,
      affiliations: [],
    };
    out.entities.push(entity);
    entities.set(e.id, entity);
    changedE.add(e.id);
    applied.push(item);
  }

  for (const [i, s] of p.spellings.entries()) {
    if (!s.accept) continue;
    const item = `spellings[${i}] ${JSON.stringify(s.text)} → ${s.entity}`;
    const e = entities.get(s.entity);
    if (!e) {
      refuse(item, `unknown entity "${s.entity}"`);
      continue;
    }
    if (s.seen && !sourceOk) {
      refuse(item, `source "${src}" is neither in data/sources.json nor accepted`);
      continue;
    }
    const same = e.aliases.find((a) => a.text === s.text);
    if (same && (!s.seen || same.seenIn?.includes(src))) {
      refuse(item, "already an alias");
      continue;
    }
    if (same) same.seenIn = [...(same.seenIn ?? []), src];
    else e.aliases.push({ text: s.text, ...(s.seen ? { seenIn: [src] } : {}) });
    changedE.add(e.id);
    applied.push(item);
  }

  for (const [i, n] of p.negatives.entries()) {
    if (!n.accept) continue;
    const item = `negatives[${i}] ${JSON.stringify(n.text)} ≠ ${n.entity}`;
    const e = entities.get(n.entity);
    if (!e) {
      refuse(item, `unknown entity "${n.entity}"`);
      continue;
    }
    if (e.negatives?.includes(n.text)) {
      refuse(item, "already a negative");
      continue;
    }
    e.negatives = [...(e.negatives ?? []), n.text];
    changedE.add(e.id);
    applied.push(item);
  }

  for (const [i, f] of p.facts.entries()) {
    if (!f.accept) continue;
    const item = `facts[${i}] ${f.kind}`;
    const bad = evidenceProblem(f.evidence);
    if (bad) {
      refuse(item, bad);
      continue;
    }
    const cite = { source: src, evidence: f.evidence };
    if (f.kind === "event") {
      if (out.events.some((v) => v.id === f.id)) {
        refuse(item, `event id "${f.id}" is taken`);
        continue;
      }
      if (todo(f.title)) {
        refuse(item, "write its title");
        continue;
      }
      const missing = f.participants.find((x) => !entities.has(x.id));
      if (missing) {
        refuse(item, `unknown participant "${missing.id}"`);
        continue;
      }
      if (f.participants.some((x) => todo(x.part))) {
        refuse(item, "write each participant's part");
        continue;
      }
      const precision = f.date.length === 4 ? "year" : f.date.length === 7 ? "month" : "day";
      const ev: EventSource = {
        id: f.id,
        date: f.date,
        precision,
        title: f.title,
        participants: f.participants,
        cites: [cite],
      };
      out.events.push(ev);
      changedV.add(f.id);
      applied.push(item);
      continue;
    }
    const e = entities.get(f.entity);
    if (!e) {
      refuse(item, `unknown entity "${f.entity}"`);
      continue;
    }
    if (f.kind === "role") {
      if (!e.role.cites.some((c) => c.source === src && c.evidence === f.evidence)) e.role.cites.push(cite);
    } else {
      if (!entities.has(f.target)) {
        refuse(item, `unknown target "${f.target}"`);
        continue;
      }
      const same = e.affiliations.find((a) => a.type === f.type && a.target === f.target);
      if (same) same.cites.push(cite);
      else e.affiliations.push({ type: f.type, target: f.target, cites: [cite] });
    }
    changedE.add(e.id);
    applied.push(item);
  }

  return {
    data: out,
    changed: {
      entities: [...changedE],
      events: [...changedV],
      sources: applied.some((a) => a.startsWith("source ")),
    },
    refused,
    applied,
  };
}

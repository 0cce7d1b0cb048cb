/**
 * One article in, one proposal out (issue 13): new spellings of known entities, new entities
 * with their variants and sentences, and role / affiliation / event drafts with verbatim
 * evidence. Pure: the caller gives the readable text, the dataset and the engine's matcher.
 */
import { KEBAB_ID } from "../dataset/text";
import type { EntitySource } from "../dataset/types";
import type { Matcher } from "../matching/index";
import type { Mention } from "../matching/types";
import { fold, light } from "../names/fold";
import { type Candidate, candidatesIn, nameRuns } from "./candidates";
import { clusterCandidates } from "./cluster";
import { clauseOf, eventIn, factsIn, type Ref } from "./facts";
import {
  definedNextTo,
  type FoundSpelling,
  isKnownSpelling,
  knownNames,
  partOfAlias,
  spellingsFromMentions,
} from "./known";
import { cutEvidence, type Span, sentences } from "./sentences";
import {
  type EntityItem,
  type FactItem,
  PROPOSAL_VERSION,
  type ProposalFile,
  type SourceItem,
  type SpellingItem,
  TODO,
} from "./types";
import { GROUP_WORDS, PEOPLES, TITLE_WORDS } from "./words";

export interface ProposeInput {
  /** The article's readable text (lib/extract for HTML). */
  text: string;
  source: Omit<SourceItem, "accept">;
  entities: readonly EntitySource[];
  /** Event ids already taken (data/events). */
  eventIds?: ReadonlySet<string>;
  matcher: Matcher;
  path?: string;
}

/** A kebab-case id from a name, with a number after it when the id is taken. */
export function freshId(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/['’]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "entity";
  let id = base;
  for (let n = 2; taken.has(id) || !KEBAB_ID.test(id); n++) id = `${base}-${n}`;
  return id;
}

const sentenceAt = (ss: readonly Span[], at: number) => ss.find((s) => s.start <= at && s.end > at);

/** Candidate words that no known mention covers (titles and connectors do not count). */
function uncovered(c: Candidate, mentions: readonly Mention[]): boolean {
  const inside = mentions.filter((m) => m.id !== null && m.end > c.start && m.start < c.end);
  if (inside.length === 0) return true;
  const words = [...c.text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/gu)];
  return words.some((w) => {
    const at = c.start + (w.index ?? 0);
    const l = light(w[0]);
    if (["of", "the", "al", "and", "in", "for"].includes(l) || PEOPLES.has(l) || PEOPLES.has(`${l}s`))
      return false;
    return !inside.some((m) => m.start <= at && m.end >= at + w[0].length);
  });
}

export function propose(input: ProposeInput): ProposalFile {
  const { text } = input;
  const known = knownNames(input.entities);
  const ss = sentences(text);
  const mentions = input.matcher.session().scan(text);
  const linked = mentions.filter((m) => m.id !== null);

  // Spellings the engine links, then those the page ties to a known name.
  const found: FoundSpelling[] = spellingsFromMentions(linked, known);
  for (const s of ss) found.push(...definedNextTo(text, s, linked, known));
  // Runs no rule types may still be a known name's part ("IRGC Quds", "the Quds forces").
  for (const s of ss)
    for (const r of nameRuns(s)) {
      if (
        linked.some((m) => m.start <= r.start && m.end >= r.end) ||
        found.some((f) => f.start < r.end && r.start < f.end)
      )
        continue;
      // One word is a known name's part only where a rule types it a group (the candidates below).
      if (!/\s/.test(r.text)) continue;
      if (r.text.split(/\s+/).every((w) => TITLE_WORDS.has(light(w)) || PEOPLES.has(`${light(w)}s`)))
        continue;
      const part = partOfAlias(r, known, GROUP_WORDS);
      if (part && !isKnownSpelling(known, part, r.text))
        found.push({ entity: part, text: r.text, how: "variant of an alias", start: r.start, end: r.end });
    }
  const cands: Candidate[] = [];
  for (const s of ss)
    for (const c of candidatesIn(s)) {
      if (!uncovered(c, linked)) continue;
      const part = partOfAlias(c, known, GROUP_WORDS);
      if (part)
        found.push({ entity: part, text: c.text, how: "variant of an alias", start: c.start, end: c.end });
      else if (!found.some((f) => f.start <= c.start && f.end >= c.end)) cands.push(c);
    }

  const taken = new Set(input.entities.map((e) => e.id));
  const entities: EntityItem[] = [];
  const refs: Ref[] = linked.map((m) => ({
    entity: m.id as string,
    type: known.byId.get(m.id as string)?.type ?? "group",
    start: m.start,
    end: m.end,
  }));
  for (const f of found) {
    if (!refs.some((r) => r.start <= f.start && r.end >= f.end))
      refs.push({
        entity: f.entity,
        type: known.byId.get(f.entity)?.type ?? "group",
        start: f.start,
        end: f.end,
      });
  }
  for (const cl of clusterCandidates(cands)) {
    const name = cl.variants[0] as string;
    const id = freshId(name, taken);
    taken.add(id);
    const first = cl.mentions[0] as Candidate;
    const s = sentenceAt(ss, first.start) as Span;
    // The clause the name first stands in: a phrase that says something of it, as the role's citation.
    const ev =
      clauseOf(s, { entity: "", type: cl.type, start: first.start, end: first.end }) ??
      cutEvidence(s, first.start, first.end)?.text ??
      name;
    entities.push({
      accept: false,
      id,
      type: cl.type,
      name,
      why: cl.why,
      variants: cl.variants,
      sentences: [...new Set(cl.mentions.map((m) => sentenceAt(ss, m.start)?.text ?? ""))].filter(Boolean),
      role: `${TODO} one line, e.g. what “${ev}” says`,
      summary: `${TODO} two or three sentences in your own words`,
      evidence: ev,
    });
    for (const m of cl.mentions) refs.push({ entity: id, type: cl.type, start: m.start, end: m.end });
    // A bare surname later in the article is the same new person.
    if (cl.type === "person") {
      const sur = name.split(/\s+/).at(-1) as string;
      if (sur.length > 3 && fold(sur) !== "")
        for (const m of text.matchAll(
          new RegExp(`\\b${sur.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "g"),
        )) {
          const at = m.index ?? 0;
          if (!refs.some((r) => r.start <= at && r.end > at))
            refs.push({ entity: id, type: "person", start: at, end: at + sur.length });
        }
    }
  }
  refs.sort((a, b) => a.start - b.start);

  const spellings: SpellingItem[] = [];
  const seenSpelling = new Set<string>();
  for (const f of found.sort((a, b) => a.start - b.start)) {
    const key = `${f.entity}|${f.text.toLowerCase()}`;
    if (seenSpelling.has(key)) continue;
    seenSpelling.add(key);
    spellings.push({
      accept: false,
      entity: f.entity,
      text: f.text,
      how: f.how,
      sentence: sentenceAt(ss, f.start)?.text ?? "",
      seen: true,
    });
  }

  const facts: FactItem[] = [];
  const fresh = new Set(entities.map((e) => e.id));
  const eventIds = new Set(input.eventIds ?? []);
  const year = input.source.date.slice(0, 4);
  for (const s of ss) {
    const inS = refs.filter((r) => r.start >= s.start && r.end <= s.end);
    if (inS.length === 0) continue;
    facts.push(...factsIn(s, inS, fresh));
    const ev = eventIn(s, inS, year, (title, date) => {
      const id = freshId(`${date} ${title.split(/\s+/).slice(0, 5).join(" ")}`, eventIds);
      eventIds.add(id);
      return id;
    });
    if (ev) facts.push(ev);
  }

  return {
    version: PROPOSAL_VERSION,
    article: { ...(input.path ? { path: input.path } : {}), text },
    source: { accept: false, ...input.source },
    spellings,
    negatives: [],
    entities,
    facts,
  };
}

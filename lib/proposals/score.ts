/**
 * Scores one leave-one-out run (issue 13, item 4): the proposal made for document D with the
 * dataset built without D, against what the full dataset holds about D. Pure.
 *
 * - new entities: the entities whose every citation and `seenIn` is D; a proposal finds one
 *   when one of its spellings folds (lib/names) to one of the entity's names.
 * - precision: a new-entity proposal is right when it is one of those entities, or a person or
 *   group the document names that the dataset lacks (a hand-reviewed list, `unlisted`); a
 *   proposal of an entity the reduced dataset still holds, or of anything else, is wrong.
 * - spellings: aliases seen only in D of the entities that stay (the canonical name is not a
 *   spelling to find: the reduced dataset still has it); found when a spelling item names the
 *   same entity and the same text.
 * - facts: every role and affiliation citation of D; found when a draft ties the same entity
 *   (and, for an affiliation, its target) with evidence that overlaps the cited phrase.
 */
import { aliasKey, collapseWhitespace } from "../dataset/text";
import type { EntitySource } from "../dataset/types";
import { fold } from "../names/fold";
import { type DatasetFiles, entitySources } from "./leave-out";
import type { ProposalFile } from "./types";

export interface Score {
  doc: string;
  newTargets: number;
  newFound: number;
  proposed: number;
  proposedRight: number;
  spellingTargets: number;
  spellingFound: number;
  factTargets: number;
  factFound: number;
  /** What was missed or wrong, for the table's notes. */
  missedEntities: string[];
  wrongProposals: string[];
  missedSpellings: string[];
  missedFacts: string[];
}

export const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

const names = (e: EntitySource) => new Set([e.name, ...e.aliases.map((a) => a.text)].map(fold));

/** Span of a phrase in the collapsed text, or undefined. */
function spanOf(doc: string, phrase: string): [number, number] | undefined {
  const p = collapseWhitespace(phrase);
  const at = doc.indexOf(p);
  return at < 0 ? undefined : [at, at + p.length];
}

export function scoreRun(
  full: DatasetFiles,
  doc: string,
  text: string,
  proposal: ProposalFile,
  unlisted: readonly string[],
): Score {
  const only = full.entities.filter((e) => {
    const s = entitySources(e);
    return s.size > 0 && [...s].every((x) => x === doc);
  });
  const onlyIds = new Set(only.map((e) => e.id));
  const folded = full.entities.map((e) => ({ id: e.id, names: names(e) }));
  const unlistedKeys = new Set(unlisted.map(fold));

  // Each new-entity proposal, as the full dataset's entity it is (or null).
  const mapped = new Map<string, string | null>();
  const missedEntities: string[] = [];
  const wrongProposals: string[] = [];
  let proposedRight = 0;
  for (const p of proposal.entities) {
    const keys = p.variants.map(fold);
    // The same folded name, or one name a run of the other's words ("Supreme Judicial Council
    // of Iraq"), for names of two words or more.
    const within = (a: string, b: string) => a.split(" ").length >= 2 && ` ${b} `.includes(` ${a} `);
    const hit =
      folded.find((e) => keys.some((k) => e.names.has(k))) ??
      folded.find((e) => keys.some((k) => [...e.names].some((n) => within(n, k) || within(k, n))));
    mapped.set(p.id, hit?.id ?? null);
    if ((hit && onlyIds.has(hit.id)) || (!hit && keys.some((k) => unlistedKeys.has(k)))) proposedRight++;
    else wrongProposals.push(`${p.name}${hit ? ` (= ${hit.id}, already known)` : ""}`);
  }
  const foundIds = new Set([...mapped.values()].filter((v): v is string => v !== null));
  for (const e of only) if (!foundIds.has(e.id)) missedEntities.push(e.name);

  const spellingTargets: { entity: string; text: string }[] = [];
  for (const e of full.entities) {
    if (onlyIds.has(e.id)) continue;
    for (const a of e.aliases)
      if (a.seenIn?.length && a.seenIn.every((s) => s === doc) && aliasKey(a.text) !== aliasKey(e.name))
        spellingTargets.push({ entity: e.id, text: a.text });
  }
  const missedSpellings = spellingTargets
    .filter(
      (t) => !proposal.spellings.some((s) => s.entity === t.entity && aliasKey(s.text) === aliasKey(t.text)),
    )
    .map((t) => `${t.text} → ${t.entity}`);

  // Facts: every citation of D on a role or an affiliation.
  const collapsed = collapseWhitespace(text);
  const as = (id: string) => mapped.get(id) ?? (mapped.has(id) ? null : id);
  const drafts = proposal.facts.flatMap((f) => {
    if (f.kind === "event") return [];
    const span = spanOf(collapsed, f.evidence);
    if (!span) return [];
    const ends = f.kind === "affiliation" ? [as(f.entity), as(f.target)] : [as(f.entity)];
    return [{ kind: f.kind, ends, span }];
  });
  const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];
  let factTargets = 0;
  let factFound = 0;
  const missedFacts: string[] = [];
  for (const e of full.entities) {
    const facts = [
      ...e.role.cites.map((c) => ({ c, target: undefined as string | undefined })),
      ...e.affiliations.flatMap((a) => a.cites.map((c) => ({ c, target: a.target as string | undefined }))),
    ].filter((f) => f.c.source === doc);
    for (const { c, target } of facts) {
      factTargets++;
      const span = spanOf(collapsed, c.evidence);
      if (!span) continue;
      const hit = drafts.some(
        (d) =>
          overlaps(d.span, span) &&
          d.ends.includes(e.id) &&
          (target === undefined || (d.kind === "affiliation" && d.ends.includes(target))),
      );
      if (hit) factFound++;
      else missedFacts.push(`${e.id}${target ? ` → ${target}` : " (role)"}: “${c.evidence}”`);
    }
  }

  return {
    doc,
    newTargets: only.length,
    newFound: only.length - missedEntities.length,
    proposed: proposal.entities.length,
    proposedRight,
    spellingTargets: spellingTargets.length,
    spellingFound: spellingTargets.length - missedSpellings.length,
    factTargets,
    factFound,
    missedEntities,
    wrongProposals,
    missedSpellings,
    missedFacts,
  };
}

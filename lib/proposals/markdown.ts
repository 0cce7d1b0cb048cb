/**
 * The readable summary `npm run propose` prints, and the turning of a reader's corrections into
 * alias and negative items. Pure.
 */
import type { ReportedCorrection as Correction } from "../corrections/report";
import type { ProposalFile } from "./types";

const q = (s: string) => `“${s}”`;
const short = (s: string, n = 220) => (s.length > n ? `${s.slice(0, n)}…` : s);

export function summary(p: ProposalFile, file?: string): string {
  const out: string[] = [];
  out.push(`# Proposal for ${p.source.id}${file ? ` (${file})` : ""}`, "");
  out.push(`Source: ${q(p.source.headline)}, ${p.source.outlet}, ${p.source.date}.`, "");
  out.push(`## New spellings of known entities (${p.spellings.length})`, "");
  for (const s of p.spellings)
    out.push(`- ${q(s.text)} → \`${s.entity}\` (${s.how})`, `  > ${short(s.sentence)}`);
  out.push("", `## New entities (${p.entities.length})`, "");
  for (const e of p.entities) {
    out.push(`- **${e.name}** — ${e.type} (${e.why}), id \`${e.id}\``);
    if (e.variants.length > 1) out.push(`  - spellings: ${e.variants.map(q).join(", ")}`);
    for (const s of e.sentences) out.push(`  > ${short(s)}`);
  }
  if (p.negatives.length > 0) {
    out.push("", `## Negatives from readers (${p.negatives.length})`, "");
    for (const n of p.negatives)
      out.push(`- ${q(n.text)} is not \`${n.entity}\``, `  > ${short(n.sentence)}`);
  }
  out.push("", `## Candidate facts (${p.facts.length})`, "");
  for (const f of p.facts) {
    if (f.kind === "role") out.push(`- role of \`${f.entity}\`: ${q(f.evidence)}`);
    else if (f.kind === "affiliation")
      out.push(`- \`${f.entity}\` ${f.type} \`${f.target}\`: ${q(f.evidence)}`);
    else
      out.push(
        `- event ${f.date} (${f.participants.map((x) => `\`${x.id}\``).join(", ")}): ${q(f.evidence)}`,
      );
  }
  out.push(
    "",
    'Every item has "accept": false. Edit the items you keep, set "accept": true, then run `npm run accept -- <file>`.',
  );
  return out.join("\n");
}

/** A reader's correction as an item: an alias ("spelling") or a negative ("not"). */
export function fromCorrections(
  list: readonly Correction[],
  known: ReadonlySet<string>,
): {
  spellings: ProposalFile["spellings"];
  negatives: ProposalFile["negatives"];
  unknown: Correction[];
} {
  const spellings: ProposalFile["spellings"] = [];
  const negatives: ProposalFile["negatives"] = [];
  const unknown: Correction[] = [];
  for (const c of list) {
    if (!known.has(c.entity)) unknown.push(c);
    else if (c.kind === "spelling")
      spellings.push({
        accept: false,
        entity: c.entity,
        text: c.spelling,
        how: "reader correction",
        sentence: `${c.sentence} (${c.page}, scope ${c.scope})`,
        seen: false,
      });
    else
      negatives.push({
        accept: false,
        entity: c.entity,
        text: c.spelling,
        sentence: `${c.sentence} (${c.page}, scope ${c.scope})`,
      });
  }
  return { spellings, negatives, unknown };
}

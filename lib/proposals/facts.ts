/**
 * Fact drafts from the sentences of an article: a role ("X, the leader of Y", "Y's
 * secretary-general X", "Prime Minister X"), an affiliation ("Y, a faction of the PMF",
 * "backed by", "part of") or a dated event, each with its verbatim evidence (≤ 20 words) cut
 * from the sentence. They are drafts for a person to judge. Pure.
 */
import type { AffiliationType } from "../dataset/types";
import { cutEvidence, type Span, words } from "./sentences";
import type { AffiliationFact, EventFact, RoleFact } from "./types";

/** A name in the article tied to an entity (known, or a new one of the proposal). */
export interface Ref {
  entity: string;
  type: "person" | "group";
  start: number;
  end: number;
}

interface Cue {
  re: RegExp;
  type: AffiliationType;
  /** True when the entity after the cue is the subject ("backed by Y": the subject is before). */
  role?: boolean;
}

// Order matters: the first cue that fits a pair of names wins.
const CUES: Cue[] = [
  {
    re: /\b(?:secretary[- ]general|leader|head|chief|commander|chairman|founder|spokesman|director|boss|emir)\b/gi,
    type: "leads",
    role: true,
  },
  { re: /\bled by\b|\bheaded by\b|\bcommanded by\b/gi, type: "leads" },
  { re: /\bfounded by\b|\bfounded\b/gi, type: "founded" },
  {
    re: /\b(?:faction|part|member|wing|branch|unit|arm|brigade)s? (?:of|within)\b|\bbelongs? to\b|\bunder the umbrella\b|\bincluding\b/gi,
    type: "part-of",
  },
  {
    re: /[-‐ ]backed\b|\bbacked by\b|\bsupported by\b|\bfunded by\b|\bproxy\b|\bproxies\b/gi,
    type: "backed-by",
  },
  {
    re: /\ballied with\b|\baligned with\b|\balliance with\b|[-‐ ]aligned\b|\bloyal to\b|\bclose to\b|\bally\b/gi,
    type: "allied-with",
  },
  { re: /\badvis[eo]r\b|\badvised\b|\bconfidant\b|\baide\b/gi, type: "advises" },
  { re: /\bsucceeded\b|\bsuccessor\b|\breplace(?:d|ment)?\b/gi, type: "succeeded" },
  { re: /\bminister\b|\bofficial\b|\bambassador\b|\bworks? for\b|\bworked for\b/gi, type: "works-for" },
];

/** Role words that make a sentence a role draft even with one name in it. */
const ROLE_WORDS =
  /\b(?:prime minister|president|minister|secretary[- ]general|secretary of state|leader|head|chief|commander|founder|spokesman|cleric|researcher|analyst|director|fellow|adviser|advisor|general|ayatollah|governor|curator|judge|speaker|premier|militia|group|faction|party|think tank|institute|organization|movement|coalition|alliance)\b/gi;

const MAX = 20;

function evidence(s: Span, from: number, to: number): string | undefined {
  return cutEvidence(s, from, to, MAX)?.text;
}

/** The nearest ref to [at, at+len) on one side, inside the sentence. */
function nearest(refs: readonly Ref[], at: number, end: number, side: "before" | "after"): Ref | undefined {
  const list = side === "before" ? refs.filter((r) => r.end <= at) : refs.filter((r) => r.start >= end);
  return side === "before" ? list.at(-1) : list[0];
}

/**
 * The clause a name stands in (between the nearest , ; : or sentence ends), cut to at most
 * MAX words around the name: the phrase a role draft of a new entity quotes.
 */
export function clauseOf(s: Span, r: Ref): string | undefined {
  const rel = (x: number) => x - s.start;
  const stop = /[,;:()“”"—–]|\.(?=\s|$)| - /;
  const head = s.text.slice(0, rel(r.start));
  const left = Math.max(
    ...[",", ";", ":", "(", ")", "“", "”", '"', "—", "–", " - "].map((b) => {
      const at = head.lastIndexOf(b);
      return at < 0 ? -1 : at + b.length - 1;
    }),
  );
  const right = (from: number) => {
    const at = s.text.slice(rel(from)).search(stop);
    return at < 0 ? s.end : from + at;
  };
  const from = left < 0 ? s.start : s.start + left + 1;
  let to = right(r.end);
  // A clause of the name alone says nothing: take the one after it too.
  if (s.text.slice(rel(from), rel(to)).trim() === s.text.slice(rel(r.start), rel(r.end)))
    to = right(Math.min(s.end, to + 1));
  const ws = words(s.text.slice(rel(from), rel(to)), from);
  if (ws.length <= MAX) return evidence(s, from, to);
  // Too long: MAX words with the name in the middle.
  const at = Math.max(0, ws.findIndex((w) => w.end > r.start) - Math.floor(MAX / 2));
  const first = ws[Math.min(at, ws.length - MAX)] as Span;
  const last = ws[Math.min(at, ws.length - MAX) + MAX - 1] as Span;
  return evidence(s, first.start, last.end);
}

/** Role and affiliation drafts of one sentence whose names are `refs` (sorted by start). */
export function factsIn(
  s: Span,
  refs: readonly Ref[],
  fresh: ReadonlySet<string> = new Set(),
): (RoleFact | AffiliationFact)[] {
  const out: (RoleFact | AffiliationFact)[] = [];
  const seen = new Set<string>();
  const push = (f: RoleFact | AffiliationFact) => {
    const key = f.kind === "role" ? `r|${f.entity}|${f.evidence}` : `a|${f.entity}|${f.type}|${f.target}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(f);
  };
  for (const cue of CUES) {
    cue.re.lastIndex = 0;
    for (let m = cue.re.exec(s.text); m; m = cue.re.exec(s.text)) {
      const at = s.start + m.index;
      const end = at + m[0].length;
      const a = nearest(refs, at, end, "before");
      const b = nearest(refs, at, end, "after");
      if (!a || !b || a.entity === b.entity) continue;
      const ev = evidence(s, a.start, b.end);
      if (!ev) continue;
      // "Badr leader Hadi Amiri" / "X, the leader of Badr": the person leads the group.
      let subject = a;
      let target = b;
      if (cue.role) {
        if (a.type === "group" && b.type === "person") [subject, target] = [b, a];
        else if (!(a.type === "person" && b.type === "group")) continue;
      }
      // "Iran-backed X": the backer stands before the cue.
      if (/^[-‐ ](?:backed|aligned)$/.test(m[0])) [subject, target] = [b, a];
      push({
        accept: false,
        kind: "affiliation",
        entity: subject.entity,
        type: cue.type,
        target: target.entity,
        evidence: ev,
        sentence: s.text,
      });
    }
  }
  // Two names within one quotable phrase: a relation the reviewer types (or rejects).
  for (let i = 0; i < refs.length; i++)
    for (let j = i + 1; j < refs.length; j++) {
      const a = refs[i] as Ref;
      const b = refs[j] as Ref;
      if (a.entity === b.entity) continue;
      const ev = evidence(s, a.start, b.end);
      if (!ev) break;
      const between = s.text.slice(a.end - s.start, b.start - s.start);
      const cue = CUES.find((c) => new RegExp(c.re.source, "i").test(between));
      const type = cue?.type ?? "related-to";
      const flip = cue?.role === true && a.type === "group" && b.type === "person";
      push({
        accept: false,
        kind: "affiliation",
        entity: flip ? b.entity : a.entity,
        type,
        target: flip ? a.entity : b.entity,
        evidence: ev,
        sentence: s.text,
      });
    }
  // Each new entity: the clause it stands in, as evidence for the role the reviewer writes.
  for (const r of refs) {
    if (!fresh.has(r.entity)) continue;
    const ev = clauseOf(s, r);
    if (ev) push({ accept: false, kind: "role", entity: r.entity, text: "", evidence: ev, sentence: s.text });
  }
  // One role draft per name that stands next to a role word (within a few words).
  ROLE_WORDS.lastIndex = 0;
  const roleAt: { start: number; end: number }[] = [];
  for (let m = ROLE_WORDS.exec(s.text); m; m = ROLE_WORDS.exec(s.text))
    roleAt.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
  for (const r of refs) {
    const near = roleAt.filter((w) => Math.abs(w.start - r.end) < 60 || Math.abs(r.start - w.end) < 60);
    if (near.length === 0) continue;
    const w = near.reduce((p, q) =>
      Math.min(Math.abs(q.start - r.end), Math.abs(r.start - q.end)) <
      Math.min(Math.abs(p.start - r.end), Math.abs(r.start - p.end))
        ? q
        : p,
    );
    // Through the next name after the role word, so "X, head of Y" keeps Y.
    const after = w.start >= r.end ? refs.find((x) => x.start >= w.end) : undefined;
    const from = Math.min(r.start, w.start);
    const to = Math.max(r.end, after && after.start - w.end < 40 ? after.end : w.end);
    const ev = evidence(s, from, to) ?? evidence(s, Math.min(r.start, w.start), Math.max(r.end, w.end));
    if (!ev) continue;
    push({
      accept: false,
      kind: "role",
      entity: r.entity,
      text: s.text.slice(w.start - s.start, w.end - s.start),
      evidence: ev,
      sentence: s.text,
    });
  }
  return out;
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const DATE_RE = new RegExp(
  `\\b(?:(?:on|in|since|by)\\s+)?(${MONTHS.map((m) => m[0]?.toUpperCase() + m.slice(1)).join("|")}|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.)(?:\\s+(\\d{1,2}))?(?:,?\\s+(\\d{4}))?|\\b(?:in|since)\\s+((?:19|20)\\d\\d)\\b`,
  "g",
);

/**
 * An event draft for a sentence that dates something and names someone: the date as the
 * sentence gives it (the year from the article's date when it gives none).
 */
export function eventIn(
  s: Span,
  refs: readonly Ref[],
  year: string,
  id: (title: string, date: string) => string,
): EventFact | undefined {
  DATE_RE.lastIndex = 0;
  const m = DATE_RE.exec(s.text);
  if (!m || refs.length === 0) return undefined;
  let date: string;
  if (m[4]) date = m[4];
  else {
    const name = (m[1] as string).toLowerCase().replace(".", "");
    const mo = MONTHS.findIndex((x) => x.startsWith(name.slice(0, 3))) + 1;
    const y = m[3] ?? year;
    if (!/^\d{4}$/.test(y)) return undefined;
    date = `${y}-${String(mo).padStart(2, "0")}${m[2] ? `-${m[2].padStart(2, "0")}` : ""}`;
  }
  const at = s.start + m.index;
  const near = [...refs].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0] as Ref;
  const ev = evidence(s, Math.min(at, near.start), Math.max(at + m[0].length, near.end));
  if (!ev) return undefined;
  const title = `TODO: what happened (${ev})`;
  return {
    accept: false,
    kind: "event",
    id: id(ev, date),
    date,
    title,
    participants: [...new Set(refs.map((r) => r.entity))].map((e) => ({ id: e, part: "TODO: part" })),
    evidence: ev,
    sentence: s.text,
  };
}

/**
 * Proper-name candidates of an article: runs of capitalised words (with the connectors a name
 * carries: "of the", "al-", "bin"), the title before them cut off, each with a type guess from
 * what the name is made of (kunya, nasab, a group's type word) and what stands around it (a
 * title, "said", ", who", "the … militia"). Pure.
 */
import englishWords from "an-array-of-english-words";
import { light } from "../names/fold";
import type { Span } from "./sentences";
import {
  CALENDAR,
  CONNECTORS,
  GROUP_WORDS,
  KUNYA,
  NASAB,
  PEOPLES,
  PERSON_NOUNS,
  SPEECH_VERBS,
  TITLE_CORE,
  TITLE_WORDS,
} from "./words";

const COMMON = new Set(englishWords as string[]);

/** A capitalised common word ("Office", "However"): no one's name alone. */
export const isCommonWord = (t: string) => COMMON.has(t.toLowerCase());

export type CandidateType = "person" | "group";

export interface Candidate {
  /** The name as written, title and possessive cut off. */
  text: string;
  start: number;
  end: number;
  type: CandidateType;
  /** Why the type was guessed ("title “Foreign Minister”", "type word “Brigades”"). */
  why: string;
  /** An acronym the page defines for it: "Communications and Media Commission (CMC)". */
  acronym?: string;
}

interface Tok {
  text: string;
  start: number;
  end: number;
  light: string;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/gu;

function tokens(s: Span): Tok[] {
  const out: Tok[] = [];
  for (const m of s.text.matchAll(TOKEN)) {
    let t = m[0];
    // A possessive or a sentence's period is not part of the name.
    t = t.replace(/['’]s$/, "").replace(/(?<![A-Z]\.[A-Z]?)\.+$/, "");
    t = t.replace(/-+$/, "");
    if (t === "") continue;
    const start = s.start + (m.index ?? 0);
    out.push({ text: t, start, end: start + t.length, light: light(t) });
  }
  return out;
}

/** "Hamas and the Palestinian Islamic Jihad": a one-word name listed with a group is a group. */
function listedWith(s: Span, toks: Tok[], found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const g of found) {
    if (g.type !== "group") continue;
    const head = s.text.slice(0, g.start - s.start);
    const m = head.match(/(?:^|[\s(])(\p{Lu}[\p{L}’'-]+)(?: and| or|,)(?: the)? $/u);
    if (!m) continue;
    const word = m[1] as string;
    const start = s.start + head.lastIndexOf(word);
    const tok = toks.find((t) => t.start === start);
    if (
      !tok ||
      tok === toks[0] ||
      COMMON.has(tok.light) ||
      PEOPLES.has(tok.light) ||
      found.some((c) => c.start <= start && c.end > start)
    )
      continue;
    out.push({ text: tok.text, start, end: tok.end, type: "group", why: `listed with “${g.text}”` });
  }
  return out;
}

/** "the X militia", "X armed group": the name before such a noun is a group's. */
const GROUP_AFTER =
  /^\s*(?:the |an? )?(?:\S+ )?(?:militia|group|faction|movement|party|network|outlet|bloc|coalition|alliance)\b/;
/** Right after a one-word name, only these make it a group's ("Hikma party"). */
const ONE_WORD_GROUP_AFTER = /^\s+(?:militia|group|faction|movement|party|bloc|coalition|alliance)\b/;

const ACRONYM = /^[A-Z][A-Z0-9&-]{1,6}$/;
/** "al-Sudani", "bin Laden" start lower case and are names all the same. */
const isCap = (t: Tok) => /^\p{Lu}/u.test(t.text) || /^(?:al|el|ad|as|ash|az|ar|at)-\p{Lu}/u.test(t.text);
const wordOf = (t: Tok) => t.light.split("-").pop() ?? t.light;
const isGroupWord = (t: Tok) => t.text.split(/[-’']/).some((p) => GROUP_WORDS.has(light(p)));

/** Runs of capitalised tokens joined by nothing but spaces (and connectors inside them). */
function runs(s: Span, toks: Tok[]): Tok[][] {
  const out: Tok[][] = [];
  let cur: Tok[] = [];
  const flush = () => {
    while (cur.length > 0 && !isCap(cur.at(-1) as Tok)) cur.pop();
    if (cur.length > 0) out.push(cur);
    cur = [];
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    const prev = cur.at(-1);
    const gap = prev ? s.text.slice(prev.end - s.start, t.start - s.start) : "";
    // Punctuation between two words ends a name; so does a possessive.
    const possessive =
      prev !== undefined && /^['’]s$/.test(s.text.slice(prev.end - s.start, prev.end - s.start + 2));
    // "Prime Minister’s Office": a title's office is one body; any other possessive ends a name.
    const titleOffice =
      possessive && cur.every((x) => TITLE_WORDS.has(x.light)) && isCap(t) && isGroupWord(t);
    const joined =
      prev !== undefined &&
      (possessive
        ? titleOffice && /^['’]s $/.test(gap)
        : gap === " " || (gap === ". " && TITLE_WORDS.has(prev.light)));
    if (!joined) flush();
    // "Iranian-backed", "U.S.-led" describe, they do not name.
    if (
      isCap(t) &&
      !CALENDAR.has(t.light) &&
      !/-(?:backed|led|aligned|linked|based|funded|allied|run)$/i.test(t.text)
    )
      cur.push(t);
    else if (cur.length > 0 && CONNECTORS.has(t.light)) cur.push(t);
    else flush();
  }
  flush();
  return out;
}

/** The word right before and the words right after a run, lower case. */
function around(s: Span, run: Tok[]): { before: string; after: string } {
  const head = s.text.slice(0, (run[0] as Tok).start - s.start);
  const tail = s.text.slice((run.at(-1) as Tok).end - s.start);
  return {
    before: (head.match(/([\p{L}-]+)\W*$/u)?.[1] ?? "").toLowerCase(),
    after: tail.slice(0, 40).toLowerCase(),
  };
}

function classify(s: Span, run: Tok[], title: Tok[]): { type: CandidateType; why: string } | undefined {
  const { before, after } = around(s, title.length > 0 ? title : run);
  const head = s.text.slice(0, ((title[0] ?? run[0]) as Tok).start - s.start);
  const first = run[0] as Tok;
  const single = run.filter((t) => !CONNECTORS.has(t.light)).length < 2;
  const groupTok = run.find(isGroupWord);
  // A type word alone ("Parliament", "Office") is a common noun, not a name.
  if (groupTok && !(single && COMMON.has(first.text.toLowerCase())))
    return { type: "group", why: `type word “${groupTok.text}”` };
  if (KUNYA.has(first.light) && run.length > 1) return { type: "person", why: `kunya “${first.text} …”` };
  const nasab = run.find((t) => NASAB.has(t.light));
  if (nasab && run.indexOf(nasab) > 0) return { type: "person", why: `nasab “… ${nasab.text} …”` };
  const next = after.match(/^\s*([\p{L}-]+)/u)?.[1] ?? "";
  if (single && ACRONYM.test(first.text))
    return /^\s+(?:rebels|militia|militants|fighters|guerrillas|group|party|movement)\b/.test(after) ||
      PERSON_NOUNS.has(next)
      ? { type: "group", why: `“${next}” after it` }
      : undefined;
  if (title.length > 0) return { type: "person", why: `title “${title.map((t) => t.text).join(" ")}”` };
  if (
    /\b(?:groups?|militias?|factions?|parties|party|movements?|organizations?) (?:like|such as|including)\s*$/i.test(
      head,
    )
  )
    return { type: "group", why: "a group named in a list of groups" };
  // "the Houthis", "the Sadrists": followers of a name, as a group.
  if (
    single &&
    /\bthe\s*$/i.test(head) &&
    /(?:is|ists|ites)$/.test(first.light) &&
    !COMMON.has(first.light) &&
    !PEOPLES.has(first.light)
  )
    return { type: "group", why: `“the ${first.text}”` };
  if (
    single &&
    !COMMON.has(first.light) &&
    !PEOPLES.has(first.light) &&
    !PEOPLES.has(`${first.light}s`) &&
    ONE_WORD_GROUP_AFTER.test(after)
  )
    return { type: "group", why: `“${next}” after it` };
  // One word alone is too often a place or a people: only a title or a kunya makes it a person.
  if (single) return undefined;
  if (GROUP_AFTER.test(after))
    return { type: "group", why: `“${after.trim().split(/\s+/).slice(0, 2).join(" ")}” after it` };
  if (PERSON_NOUNS.has(before) || before === "by") return { type: "person", why: `“${before}” before it` };
  if (SPEECH_VERBS.has(next)) return { type: "person", why: `“${next}” after it` };
  if (SPEECH_VERBS.has(before)) return { type: "person", why: `“${before}” before it` };
  const appos = after.match(
    /^,\s+who\b|^,\s+(?:(?:the|an?|his|her|two|three|both)\s+(?:[\p{L}-]+\s+){0,3}?)?([\p{L}-]+)/u,
  );
  if (
    appos &&
    (appos[1] === undefined || PERSON_NOUNS.has(appos[1].toLowerCase()) || TITLE_CORE.has(light(appos[1])))
  )
    return { type: "person", why: "apposition after it" };
  if (run.slice(1).some((t) => /^(?:al|el)-/i.test(t.text)) && run.length <= 4)
    return { type: "person", why: "“al-” surname" };
  return undefined;
}

/**
 * "and" joins two names ("Qassem Soleimani and Kataib Hezbollah") except inside one group's
 * name, where one word stands before it ("Communications and Media Commission").
 */
function splitAtAnd(name: Tok[]): Tok[][] {
  const at = name.findIndex((x) => x.light === "and");
  if (at < 0) return [name];
  const left = name.slice(0, at);
  const right = name.slice(at + 1);
  const one = left[0] as Tok;
  if (
    left.length === 1 &&
    COMMON.has(one.text.toLowerCase()) &&
    !isGroupWord(one) &&
    right[0]?.light !== "the" &&
    right.some(isGroupWord)
  )
    return [name];
  return [left, ...splitAtAnd(right)];
}

/** "Qods Force Chief Qassem Soleimani": a title after a group's type word starts a new name. */
function splitAtTitle(run: Tok[]): Tok[][] {
  const k = run.findIndex((x, i) => i > 0 && TITLE_CORE.has(wordOf(x)) && isGroupWord(run[i - 1] as Tok));
  return k < 0 ? [run] : [run.slice(0, k), ...splitAtTitle(run.slice(k))];
}

/**
 * Every capitalised run of one sentence, typed or not, with a lower-case type word right after
 * it taken in ("the Quds forces"): the spans a known name's new spelling may hide in.
 */
export function nameRuns(s: Span): Span[] {
  const toks = tokens(s);
  return runs(s, toks)
    .flatMap(splitAtTitle)
    .flatMap((run) => {
      const last = run.at(-1) as Tok;
      // The sentence's first word is capitalised anyway: a common word there starts no name.
      const lead = run[0] === toks[0] && COMMON.has((run[0] as Tok).text.toLowerCase()) ? 1 : 0;
      const first = run[lead];
      if (!first) return [];
      const next = toks[toks.indexOf(last) + 1];
      const typed =
        next &&
        /^\p{Ll}/u.test(next.text) &&
        isGroupWord(next) &&
        s.text.slice(last.end - s.start, next.start - s.start) === " ";
      const end = typed ? next.end : last.end;
      if (first.start >= end) return [];
      return [{ start: first.start, end, text: s.text.slice(first.start - s.start, end - s.start) }];
    });
}

/** Every candidate of one sentence. */
export function candidatesIn(s: Span): Candidate[] {
  const toks = tokens(s);
  const out: Candidate[] = [];
  for (let run of runs(s, toks).flatMap(splitAtTitle)) {
    // The sentence's first word is capitalised anyway: drop it when it is a common word.
    while (
      run.length > 0 &&
      COMMON.has((run[0] as Tok).text.toLowerCase()) &&
      !isGroupWord(run[0] as Tok) &&
      (run[0] as Tok).start === toks[0]?.start &&
      !TITLE_WORDS.has((run[0] as Tok).light)
    )
      run = run.slice(1);
    while (run.length > 0 && ["the", "of", "and", "in", "for"].includes((run[0] as Tok).light))
      run = run.slice(1);
    // A title may follow a nationality: "Iranian Foreign Minister …".
    let t = run.findIndex((x, k) => k < 3 && TITLE_WORDS.has(wordOf(x)) && !isGroupWord(x));
    if (t < 0) t = 0;
    else
      while (t < run.length - 1 && TITLE_WORDS.has(wordOf(run[t] as Tok)) && !isGroupWord(run[t] as Tok)) t++;
    const office = run.length > 1 && /['’]s\s*$/.test(s.text.slice(0, (run.at(-1) as Tok).start - s.start));
    const title = !office && run.slice(0, t).some((x) => TITLE_CORE.has(wordOf(x))) ? run.slice(0, t) : [];
    if (title.length === 0) t = 0;
    for (let name of splitAtAnd(run.slice(t))) {
      while (name.length > 0 && CONNECTORS.has((name[0] as Tok).light)) name = name.slice(1);
      if (name.length === 0) continue;
      // Common words capitalised are a name only in the middle of a sentence ("Michael Knights").
      const atStart = name[0] === toks[0];
      if (
        (atStart || name.length < 2) &&
        name.every((x) => COMMON.has(x.text.toLowerCase()) && !isGroupWord(x))
      )
        continue;
      // "Shiite Hikma party": a faith or nationality before a name is not part of it.
      while (
        name.length > 1 &&
        !name.some(isGroupWord) &&
        (PEOPLES.has((name[0] as Tok).light) || PEOPLES.has(`${(name[0] as Tok).light}s`))
      )
        name = name.slice(1);
      const kind = classify(s, name, name[0] === run[t] ? title : []);
      if (!kind) continue;
      const first = name[0] as Tok;
      const last = name.at(-1) as Tok;
      const text = s.text.slice(first.start - s.start, last.end - s.start);
      const acronym = s.text.slice(last.end - s.start).match(/^\s*\(([A-Z][A-Z0-9&-]{1,6})\)/)?.[1];
      out.push({ text, start: first.start, end: last.end, ...kind, ...(acronym ? { acronym } : {}) });
    }
  }
  return [...out, ...listedWith(s, toks, out)].sort((a, b) => a.start - b.start);
}

/**
 * The linker's rules for names in Arabic script, where no capital tells a name from a word:
 * a short form (a surname, "الحشد", "الإطار") links only after its entity's full form on the
 * page and only where the words around it do not make it another name ("محمد باقر الصدر",
 * "مدينة الصدر") or an ordinary word ("لصالح", "بحماس", "وجه ظريف"). Design: docs/matching.md.
 */
import { AR_ARTICLE, cliticSplits } from "../names/arabic";
import { AR_AFTER, AR_BEFORE, AR_GIVEN, AR_HEADS, AR_TITLES } from "./arabic-words";
import type { Candidate } from "./match-types";
import type { PageState } from "./page-state";
import { GAP_BREAK, type Tokens, type TokInfo } from "./tokenize";

/** The folded word, or the word without one or two proclitics, is in `list` ("وقال" → قال). */
function has(list: ReadonlySet<string>, light: string): boolean {
  if (list.has(light)) return true;
  for (const s of cliticSplits(light)) if (list.has(s.rest)) return true;
  return false;
}

/**
 * A given name ("علي", "هادي"); "على" (on) folds like "علي" and is mostly the preposition
 * next to a name ("رد السوداني على").
 */
function given(inf: TokInfo): boolean {
  return has(AR_GIVEN, inf.light) && !(inf.light.endsWith("علي") && /على$/.test(inf.bare));
}

/** The raw token next to r on side `dir` (−1 before, +1 after) with no punctuation between. */
function neighbour(t: Tokens, r: number, dir: -1 | 1): TokInfo | undefined {
  const q = r + dir;
  if (q < 0 || q >= t.n) return undefined;
  if ((t.rGap[dir < 0 ? r : q] as number) & GAP_BREAK) return undefined;
  return t.rInfo[q];
}

/**
 * Letters only Persian writes (پ چ ژ گ), and Persian words Arabic never writes alone (که، را،
 * است، از، با، برای، بود; folded). Not ی or ک: Iranian sites type Arabic with them too.
 */
const PERSIAN_LETTERS = /[\u067e\u0686\u0698\u06af]/;
const PERSIAN_WORDS = new Set(["كه", "را", "است", "از", "با", "براي", "بود"]);

/** A raw token within two of r0..r1 (the candidate too) is Persian. */
function persianAround(t: Tokens, r0: number, r1: number): boolean {
  for (let q = Math.max(0, r0 - 2); q <= Math.min(t.n - 1, r1 + 2); q++) {
    const inf = t.rInfo[q] as TokInfo;
    if (PERSIAN_LETTERS.test(inf.bare) || PERSIAN_WORDS.has(inf.light)) return true;
  }
  return false;
}

/**
 * True when the Arabic-script candidate `c` (raw tokens r0..r1), linked to entity `id`, must not
 * be: the reason is in the rules above.
 */
export function arabicRefuses(
  t: Tokens,
  c: Candidate,
  r0: number,
  r1: number,
  id: number | null,
  st: PageState,
): boolean {
  // A short form only after the full form on this page ("هيئة الحشد", "حزب الله العراقي"; a
  // common word: after any mention, link.ts's rule for Latin script too).
  if (c.short && (id === null || !st.full.has(id))) return true;
  const first = t.rInfo[r0] as TokInfo;
  // Persian writes "و" and "به" apart, so there a proclitic is the word's own letter: "به وداعش"
  // is وداع + ش (his farewell), not و + داعش.
  if (first.cl > 0 && persianAround(t, r0, r1)) return true;
  if (!first.ar || c.a !== c.b || !(c.short || c.common)) return false;
  const l = first.light;
  const definite = l.startsWith(AR_ARTICLE);
  // "والمهندس وسليماني": "and" before a surname of ours (not a common word) joins two names.
  const and = first.cl === 1 && /^[وف]/.test(first.bare) && c.short && !c.common;
  // "لصالح", "بحماس": a proclitic and a short word without the article is mostly a phrase.
  if (first.cl > 0 && r0 === r1 && !definite && !and) return true;
  const prev = neighbour(t, r0, -1);
  const next = neighbour(t, r1, 1);
  // "المهندس أحمد": a title before another person's name; "بدر الدين", "تشرين الأول".
  if (next?.ar && (given(next) || AR_AFTER.has(next.light))) return true;
  // "المهندس الزراعي محمد شياع السوداني": a title and its adjective before a name.
  const after = next?.ar && next.light.startsWith(AR_ARTICLE) ? neighbour(t, r1 + 1, 1) : undefined;
  if (after?.ar && given(after)) return true;
  if (!prev?.ar) return false;
  const p = prev.light;
  // "محمد باقر الصدر", "مدينة الصدر", "نجل الصدر": another person, a place, a relative.
  if (given(prev) || has(AR_HEADS, p)) return true;
  // "الاتحاد السوداني", "الشهيد الصدر": an adjective or another title after a definite word.
  if (definite) return p.startsWith(AR_ARTICLE) && !AR_TITLES.has(p);
  // Without the article ("سليماني", "صالح"): only after a title, a verb of saying, a particle,
  // or another name and "and".
  return !and && !has(AR_BEFORE, p);
}

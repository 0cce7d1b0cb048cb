/** Sentences and words of an article, with offsets into it (evidence is cut from these). */

export interface Span {
  start: number;
  end: number;
  text: string;
}

// Abbreviations whose period does not end a sentence.
const ABBREV =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Brig|Sgt|Capt|Sen|Rep|Gov|St|Jr|Sr|No|vs|U\.S|U\.N|U\.K|E\.U|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)|\b[A-Z])\.$/;

/** Sentences: ends at . ! ? (outside abbreviations) before a space and a capital or quote, and at blank lines. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t !== "") out.push({ start: start + lead, end: start + lead + t.length, text: t });
    start = end;
  };
  const re = /[.!?]["”’)]*(?=\s+["“‘(]?[A-Z0-9])|\n\s*\n|\n(?=\s*[A-Z“"])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] === "." && ABBREV.test(text.slice(Math.max(0, m.index - 5), m.index + 1))) continue;
    push(end);
  }
  push(text.length);
  return out;
}

/** Words (runs of non-space characters) with their offsets. */
export function words(text: string, offset = 0): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const start = (m.index ?? 0) + offset;
    out.push({ start, end: start + m[0].length, text: m[0] });
  }
  return out;
}

/**
 * The verbatim run of whole words of `sentence` that covers [from, to), or undefined when it
 * would take more than `max` words. Punctuation at either end that no word needs is cut.
 */
export function cutEvidence(sentence: Span, from: number, to: number, max = 20): Span | undefined {
  const ws = words(sentence.text, sentence.start);
  const i = ws.findIndex((w) => w.end > from);
  const j = ws.findLastIndex((w) => w.start < to);
  if (i < 0 || j < i || j - i + 1 > max) return undefined;
  let s = (ws[i] as Span).start;
  let e = (ws[j] as Span).end;
  const at = (k: number) => sentence.text[k - sentence.start] ?? "";
  while (s < from && /[("“‘'[\-—–]/.test(at(s))) s++;
  while (e > to && /[,;:.)"”’'\]]/.test(at(e - 1))) e--;
  return { start: s, end: e, text: sentence.text.slice(s - sentence.start, e - sentence.start) };
}

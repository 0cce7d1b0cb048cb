/**
 * Arabic-script marks that one version of an article has and the next drops (or the reverse):
 * the short vowels, shadda and sukun (U+064B–U+065F), the superscript alef (U+0670), Quranic
 * annotation marks (U+06D6–U+06ED) and the tatweel that stretches a word (U+0640). A newsroom
 * that adds a shadda to مسيرة has not changed the sentence, so a quote saved before still finds
 * it (anchor's step before the fuzzy search, which would count each mark as an edit).
 */
export const isMark = (c: number): boolean =>
  c === 0x640 || (c >= 0x64b && c <= 0x65f) || c === 0x670 || (c >= 0x6d6 && c <= 0x6ed);

export function hasMarks(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isMark(s.charCodeAt(i))) return true;
  return false;
}

/** `text` without the marks, and for each character left its index in `text`. */
export function stripMarks(text: string): { text: string; at: Int32Array } {
  const at = new Int32Array(text.length);
  const parts: string[] = [];
  let n = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isMark(text.charCodeAt(i))) {
      at[n++] = i;
      continue;
    }
    parts.push(text.slice(from, i));
    from = i + 1;
  }
  parts.push(text.slice(from));
  return { text: parts.join(""), at: at.subarray(0, n) };
}

export const withoutMarks = (s: string): string => stripMarks(s).text;

/**
 * Arabic-script folding (Arabic and Persian): the letters that one name is written with in
 * different outlets, folded to one. Part of the product's one folding (fold.ts calls it from
 * `light`), so the page's engine and the popup's search agree. Design: docs/matching.md.
 *
 *   أ إ آ ٱ → ا      hamza and wasla seats on alef ("الإطار" = "الاطار")
 *   ى ی ئ → ي        alef maqsura, Persian ye, ye with hamza ("سليمانى", "سلیمانی")
 *   ة ۀ ە → ه        ta marbuta and Persian heh with hamza ("الحكمة" = "الحكمه")
 *   ؤ → و; ک → ك; ء dropped
 *   tatweel, harakat, Quranic marks, ZWNJ / ZWJ dropped ("أوريـبي", "حزب‌الله" = "حزبالله")
 *   Arabic-Indic and Extended Arabic-Indic digits → ASCII ("٢٠١٩", "۱۳۹۸")
 */

/** True for a code unit of the Arabic blocks (letters, marks, digits, presentation forms). */
export function isArabicCode(c: number): boolean {
  return (
    (c >= 0x600 && c <= 0x6ff) ||
    (c >= 0x750 && c <= 0x77f) ||
    (c >= 0x8a0 && c <= 0x8ff) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfeff)
  );
}

const ALEF = "ا";
const YEH = "ي";
const HEH = "ه";
const TO: Record<number, string> = {
  1570: ALEF,
  1571: ALEF,
  1573: ALEF,
  1649: ALEF,
  1650: ALEF,
  1651: ALEF,
  1609: YEH,
  1740: YEH,
  1574: YEH,
  1744: YEH,
  1577: HEH,
  1728: HEH,
  1729: HEH,
  1749: HEH,
  1572: "و",
  1705: "ك",
  1706: "ك",
};

/** Code units left out of a folded word: hamza, tatweel, marks, joiners, direction marks. */
export function isArabicSilent(c: number): boolean {
  return (
    c === 0x621 ||
    c === 0x640 ||
    (c >= 0x610 && c <= 0x61a) ||
    (c >= 0x64b && c <= 0x65f) ||
    c === 0x670 ||
    (c >= 0x6d6 && c <= 0x6dc) ||
    (c >= 0x6df && c <= 0x6e8) ||
    (c >= 0x6ea && c <= 0x6ed) ||
    (c >= 0x200b && c <= 0x200f) ||
    c === 0x61c
  );
}

/** `light` of a word written in Arabic script. */
export function lightArabic(raw: string): string {
  let s = raw;
  for (let i = 0; i < s.length; i++)
    if (s.charCodeAt(i) >= 0xfb50) {
      // Presentation forms (old PDFs, some fonts): back to the plain letters.
      s = s.normalize("NFKC");
      break;
    }
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isArabicSilent(c)) continue;
    if (c >= 0x660 && c <= 0x669) out += String.fromCharCode(c - 0x660 + 48);
    else if (c >= 0x6f0 && c <= 0x6f9) out += String.fromCharCode(c - 0x6f0 + 48);
    else if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57))
        out += String.fromCharCode(c | (c >= 65 ? 32 : 0));
    } else out += TO[c] ?? (s[i] as string);
  }
  return out;
}

/** True when the folded word is in Arabic script (its first letter). */
export function isArabicWord(light: string): boolean {
  return light.length > 0 && isArabicCode(light.charCodeAt(0));
}

/** The Arabic article (folded). */
export const AR_ARTICLE = "ال";
/** "الله": joins the word before it ("حزب الله" = "حزبالله", the Persian "حزب‌الله"). */
export const AR_ALLAH = "الله";
/** "عبد", "ابو": joined to the next word ("عبد الكريم" = "عبدالكريم", "أبو مهدي" = "ابومهدي"). */
export function isArabicJoiner(light: string): boolean {
  return light === "عبد" || light === "ابو";
}

/** A clitic split of a folded word: the rest, and how many letters came off its front. */
export interface CliticSplit {
  rest: string;
  letters: number;
}

const CONJ = new Set(["و", "ف"]);
const PREP = new Set(["ب", "ل", "ك"]);

/**
 * Ways to read a folded word as one-letter proclitics and a word: و or ف, then ب, ل or ك
 * ("وبالحشد", "فلسليماني"); ل before the article drops its alef ("للكاظمي" = ل + الكاظمي).
 * Fewest letters first; only rests of three letters or more.
 */
export function cliticSplits(light: string): CliticSplit[] {
  const out: CliticSplit[] = [];
  let i = 0;
  if (CONJ.has(light[0] as string)) {
    i = 1;
    out.push({ rest: light.slice(1), letters: 1 });
  }
  const p = light[i] as string | undefined;
  if (p !== undefined && PREP.has(p)) {
    const rest = light.slice(i + 1);
    if (p === "ل" && rest[0] === "ل") out.push({ rest: ALEF + rest, letters: i + 1 });
    out.push({ rest, letters: i + 1 });
  }
  return out.filter((s) => s.rest.length >= 3);
}

/** Code units of `raw` that its first `letters` letters take (with their marks). */
export function cliticLength(raw: string, letters: number): number {
  let i = 0;
  let seen = 0;
  while (i < raw.length && seen < letters) {
    if (!isArabicSilent(raw.charCodeAt(i))) seen++;
    i++;
  }
  while (i < raw.length && isArabicSilent(raw.charCodeAt(i)) && raw.charCodeAt(i) !== 0x621) i++;
  return i;
}

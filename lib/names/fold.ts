/**
 * How a name is spelt, folded: one set of rules for the whole product (the page's engine in
 * lib/matching and the popup's search in lib/search), so both agree on which spellings are the
 * same name. Design and measurements: docs/matching.md.
 *
 * Two levels:
 *   light(token)       case, diacritics and apostrophes folded: "Kata’ib" → "kataib"
 *   phoneticKey(light) the common transliteration alternations folded: "qassem", "kasim",
 *                      "ghasem" → "kasam"
 */

import { AR_ALLAH, isArabicCode, isArabicJoiner, isArabicWord, lightArabic } from "./arabic";

const WORD_RE = /[\p{L}\p{N}\p{M}]/u;

const SPECIAL: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ð: "d",
  ł: "l",
  ı: "i",
  þ: "th",
};

/** Lower case without diacritics; apostrophes, periods and other joiners dropped. */
export function light(raw: string): string {
  let simple = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      simple = false;
      break;
    }
  }
  if (simple) return raw;
  for (let i = 0; i < raw.length; i++) if (isArabicCode(raw.charCodeAt(i))) return lightArabic(raw);
  let out = "";
  for (const ch of raw.normalize("NFD")) {
    const code = ch.charCodeAt(0);
    if (code < 128) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57))
        out += ch.toLowerCase();
      continue;
    }
    // Marks, and the spacing modifier letters ALA-LC writes for ayn and hamza (ʻ ʼ ʿ ʾ).
    if (/\p{M}/u.test(ch) || (code >= 0x2b0 && code <= 0x2ff)) continue;
    if (!WORD_RE.test(ch)) continue;
    const lo = ch.toLowerCase();
    out += SPECIAL[lo] ?? lo;
  }
  return out;
}

const isVowel = (c: string | undefined): boolean =>
  c === "a" || c === "e" || c === "i" || c === "o" || c === "u";

/**
 * Phonetic key of a light token. Each rule folds one alternation that transliterations of the
 * same Arabic or Persian name show in the press:
 *   q, k, ck, gh, kh → k       Qassem / Kassem / Ghassem; Khadimi (for Kadhimi)
 *   dh, z, d → d               Kadhimi / Kazimi / Kadimi
 *   th → t                     Uthman / Utman, Chatham / Chatam
 *   ch, sh → sh; c → k or s    Chiite / Shiite; Cassem
 *   ph → f; w (or French ou) before a vowel → v   Javad / Jawad, Allawi / Allaoui
 *   every run of vowels → "a"  Soleimani / Suleimani, Mohammed / Muhammad, Nouri / Nuri,
 *                              Zarif / Zareef, Esmail / Ismail, Hussein / Husayn
 *   y next to a vowel is a vowel   Sayyid / Sayed
 *   doubled letters → one      Qassem / Qasem, Haqq / Haq
 *   a final h after a vowel goes   Hikmah / Hikma, Fatah / Fata
 *   -isation → -ization        Mobilisation / Mobilization
 * Digits and non-Latin letters pass through.
 */
export function phoneticKey(s: string): string {
  return keyOf(s, false);
}

/**
 * The same key with three vowel classes kept apart instead of one: a; e, i, y → i; o, u, w → u
 * ("Nouri" = "Nuri", "Hesham" = "Hisham", but "Hassan" ≠ "Hussein"). Two spellings with the
 * same fine key always have the same phonetic key. The popup's search compares these.
 */
export function fineKey(s: string): string {
  return keyOf(s, true);
}

function vowelClass(c: string, fine: boolean): string {
  if (!fine || c === "a") return "a";
  return c === "o" || c === "u" || c === "w" ? "u" : "i";
}

function keyOf(s: string, fine: boolean): string {
  // Arabic script: `light` has folded it already; its letters are the key.
  if (isArabicWord(s)) return s;
  // British and American spelling: "Mobilisation" = "Mobilization".
  if (s.includes("isation")) s = s.replace(/isation/g, "ization");
  let out = "";
  let last = "";
  let lastVowel = false;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s[i] as string;
    const next = s[i + 1];
    let emit: string;
    if (c === "o" && next === "u" && i > 0 && isVowel(s[i + 2])) {
      // French "ou" before a vowel is a w: "Allaoui" = "Allawi".
      emit = "v";
      i++;
    } else if (isVowel(c) || (c === "y" && (lastVowel || (i > 0 && !isVowel(next))))) {
      emit = vowelClass(c, fine);
    } else if (c === "w" && i > 0 && !isVowel(next)) {
      emit = vowelClass(c, fine);
    } else if (c === "q") {
      emit = "k";
    } else if ((c === "k" || c === "g") && next === "h") {
      emit = "k";
      i++;
    } else if (c === "c") {
      if (next === "h") {
        emit = "sh";
        i++;
      } else if (next === "k") {
        emit = "k";
        i++;
      } else emit = next === "e" || next === "i" || next === "y" ? "s" : "k";
    } else if (c === "d" && next === "h") {
      emit = "d";
      i++;
    } else if (c === "t" && next === "h") {
      emit = "t";
      i++;
    } else if (c === "z") {
      emit = "d";
    } else if (c === "p" && next === "h") {
      emit = "f";
      i++;
    } else if (c === "w") {
      emit = "v";
    } else if (c === "h" && i === n - 1 && lastVowel && out.length > 1) {
      continue;
    } else {
      emit = c;
    }
    if (emit === last) continue;
    out += emit;
    last = emit.length > 1 ? (emit[emit.length - 1] as string) : emit;
    lastVowel = last === "a" || (fine && (last === "i" || last === "u"));
  }
  return out;
}

/** Lights of the Arabic article, and the sun-letter forms written before a doubled consonant. */
const SUN_ARTICLES = new Set(["ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az"]);
/** "al-", "el-", "Al " before a name, and "ash-Shuhada", "ad-Dawa" (article assimilated). */
export function articleKind(lightTok: string): 0 | 1 | 2 {
  if (lightTok === "al" || lightTok === "el" || lightTok === "il" || lightTok === "ul") return 1;
  if (SUN_ARTICLES.has(lightTok)) return 2;
  return 0;
}

/** "Abd", "Abdul", "Abdel" …: joined to the next word ("Abd al-Mahdi" = "Abdul Mahdi" = "Abdulmahdi"). */
export function isAbdPrefix(lightTok: string): boolean {
  return (
    lightTok === "abd" ||
    lightTok === "abdul" ||
    lightTok === "abdel" ||
    lightTok === "abdal" ||
    lightTok === "abdil" ||
    lightTok === "abdol" ||
    lightTok === "abdoul"
  );
}

/** Folded words that still differ by a vowel the documents spell both ways ("Hizballah"). */
const SAME_WORD: Record<string, string> = { hidbala: "hidbula" };

/** Words a transliteration writes, hyphenates or leaves out at will. */
const DROPPED = new Set(["al", "el", "il", "ul", "the"]);

/**
 * Folded form of a name or a query, word by word: light, the article left out, "Abd"/"Abdul"/
 * "Abdel" as one word, each word's fine key (fineKey: the phonetic key with three vowel classes,
 * so that a query of four letters does not match half the dataset); words separated by single
 * spaces. The popup compares these; the engine keys tokens with the same `light` and the coarser
 * `phoneticKey`, so two spellings the popup folds together are always one name on the page too.
 */
export function fold(text: string): string {
  const out: string[] = [];
  let joinNext = false;
  // A zero-width (non-)joiner stays inside its word ("حزب‌الله" = "حزبالله"), as on the page.
  const joined = text.replace(/\u200c|\u200d/g, "");
  for (const raw of joined.split(/[^\p{L}\p{N}\p{M}'’‘ʿʾʼʻʽ`´]+/u)) {
    const l = light(raw);
    if (l === "" || DROPPED.has(l)) continue;
    // Arabic script as the engine reads it: "الله" joins the word before, "عبد"/"ابو" the next.
    if (isArabicWord(l)) {
      if (joinNext || (l === AR_ALLAH && out.length > 0 && isArabicWord(out[out.length - 1] as string))) {
        out[out.length - 1] += l;
        joinNext = false;
        continue;
      }
      out.push(l);
      joinNext = isArabicJoiner(l);
      continue;
    }
    joinNext = false;
    const key = isAbdPrefix(l) ? "abd" : fineKey(l);
    out.push(SAME_WORD[key] ?? key);
  }
  return out.join(" ");
}

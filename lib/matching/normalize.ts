/**
 * Text normalisation shared by the index compiler and the scanner, so that an alias and a page
 * are cut into tokens and keyed by exactly the same rules. Design and measurements:
 * docs/matching.md.
 *
 * Two levels:
 *   light(token)       case, diacritics and apostrophes folded: "Kata’ib" → "kataib"
 *   phoneticKey(light) the common transliteration alternations folded: "qassem", "kasim",
 *                      "ghasem" → "kasam"
 */

/** Bump when a rule changes: an index built with other rules is refused. */
export const NORM_VERSION = "norm-5";

/** Character classes of the tokenizer. */
export enum C {
  Unknown = 0,
  Word = 1,
  Apos = 2,
  Hyphen = 3,
  Space = 4,
  Newline = 5,
  Stop = 6,
  Other = 7,
}

const cls = new Uint8Array(65536);
const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
const SPACE_RE = /\s/u;

function classify(code: number): number {
  if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) return C.Newline;
  // ' ’ ‘ ʿ ʾ ʼ ` ´ : apostrophes and the signs used for ayn and hamza
  if (
    code === 0x27 ||
    code === 0x2019 ||
    code === 0x2018 ||
    code === 0x2bf ||
    code === 0x2be ||
    code === 0x2bc ||
    code === 0x60 ||
    code === 0xb4
  )
    return C.Apos;
  // - ‐ ‑ ‒ –  (the em dash is punctuation, not a hyphen)
  if (code === 0x2d || (code >= 0x2010 && code <= 0x2013)) return C.Hyphen;
  if (code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3a || code === 0x3b) return C.Stop;
  const ch = String.fromCharCode(code);
  if (code >= 0xd800 && code <= 0xdfff) return C.Other;
  if (WORD_RE.test(ch)) return C.Word;
  if (SPACE_RE.test(ch)) return C.Space;
  return C.Other;
}
for (let c = 0; c < 128; c++) cls[c] = classify(c);

/** Class of a UTF-16 code unit (computed once per code unit, then cached). */
export function charClass(code: number): number {
  let k = cls[code] as number;
  if (k === 0) {
    k = classify(code);
    cls[code] = k;
  }
  return k;
}

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
  let out = "";
  for (const ch of raw.normalize("NFD")) {
    const code = ch.charCodeAt(0);
    if (code < 128) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57))
        out += ch.toLowerCase();
      continue;
    }
    if (/\p{M}/u.test(ch)) continue;
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
  // British and American spelling: "Mobilisation" = "Mobilization".
  if (s.includes("isation")) s = s.replace(/isation/g, "ization");
  let out = "";
  let last = "";
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s[i] as string;
    const next = s[i + 1];
    let emit: string;
    if (c === "o" && next === "u" && i > 0 && isVowel(s[i + 2])) {
      // French "ou" before a vowel is a w: "Allaoui" = "Allawi".
      emit = "v";
      i++;
    } else if (isVowel(c) || (c === "y" && (last === "a" || (i > 0 && !isVowel(next))))) {
      emit = "a";
    } else if (c === "w" && i > 0 && !isVowel(next)) {
      emit = "a";
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
    } else if (c === "z") {
      emit = "d";
    } else if (c === "p" && next === "h") {
      emit = "f";
      i++;
    } else if (c === "w") {
      emit = "v";
    } else if (c === "h" && i === n - 1 && last === "a" && out.length > 1) {
      continue;
    } else {
      emit = c;
    }
    if (emit === last) continue;
    out += emit;
    last = emit.length > 1 ? (emit[emit.length - 1] as string) : emit;
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

/**
 * Words that may stand right before a surname without being another person's given name:
 * titles, function words, demonyms ("Prime Minister Kadhimi", "When Kadhimi", "Iraqi Sadrists").
 */
export const NOT_GIVEN_NAMES: ReadonlySet<string> = new Set(
  (
    "mr mrs ms dr prime minister premier president vice secretary general gen lt col colonel commander " +
    "chief justice judge speaker senator sen rep ambassador envoy ayatollah grand sheikh shaykh sheik sayyid " +
    "sayed seyed imam cleric king prince emir leader spokesman deputy foreign interior defense defence " +
    "former late then militia party movement group brigade brigades forces force leaders " +
    "the a an and but or nor if when while as since after before because though although why how what who " +
    "whom where so yet that this these those for of in on at by with to from under over against says said " +
    "told asked also both either can could will would should may might must does did has have had is was " +
    "are were be been do neither not no only even than then there here his her their its our " +
    "iraqi iraqis iranian iranians american americans lebanese yemeni syrian kurdish kurd shia shiite shiites " +
    "sunni arab arabs israeli palestinian us u.s british turkish saudi western gulf baghdad tehran washington " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july " +
    "august september october november december"
  ).split(" "),
);

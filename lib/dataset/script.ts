/**
 * The rules for aliases written in Arabic or Persian script (issue 16): which letters each
 * script may use, and the key under which two such spellings count as one. The engine's own
 * folding lives in lib/names; this key only has to agree with it on what is "the same
 * spelling", so the dataset holds each name once.
 */
import { type Collect, fail, join } from "../schema/guard";

export const SCRIPTS = ["ar", "fa"] as const;
export type Script = (typeof SCRIPTS)[number];

/** Arabic letters (hamza to ghain, fa to ya) and alef wasla: no harakat, no tatweel (U+0640). */
const ARABIC_LETTERS = "\u0621-\u063A\u0641-\u064A\u0671";
/** Persian adds پ چ ژ گ ی ک ۀ and the zero-width non-joiner it writes inside words (می‌کند). */
const PERSIAN_EXTRA = "\u067E\u0686\u0698\u06AF\u06CC\u06A9\u06C0\u200C";

const WORDS: Record<Script, RegExp> = {
  ar: new RegExp(`^[${ARABIC_LETTERS}]+(?: [${ARABIC_LETTERS}]+)*$`),
  fa: new RegExp(`^[${ARABIC_LETTERS}${PERSIAN_EXTRA}]+(?: [${ARABIC_LETTERS}${PERSIAN_EXTRA}]+)*$`),
};

const HARAKAT = /[\u064B-\u065F\u0670]/;
const TATWEEL = /\u0640/;

/** Why `text` is not a clean name in `script`, or undefined when it is. */
export function scriptProblem(text: string, script: Script): string | undefined {
  if (WORDS[script].test(text)) return undefined;
  // The engine folds diacritics and tatweel away: an alias carrying them would be a duplicate.
  if (HARAKAT.test(text)) return "has diacritics (harakat); write the name without them";
  if (TATWEEL.test(text)) return "has a tatweel (ـ); write the name without it";
  if (script === "ar" && WORDS.fa.test(text))
    return 'uses Persian letters (پ چ ژ گ ی ک ۀ or ZWNJ); mark it "script": "fa" or use the Arabic letters';
  const other = [...text].find((ch) => !new RegExp(`[${ARABIC_LETTERS}${PERSIAN_EXTRA} ]`).test(ch));
  if (other !== undefined)
    return `is not all ${script === "ar" ? "Arabic" : "Persian"} letters: ${JSON.stringify(other)} (U+${other
      .codePointAt(0)
      ?.toString(16)
      .toUpperCase()
      .padStart(4, "0")})`;
  return "has doubled, leading or trailing spaces";
}

/**
 * Letter variants the engine treats as one (hamza seats, alef forms, final ya and ta marbuta,
 * Persian ya and kaf); diacritics and tatweel dropped.
 */
const FOLD: Record<string, string> = {
  "\u0623": "\u0627", // أ
  "\u0625": "\u0627", // إ
  "\u0622": "\u0627", // آ
  "\u0671": "\u0627", // ٱ
  "\u0649": "\u064A", // ى
  "\u06CC": "\u064A", // ی
  "\u0626": "\u064A", // ئ
  "\u0624": "\u0648", // ؤ
  "\u06A9": "\u0643", // ک
  "\u0629": "\u0647", // ة
  "\u06C0": "\u0647", // ۀ
};
const FOLDED = new RegExp(`[${Object.keys(FOLD).join("")}]`, "g");

/** The spelling key of an Arabic-script text; Latin text comes back unchanged. */
export function foldArabicScript(text: string): string {
  return text.replace(/[\u064B-\u065F\u0670\u0640]/g, "").replace(FOLDED, (ch) => FOLD[ch] ?? ch);
}

/** The fields of an alias that the script rules read (as checked, so possibly partial). */
interface ScriptAlias {
  text?: string;
  script?: Script;
  fromDocuments?: boolean;
  seenOn?: unknown[];
  seenIn?: unknown[];
}

/** The rules across an alias's fields once it has a script; returns the alias unchanged. */
export function checkScriptAlias<A extends ScriptAlias | undefined>(
  a: A,
  raw: unknown,
  path: string,
  c?: Collect,
): A {
  const script = a?.script;
  if (a === undefined || script === undefined) return a;
  const at = (field: string, message: string) => fail(join(path, field), message, c);
  if (typeof a.text === "string") {
    const problem = scriptProblem(a.text, script);
    if (problem) at("text", problem);
  }
  if (a.fromDocuments !== false)
    at("fromDocuments", "must be false for a script alias (the documents are in English)");
  if ((raw as { seenOn?: unknown }).seenOn === undefined)
    at("seenOn", "missing: a script alias names the page it was checked on");
  if (a.seenIn !== undefined)
    at("seenIn", "a script alias cannot occur in the documents (they are in English)");
  return a;
}

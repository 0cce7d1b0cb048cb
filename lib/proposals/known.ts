/**
 * New spellings of entities the dataset knows: what the engine (lib/matching) links under a
 * spelling no alias lists, and what it cannot link but the page ties to a known name — a
 * part of a longer alias ("Revolutionary Guard Corps"), an acronym or a translation in
 * parentheses next to a known name. Pure.
 */
import { aliasKey } from "../dataset/text";
import type { EntitySource } from "../dataset/types";
import type { Mention } from "../matching/types";
import { fold, light } from "../names/fold";
import type { Span } from "./sentences";
import type { SpellingHow } from "./types";

export interface FoundSpelling {
  entity: string;
  text: string;
  how: SpellingHow;
  start: number;
  end: number;
}

export interface KnownNames {
  byId: Map<string, EntitySource>;
  /** aliasKey of every spelling each entity has (its name too). */
  keys: Map<string, Set<string>>;
  /** Folded words of every alias of two words or more, for "part of an alias". */
  long: { entity: string; words: string[]; last: string; name: boolean }[];
}

export function knownNames(entities: readonly EntitySource[]): KnownNames {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const keys = new Map<string, Set<string>>();
  const long: KnownNames["long"] = [];
  for (const e of entities) {
    const all = [e.name, ...e.aliases.map((a) => a.text)];
    keys.set(e.id, new Set(all.map(aliasKey)));
    for (const t of all) {
      const words = fold(t).split(" ").filter(Boolean);
      if (words.length >= 2)
        long.push({ entity: e.id, words, last: light(t.split(/\s+/).at(-1) ?? ""), name: t === e.name });
    }
  }
  return { byId, keys, long };
}

export const isKnownSpelling = (k: KnownNames, entity: string, text: string) =>
  k.keys.get(entity)?.has(aliasKey(text)) ?? false;

function howOf(m: Mention, k: KnownNames): SpellingHow {
  if (m.reason.kind === "defined") return "page-defined abbreviation";
  const person = k.byId.get(m.id ?? "")?.type === "person";
  if ((m.reason.kind === "name-part" || m.reason.kind === "evidence") && person && !/\s/.test(m.surface))
    return "surname after full name";
  return "variant of an alias";
}

/** Spellings the engine linked that no alias of the entity lists. */
export function spellingsFromMentions(mentions: readonly Mention[], k: KnownNames): FoundSpelling[] {
  const out: FoundSpelling[] = [];
  for (const m of mentions) {
    if (m.id === null || isKnownSpelling(k, m.id, m.surface)) continue;
    out.push({ entity: m.id, text: m.surface, how: howOf(m, k), start: m.start, end: m.end });
  }
  return out;
}

/** `short` in order inside `long`, gaps allowed ("Abu al-Muhandis" in "Abu Mahdi al-Muhandis"). */
const inOrder = (short: string[], long: string[]) => {
  let j = 0;
  for (const w of long) if (w === short[j]) j++;
  return j === short.length;
};

/** A name's type word, singular: "forces" and "force" are one word for this. */
const stem = (w: string) => w.replace(/s$/, "");

/**
 * The entity one of whose longer aliases a candidate's words are an ordered part of, or which
 * differs from it only in its type word ("Badr Corps" / "Badr Organization"), when exactly one
 * entity fits.
 */
export function partOfAlias(
  c: { text: string },
  k: KnownNames,
  typeWords: ReadonlySet<string>,
): string | undefined {
  const words = fold(c.text).split(" ").filter(Boolean);
  const last = light(c.text.split(/\s+/).at(-1) ?? "");
  const ids = new Set(
    k.long
      .filter((l) => {
        // One word: a group's name without its type word ("Tishreen" for "Tishreen Movement").
        if (words.length === 1)
          return l.name && l.words.length === 2 && l.words[0] === words[0] && typeWords.has(l.last);
        if (words.length < l.words.length && inOrder(words, l.words)) return true;
        if (words.length !== l.words.length || !typeWords.has(last)) return false;
        const same = words.slice(0, -1).every((w, i) => w === l.words[i]);
        return (
          same && (stem(words.at(-1) as string) === stem(l.words.at(-1) as string) || typeWords.has(l.last))
        );
      })
      .map((l) => l.entity),
  );
  return ids.size === 1 ? [...ids][0] : undefined;
}

/** The known entity a mention at [start, end) links to, if any. */
const linkedAt = (mentions: readonly Mention[], start: number, end: number) =>
  mentions.find((m) => m.id !== null && m.start <= start && m.end >= end)?.id ?? undefined;

/**
 * "Known Name (ABBR)", "ABBR (Known Name)", "Known Name (the League of X)", "Known Name, or
 * the League of X,": the other side of a known name is its spelling on this page.
 */
export function definedNextTo(
  text: string,
  sentence: Span,
  mentions: readonly Mention[],
  k: KnownNames,
): FoundSpelling[] {
  const out: FoundSpelling[] = [];
  const inSentence = mentions.filter(
    (m) => m.id !== null && m.start >= sentence.start && m.end <= sentence.end,
  );
  for (const m of inSentence) {
    const rest = text.slice(m.end, sentence.end);
    const paren =
      rest.match(/^\s*\((?:the\s+)?([^()]{2,60})\)/) ??
      rest.match(
        /^,\s+(?:or|meaning|known as|also known as)\s+(?:the\s+)?[“"]?([A-Z][^,;”"]{1,60})[”"]?[,;]/,
      );
    if (!paren) continue;
    const inner = (paren[1] as string).trim().replace(/[”"]$/, "");
    if (!/^\p{Lu}/u.test(inner) || linkedAt(mentions, m.end, m.end + paren[0].length) === m.id) continue;
    if (isKnownSpelling(k, m.id as string, inner)) continue;
    const start = m.end + (paren[0] as string).indexOf(inner);
    const acronym = /^[A-Z][A-Z0-9&.-]{1,7}$/.test(inner);
    out.push({
      entity: m.id as string,
      text: inner,
      how: acronym ? "page-defined abbreviation" : "translation pattern",
      start,
      end: start + inner.length,
    });
  }
  return out;
}

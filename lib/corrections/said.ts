/**
 * What a reader's click says, as corrections to store and the sentence the undo toast shows
 * (issue 12). Pure: the hover card, the popup and the link picker build their requests here.
 */
import type { CorrectionInput, CorrectionScope } from "./types";
import { CORRECTION_LIMITS } from "./types";

/** Corrections to store and what the undo toast says once they are. */
export interface Said {
  inputs: CorrectionInput[];
  done: string;
}

/** How a scope reads at the end of a sentence ("… is no longer marked as … on this site"). */
export function scopePhrase(scope: CorrectionScope): string {
  return scope === "page" ? "on this page" : scope === "site" ? "on this site" : "anywhere";
}

/** "Wrong match": none of `spellings` names `entity` (one "not" per distinct spelling). */
export function wrongMatch(
  spellings: readonly string[],
  entity: { id: string; name: string },
  scope: CorrectionScope,
  sentence = "",
): Said {
  const distinct = [...new Set(spellings.map((s) => s.trim()).filter((s) => s.length > 0))].slice(
    0,
    CORRECTION_LIMITS.perRequest,
  );
  const inputs = distinct.map((spelling) => ({
    kind: "not" as const,
    spelling: spelling.slice(0, CORRECTION_LIMITS.spelling),
    entity: entity.id,
    scope,
    sentence: sentence.slice(0, CORRECTION_LIMITS.sentence),
  }));
  const quoted = distinct.map((s) => `“${s}”`).join(", ");
  const verb = distinct.length > 1 ? "are" : "is";
  // "“Hisham al-Hashimi” is no longer marked as Hisham al-Hashimi" says one thing twice.
  const as = distinct.length === 1 && distinct[0] === entity.name ? "" : ` as ${entity.name}`;
  return { inputs, done: `${quoted} ${verb} no longer marked${as} ${scopePhrase(scope)}` };
}

/** "This is …": `spelling` names `entity`. */
export function thisIs(
  spelling: string,
  entity: { id: string; name: string },
  scope: CorrectionScope,
  sentence = "",
): Said {
  return {
    inputs: [{ kind: "spelling", spelling, entity: entity.id, scope, sentence }],
    done: `“${spelling}” is now marked as ${entity.name} ${scopePhrase(scope)}`,
  };
}

/** "None of these" on an ambiguous name: one "not" per candidate. */
export function noneOf(
  spelling: string,
  ids: readonly string[],
  scope: CorrectionScope,
  sentence = "",
): Said {
  return {
    inputs: ids
      .slice(0, CORRECTION_LIMITS.perRequest)
      .map((entity) => ({ kind: "not" as const, spelling, entity, scope, sentence })),
    done: `“${spelling}” is no longer marked ${scopePhrase(scope)}`,
  };
}

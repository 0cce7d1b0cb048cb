/**
 * The Markdown report of a reader's corrections (issue 12 writes it, `npm run propose --
 * --corrections FILE` reads it). Format, version 1:
 *
 *   # Actor Lens corrections v1
 *
 *   ## 1. spelling
 *   - spelling: Hadi al-Ameri
 *   - entity: hadi-al-amiri
 *   - scope: everywhere
 *   - page: https://example.org/news/1
 *   - sentence: Badr chief Hadi al-Ameri said on Monday …
 *
 * One "## N. kind" section per correction; kind is "spelling" (this spelling names the entity:
 * an alias) or "not" (here this spelling does not name the entity: a negative). Scope is
 * "page", "site" or "everywhere". Each field is one line "- name: value"; a value's line breaks
 * become spaces and it is trimmed, so format(parse(x)) is x for any report format() wrote.
 * Pure.
 */

import type { CorrectionKind, CorrectionScope } from "./types";

export const REPORT_HEADING = "# Actor Lens corrections v1";

/** One correction as the report carries it (a stored one, lib/corrections/types.ts, gives its page as `page`). */
export interface ReportedCorrection {
  kind: CorrectionKind;
  /** The text on the page, exactly as written. */
  spelling: string;
  /** The entity id it names (spelling) or does not name (not). */
  entity: string;
  scope: CorrectionScope;
  /** The page address. */
  page: string;
  /** The sentence around the spelling, as the reader saw it. */
  sentence: string;
}

const FIELDS = ["spelling", "entity", "scope", "page", "sentence"] as const;
const KINDS: readonly string[] = ["spelling", "not"];
const SCOPES: readonly string[] = ["page", "site", "everywhere"];

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

export function formatReport(list: readonly ReportedCorrection[]): string {
  const parts = [REPORT_HEADING, ""];
  list.forEach((c, i) => {
    parts.push(`## ${i + 1}. ${c.kind}`);
    for (const f of FIELDS) parts.push(`- ${f}: ${oneLine(c[f])}`);
    parts.push("");
  });
  return parts.join("\n");
}

export interface ParseResult {
  corrections: ReportedCorrection[];
  /** Problems, each "line N: …". */
  errors: string[];
}

export function parseReport(text: string): ParseResult {
  const lines = text.split(/\r?\n/);
  const errors: string[] = [];
  const corrections: ReportedCorrection[] = [];
  const start = lines.findIndex((l) => l.trim() !== "");
  if (start < 0 || lines[start]?.trim() !== REPORT_HEADING)
    return { corrections, errors: [`line ${start + 1}: expected "${REPORT_HEADING}"`] };
  let cur: { line: number; kind: string; fields: Partial<Record<string, string>> } | undefined;
  const close = () => {
    if (!cur) return;
    const f = cur.fields;
    const missing = FIELDS.filter((k) => f[k] === undefined || f[k] === "");
    if (!KINDS.includes(cur.kind))
      errors.push(`line ${cur.line}: unknown kind "${cur.kind}" (spelling or not)`);
    else if (missing.length > 0) errors.push(`line ${cur.line}: missing ${missing.join(", ")}`);
    else if (!SCOPES.includes(f.scope as string)) errors.push(`line ${cur.line}: unknown scope "${f.scope}"`);
    else
      corrections.push({
        kind: cur.kind as CorrectionKind,
        spelling: f.spelling as string,
        entity: f.entity as string,
        scope: f.scope as CorrectionScope,
        page: f.page as string,
        sentence: f.sentence as string,
      });
    cur = undefined;
  };
  for (let i = start + 1; i < lines.length; i++) {
    const l = lines[i] as string;
    const head = l.match(/^##\s+\d+\.\s+(\S+)\s*$/);
    if (head) {
      close();
      cur = { line: i + 1, kind: head[1] as string, fields: {} };
      continue;
    }
    const field = l.match(/^-\s+([a-z]+):\s?(.*)$/);
    if (field && cur) {
      if ((FIELDS as readonly string[]).includes(field[1] as string))
        cur.fields[field[1] as string] = (field[2] as string).trim();
      else errors.push(`line ${i + 1}: unknown field "${field[1]}"`);
    } else if (l.trim() !== "") errors.push(`line ${i + 1}: not part of a correction: ${JSON.stringify(l)}`);
  }
  close();
  return { corrections, errors };
}

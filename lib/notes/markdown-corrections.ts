/**
 * The corrections section of the Markdown export (issue 12): one list item per correction,
 * newest first, in words ("… is not …, on news.example"), with its page and the sentence the
 * reader saw. Everything the reader or a page wrote is escaped (markdown.ts). Pure.
 */
import type { Correction } from "../corrections/types";
import { kindWords, scopeWords } from "../corrections/wording";
import { mdHref, mdText } from "./markdown";

/** An entity's name for its id (the notes page reads them from the dataset). */
export type EntityName = (id: string) => string;

const day = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The section's lines, starting with a blank line; none when there are no corrections. */
export function correctionsMarkdown(corrections: readonly Correction[], name: EntityName): string[] {
  if (corrections.length === 0) return [];
  const n = corrections.length;
  const lines = ["", "## Corrections", "", `${n} correction${n === 1 ? "" : "s"}, newest first.`, ""];
  const newest = [...corrections].sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1));
  for (const c of newest) {
    const entity = name(c.entity);
    const who = entity === c.entity ? `\`${c.entity}\`` : `**${mdText(entity)}** (\`${c.entity}\`)`;
    const href = mdHref(c.url);
    const page = href ? `[${mdText(c.title || c.url)}](<${href}>)` : mdText(c.url);
    lines.push(
      `- “${mdText(c.spelling)}” ${kindWords(c.kind)} ${who}, ${scopeWords(c)}; made on ${page}, ${day(c.createdAt)}`,
    );
    if (c.sentence.trim()) lines.push(`  > ${mdText(c.sentence)}`);
  }
  return lines;
}

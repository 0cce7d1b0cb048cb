import type { Correction } from "../corrections/types";
import { correctionsGuard } from "../corrections/validate";
import { arrayOf, MessageError, num, object, optional, str } from "../schema/guard";
import { DB_VERSION } from "./db";
import { mdHref, mdLines, mdText } from "./markdown";
import { correctionsMarkdown, type EntityName } from "./markdown-corrections";
import type { ColorLabel, Highlight } from "./types";
import { colorLabelsGuard, highlightGuard } from "./validate";

/** The tag that says a JSON file is an Actor Lens notes export. */
export const EXPORT_FORMAT = "actor-lens-notes";
/** Largest file the import reads. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface NotesExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  colors: ColorLabel[];
  highlights: Highlight[];
  /** The reader's corrections (issue 12); files of version 2 have none. */
  corrections?: Correction[];
}

/** What an import file holds, checked in full. */
export interface ParsedImport {
  highlights: Highlight[];
  colors?: ColorLabel[];
  /** Empty for a file written before corrections existed. */
  corrections: Correction[];
}

/** Everything, as a file that `parseImport` reads back unchanged. */
export function toJson(
  highlights: Highlight[],
  colors: ColorLabel[],
  now = new Date(),
  corrections: Correction[] = [],
): string {
  const file: NotesExport = {
    format: EXPORT_FORMAT,
    version: DB_VERSION,
    exportedAt: now.toISOString(),
    colors,
    highlights,
    corrections,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Why an import file was refused, in words for the reader. */
export class ImportError extends Error {
  override name = "ImportError";
}

const MB = 1024 * 1024;
const inMb = (bytes: number) => `${Math.ceil(bytes / MB)} MB`;

/**
 * Reads an import file's text, refusing a file over MAX_IMPORT_BYTES before reading a byte:
 * a string of hundreds of MB fails in the browser, and the reader would be told the file was empty.
 */
export async function readImportFile(file: Pick<Blob, "size" | "text">): Promise<string> {
  if (file.size > MAX_IMPORT_BYTES)
    throw new ImportError(
      `This file is too large to import: it is ${inMb(file.size)}, and the largest file Actor Lens imports is ${inMb(MAX_IMPORT_BYTES)}.`,
    );
  return file.text();
}

/** A found value in a few words: `"2" (a string)`, `true (true or false)`, `a list`. */
function describe(v: unknown): string {
  if (typeof v === "string") return `${JSON.stringify(v.length > 20 ? `${v.slice(0, 20)}…` : v)} (a string)`;
  if (typeof v === "boolean") return `${v} (true or false)`;
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  return typeof v === "object" ? "an object" : String(v);
}

function checkVersion(rec: Record<string, unknown>): void {
  if (!Object.hasOwn(rec, "version"))
    throw new ImportError("This file has no version field, so Actor Lens cannot tell how to read it.");
  const v = rec.version;
  if (typeof v !== "number")
    throw new ImportError(`The version field of this file must be a number, but it is ${describe(v)}.`);
  if (!Number.isInteger(v) || v > DB_VERSION || v < 2)
    throw new ImportError(
      `This export has format version ${v}; this Actor Lens reads version ${DB_VERSION}.`,
    );
}

/**
 * Reads an export file. Refuses (throws ImportError, naming the first problem) anything that
 * is not a complete, well-formed Actor Lens export: partial imports are never made.
 */
export function parseImport(text: string): ParsedImport {
  // Each character is at least one byte, so this never lets a file over the limit through.
  if (text.length > MAX_IMPORT_BYTES)
    throw new ImportError(
      `This file is too large to import: the largest file Actor Lens imports is ${inMb(MAX_IMPORT_BYTES)}.`,
    );
  if (!text.trim()) throw new ImportError("This file is empty.");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError("This file is not JSON, so it is not an Actor Lens export.");
  }
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw new ImportError("This JSON file is not an Actor Lens export.");
  const rec = data as Record<string, unknown>;
  if (!Object.hasOwn(rec, "format") || rec.format !== EXPORT_FORMAT)
    throw new ImportError("This JSON file is not an Actor Lens export.");
  checkVersion(rec);
  try {
    const file = object({
      format: str(),
      version: num({ int: true }),
      exportedAt: optional(str({ max: 40 })),
      colors: optional(colorLabelsGuard),
      highlights: arrayOf(highlightGuard, 1_000_000),
      corrections: optional(correctionsGuard),
    })(data, "file");
    const seen = new Set<string>();
    for (const h of file.highlights) {
      if (seen.has(h.id)) throw new MessageError(`file.highlights: the id ${h.id} appears twice`);
      seen.add(h.id);
    }
    return { highlights: file.highlights, colors: file.colors, corrections: file.corrections ?? [] };
  } catch (err) {
    if (err instanceof MessageError)
      throw new ImportError(`This export is damaged (${err.message}); nothing was imported.`);
    throw err;
  }
}

/**
 * Refuses an import whose corrections name an entity the dataset does not have (the engine
 * could not mark it), naming the first such record: the background checks the same on every
 * correction it stores.
 */
export function checkEntities(parsed: ParsedImport, known: (id: string) => boolean): void {
  const i = parsed.corrections.findIndex((c) => !known(c.entity));
  if (i >= 0)
    throw new ImportError(
      `This export is damaged (file.corrections[${i}].entity: "${parsed.corrections[i]?.entity}" is not in Actor Lens's dataset); nothing was imported.`,
    );
}

/** Groups highlights by page; pages ordered by their newest highlight, newest first. */
export function groupByPage(highlights: Highlight[]): { url: string; title: string; items: Highlight[] }[] {
  const groups = new Map<string, { url: string; title: string; items: Highlight[]; newest: number }>();
  for (const h of highlights) {
    let g = groups.get(h.url);
    if (!g) {
      g = { url: h.url, title: h.title, items: [], newest: 0 };
      groups.set(h.url, g);
    }
    g.items.push(h);
    if (h.createdAt > g.newest) {
      g.newest = h.createdAt;
      g.title = h.title || g.title;
    }
  }
  return [...groups.values()].sort((a, b) => b.newest - a.newest);
}

const day = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * A readable Markdown file: one section per page with its link, highlights in reading order;
 * then the reader's corrections, if any, in a section of their own (entities by `name`).
 */
export function toMarkdown(
  highlights: Highlight[],
  colors: ColorLabel[],
  now = new Date(),
  corrections: readonly Correction[] = [],
  name: EntityName = (id) => id,
): string {
  const label = new Map(colors.map((c) => [c.id, c.label]));
  const groups = groupByPage(highlights);
  const lines = [
    "# Actor Lens highlights",
    "",
    `Exported ${now.toISOString().slice(0, 10)}: ${highlights.length} highlight${highlights.length === 1 ? "" : "s"} from ${groups.length} page${groups.length === 1 ? "" : "s"}.`,
  ];
  for (const g of groups) {
    const title = mdText(g.title || g.url);
    const href = mdHref(g.url);
    if (href) lines.push("", `## [${title}](<${href}>)`);
    else lines.push("", `## ${title}`, "", `Address (not a web link): ${mdText(g.url)}`);
    for (const h of [...g.items].sort((a, b) => a.position.start - b.position.start)) {
      lines.push("");
      for (const line of mdLines(h.quote.exact)) if (line) lines.push(`> ${line}`);
      const facts = [mdText(label.get(h.color) ?? h.color), `saved ${day(h.createdAt)}`];
      if (h.tags.length) facts.push(h.tags.map((t) => `#${mdText(t.replace(/\s+/g, "-"))}`).join(" "));
      if (h.anchor?.status === "missing") facts.push("not found on the page");
      lines.push("");
      if (h.note.trim()) lines.push(...mdLines(h.note.trim()), "");
      lines.push(`_${facts.join(" · ")}_`);
    }
  }
  lines.push(...correctionsMarkdown(corrections, name));
  return `${lines.join("\n")}\n`;
}

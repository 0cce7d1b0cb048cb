import { arrayOf, MessageError, num, object, optional, str } from "../messaging/guard";
import { DB_VERSION } from "./db";
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
}

/** Everything, as a file that `parseImport` reads back unchanged. */
export function toJson(highlights: Highlight[], colors: ColorLabel[], now = new Date()): string {
  const file: NotesExport = {
    format: EXPORT_FORMAT,
    version: DB_VERSION,
    exportedAt: now.toISOString(),
    colors,
    highlights,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Why an import file was refused, in words for the reader. */
export class ImportError extends Error {
  override name = "ImportError";
}

/**
 * Reads an export file. Refuses (throws ImportError, naming the first problem) anything that
 * is not a complete, well-formed Actor Lens export: partial imports are never made.
 */
export function parseImport(text: string): { highlights: Highlight[]; colors?: ColorLabel[] } {
  if (text.length > MAX_IMPORT_BYTES)
    throw new ImportError("This file is too large to be an Actor Lens export.");
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
  if (rec.format !== EXPORT_FORMAT) throw new ImportError("This JSON file is not an Actor Lens export.");
  if (typeof rec.version !== "number" || rec.version > DB_VERSION || rec.version < 2)
    throw new ImportError(
      `This export has format version ${String(rec.version)}; this Actor Lens reads version ${DB_VERSION}.`,
    );
  try {
    const file = object({
      format: str(),
      version: num({ int: true }),
      exportedAt: optional(str({ max: 40 })),
      colors: optional(colorLabelsGuard),
      highlights: arrayOf(highlightGuard, 1_000_000),
    })(data, "file");
    const seen = new Set<string>();
    for (const h of file.highlights) {
      if (seen.has(h.id)) throw new MessageError(`file.highlights: the id ${h.id} appears twice`);
      seen.add(h.id);
    }
    return { highlights: file.highlights, colors: file.colors };
  } catch (err) {
    if (err instanceof MessageError)
      throw new ImportError(`This export is damaged (${err.message}); nothing was imported.`);
    throw err;
  }
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

const mdInline = (s: string) =>
  s
    .replace(/([\\`*_[\]<>#|])/g, "\\$1")
    .replace(/\s+/g, " ")
    .trim();
const day = (t: number) => new Date(t).toISOString().slice(0, 10);

/** A readable Markdown file: one section per page with its link, highlights in reading order. */
export function toMarkdown(highlights: Highlight[], colors: ColorLabel[], now = new Date()): string {
  const label = new Map(colors.map((c) => [c.id, c.label]));
  const groups = groupByPage(highlights);
  const lines = [
    "# Actor Lens highlights",
    "",
    `Exported ${now.toISOString().slice(0, 10)}: ${highlights.length} highlight${highlights.length === 1 ? "" : "s"} from ${groups.length} page${groups.length === 1 ? "" : "s"}.`,
  ];
  for (const g of groups) {
    lines.push("", `## [${mdInline(g.title || g.url)}](<${g.url}>)`);
    for (const h of [...g.items].sort((a, b) => a.position.start - b.position.start)) {
      lines.push("");
      for (const line of h.quote.exact.split(/\n+/)) lines.push(`> ${line}`);
      const facts = [label.get(h.color) ?? h.color, `saved ${day(h.createdAt)}`];
      if (h.tags.length) facts.push(h.tags.map((t) => `#${t.replace(/\s+/g, "-")}`).join(" "));
      if (h.anchor?.status === "missing") facts.push("not found on the page");
      lines.push("");
      if (h.note.trim()) lines.push(...h.note.trim().split("\n"), "");
      lines.push(`_${facts.join(" · ")}_`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Escaping for the Markdown export. Everything a reader wrote (notes, quotes, titles, tags, colour
 * labels) is text: a Markdown viewer must neither run it as HTML nor read it as Markdown syntax.
 */

const HTML: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/**
 * One line of text, safe inside a Markdown line. HTML-significant characters become entities
 * (every Markdown renderer shows those as text, unlike `\<`, which older ones pass through as a
 * tag); Markdown's inline syntax characters are backslash-escaped.
 */
export function mdText(s: string): string {
  return s
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\`*_[\]()#|~!]/g, "\\$&")
    .replace(/[&<>]/g, (c) => HTML[c] as string);
}

/**
 * Text over several lines, each safe as the start of a Markdown block: besides `mdText`, a leading
 * `-`, `+`, `=` or `1.` would start a list or underline a heading. Blank lines are kept (paragraphs).
 */
export function mdLines(s: string): string[] {
  return s.split(/\r\n|\r|\n/).map((line) =>
    mdText(line)
      .replace(/^([-+=])/, "\\$1")
      .replace(/^(\d+)([.)])/, "$1\\$2"),
  );
}

/**
 * The address as a link destination (inside `<…>`), or null when it is not an http(s) address:
 * a `javascript:` or `data:` link must not become clickable. Characters that could end the
 * destination or the link are percent-encoded.
 */
export function mdHref(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  return parsed.href.replace(
    /[\s()<>\\"'`]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}

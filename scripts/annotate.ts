/**
 * Print the names Actor Lens finds in a page or a text file, without a browser.
 *   npm run annotate -- <file.html | file.txt | URL> [--json] [--fuzzy]
 *                       [--corrections corrections.json [--url URL]]
 * By default it finds exactly what the extension marks (the content script's matcher); --fuzzy
 * adds the fuzzy layer (lib/matching/fuzzy.ts) for spellings no alias lists. --corrections
 * applies a reader's corrections (the notes page's JSON export, or a list of corrections:
 * lib/corrections/file.ts) as the extension does, without rebuilding the index: those that hold
 * on the page (its address: --url, or the URL read) are applied; those of another page or site
 * are left out, and counted on stderr.
 * HTML goes through lib/extract (the content script's own text extraction and skip rules) and is
 * scanned block by block in one session, as the content script does. Offsets are into the
 * extracted text (blocks joined by a blank line) or into the text file.
 * Exits 2 on a usage error, 1 when the input cannot be read or is not text.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseCorrectionsFile } from "../lib/corrections/file";
import { applyOverlay } from "../lib/corrections/overlay";
import { holdsOn, overlayFor } from "../lib/corrections/scope";
import { EMPTY_OVERLAY, type Overlay } from "../lib/corrections/types";
import { BLOCK_SEPARATOR } from "../lib/extract/text";
import { onTopic } from "../lib/matching/topic";
import type { Mention } from "../lib/matching/types";
import { loadMatcher } from "./matcher-source";
import { pageBlocks } from "./page-blocks";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

// `npm run annotate -- page.html | head` closes the pipe early: that is not an error.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

function fail(message: string, code = 1): never {
  console.error(`annotate: ${message}`);
  process.exit(code);
}

const args = process.argv.slice(2);
const USAGE =
  "usage: npm run annotate -- <file.html | file.txt | URL> [--json] [--fuzzy] [--corrections FILE [--url URL]]";
const json = args.includes("--json");
const fuzzy = args.includes("--fuzzy");
const valued: Record<string, string> = {};
const inputs: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i] as string;
  if (a === "--json" || a === "--fuzzy") continue;
  if (a === "--corrections" || a === "--url") {
    const v = args[++i];
    if (v === undefined || v.startsWith("--")) fail(`${a} needs a value\n${USAGE}`, 2);
    valued[a.slice(2)] = v;
  } else inputs.push(a);
}
if (valued.url && !valued.corrections) fail(`--url goes with --corrections\n${USAGE}`, 2);
const unknown = inputs.find((a) => a.startsWith("--"));
if (unknown) fail(`unknown option ${unknown}\n${USAGE}`, 2);
if (inputs.length !== 1) fail(`expected one file or URL\n${USAGE}`, 2);
const input = inputs[0] as string;

/** True when the bytes look like text: valid UTF-8, no NUL, few control characters. */
function decodeText(bytes: Uint8Array, what: string): string {
  if (bytes.includes(0)) fail(`${what} is not a text file (it contains NUL bytes)`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    fail(`${what} is not UTF-8 text`);
  }
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 1 && c <= 8) || (c >= 14 && c <= 31)) controls++;
  }
  if (controls > text.length / 100) fail(`${what} is not a text file (control characters)`);
  return text;
}

const looksHtml = (text: string): boolean => /^\s*(?:<!doctype html|<html|<head|<body|<!--)/i.test(text);

async function readInput(): Promise<{ text: string; html: boolean; url?: string }> {
  if (/^https?:\/\//i.test(input)) {
    let res: Response;
    try {
      res = await fetch(input, { redirect: "follow", signal: AbortSignal.timeout(20000) });
    } catch (e) {
      fail(`cannot read ${input}: ${(e as Error).cause ?? (e as Error).message}`);
    }
    if (!res.ok) fail(`cannot read ${input}: HTTP ${res.status} ${res.statusText}`);
    const type = (res.headers.get("content-type") ?? "").toLowerCase();
    if (type && !/^text\/|html|xml|json/.test(type)) fail(`${input} is not text (content-type ${type})`);
    const text = decodeText(new Uint8Array(await res.arrayBuffer()), input);
    return { text, html: type.includes("html") || looksHtml(text), url: res.url || input };
  }
  const path = resolve(input);
  if (!existsSync(path)) fail(`no such file: ${input}`);
  if (!statSync(path).isFile()) fail(`not a file: ${input}`);
  const text = decodeText(readFileSync(path), input);
  const ext = extname(path).toLowerCase();
  return {
    text,
    html: ext === ".html" || ext === ".htm" || ext === ".xhtml" || (ext !== ".txt" && looksHtml(text)),
  };
}

/** Scan an HTML page the content script's way: its readable blocks, in order, one session. */
function scanHtml(html: string, url: string | undefined, scan: (t: string) => Mention[]): Mention[] {
  const out: Mention[] = [];
  let offset = 0;
  for (const block of pageBlocks(html, url)) {
    if (offset > 0) offset += BLOCK_SEPARATOR.length;
    for (const m of scan(block.text)) out.push({ ...m, start: m.start + offset, end: m.end + offset });
    offset += block.text.length;
  }
  return out;
}

const { text, html, url } = await readInput();
const { matcher, index } = loadMatcher(root, { fuzzy });
const overlay = readOverlay(valued.url ?? url);
const session = matcher.session();
const scan = (t: string) => applyOverlay(t, session.scan(t), overlay);
// Possible marks only on a page about our domain, as the extension's registry draws them.
const mentions = onTopic(html ? scanHtml(text, url, scan) : scan(text));

/** The overlay of --corrections for the page at `pageUrl` (none without --corrections). */
function readOverlay(pageUrl: string | undefined): Overlay {
  const file = valued.corrections;
  if (!file) return EMPTY_OVERLAY;
  const path = resolve(file);
  if (!existsSync(path) || !statSync(path).isFile()) fail(`no such file: ${file}`);
  const known = new Set(index.entities);
  let list: ReturnType<typeof parseCorrectionsFile>;
  try {
    list = parseCorrectionsFile(readFileSync(path, "utf8"), (id) => known.has(id));
  } catch (err) {
    fail(`${file}: ${(err as Error).message}; no correction applied`);
  }
  // Without an address only the corrections made for every page can hold.
  const here = pageUrl ?? "https://unknown.invalid/";
  const elsewhere = list.filter((c) => !holdsOn(c, here)).length;
  if (elsewhere > 0)
    console.error(
      `annotate: ${elsewhere} of ${list.length} corrections hold on another page or site${pageUrl ? "" : " (give --url)"}: not applied`,
    );
  return overlayFor(list, here);
}

if (json) {
  for (const m of mentions) {
    const row: Record<string, unknown> = {
      surface: m.surface,
      id: m.id,
      start: m.start,
      end: m.end,
      match: m.match,
      confidence: m.confidence,
      reason: m.reason.text,
    };
    if (m.id === null) row.candidates = m.candidates;
    console.log(JSON.stringify(row));
  }
} else {
  const rows = mentions.map((m) => [
    String(m.start),
    String(m.end),
    m.surface,
    m.id ?? `ambiguous: ${m.candidates.join(" | ")}`,
    m.match,
    m.confidence.toFixed(2),
  ]);
  const head = ["start", "end", "surface", "entity", "match", "conf"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i < 2 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join("  ");
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r).trimEnd());
  const ids = new Set(mentions.map((m) => m.id).filter(Boolean));
  const amb = mentions.filter((m) => m.id === null).length;
  console.log(`\n${mentions.length} mention(s) of ${ids.size} entities${amb ? `, ${amb} ambiguous` : ""}`);
}

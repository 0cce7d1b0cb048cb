/**
 * Run the engine over a folder of saved HTML pages, as the extension would read them, and print
 * every mark with its sentence, for a person to judge.
 *   npm run wild -- DIR [--json]
 * Each page goes through lib/extract (the content script's text extraction and skip rules) and
 * is scanned block by block in one session; possible marks are kept only on a page about our
 * domain, as the page's registry draws them. Ends with the counts.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { onTopic } from "../lib/matching/topic";
import type { Mention } from "../lib/matching/types";
import { loadMatcher } from "./matcher-source";
import { pageBlocks } from "./page-blocks";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

const args = process.argv.slice(2);
const json = args.includes("--json");
const dirs = args.filter((a) => !a.startsWith("--"));
if (dirs.length !== 1) {
  console.error("usage: npm run wild -- DIR [--json]");
  process.exit(2);
}
const dir = resolve(dirs[0] as string);

function htmlFiles(d: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) out.push(...htmlFiles(p));
    else if (/\.x?html?$/i.test(name)) out.push(p);
  }
  return out;
}

/** The sentence around [start, end) of a block's text, on one line. */
function sentence(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && start - a < 200 && !/[.!?\n]/.test(text[a - 1] as string)) a--;
  let b = end;
  while (b < text.length && b - end < 200 && !/[.!?\n]/.test(text[b] as string)) b++;
  const s = `${text.slice(a, start)}[[${text.slice(start, end)}]]${text.slice(end, b + 1)}`;
  return s.replace(/\s+/g, " ").trim();
}

const { matcher } = loadMatcher(root, { fuzzy: false });
const totals = { pages: 0, marked: 0, links: 0, possible: 0 };
for (const file of htmlFiles(dir)) {
  const session = matcher.session();
  const found: { m: Mention; text: string }[] = [];
  for (const block of pageBlocks(readFileSync(file, "utf8")))
    for (const m of session.scan(block.text)) found.push({ m, text: block.text });
  const kept = new Set(onTopic(found.map((f) => f.m)));
  const marks = found.filter((f) => kept.has(f.m));
  totals.pages++;
  if (marks.length > 0) totals.marked++;
  const name = relative(dir, file);
  for (const { m, text } of marks) {
    if (m.id) totals.links++;
    else totals.possible++;
    if (json)
      console.log(
        JSON.stringify({
          page: name,
          surface: m.surface,
          id: m.id,
          candidates: m.candidates,
          reason: m.reason.text,
          sentence: sentence(text, m.start, m.end),
        }),
      );
    else
      console.log(
        `${name}\t${m.surface}\t${m.id ?? `possible: ${m.candidates.join(" | ")}`}\t${m.reason.text}\t${sentence(text, m.start, m.end)}`,
      );
  }
}
console.error(
  `${totals.pages} pages, ${totals.marked} with a mark; ${totals.links + totals.possible} marks: ${totals.links} links, ${totals.possible} possible`,
);

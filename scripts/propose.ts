/**
 * Propose what a new article adds to the dataset (issue 13).
 *   npm run propose -- ARTICLE [--source-id ID --title "…" --date YYYY-MM-DD --url URL]
 *                      [--outlet NAME] [--corrections FILE] [--root DIR]
 *   npm run propose -- --corrections FILE          (a reader's report alone)
 * Writes data/proposals/<id>.json (every item "accept": false) and prints a Markdown summary.
 * HTML goes through lib/extract, as the extension reads pages. Exits 2 on a usage error.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseReport } from "../lib/corrections/report";
import { loadDataset } from "../lib/dataset/load";
import { isPartialDate } from "../lib/dataset/text";
import type { EntitySource, EventSource } from "../lib/dataset/types";
import { BLOCK_SEPARATOR } from "../lib/extract/text";
import { compileIndex } from "../lib/matching/compile";
import { createMatcher } from "../lib/matching/index";
import { fromCorrections, summary } from "../lib/proposals/markdown";
import { freshId, propose } from "../lib/proposals/propose";
import { PROPOSAL_VERSION, type ProposalFile } from "../lib/proposals/types";
import { pageBlocks } from "./page-blocks";

const USAGE =
  'usage: npm run propose -- ARTICLE [--source-id ID --title "…" --date YYYY-MM-DD --url URL --outlet NAME] [--corrections FILE] [--root DIR]';

function fail(message: string, code = 1): never {
  console.error(`propose: ${message}`);
  process.exit(code);
}

const opts: Record<string, string> = {};
const files: string[] = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const a = args[i] as string;
  if (!a.startsWith("--")) files.push(a);
  else if (["--source-id", "--title", "--date", "--url", "--outlet", "--corrections", "--root"].includes(a)) {
    const v = args[++i];
    if (v === undefined) fail(`${a} needs a value\n${USAGE}`, 2);
    opts[a.slice(2)] = v;
  } else fail(`unknown option ${a}\n${USAGE}`, 2);
}
if (files.length > 1 || (files.length === 0 && !opts.corrections)) fail(`expected one article\n${USAGE}`, 2);
if (opts.date && !isPartialDate(opts.date))
  fail(`--date must be YYYY, YYYY-MM or YYYY-MM-DD, got ${opts.date}`, 2);

const root = resolve(opts.root ?? resolve(dirname(fileURLToPath(import.meta.url)), ".."));
const loaded = loadDataset({ root, env: { ...process.env, CI: "" } });
const entities = loaded.input.entities.map((f) => f.data as EntitySource);
const eventIds = new Set(loaded.input.events.map((f) => (f.data as EventSource).id));

function readArticle(path: string): string {
  if (!existsSync(path)) fail(`no such file: ${path}`);
  const raw = readFileSync(path, "utf8");
  const html = /\.x?html?$/i.test(extname(path)) || /^\s*(?:<!doctype html|<html)/i.test(raw);
  return html
    ? pageBlocks(raw, opts.url)
        .map((b) => b.text)
        .join(BLOCK_SEPARATOR)
    : raw;
}

const article = files[0];
const taken = new Set((loaded.input.sources.data as { id: string }[]).map((s) => s.id));
const id =
  opts["source-id"] ?? freshId(article ? basename(article).replace(/\.[^.]+$/, "") : "corrections", taken);
if (taken.has(id) && article) fail(`source id "${id}" is already in data/sources.json`);
const text = article ? readArticle(resolve(article)) : "";
const date = opts.date ?? "unknown";
const source = {
  id,
  headline:
    opts.title ??
    (text
      .split("\n")
      .find((l) => l.trim() !== "")
      ?.trim()
      .slice(0, 200) ||
      "TODO: headline"),
  outlet: opts.outlet ?? "unknown",
  date,
  dateBasis: opts.date ? "Given on the command line (--date)." : "TODO: why we believe the date",
  covers: { from: date === "unknown" ? "TODO" : date, to: date === "unknown" ? "TODO" : date },
  ...(opts.url ? { url: opts.url } : {}),
};
const proposal: ProposalFile = article
  ? propose({
      text,
      source,
      entities,
      eventIds,
      matcher: createMatcher(compileIndex({ entities })),
      path: relative(root, resolve(article)),
    })
  : {
      version: PROPOSAL_VERSION,
      article: { text: "" },
      source: { accept: false, ...source },
      spellings: [],
      negatives: [],
      entities: [],
      facts: [],
    };

if (opts.corrections) {
  const parsed = parseReport(readFileSync(resolve(opts.corrections), "utf8"));
  for (const e of parsed.errors) console.error(`propose: ${opts.corrections}: ${e}`);
  const got = fromCorrections(parsed.corrections, new Set(entities.map((e) => e.id)));
  for (const u of got.unknown)
    console.error(`propose: ${opts.corrections}: unknown entity "${u.entity}" (${u.spelling})`);
  proposal.spellings.push(...got.spellings);
  proposal.negatives.push(...got.negatives);
}

const out = join(root, "data/proposals", `${id}.json`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(proposal, null, 2)}\n`);
console.log(summary(proposal, relative(root, out)));

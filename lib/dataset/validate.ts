/**
 * Validation of the hand-written dataset (data/). Pure: it takes parsed JSON and the seed
 * texts in memory and returns every problem it finds, each naming the file and the field, so
 * one run shows all that is wrong. The fs layer is lib/dataset/load.ts.
 */

import {
  aliasKey,
  collapseWhitespace,
  comparePartialDates,
  countWords,
  isPartialDate,
  KEBAB_ID,
  MAX_EVIDENCE_WORDS,
  precisionOf,
} from "./text";
import type { AffiliationType, SourceId } from "./types";

/** One problem in one file. `field` is a path into the JSON ("affiliations[2].cites[0].evidence"). */
export interface Issue {
  file: string;
  field: string;
  message: string;
}

/** A parsed JSON file and the path it was read from (repo-relative, for messages). */
export interface RawFile {
  file: string;
  data: unknown;
}

/** A row of shared/dataset/required-entities.tsv. */
export interface RequiredEntity {
  id: string;
  type: "person" | "group";
  name: string;
}

/** Everything the validator looks at, already in memory. */
export interface DatasetInput {
  sources: RawFile;
  entities: RawFile[];
  events: RawFile[];
  /** Seed texts by source id; null when the seeds folder is absent (evidence is then not checked). */
  seeds: ReadonlyMap<SourceId, string> | null;
  /** Required entities; null when the list is absent (the check is then skipped). */
  required: readonly RequiredEntity[] | null;
  /** Where the required list came from, for messages. */
  requiredFile?: string;
}

/** Every affiliation type of types.ts; kept as a value so the validator can check membership. */
export const AFFILIATION_TYPES: readonly AffiliationType[] = [
  "leads",
  "led",
  "founded",
  "member-of",
  "part-of",
  "backed-by",
  "backs",
  "allied-with",
  "opposed-to",
  "advises",
  "advised",
  "succeeded",
  "preceded",
  "works-for",
  "worked-for",
  "commands",
  "related-to",
];

const ENTITY_TYPES = ["person", "group"] as const;
const PRECISIONS = ["day", "month", "year"] as const;

const SOURCE_KEYS = ["id", "headline", "outlet", "date", "dateBasis", "covers"];
const ENTITY_KEYS = [
  "id",
  "type",
  "kind",
  "name",
  "aliases",
  "negatives",
  "role",
  "summary",
  "affiliations",
  "disagreements",
];
const ALIAS_KEYS = ["text", "ambiguous", "caseSensitive", "seenIn"];
const ROLE_KEYS = ["text", "from", "to", "cites"];
const AFFILIATION_KEYS = ["type", "target", "from", "to", "note", "cites"];
const EVENT_KEYS = ["id", "date", "precision", "title", "participants", "cites", "disagreements"];

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Collects issues for one file; `at` builds the field path. */
class FileChecker {
  constructor(
    readonly file: string,
    private readonly out: Issue[],
  ) {}

  error(field: string, message: string): void {
    this.out.push({ file: this.file, field, message });
  }

  /** Reports keys the schema does not know: a typo ("cite") would otherwise drop data silently. */
  knownKeys(obj: Json, allowed: readonly string[], at: string): void {
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key)) this.error(join(at, key), "unknown field (see lib/dataset/types.ts)");
    }
  }

  string(obj: Json, key: string, at: string, opts: { optional?: boolean } = {}): string | undefined {
    const v = obj[key];
    const field = join(at, key);
    if (v === undefined) {
      if (!opts.optional) this.error(field, "missing");
      return undefined;
    }
    if (typeof v !== "string") {
      this.error(field, `must be a string, got ${describe(v)}`);
      return undefined;
    }
    if (v.trim() === "") {
      this.error(field, "must not be empty");
      return undefined;
    }
    return v;
  }

  boolean(obj: Json, key: string, at: string): void {
    const v = obj[key];
    if (v !== undefined && typeof v !== "boolean")
      this.error(join(at, key), `must be true or false, got ${describe(v)}`);
  }

  date(obj: Json, key: string, at: string, opts: { optional?: boolean; unknownAllowed?: boolean } = {}) {
    const v = obj[key];
    const field = join(at, key);
    if (v === undefined) {
      if (!opts.optional) this.error(field, "missing");
      return undefined;
    }
    if (opts.unknownAllowed && v === "unknown") return undefined;
    if (!isPartialDate(v)) {
      this.error(field, `must be a partial ISO date ("2020", "2020-06" or "2020-06-25"), got ${describe(v)}`);
      return undefined;
    }
    return v;
  }

  /** A from/to pair: both optional, valid dates, not reversed. */
  range(obj: Json, at: string, optional: boolean): void {
    const from = this.date(obj, "from", at, { optional });
    const to = this.date(obj, "to", at, { optional });
    if (from && to && comparePartialDates(from, to) > 0) {
      this.error(join(at, "to"), `ends (${to}) before it starts (${from})`);
    }
  }

  array(obj: Json, key: string, at: string, opts: { optional?: boolean; nonEmpty?: boolean } = {}) {
    const v = obj[key];
    const field = join(at, key);
    if (v === undefined) {
      if (!opts.optional) this.error(field, "missing");
      return undefined;
    }
    if (!Array.isArray(v)) {
      this.error(field, `must be an array, got ${describe(v)}`);
      return undefined;
    }
    if (opts.nonEmpty && v.length === 0) this.error(field, "must not be empty");
    return v as unknown[];
  }

  object(v: unknown, at: string): Json | undefined {
    if (!isObject(v)) {
      this.error(at, `must be an object, got ${describe(v)}`);
      return undefined;
    }
    return v;
  }
}

function join(at: string, key: string): string {
  return at === "" ? key : `${at}.${key}`;
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  return typeof v === "object" ? "an object" : `${typeof v} ${String(v)}`;
}

function baseName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.json$/, "");
}

/** What later passes need to know about one citation, collected while checking structure. */
interface CiteRef {
  file: string;
  field: string;
  source: string;
  evidence: string;
}

interface AliasRef {
  file: string;
  field: string;
  entity: string;
  text: string;
  ambiguous: boolean;
  seenIn: { field: string; source: string }[];
}

interface Context {
  issues: Issue[];
  cites: CiteRef[];
  aliases: AliasRef[];
  /** Entity and event ids that point at entities: checked once all entities are known. */
  links: { file: string; field: string; target: string }[];
}

function checkCites(c: FileChecker, ctx: Context, obj: Json, at: string): void {
  const list = c.array(obj, "cites", at, { nonEmpty: true });
  list?.forEach((item, i) => {
    const field = `${join(at, "cites")}[${i}]`;
    const cite = c.object(item, field);
    if (!cite) return;
    c.knownKeys(cite, ["source", "evidence"], field);
    const source = c.string(cite, "source", field);
    const evidence = c.string(cite, "evidence", field);
    if (evidence !== undefined) {
      const words = countWords(evidence);
      if (words > MAX_EVIDENCE_WORDS) {
        c.error(join(field, "evidence"), `has ${words} words; quote at most ${MAX_EVIDENCE_WORDS}`);
      }
    }
    if (source !== undefined && evidence !== undefined) {
      ctx.cites.push({ file: c.file, field, source, evidence });
    }
  });
}

function checkDisagreements(c: FileChecker, ctx: Context, obj: Json, at: string): void {
  const list = c.array(obj, "disagreements", at, { optional: true });
  list?.forEach((item, i) => {
    const field = `${join(at, "disagreements")}[${i}]`;
    const d = c.object(item, field);
    if (!d) return;
    c.knownKeys(d, ["topic", "versions"], field);
    c.string(d, "topic", field);
    const versions = c.array(d, "versions", field);
    if (versions && versions.length < 2)
      c.error(join(field, "versions"), "a disagreement needs at least two versions");
    versions?.forEach((v, j) => {
      const vf = `${join(field, "versions")}[${j}]`;
      const version = c.object(v, vf);
      if (!version) return;
      c.knownKeys(version, ["value", "cites"], vf);
      c.string(version, "value", vf);
      checkCites(c, ctx, version, vf);
    });
  });
}

function checkSources(raw: RawFile, ctx: Context): Set<string> {
  const ids = new Set<string>();
  const c = new FileChecker(raw.file, ctx.issues);
  if (!Array.isArray(raw.data)) {
    c.error("", `must be an array of sources, got ${describe(raw.data)}`);
    return ids;
  }
  if (raw.data.length === 0) c.error("", "lists no sources");
  raw.data.forEach((item, i) => {
    const at = `[${i}]`;
    const s = c.object(item, at);
    if (!s) return;
    c.knownKeys(s, SOURCE_KEYS, at);
    const id = c.string(s, "id", at);
    if (id !== undefined) {
      if (ids.has(id)) c.error(join(at, "id"), `duplicate source id "${id}"`);
      ids.add(id);
    }
    c.string(s, "headline", at);
    c.string(s, "outlet", at);
    c.date(s, "date", at, { unknownAllowed: true });
    c.string(s, "dateBasis", at, { optional: true });
    const covers = s.covers === undefined ? undefined : c.object(s.covers, join(at, "covers"));
    if (s.covers === undefined) c.error(join(at, "covers"), "missing");
    if (covers) {
      c.knownKeys(covers, ["from", "to"], join(at, "covers"));
      c.range(covers, join(at, "covers"), false);
    }
  });
  return ids;
}

function checkEntity(raw: RawFile, ctx: Context): { id?: string; type?: string; name?: string } {
  const c = new FileChecker(raw.file, ctx.issues);
  const e = c.object(raw.data, "");
  if (!e) return {};
  c.knownKeys(e, ENTITY_KEYS, "");
  const id = c.string(e, "id", "");
  if (id !== undefined) {
    if (!KEBAB_ID.test(id)) c.error("id", `"${id}" is not kebab-case (lower-case words joined by hyphens)`);
    if (id !== baseName(raw.file))
      c.error("id", `"${id}" differs from the file name "${baseName(raw.file)}"`);
  }
  const type = c.string(e, "type", "");
  if (type !== undefined && !(ENTITY_TYPES as readonly string[]).includes(type)) {
    c.error("type", `must be "person" or "group", got ${describe(type)}`);
  }
  c.string(e, "kind", "", { optional: true });
  const name = c.string(e, "name", "");

  const aliases = c.array(e, "aliases", "", { nonEmpty: true });
  aliases?.forEach((item, i) => {
    const at = `aliases[${i}]`;
    const a = c.object(item, at);
    if (!a) return;
    c.knownKeys(a, ALIAS_KEYS, at);
    const text = c.string(a, "text", at);
    if (text !== undefined && text !== text.trim())
      c.error(join(at, "text"), "has leading or trailing spaces");
    c.boolean(a, "ambiguous", at);
    c.boolean(a, "caseSensitive", at);
    const seen: AliasRef["seenIn"] = [];
    c.array(a, "seenIn", at, { optional: true })?.forEach((s, j) => {
      const field = `${join(at, "seenIn")}[${j}]`;
      if (typeof s !== "string") c.error(field, `must be a source id, got ${describe(s)}`);
      else seen.push({ field, source: s });
    });
    if (text !== undefined && id !== undefined) {
      ctx.aliases.push({
        file: raw.file,
        field: at,
        entity: id,
        text,
        ambiguous: a.ambiguous === true,
        seenIn: seen,
      });
    }
  });

  c.array(e, "negatives", "", { optional: true })?.forEach((n, i) => {
    if (typeof n !== "string" || n.trim() === "")
      c.error(`negatives[${i}]`, `must be a non-empty string, got ${describe(n)}`);
  });

  const role = e.role === undefined ? undefined : c.object(e.role, "role");
  if (e.role === undefined) c.error("role", "missing");
  if (role) {
    c.knownKeys(role, ROLE_KEYS, "role");
    c.string(role, "text", "role");
    c.range(role, "role", true);
    checkCites(c, ctx, role, "role");
  }

  c.string(e, "summary", "");

  c.array(e, "affiliations", "")?.forEach((item, i) => {
    const at = `affiliations[${i}]`;
    const a = c.object(item, at);
    if (!a) return;
    c.knownKeys(a, AFFILIATION_KEYS, at);
    const type = c.string(a, "type", at);
    if (type !== undefined && !(AFFILIATION_TYPES as readonly string[]).includes(type)) {
      c.error(
        join(at, "type"),
        `unknown affiliation type ${describe(type)}; one of: ${AFFILIATION_TYPES.join(", ")}`,
      );
    }
    const target = c.string(a, "target", at);
    if (target !== undefined) {
      if (target === id) c.error(join(at, "target"), "an entity cannot be affiliated with itself");
      else ctx.links.push({ file: raw.file, field: join(at, "target"), target });
    }
    c.range(a, at, true);
    c.string(a, "note", at, { optional: true });
    checkCites(c, ctx, a, at);
  });

  checkDisagreements(c, ctx, e, "");
  return { id, type, name };
}

function checkEvent(raw: RawFile, ctx: Context): string | undefined {
  const c = new FileChecker(raw.file, ctx.issues);
  const e = c.object(raw.data, "");
  if (!e) return undefined;
  c.knownKeys(e, EVENT_KEYS, "");
  const id = c.string(e, "id", "");
  if (id !== undefined) {
    if (!KEBAB_ID.test(id)) c.error("id", `"${id}" is not kebab-case (lower-case words joined by hyphens)`);
    if (id !== baseName(raw.file))
      c.error("id", `"${id}" differs from the file name "${baseName(raw.file)}"`);
  }
  const date = c.date(e, "date", "");
  const precision = c.string(e, "precision", "");
  if (precision !== undefined) {
    if (!(PRECISIONS as readonly string[]).includes(precision)) {
      c.error("precision", `must be "day", "month" or "year", got ${describe(precision)}`);
    } else if (date !== undefined && precisionOf(date) !== precision) {
      // A date written to the day with precision "month" would claim more (or less) than we know.
      c.error("precision", `"${precision}" does not match the date "${date}" (${precisionOf(date)})`);
    }
  }
  c.string(e, "title", "");
  c.array(e, "participants", "", { nonEmpty: true })?.forEach((item, i) => {
    const at = `participants[${i}]`;
    const p = c.object(item, at);
    if (!p) return;
    c.knownKeys(p, ["id", "part"], at);
    const pid = c.string(p, "id", at);
    if (pid !== undefined) ctx.links.push({ file: raw.file, field: join(at, "id"), target: pid });
    c.string(p, "part", at);
  });
  checkCites(c, ctx, e, "");
  checkDisagreements(c, ctx, e, "");
  return id;
}

/**
 * Validate the whole dataset. Returns every error found (empty when the dataset is sound).
 * Evidence and `seenIn` spellings are checked against `input.seeds` only when it is given.
 */
export function validateDataset(input: DatasetInput): Issue[] {
  const ctx: Context = { issues: [], cites: [], aliases: [], links: [] };
  const sourceIds = checkSources(input.sources, ctx);

  const entities = new Map<string, { file: string; type?: string; name?: string }>();
  for (const raw of input.entities) {
    const { id, type, name } = checkEntity(raw, ctx);
    if (id === undefined) continue;
    const prior = entities.get(id);
    if (prior)
      ctx.issues.push({
        file: raw.file,
        field: "id",
        message: `duplicate entity id "${id}" (also ${prior.file})`,
      });
    else entities.set(id, { file: raw.file, type, name });
  }
  const eventIds = new Map<string, string>();
  for (const raw of input.events) {
    const id = checkEvent(raw, ctx);
    if (id === undefined) continue;
    const prior = eventIds.get(id);
    if (prior)
      ctx.issues.push({ file: raw.file, field: "id", message: `duplicate event id "${id}" (also ${prior})` });
    else eventIds.set(id, raw.file);
  }

  for (const link of ctx.links) {
    if (!entities.has(link.target)) {
      ctx.issues.push({
        file: link.file,
        field: link.field,
        message: `unknown entity id "${link.target}" (no data/entities/${link.target}.json)`,
      });
    }
  }

  checkCitations(ctx, sourceIds, input.seeds);
  checkAliases(ctx, entities, sourceIds, input.seeds);

  if (input.required) {
    const file = input.requiredFile ?? "required-entities.tsv";
    for (const r of input.required) {
      const e = entities.get(r.id);
      const where = `data/entities/${r.id}.json`;
      if (!e)
        ctx.issues.push({
          file: where,
          field: "id",
          message: `required entity "${r.id}" (${r.type}) is missing (listed in ${file})`,
        });
      else {
        if (e.type !== r.type)
          ctx.issues.push({
            file: e.file,
            field: "type",
            message: `must be "${r.type}" as in ${file}, got "${e.type}"`,
          });
        if (e.name !== r.name)
          ctx.issues.push({
            file: e.file,
            field: "name",
            message: `must be "${r.name}" as in ${file}, got "${e.name}"`,
          });
      }
    }
  }
  return ctx.issues;
}

function checkCitations(ctx: Context, sourceIds: Set<string>, seeds: DatasetInput["seeds"]): void {
  const collapsed = new Map<string, string>();
  for (const cite of ctx.cites) {
    if (!sourceIds.has(cite.source)) {
      ctx.issues.push({
        file: cite.file,
        field: `${cite.field}.source`,
        message: `unknown source "${cite.source}" (not in data/sources.json)`,
      });
      continue;
    }
    if (!seeds) continue;
    const text = seeds.get(cite.source);
    if (text === undefined) {
      ctx.issues.push({
        file: cite.file,
        field: `${cite.field}.source`,
        message: `no seed text for source "${cite.source}"`,
      });
      continue;
    }
    let doc = collapsed.get(cite.source);
    if (doc === undefined) {
      doc = collapseWhitespace(text);
      collapsed.set(cite.source, doc);
    }
    if (!doc.includes(collapseWhitespace(cite.evidence))) {
      ctx.issues.push({
        file: cite.file,
        field: `${cite.field}.evidence`,
        message: `not found verbatim in ${cite.source}: ${JSON.stringify(cite.evidence)}`,
      });
    }
  }
}

function checkAliases(
  ctx: Context,
  entities: Map<string, { file: string; name?: string }>,
  sourceIds: Set<string>,
  seeds: DatasetInput["seeds"],
): void {
  const byKey = new Map<string, AliasRef[]>();
  for (const a of ctx.aliases) {
    const key = aliasKey(a.text);
    const list = byKey.get(key) ?? [];
    const same = list.find((b) => b.entity === a.entity);
    if (same)
      ctx.issues.push({
        file: a.file,
        field: `${a.field}.text`,
        message: `duplicates ${same.field} ("${same.text}")`,
      });
    else list.push(a);
    byKey.set(key, list);

    for (const s of a.seenIn) {
      if (!sourceIds.has(s.source)) {
        ctx.issues.push({
          file: a.file,
          field: s.field,
          message: `unknown source "${s.source}" (not in data/sources.json)`,
        });
        continue;
      }
      const text = seeds?.get(s.source);
      // seenIn promises the exact spelling occurs in that document; an engine test relies on it.
      if (text !== undefined && !text.includes(a.text)) {
        ctx.issues.push({
          file: a.file,
          field: s.field,
          message: `"${a.text}" does not occur in ${s.source}`,
        });
      }
    }
  }
  for (const list of byKey.values()) {
    if (list.length < 2 || list.every((a) => a.ambiguous)) continue;
    for (const a of list) {
      if (a.ambiguous) continue;
      const others = list.filter((b) => b !== a).map((b) => b.entity);
      ctx.issues.push({
        file: a.file,
        field: `${a.field}.text`,
        message: `alias "${a.text}" is shared with ${others.join(", ")}; mark it "ambiguous": true on every entity that uses it`,
      });
    }
  }
  // A canonical name must not be another entity's unambiguous alias: the engine would link it to either.
  for (const [id, e] of entities) {
    if (e.name === undefined) continue;
    for (const a of byKey.get(aliasKey(e.name)) ?? []) {
      if (a.entity !== id && !a.ambiguous) {
        ctx.issues.push({
          file: a.file,
          field: `${a.field}.text`,
          message: `alias "${a.text}" is the name of entity "${id}"`,
        });
      }
    }
  }
}

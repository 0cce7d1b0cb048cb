/**
 * Validation of the hand-written dataset (data/). Pure: it takes parsed JSON and the seed
 * texts in memory and returns every problem it finds, each naming the file and the field, so
 * one run shows all that is wrong. Each file's shape is the schema of types.ts, run in the mode
 * that collects every problem; the checks here are those across files (ids, links, citations
 * against the seeds, aliases, the required entities). The fs layer is lib/dataset/load.ts.
 */

import type { Guard } from "../schema/guard";
import { checkAliases, checkCitations } from "./cross-checks";
import { entitySchema, eventSchema, type SourceId, sourcesFileSchema } from "./types";
import type { Context } from "./validate-context";

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

export { AFFILIATION_TYPES } from "./types";

/** What a `mark`ed guard of the schema checked, with its field path. */
interface Found {
  name: string;
  value: unknown;
  path: string;
}

/** A value collected from a file: partial where the file is wrong, so read its fields with care. */
type Loose = Record<string, unknown> | undefined;

function baseName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.json$/, "");
}

/**
 * Runs one schema over one file, collecting every problem; citations and entity links found in
 * it go to the checks across files. Returns what it read, and what the schema marked.
 */
function checkFile<T>(raw: RawFile, schema: Guard<T>, ctx: Context): { value: unknown; found: Found[] } {
  const found: Found[] = [];
  const value = schema(raw.data, "", {
    issue: (field, message) => ctx.issues.push({ file: raw.file, field, message }),
    found: (name, value, path) => found.push({ name, value, path }),
  });
  for (const f of found) {
    const v = f.value as Loose;
    if (f.name === "cite" && typeof v?.source === "string" && typeof v.evidence === "string")
      ctx.cites.push({ file: raw.file, field: f.path, source: v.source, evidence: v.evidence });
  }
  return { value, found };
}

/** The file's id: reported when it differs from the file name. */
function fileId(raw: RawFile, value: unknown, ctx: Context): string | undefined {
  const id = (value as Loose)?.id;
  if (typeof id !== "string") return undefined;
  if (id !== baseName(raw.file))
    ctx.issues.push({
      file: raw.file,
      field: "id",
      message: `"${id}" differs from the file name "${baseName(raw.file)}"`,
    });
  return id;
}

function checkSources(raw: RawFile, ctx: Context): Set<string> {
  const ids = new Set<string>();
  const { value } = checkFile(raw, sourcesFileSchema, ctx);
  (Array.isArray(value) ? (value as Loose[]) : []).forEach((s, i) => {
    const id = s?.id;
    if (typeof id !== "string") return;
    if (ids.has(id))
      ctx.issues.push({ file: raw.file, field: `[${i}].id`, message: `duplicate source id "${id}"` });
    ids.add(id);
  });
  return ids;
}

function checkEntity(raw: RawFile, ctx: Context): { id?: string; type?: string; name?: string } {
  const { value, found } = checkFile(raw, entitySchema, ctx);
  const e = value as Loose;
  const id = fileId(raw, e, ctx);
  for (const f of found) {
    const v = f.value as Loose;
    if (f.name === "link") {
      if (f.value === id)
        ctx.issues.push({
          file: raw.file,
          field: f.path,
          message: "an entity cannot be affiliated with itself",
        });
      else ctx.links.push({ file: raw.file, field: f.path, target: f.value as string });
    } else if (f.name === "alias" && typeof v?.text === "string" && id !== undefined) {
      const seenIn = Array.isArray(v.seenIn) ? (v.seenIn as unknown[]) : [];
      ctx.aliases.push({
        file: raw.file,
        field: f.path,
        entity: id,
        text: v.text,
        ambiguous: v.ambiguous === true,
        ...(typeof v.script === "string" ? { script: v.script } : {}),
        seenIn: seenIn.flatMap((source, j) =>
          typeof source === "string" ? [{ field: `${f.path}.seenIn[${j}]`, source }] : [],
        ),
      });
    }
  }
  // The type as written, even when it is not one of the two: the required list names it.
  const type = (raw.data as Loose)?.type;
  const name = e?.name;
  return {
    id,
    type: typeof type === "string" && type.trim() !== "" ? type : undefined,
    name: typeof name === "string" ? name : undefined,
  };
}

function checkEvent(raw: RawFile, ctx: Context): string | undefined {
  const { value, found } = checkFile(raw, eventSchema, ctx);
  for (const f of found)
    if (f.name === "link") ctx.links.push({ file: raw.file, field: f.path, target: f.value as string });
  return fileId(raw, value, ctx);
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

/**
 * The thin fs layer: reads data/, the seed texts and the required-entity list into a
 * DatasetInput. Node only; the extension imports the compiled JSON, never this file.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { DatasetInput, Issue, RawFile, RequiredEntity } from "./validate";

/** Where the loader looks; every path can be overridden for tests. */
export interface LoadOptions {
  /** Repository root (holds data/). */
  root: string;
  /** Folder of the five *.txt documents. Default: $ACTOR_LENS_SEEDS or <root>/../shared/seeds. */
  seedsDir?: string;
  /** required-entities.tsv. Default: <root>/../shared/dataset/required-entities.tsv. */
  requiredFile?: string;
  /** Environment to read ACTOR_LENS_SEEDS and CI from. Default: process.env. */
  env?: Record<string, string | undefined>;
}

/** The loaded input, plus errors (unreadable JSON, missing folders in CI) and warnings. */
export interface Loaded {
  input: DatasetInput;
  errors: Issue[];
  warnings: Issue[];
}

/**
 * A missing shared folder is fatal in CI, where it must be provisioned, and only a warning on a
 * developer machine, where the checks that need it are skipped.
 */
export function missingSharedIssue(
  path: string,
  what: string,
  env: Record<string, string | undefined>,
): { level: "error" | "warning"; issue: Issue } {
  const inCi = env.CI !== undefined && env.CI !== "" && env.CI !== "false";
  const skipped =
    what === "seeds" ? "evidence phrases were not checked" : "required entities were not checked";
  return {
    level: inCi ? "error" : "warning",
    issue: {
      file: path,
      field: "",
      message: inCi
        ? `${what} not found; CI must provide it${what === "seeds" ? " (or set ACTOR_LENS_SEEDS)" : ""}`
        : `${what} not found; ${skipped}`,
    },
  };
}

/** Parse required-entities.tsv (header: id, type, name). */
export function parseRequiredTsv(text: string, file: string): { rows: RequiredEntity[]; errors: Issue[] } {
  const rows: RequiredEntity[] = [];
  const errors: Issue[] = [];
  const lines = text.split(/\r?\n/);
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === "") return;
    const [id, type, name] = line.split("\t");
    if (!id || (type !== "person" && type !== "group") || !name) {
      errors.push({
        file,
        field: `line ${i + 2}`,
        message: `expected "id<TAB>person|group<TAB>name", got ${JSON.stringify(line)}`,
      });
      return;
    }
    rows.push({ id, type, name });
  });
  return { rows, errors };
}

function readJson(path: string, file: string, errors: Issue[]): RawFile | undefined {
  try {
    return { file, data: JSON.parse(readFileSync(path, "utf8")) as unknown };
  } catch (e) {
    errors.push({ file, field: "", message: `cannot read JSON: ${(e as Error).message}` });
    return undefined;
  }
}

function readJsonDir(root: string, dir: string, errors: Issue[]): RawFile[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap((f) => readJson(join(abs, f), `${dir}/${f}`, errors) ?? []);
}

/** Read everything validateDataset needs from disk. */
export function loadDataset(opts: LoadOptions): Loaded {
  const env = opts.env ?? process.env;
  const root = resolve(opts.root);
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const show = (p: string) => relative(root, p) || p;
  const report = (r: ReturnType<typeof missingSharedIssue>) =>
    (r.level === "error" ? errors : warnings).push(r.issue);

  const sources = existsSync(join(root, "data/sources.json"))
    ? (readJson(join(root, "data/sources.json"), "data/sources.json", errors) ?? {
        file: "data/sources.json",
        data: [],
      })
    : { file: "data/sources.json", data: [] };
  if (!existsSync(join(root, "data/sources.json"))) {
    errors.push({ file: "data/sources.json", field: "", message: "missing" });
  }

  const seedsDir = resolve(root, opts.seedsDir ?? env.ACTOR_LENS_SEEDS ?? "../shared/seeds");
  let seeds: Map<string, string> | null = null;
  if (existsSync(seedsDir)) {
    seeds = new Map();
    for (const f of readdirSync(seedsDir).filter((n) => n.endsWith(".txt"))) {
      seeds.set(f.replace(/\.txt$/, ""), readFileSync(join(seedsDir, f), "utf8"));
    }
  } else report(missingSharedIssue(show(seedsDir), "seeds", env));

  const requiredPath = resolve(root, opts.requiredFile ?? "../shared/dataset/required-entities.tsv");
  let required: RequiredEntity[] | null = null;
  if (existsSync(requiredPath)) {
    const parsed = parseRequiredTsv(readFileSync(requiredPath, "utf8"), show(requiredPath));
    required = parsed.rows;
    errors.push(...parsed.errors);
  } else report(missingSharedIssue(show(requiredPath), "required-entities.tsv", env));

  return {
    input: {
      sources,
      entities: readJsonDir(root, "data/entities", errors),
      events: readJsonDir(root, "data/events", errors),
      seeds,
      required,
      requiredFile: show(requiredPath),
    },
    errors,
    warnings,
  };
}

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildDataset, latestSourceDate } from "../../../lib/dataset/compile";
import { loadDataset, missingSharedIssue, parseRequiredTsv } from "../../../lib/dataset/load";
import { SEED_A, SEED_B, validInput } from "./fixture";

let dir: string;
let root: string;

/** Write the fixture to disk as repo/data/... and shared/seeds, shared/dataset next to it. */
function writeFixture(): void {
  const input = validInput();
  root = join(dir, "repo");
  mkdirSync(join(root, "data/entities"), { recursive: true });
  mkdirSync(join(root, "data/events"), { recursive: true });
  mkdirSync(join(dir, "shared/seeds"), { recursive: true });
  mkdirSync(join(dir, "shared/dataset"), { recursive: true });
  for (const f of [input.sources, ...input.entities, ...input.events]) {
    writeFileSync(join(root, f.file), JSON.stringify(f.data));
  }
  writeFileSync(join(dir, "shared/seeds/doc-a.txt"), SEED_A);
  writeFileSync(join(dir, "shared/seeds/doc-b.txt"), SEED_B);
  writeFileSync(
    join(dir, "shared/dataset/required-entities.tsv"),
    "id\ttype\tname\nalpha-brigades\tgroup\tAlpha Brigades\njon-doe\tperson\tJon Doe\n",
  );
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "actor-lens-data-"));
  writeFixture();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("loadDataset", () => {
  it("reads data/, the seeds and the required list from ../shared", () => {
    const loaded = loadDataset({ root, env: {} });
    expect(loaded.errors).toEqual([]);
    expect(loaded.warnings).toEqual([]);
    expect(loaded.input.entities.map((e) => e.file)).toEqual([
      "data/entities/alpha-brigades.json",
      "data/entities/beta-party.json",
      "data/entities/jon-doe.json",
    ]);
    expect([...(loaded.input.seeds?.keys() ?? [])].sort()).toEqual(["doc-a", "doc-b"]);
    expect(loaded.input.required).toHaveLength(2);
    expect(buildDataset(loaded.input).errors).toEqual([]);
  });

  it("takes the seeds folder from ACTOR_LENS_SEEDS", () => {
    const loaded = loadDataset({ root, env: { ACTOR_LENS_SEEDS: join(dir, "nowhere") } });
    expect(loaded.input.seeds).toBeNull();
    expect(loaded.warnings).toHaveLength(1);
    expect(loaded.warnings[0]?.message).toBe("seeds not found; evidence phrases were not checked");
  });

  it("fails in CI when the seeds or the required list are missing", () => {
    rmSync(join(dir, "shared"), { recursive: true });
    const loaded = loadDataset({ root, env: { CI: "true" } });
    expect(loaded.errors.map((e) => `${e.file}: ${e.message}`)).toEqual([
      "../shared/seeds: seeds not found; CI must provide it (or set ACTOR_LENS_SEEDS)",
      "../shared/dataset/required-entities.tsv: required-entities.tsv not found; CI must provide it",
    ]);
  });

  it("only warns outside CI, and still validates everything else", () => {
    rmSync(join(dir, "shared"), { recursive: true });
    const loaded = loadDataset({ root, env: {} });
    expect(loaded.errors).toEqual([]);
    expect(loaded.warnings.map((w) => w.message)).toEqual([
      "seeds not found; evidence phrases were not checked",
      "required-entities.tsv not found; required entities were not checked",
    ]);
    expect(buildDataset(loaded.input).dataset?.entities).toHaveLength(3);
  });

  it("reports unreadable JSON with its file", () => {
    writeFileSync(join(root, "data/entities/beta-party.json"), "{ nope");
    const loaded = loadDataset({ root, env: {} });
    expect(loaded.errors).toHaveLength(1);
    expect(loaded.errors[0]?.file).toBe("data/entities/beta-party.json");
    expect(loaded.errors[0]?.message).toMatch(/^cannot read JSON/);
  });

  it("reports a missing sources.json", () => {
    rmSync(join(root, "data/sources.json"));
    const loaded = loadDataset({ root, env: {} });
    expect(loaded.errors).toEqual([{ file: "data/sources.json", field: "", message: "missing" }]);
  });
});

describe("helpers", () => {
  it("treats CI=false as not CI", () => {
    expect(missingSharedIssue("x", "seeds", { CI: "false" }).level).toBe("warning");
    expect(missingSharedIssue("x", "seeds", { CI: "1" }).level).toBe("error");
  });

  it("parses the required TSV and reports malformed lines", () => {
    const { rows, errors } = parseRequiredTsv("id\ttype\tname\na\tgroup\tA\nb\tthing\tB\n", "req.tsv");
    expect(rows).toEqual([{ id: "a", type: "group", name: "A" }]);
    expect(errors).toEqual([
      {
        file: "req.tsv",
        field: "line 3",
        message: 'expected "id<TAB>person|group<TAB>name", got "b\\tthing\\tB"',
      },
    ]);
  });

  it("takes the latest known source date as asOf", () => {
    const s = (date: string) => ({
      id: date,
      headline: "",
      outlet: "",
      date,
      covers: { from: "2020", to: "2020" },
    });
    expect(latestSourceDate([s("2020-07"), s("unknown"), s("2024-03-14"), s("2021-11")])).toBe("2024-03-14");
    expect(() => latestSourceDate([s("unknown")])).toThrow(/asOf/);
  });

  it("compiles in a stable order", () => {
    const input = validInput();
    input.entities.reverse();
    const { dataset } = buildDataset(input);
    expect(dataset?.asOf).toBe("2021-02-03");
    expect(dataset?.entities.map((e) => e.id)).toEqual(["alpha-brigades", "beta-party", "jon-doe"]);
  });

  it("does not compile an invalid dataset", () => {
    const input = validInput();
    input.required = [{ id: "delta", type: "group", name: "Delta" }, ...(input.required ?? [])];
    expect(buildDataset(input).dataset).toBeUndefined();
  });
});

/**
 * `npm run propose` and `npm run accept` end to end on a temp copy of data/: the wire article
 * of tests/fixtures/proposals (two new actors, new spellings of known ones) is proposed, a
 * maintainer's edits are made, accept applies them, and the dataset still validates as
 * `npm run data` validates it. A refused item leaves data/ as it was.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { formatReport } from "../../../lib/corrections/report";
import { buildDataset } from "../../../lib/dataset/compile";
import { loadDataset } from "../../../lib/dataset/load";
import type { ProposalFile } from "../../../lib/proposals/types";
import { ROOT, runScript } from "../cli/run-script";

const SEEDS = resolve(ROOT, process.env.ACTOR_LENS_SEEDS ?? "../shared/seeds");
const ARTICLE = join(ROOT, "tests/fixtures/proposals/wire-basra.txt");

const run = runScript;

/** A temp repository root with a copy of data/ and of the seeds. */
function tempRoot(): { root: string; seeds: string } {
  const root = mkdtempSync(join(tmpdir(), "actor-lens-propose-"));
  for (const p of ["data/sources.json", "data/entities", "data/events"])
    cpSync(join(ROOT, p), join(root, p), { recursive: true });
  const seeds = join(root, "seeds");
  cpSync(SEEDS, seeds, { recursive: true });
  return { root, seeds };
}

const snapshot = (root: string) =>
  ["entities", "events"]
    .flatMap((d) =>
      readdirSync(join(root, "data", d)).map(
        (f) => `${d}/${f}:${readFileSync(join(root, "data", d, f), "utf8")}`,
      ),
    )
    .concat(readFileSync(join(root, "data/sources.json"), "utf8"));

async function proposeWire(root: string): Promise<{ file: string; p: ProposalFile; stdout: string }> {
  const r = await run(
    "propose.ts",
    ARTICLE,
    "--source-id",
    "wire-basra-2025",
    "--title",
    "New militia commander emerges in Basra",
    "--date",
    "2025-03-04",
    "--outlet",
    "Wire",
    "--root",
    root,
  );
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const file = join(root, "data/proposals/wire-basra-2025.json");
  return { file, p: JSON.parse(readFileSync(file, "utf8")) as ProposalFile, stdout: r.stdout };
}

describe("npm run propose / accept", () => {
  it("proposes the wire article's new actors and new spellings, every item unaccepted", async () => {
    const { root } = tempRoot();
    const { p, stdout } = await proposeWire(root);
    expect(p.entities.map((e) => [e.name, e.type])).toEqual([
      ["Saraya al-Fajr al-Jadid", "group"],
      ["Abu Haider al-Basri", "person"],
    ]);
    const sp = p.spellings.map((s) => `${s.text} → ${s.entity} (${s.how})`);
    expect(sp).toContain("Kataeb Hizbullah → kataib-hezbollah (variant of an alias)");
    expect(sp).toContain("Faylaq al-Quds → quds-force (translation pattern)");
    expect(sp).toContain("Mohammed Shia al-Soudani → mohammed-shia-al-sudani (variant of an alias)");
    expect(sp).toContain("Soudani → mohammed-shia-al-sudani (surname after full name)");
    const text = readFileSync(ARTICLE, "utf8");
    const items = [p.source, ...p.spellings, ...p.entities, ...p.facts];
    expect(items.every((i) => i.accept === false)).toBe(true);
    for (const f of p.facts) {
      expect(text).toContain(f.evidence);
      expect(f.evidence.split(/\s+/).length).toBeLessThanOrEqual(20);
    }
    expect(p.facts).toContainEqual(
      expect.objectContaining({
        kind: "affiliation",
        entity: "saraya-al-fajr-al-jadid",
        type: "part-of",
        target: "popular-mobilization-forces",
      }),
    );
    expect(stdout).toContain("## New entities (2)");
    expect(stdout).toContain("“Faylaq al-Quds” → `quds-force` (translation pattern)");
  }, 60_000);

  it("accepts a hand-edited proposal into data/, which then validates", async () => {
    const { root, seeds } = tempRoot();
    const { file, p } = await proposeWire(root);
    p.source.accept = true;
    p.source.covers = { from: "2025-03", to: "2025-03" };
    for (const s of p.spellings) s.accept = true;
    const [group, person] = p.entities as [ProposalFile["entities"][0], ProposalFile["entities"][0]];
    Object.assign(group, {
      accept: true,
      kind: "militia",
      role: "Armed group in Basra (2025)",
      summary: "A Basra armed group that claimed attacks on oil convoys in 2025.",
    });
    Object.assign(person, {
      accept: true,
      kind: "militia-leader",
      role: "Commander of Saraya al-Fajr al-Jadid",
      summary: "Named in a 2025 wire report as the group's commander.",
    });
    const aff = p.facts.find((f) => f.kind === "affiliation" && f.entity === group.id);
    if (!aff) throw new Error("no affiliation draft");
    aff.accept = true;
    const edited = join(root, "edited.json");
    writeFileSync(edited, JSON.stringify(p));
    void file;

    const r = await run("accept.ts", edited, "--root", root, "--seeds", seeds);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const loaded = loadDataset({ root, seedsDir: seeds, env: { CI: "" } });
    expect(buildDataset(loaded.input).errors).toEqual([]);
    const g = JSON.parse(readFileSync(join(root, "data/entities/saraya-al-fajr-al-jadid.json"), "utf8"));
    expect(g.affiliations[0]).toMatchObject({ type: "part-of", target: "popular-mobilization-forces" });
    const kh = JSON.parse(readFileSync(join(root, "data/entities/kataib-hezbollah.json"), "utf8"));
    expect(kh.aliases).toContainEqual({ text: "Kataeb Hizbullah", seenIn: ["wire-basra-2025"] });
    expect(readFileSync(join(seeds, "wire-basra-2025.txt"), "utf8")).toBe(readFileSync(ARTICLE, "utf8"));
    expect(JSON.parse(readFileSync(join(root, "data/sources.json"), "utf8")).at(-1).id).toBe(
      "wire-basra-2025",
    );
  }, 60_000);

  it("refuses an unedited or unverifiable item and leaves data/ untouched", async () => {
    const { root, seeds } = tempRoot();
    const { p } = await proposeWire(root);
    const before = snapshot(root);
    p.source.accept = true;
    (p.entities[0] as ProposalFile["entities"][0]).accept = true; // role and summary still TODO
    const fact = p.facts.find((f) => f.kind === "affiliation");
    if (!fact) throw new Error("no affiliation draft");
    Object.assign(fact, { accept: true, evidence: "words the article never wrote" });
    const edited = join(root, "edited.json");
    writeFileSync(edited, JSON.stringify(p));
    const r = await run("accept.ts", edited, "--root", root, "--seeds", seeds);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("refused: entities[0] saraya-al-fajr-al-jadid: write its role");
    expect(r.stderr).toContain("evidence is not verbatim in the article");
    expect(snapshot(root)).toEqual(before);
    expect(readdirSync(seeds)).not.toContain("wire-basra-2025.txt");
  }, 60_000);

  it("turns a reader's corrections report into alias and negative items that accept applies", async () => {
    const { root, seeds } = tempRoot();
    const report = join(root, "corrections.md");
    writeFileSync(
      report,
      formatReport([
        {
          kind: "spelling",
          spelling: "Hadi al-Amery",
          entity: "hadi-al-amiri",
          scope: "everywhere",
          page: "https://example.org/a",
          sentence: "Badr chief Hadi al-Amery spoke on Monday.",
        },
        {
          kind: "not",
          spelling: "Badr Street",
          entity: "badr-organization",
          scope: "site",
          page: "https://example.org/b",
          sentence: "Traffic on Badr Street was heavy.",
        },
        {
          kind: "spelling",
          spelling: "Someone",
          entity: "no-such-entity",
          scope: "page",
          page: "https://example.org/c",
          sentence: "Someone spoke.",
        },
      ]),
    );
    const r = await run("propose.ts", "--corrections", report, "--root", root);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('unknown entity "no-such-entity"');
    const file = join(root, "data/proposals/corrections.json");
    const p = JSON.parse(readFileSync(file, "utf8")) as ProposalFile;
    expect(p.spellings).toEqual([
      expect.objectContaining({
        accept: false,
        entity: "hadi-al-amiri",
        text: "Hadi al-Amery",
        how: "reader correction",
        seen: false,
        sentence: expect.stringContaining("Badr chief Hadi al-Amery spoke"),
      }),
    ]);
    expect(p.negatives).toEqual([
      expect.objectContaining({ accept: false, entity: "badr-organization", text: "Badr Street" }),
    ]);
    for (const i of [...p.spellings, ...p.negatives]) i.accept = true;
    writeFileSync(file, JSON.stringify(p));
    const a = await run("accept.ts", file, "--root", root, "--seeds", seeds);
    expect(a.stderr).toBe("");
    expect(a.code).toBe(0);
    const badr = JSON.parse(readFileSync(join(root, "data/entities/badr-organization.json"), "utf8"));
    expect(badr.negatives).toContain("Badr Street");
    const hadi = JSON.parse(readFileSync(join(root, "data/entities/hadi-al-amiri.json"), "utf8"));
    expect(hadi.aliases).toContainEqual({ text: "Hadi al-Amery" });
    expect(buildDataset(loadDataset({ root, seedsDir: seeds, env: { CI: "" } }).input).errors).toEqual([]);
  }, 60_000);
});

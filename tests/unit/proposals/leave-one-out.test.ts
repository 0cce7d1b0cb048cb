/**
 * Issue 13, item 4: propose on each of the five documents with the dataset built without it,
 * scored against the full dataset. The targets hold over the five together; the table is
 * `npm run propose:eval`. This fails when the proposer regresses.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../lib/dataset/load";
import type { EntitySource, EventSource, Source } from "../../../lib/dataset/types";
import { leaveOneOut, proposeWithout } from "../../../lib/proposals/evaluate";
import { entitySources, withoutSource } from "../../../lib/proposals/leave-out";
import { ratio } from "../../../lib/proposals/score";

const ROOT = resolve(import.meta.dirname, "../../..");
const loaded = loadDataset({ root: ROOT, env: { CI: "" } });
const seeds = loaded.input.seeds;
const full = {
  sources: loaded.input.sources.data as Source[],
  entities: loaded.input.entities.map((f) => f.data as EntitySource),
  events: loaded.input.events.map((f) => f.data as EventSource),
};
const unlisted = JSON.parse(
  readFileSync(resolve(ROOT, "tests/fixtures/proposals/unlisted-actors.json"), "utf8"),
).documents as Record<string, string[]>;

describe("leave one document out", () => {
  it("has the five documents to leave out", () => {
    expect(seeds, "the seeds (../shared/seeds or ACTOR_LENS_SEEDS) are needed").not.toBeNull();
    expect(full.sources.map((s) => s.id).every((id) => seeds?.has(id))).toBe(true);
    expect(full.sources).toHaveLength(5);
  });

  it("drops the document and what only it supported, and keeps the rest", () => {
    const doc = "004_9bc6249cbdfeefff";
    const reduced = withoutSource(full, doc);
    expect(reduced.sources.map((s) => s.id)).not.toContain(doc);
    const cites = reduced.entities.flatMap((e) => [
      ...e.role.cites,
      ...e.affiliations.flatMap((a) => a.cites),
    ]);
    expect(cites.some((c) => c.source === doc)).toBe(false);
    expect(reduced.entities.flatMap((e) => e.aliases).some((a) => a.seenIn?.includes(doc))).toBe(false);
    const onlyHere = full.entities.filter((e) => [...entitySources(e)].every((s) => s === doc));
    expect(onlyHere.map((e) => e.id)).toContain("michael-knights");
    expect(reduced.entities.map((e) => e.id)).not.toContain("michael-knights");
    expect(reduced.entities.map((e) => e.id)).toContain("qais-al-khazali");
    // The full data is not touched.
    expect(
      full.entities.find((e) => e.id === "qais-al-khazali")?.role.cites.some((c) => c.source === doc),
    ).toBe(true);
  });

  it("proposes only fresh ids and verbatim evidence of at most 20 words", () => {
    const doc = "000_c345e28c9b81a69b";
    const text = seeds?.get(doc) ?? "";
    const p = proposeWithout(full, doc, text);
    const taken = new Set(withoutSource(full, doc).entities.map((e) => e.id));
    for (const e of p.entities) expect(taken.has(e.id), e.id).toBe(false);
    const flat = text.replace(/\s+/g, " ");
    for (const f of p.facts) {
      expect(flat).toContain(f.evidence.replace(/\s+/g, " "));
      expect(f.evidence.trim().split(/\s+/).length).toBeLessThanOrEqual(20);
    }
    for (const e of p.entities) expect(flat).toContain(e.evidence.replace(/\s+/g, " "));
  });

  it("meets the targets over the five documents", () => {
    const texts = new Map([...(seeds ?? new Map<string, string>())].sort(([a], [b]) => a.localeCompare(b)));
    const rows = leaveOneOut(full, texts, unlisted);
    expect(rows).toHaveLength(5);
    const sum = (
      k:
        | "newFound"
        | "newTargets"
        | "proposedRight"
        | "proposed"
        | "spellingFound"
        | "spellingTargets"
        | "factFound"
        | "factTargets",
    ) => rows.reduce((n, r) => n + r[k], 0);
    const table = rows
      .map(
        (r) =>
          `${r.doc}: new ${r.newFound}/${r.newTargets}, right ${r.proposedRight}/${r.proposed}, spellings ${r.spellingFound}/${r.spellingTargets}, facts ${r.factFound}/${r.factTargets}`,
      )
      .join("\n");
    expect(ratio(sum("newFound"), sum("newTargets")), table).toBeGreaterThanOrEqual(0.9);
    expect(ratio(sum("proposedRight"), sum("proposed")), table).toBeGreaterThanOrEqual(0.8);
    expect(ratio(sum("spellingFound"), sum("spellingTargets")), table).toBeGreaterThanOrEqual(0.9);
    expect(ratio(sum("factFound"), sum("factTargets")), table).toBeGreaterThanOrEqual(0.6);
    // Each document on its own still gets most of its new entities proposed and drafts for its facts.
    for (const r of rows.filter((x) => x.newTargets >= 5))
      expect(ratio(r.newFound, r.newTargets), r.doc).toBeGreaterThanOrEqual(0.9);
    for (const r of rows.filter((x) => x.factTargets >= 20))
      expect(ratio(r.factFound, r.factTargets), r.doc).toBeGreaterThanOrEqual(0.6);
  }, 60_000);
});

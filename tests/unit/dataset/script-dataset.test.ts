/**
 * The Arabic- and Persian-script names in the real dataset (issue 16, item 1): enough of them,
 * each traced to the page it was seen on, and every entity the research notes give a verified
 * form for has at least one. The research notes are read here, not copied: their entity
 * sections and evidence columns decide which entities must be covered.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../lib/dataset/load";
import { foldArabicScript } from "../../../lib/dataset/script";
import type { Alias, EntitySource } from "../../../lib/dataset/types";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const entities = loadDataset({ root }).input.entities.map((f) => f.data as EntitySource);
const scriptAliases = entities.flatMap((e) =>
  e.aliases.filter((a) => a.script !== undefined).map((a) => ({ entity: e.id, ...a })),
);
const research = readFileSync(resolve(root, "docs/research/arabic-persian-forms.md"), "utf8");

/** Letters only, folded as the engine folds them: for "does the quote show this spelling". */
const letters = (s: string) => foldArabicScript(s.replace(/[^\p{L}]/gu, ""));

/**
 * Entity ids with a verified form in the research notes: a table row of an entity section
 * (before "Traps" and "Unverified") whose script is ar or fa, whose evidence is a page or an
 * index hit, and whose kind is a name form (not a typo, a clitic example or a title).
 */
function verifiedInResearch(ids: Set<string>): Set<string> {
  const out = new Set<string>();
  const body = research.slice(research.indexOf("## Entities"), research.indexOf("## Traps seen"));
  let headingIds: string[] = [];
  let columns: string[] = [];
  for (const line of body.split("\n")) {
    if (line.startsWith("###")) {
      headingIds = (line.match(/[a-z0-9]+(?:-[a-z0-9]+)+|\b[a-z]+\b/g) ?? []).filter((w) => ids.has(w));
      columns = [];
    } else if (/^\| (form|entity) \|/.test(line)) columns = cells(line);
    else if (line.startsWith("|") && !line.startsWith("|---") && columns.length > 0) {
      const row: Record<string, string> = Object.fromEntries(
        cells(line).map((c, i) => [columns[i] ?? "", c]),
      );
      const entity = row.entity ?? (headingIds.length === 1 ? headingIds[0] : undefined);
      const evidence = Object.entries(row).find(([k]) => k.startsWith("evidence"))?.[1] ?? "";
      const kind = row.kind ?? "";
      if (
        entity !== undefined &&
        ids.has(entity) &&
        /^(ar|fa)\b/.test(row.script ?? "") &&
        /https?:\/\/|find_string id/.test(evidence) &&
        !/typo|error|misspelling|do not|not usable|clitic|descr|hashtag|nickname|related|members|weak/i.test(
          kind,
        )
      )
        out.add(entity);
    }
  }
  return out;
}
const cells = (line: string) =>
  line
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((c) => c.trim());

describe("Arabic- and Persian-script names in data/", () => {
  it("has at least 150 Arabic and 50 Persian spellings", () => {
    const ar = scriptAliases.filter((a) => a.script === "ar").length;
    const fa = scriptAliases.filter((a) => a.script === "fa").length;
    console.log(
      `script aliases: ${ar} ar, ${fa} fa, on ${new Set(scriptAliases.map((a) => a.entity)).size} entities`,
    );
    expect(ar).toBeGreaterThanOrEqual(150);
    expect(fa).toBeGreaterThanOrEqual(50);
  });

  it("marks every one as a name form not from the documents, seen on a real page", () => {
    const bad = scriptAliases.filter(
      (a: Alias) =>
        a.fromDocuments !== false ||
        a.seenIn !== undefined ||
        (a.seenOn ?? []).length === 0 ||
        (a.seenOn ?? []).some((p) => !/^https?:\/\/\S+$/.test(p.url) || /\.\.\.|…/.test(p.url)),
    );
    expect(bad.map((a) => `${a.entity}: ${a.text}`)).toEqual([]);
  });

  it("quotes each page where it shows the spelling (clitics, diacritics and ZWNJ aside)", () => {
    // "للتحالف" is ل + "التحالف": the article's alef is dropped after the clitic ل.
    const shows = (quote: string, text: string) =>
      letters(quote).includes(letters(text)) || letters(quote).replace(/لل/g, "لال").includes(letters(text));
    const missing = scriptAliases.flatMap((a) =>
      (a.seenOn ?? [])
        .filter((p) => !shows(p.quote, a.text))
        .map((p) => `${a.entity}: ${a.text} ← ${p.quote}`),
    );
    expect(missing).toEqual([]);
  });

  it("covers every entity the research notes give a verified form for", () => {
    const ids = new Set(entities.map((e) => e.id));
    const verified = verifiedInResearch(ids);
    const covered = new Set(scriptAliases.map((a) => a.entity));
    const uncovered = [...verified].filter((id) => !covered.has(id));
    console.log(
      `research: ${verified.size} of ${ids.size} entities with a verified form; dataset covers ${covered.size}; ` +
        `without: ${[...ids].filter((id) => !covered.has(id)).join(", ")}`,
    );
    expect(verified.size).toBeGreaterThan(0);
    expect(uncovered).toEqual([]);
  });

  it("keeps the forms the research marks as typos or errors out", () => {
    // Word by word, so a glued typo ("مسعودبارزاني") is not the name it glues ("مسعود بارزاني").
    const spelled = (s: string) =>
      foldArabicScript(s.replace(/[^\p{L}\s]/gu, ""))
        .replace(/\s+/g, " ")
        .trim();
    const typos = research
      .split("\n")
      .filter((l) => l.startsWith("|") && /\| (error seen|typo seen|misspelling seen)/.test(l))
      .map((l) => (cells(l).find((c) => /[\u0600-\u06FF]/.test(c)) ?? "").replace(/\s*\(sic[^)]*\)/, ""));
    expect(typos.filter((t) => t !== "").length).toBeGreaterThan(5);
    const keys = new Set(scriptAliases.map((a) => spelled(a.text)));
    expect(typos.filter((t) => keys.has(spelled(t)))).toEqual([]);
  });
});

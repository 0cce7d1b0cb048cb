/**
 * `npm run annotate -- FILE --corrections corrections.json`: a reader's corrections applied
 * by the command line as the extension applies them, with their scope, and a bad file refused.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runScript } from "./run-script";

const dir = mkdtempSync(join(tmpdir(), "actor-lens-corrections-"));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const article = write("a.txt", "Badr fighters and Hadi al-Amiri met Abu Fadak in Basra. Badr said.\n");
const record = (id: string, kind: string, spelling: string, entity: string, scope: string) => ({
  id,
  kind,
  spelling,
  entity,
  scope,
  sentence: "",
  url: "https://news.example/a",
  site: "news.example",
  title: "A",
  createdAt: 1,
});
const rows = (stdout: string) =>
  stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { surface: string; id: string; reason: string });

describe("npm run annotate --corrections", () => {
  const file = write(
    "c.json",
    JSON.stringify({
      corrections: [
        record("c1", "not", "Badr", "badr-organization", "everywhere"),
        record("c2", "spelling", "Abu Fadak", "kataib-hezbollah", "site"),
      ],
    }),
  );

  it("drops a wrong match and adds a reader's spelling on the page where they hold", async () => {
    const plain = rows((await runScript("annotate.ts", article, "--json")).stdout);
    expect(plain.filter((m) => m.surface === "Badr").map((m) => m.id)).toEqual([
      "badr-organization",
      "badr-organization",
    ]);
    const r = await runScript(
      "annotate.ts",
      article,
      "--json",
      "--corrections",
      file,
      "--url",
      "https://news.example/b",
    );
    expect(r.code).toBe(0);
    const got = rows(r.stdout);
    expect(got.map((m) => [m.surface, m.id])).toEqual([
      ["Hadi al-Amiri", "hadi-al-amiri"],
      ["Abu Fadak", "kataib-hezbollah"],
    ]);
    expect(got[1]?.reason).toBe("your correction");
  });

  it("leaves out, and counts, the corrections of another site", async () => {
    const r = await runScript(
      "annotate.ts",
      article,
      "--json",
      "--corrections",
      file,
      "--url",
      "https://other.example/",
    );
    expect(r.code).toBe(0);
    expect(rows(r.stdout).map((m) => m.surface)).toEqual(["Hadi al-Amiri", "Abu Fadak"]);
    expect(rows(r.stdout)[1]?.id).toBe("abu-fadak-al-mohammedawi");
    expect(r.stderr).toContain("1 of 2 corrections hold on another page or site: not applied");
  });

  it.each([
    ["not JSON", "{", "not JSON"],
    [
      "a bad kind",
      JSON.stringify([{ ...record("c1", "maybe", "Badr", "badr-organization", "site") }]),
      "corrections[0].kind",
    ],
    [
      "an unknown entity",
      JSON.stringify([record("c1", "not", "Badr", "no-such-entity", "site")]),
      "not in the dataset",
    ],
    [
      "an unknown field",
      JSON.stringify([{ ...record("c1", "not", "Badr", "badr-organization", "site"), x: 1 }]),
      "corrections[0].x",
    ],
    [
      "the same id twice",
      JSON.stringify([
        record("c1", "not", "Badr", "badr-organization", "site"),
        record("c1", "not", "Badr", "badr-organization", "page"),
      ]),
      "the same id twice",
    ],
    ["an export with no corrections", JSON.stringify({ highlights: [] }), "no corrections list"],
  ])("refuses a file with %s, and applies nothing", async (_what, text, error) => {
    const bad = write(`bad-${Math.random()}.json`, text);
    const r = await runScript("annotate.ts", article, "--json", "--corrections", bad);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(error);
    expect(r.stderr).toContain("no correction applied");
  });

  it("says how to use --url and --corrections", async () => {
    const r = await runScript("annotate.ts", article, "--url", "https://news.example/");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--url goes with --corrections");
    const r2 = await runScript("annotate.ts", article, "--corrections");
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain("--corrections needs a value");
  });
});

/**
 * Folders by layer and by bundle (issue 15, item 5). Reads the imports of every .ts/.tsx file
 * under lib/, entrypoints/, bench/ and scripts/ with TypeScript's own parser (so comments and
 * strings never count as imports) and fails on an arrow that runs the wrong way.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");

type Layer = "core" | "shared" | "content" | "lazy" | "pages" | "background";

/**
 * Where each layer is; the first matching prefix wins, so a file named before its folder is an
 * exception to it. (README.md, "Layout", says the same in words.)
 * - core: pure logic with no browser UI — the engine, names, anchoring, extraction, the dataset
 *   and what a card shows of it, guards, the notes store, search.
 * - shared: what every extension context uses to talk and to read settings.
 * - content: the always-loaded content script (content.js, under its 60,000-byte budget).
 * - lazy: the page UI in page-ui.js, loaded on first need through lib/page/lazy-ui.ts; lib/ui is
 *   here because the hover card is its heaviest user (the pages use it too).
 * - pages: the extension's own pages (popup, notes page, note card frame, options).
 * - background: the service worker.
 */
const LAYERS: [prefix: string, layer: Layer][] = [
  ["lib/matching/", "core"],
  ["lib/names/", "core"],
  ["lib/anchoring/", "core"],
  ["lib/extract/", "core"],
  ["lib/dataset/", "core"],
  ["lib/schema/", "core"],
  ["lib/notes/", "core"],
  ["lib/search/", "core"],
  ["lib/proposals/", "core"],
  ["lib/corrections/", "core"],
  ["lib/messaging/", "shared"],
  ["lib/settings/index.ts", "shared"],
  ["lib/page/layer.tsx", "lazy"],
  ["lib/page/", "content"],
  ["lib/notes-ui/", "lazy"],
  ["lib/page-ui/", "lazy"],
  ["lib/ui/", "lazy"],
  ["lib/popup/", "pages"],
  ["lib/notes-page/", "pages"],
  ["lib/note-frame/", "pages"],
  ["lib/settings/OptionsPage.tsx", "pages"],
  ["lib/background/", "background"],
];

/** Which layers a layer may import at run time (type-only imports are checked apart). */
const MAY_IMPORT: Record<Layer, Layer[]> = {
  core: ["core"],
  shared: ["core", "shared"],
  // The lazy bundle only through lib/page/lazy-ui.ts, which loads page-ui.js by its URL.
  content: ["core", "shared", "content"],
  lazy: ["core", "shared", "content", "lazy"],
  pages: ["core", "shared", "lazy", "pages"],
  background: ["core", "shared", "background"],
};

/** Type-only imports cost no bytes and run nothing: allowed where the code needs the shape. */
const MAY_IMPORT_TYPES: Record<Layer, Layer[]> = {
  ...MAY_IMPORT,
  content: ["core", "shared", "content", "lazy"],
};

interface Edge {
  from: string;
  to: string;
  typeOnly: boolean;
}

function layerOf(path: string): Layer | undefined {
  return LAYERS.find(([prefix]) => path.startsWith(prefix))?.[1];
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name) && !name.endsWith(".d.ts")) out.push(path);
  }
  return out;
}

/** The file a relative specifier names, as a path from the root (TypeScript's resolution, short). */
function resolveSpecifier(from: string, spec: string): string | undefined {
  const base = resolve(ROOT, dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")])
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(ROOT, candidate);
  return undefined;
}

/** Every relative import of one file: import/export … from, side-effect imports, import(). */
function importsOf(path: string, text: string): { spec: string; typeOnly: boolean }[] {
  const file = ts.createSourceFile(
    path,
    text,
    ts.ScriptTarget.Latest,
    false,
    path.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: { spec: string; typeOnly: boolean }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const allTypes =
        !!clause &&
        !clause.name &&
        !!named &&
        ts.isNamedImports(named) &&
        named.elements.length > 0 &&
        named.elements.every((e) => e.isTypeOnly);
      found.push({ spec: node.moduleSpecifier.text, typeOnly: !!clause?.isTypeOnly || allTypes });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push({ spec: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push({ spec: node.arguments[0].text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found.filter((i) => i.spec.startsWith("."));
}

function readEdges(): { edges: Edge[]; unresolved: string[] } {
  const edges: Edge[] = [];
  const unresolved: string[] = [];
  for (const from of ["lib", "entrypoints", "bench", "scripts"].flatMap(sourceFiles)) {
    for (const { spec, typeOnly } of importsOf(from, readFileSync(join(ROOT, from), "utf8"))) {
      const to = resolveSpecifier(from, spec);
      if (to) edges.push({ from, to, typeOnly });
      else unresolved.push(`${from} → ${spec}`);
    }
  }
  return { edges, unresolved };
}

/** Arrows that run the wrong way, as "from → to" lines. */
function wrongArrows(edges: Edge[]): string[] {
  const wrong: string[] = [];
  for (const { from, to, typeOnly } of edges) {
    const a = layerOf(from);
    const b = layerOf(to);
    const say = (why: string) => wrong.push(`${from} → ${to}: ${why}`);
    if (from.startsWith("lib/") && !a) say("lib file in no layer (add it to LAYERS)");
    if (to.startsWith("lib/") && !b && !to.endsWith(".css")) say("lib file in no layer (add it to LAYERS)");
    if (a && b && !(typeOnly ? MAY_IMPORT_TYPES : MAY_IMPORT)[a].includes(b)) say(`${a} may not import ${b}`);
    if (from.startsWith("lib/") && to.startsWith("data/"))
      say("generated data comes in through an entrypoint");
    if ((from.startsWith("bench/") || from.startsWith("scripts/")) && to.startsWith("tests/"))
      say("tools import nothing from tests/");
  }
  return wrong;
}

/** lib/<folder> of a path, or undefined outside lib/. */
const folderOf = (path: string) =>
  path.startsWith("lib/") ? path.split("/").slice(0, 2).join("/") : undefined;

/** Cycles between lib/* folders (any import counts, types too), each as "a → b → … → a". */
function folderCycles(edges: Edge[]): string[] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    const a = folderOf(from);
    const b = folderOf(to);
    if (a && b && a !== b) next.set(a, (next.get(a) ?? new Set()).add(b));
  }
  const cycles = new Set<string>();
  const walk = (path: string[]) => {
    for (const b of next.get(path.at(-1) ?? "") ?? []) {
      const at = path.indexOf(b);
      if (at >= 0) {
        const loop = path.slice(at);
        // One name per cycle, whichever folder it is entered from.
        const first = loop.indexOf([...loop].sort()[0] ?? "");
        const turned = [...loop.slice(first), ...loop.slice(0, first)];
        cycles.add([...turned, turned[0]].join(" → "));
      } else walk([...path, b]);
    }
  };
  for (const start of next.keys()) walk([start]);
  return [...cycles].sort();
}

describe("layers", () => {
  const { edges, unresolved } = readEdges();

  it("reads the imports it checks", () => {
    expect(unresolved).toEqual([]);
    // A parser that found nothing would pass every rule below.
    expect(edges.length).toBeGreaterThan(300);
    expect(edges).toContainEqual({ from: "lib/page/reader.ts", to: "lib/page/scanner.ts", typeOnly: false });
    expect(edges).toContainEqual({
      from: "lib/page/lazy-ui.ts",
      to: "lib/page/page-ui-api.ts",
      typeOnly: false,
    });
  });

  it("flags a wrong arrow, a type-only import and a cycle the way the rules say", () => {
    const e = (from: string, to: string, typeOnly = false): Edge => ({ from, to, typeOnly });
    expect(wrongArrows([e("lib/matching/a.ts", "lib/ui/b.ts", true)])).toHaveLength(1);
    expect(wrongArrows([e("lib/page/reader.ts", "lib/page/layer.tsx")])).toHaveLength(1);
    expect(wrongArrows([e("lib/page/reader.ts", "lib/page/layer.tsx", true)])).toEqual([]);
    expect(wrongArrows([e("lib/popup/data.ts", "data/build/dataset.json")])).toHaveLength(1);
    expect(wrongArrows([e("bench/x.ts", "tests/e2e/harness.ts")])).toHaveLength(1);
    expect(
      folderCycles([e("lib/page/a.ts", "lib/page-ui/b.ts"), e("lib/page-ui/b.ts", "lib/page/c.ts")]),
    ).toEqual(["lib/page → lib/page-ui → lib/page"]);
  });

  it("has core import no UI, page or background code; content reach the lazy bundle only through lazy-ui.ts; lib/ no generated data; tools no tests", () => {
    expect(wrongArrows(edges)).toEqual([]);
  });

  it("has no import cycle between lib/* folders", () => {
    expect(folderCycles(edges)).toEqual([]);
  });
});

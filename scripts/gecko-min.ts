/**
 * Checks the Firefox manifest's strict_min_version against MDN's compatibility data: it must be
 * the oldest Firefox that has every web and WebExtension feature Actor Lens relies on (the list
 * below, one line each with where it is used). Exits non-zero, saying which feature decides,
 * when the manifest asks for an older or a newer version. Part of `npm run lint:firefox`.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import bcd from "@mdn/browser-compat-data" with { type: "json" };

const ROOT = resolve(import.meta.dirname, "..");

/**
 * Features we need, as paths in the compatibility data; those we test for first are left out.
 * A third entry names the part of a partly implemented feature that we use: the version is then
 * the one whose note says that part works from it.
 */
const FEATURES: [path: string, why: string, part?: string][] = [
  ["api.HighlightRegistry", "CSS.highlights: every mark and saved highlight (lib/page/highlights.ts)"],
  ["api.Highlight", "new Highlight() (lib/page/highlights.ts)"],
  [
    "css.selectors.highlight",
    "::highlight() with text-decoration: the marks' underline (lib/page/highlight.css)",
    "text-decoration",
  ],
  ["css.properties.zoom", "undoing a page's html { zoom } on our hosts (lib/ui/container.ts)"],
  ["api.ShadowRoot.adoptedStyleSheets", "mark styles inside open shadow roots (lib/page/highlights.ts)"],
  ["css.selectors.has", "the note card's colour chips (lib/notes-ui/styles.ts)"],
  ["webextensions.api.storage.session", "the note frames' session state (lib/background/note-frame.ts)"],
  ["webextensions.manifest.web_accessible_resources.matches", "page-ui.js and note-frame.html (Manifest V3)"],
  ["webextensions.manifest.action", "the toolbar popup (Manifest V3)"],
  [
    "webextensions.manifest.browser_specific_settings.gecko.data_collection_permissions",
    "declaring no data collection",
  ],
];

type Support = {
  version_added: string | boolean | null;
  partial_implementation?: boolean;
  flags?: unknown[];
  notes?: string | string[];
};

/** The first Firefox version with unflagged support of the feature at `path` (of `part` of it). */
function since(path: string, part?: string): number {
  let node: unknown = bcd;
  for (const key of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[key];
  const support = (node as { __compat?: { support: { firefox?: Support | Support[] } } })?.__compat?.support
    .firefox;
  if (!support) throw new Error(`no Firefox data for ${path}`);
  const version = (s?: Support) => Number.parseFloat(String(s?.version_added).replace("≤", ""));
  const entries = [support].flat().filter((s) => !s.flags && s.version_added);
  let v = version(entries.find((s) => !s.partial_implementation));
  if (part)
    for (const s of entries.filter((e) => e.partial_implementation)) {
      // "Before Firefox 146, cannot be used with <code>text-decoration</code>."
      const note = [s.notes ?? []].flat().find((n) => n.includes(`<code>${part}</code>`));
      const from = Number(/Before Firefox (\d+)/.exec(note ?? "")?.[1] ?? version(s));
      if (Number.isFinite(from)) v = Math.min(Number.isFinite(v) ? v : from, Math.max(from, version(s)));
    }
  if (!Number.isFinite(v)) throw new Error(`Firefox does not support ${path}`);
  return v;
}

const needed = FEATURES.map(([path, why, part]) => ({ path, why, since: since(path, part) })).sort(
  (a, b) => b.since - a.since,
);
const oldest = needed[0]?.since ?? 0;
const manifest = JSON.parse(readFileSync(join(ROOT, ".output/firefox-mv3/manifest.json"), "utf8"));
const declared = Number.parseFloat(manifest.browser_specific_settings?.gecko?.strict_min_version ?? "0");
for (const f of needed) console.log(`Firefox ${f.since}\t${f.path}: ${f.why}`);
console.log(
  `MDN data ${bcd.__meta.version}: the oldest Firefox with all of these is ${oldest}; the manifest asks for ${declared}.`,
);
if (declared !== oldest) {
  console.log(`strict_min_version should be "${oldest}.0" (wxt.config.ts).`);
  process.exit(1);
}

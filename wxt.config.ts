import type { Plugin } from "vite";
import { defineConfig } from "wxt";

/**
 * V8's explicit compile hint (https://v8.dev/blog/explicit-compile-hints): the content script
 * is compiled whole when it is injected, not function by function inside the first scan's
 * slices, where each first call would parse its function again (issue 10). Nearly all of it
 * runs on every page. The comment must open the file, so it is added after minifying.
 */
const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";
function compileHint(): Plugin {
  return {
    name: "actor-lens:compile-hint",
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle))
        if (chunk.type === "chunk" && chunk.fileName === "content-scripts/content.js")
          chunk.code = COMPILE_HINT + chunk.code;
    },
  };
}

// https://wxt.dev/api/config.html
export default defineConfig({
  // No auto-imports: every module says where its names come from.
  imports: false,
  manifest: ({ browser }) => ({
    name: "Actor Lens",
    description:
      "Marks the actors and armed groups of Iraqi politics on news pages, with sourced hover cards and private highlights.",
    // storage: per-site switches and options; contextMenus: "Save highlight" on a selection.
    // Content scripts reach pages through their match patterns; nothing else is requested.
    permissions: ["storage", "contextMenus"],
    // The lazy UI bundle (cards, note editor, anchoring), imported by the content script on
    // first need, so that the per-page cost stays small: a page without names pays only for
    // reading its text. Web-accessible resources can be fetched by pages too, hence
    // use_dynamic_url (Chrome): the URL changes per session, so a page cannot probe a fixed URL
    // to detect Actor Lens. Firefox does not know the key (it warns on install); its
    // moz-extension:// host is already random per install.
    // note-frame.html is the note card (issue 17): an extension page framed in the web page,
    // so the note's text never exists in the page's document.
    web_accessible_resources: [
      {
        resources: ["page-ui.js", "note-frame.html"],
        matches: ["http://*/*", "https://*/*"],
        ...(browser === "firefox" ? {} : { use_dynamic_url: true }),
      },
    ],
    commands: {
      "next-mention": {
        suggested_key: { default: "Alt+Shift+N" },
        description: "Go to the next marked name and open its card",
      },
      "toggle-pause": {
        suggested_key: { default: "Alt+Shift+P" },
        description: "Pause or resume Actor Lens on every site",
      },
      "save-highlight": {
        suggested_key: { default: "Alt+Shift+H" },
        description: "Save the selected text as a highlight",
      },
    },
    // AMO: the add-on's id, and (required of new add-ons since 2025) that it collects no data.
    ...(browser === "firefox"
      ? {
          browser_specific_settings: {
            gecko: {
              id: "actor-lens@actor-lens.invalid",
              // The oldest Firefox with every feature we use (MDN's compatibility data, checked
              // by scripts/gecko-min.ts): 146, where ::highlight() takes the marks' text-decoration.
              strict_min_version: "146.0",
              data_collection_permissions: { required: ["none"] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    esbuild: { jsx: "automatic", jsxImportSource: "preact" },
    plugins: [compileHint()],
    // ACTOR_LENS_MINIFY=0: readable function names in a profile (bench/profile-scan.ts).
    build: { minify: process.env.ACTOR_LENS_MINIFY !== "0" },
  }),
});

import { defineConfig } from "wxt";

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
    ...(browser === "firefox"
      ? {
          browser_specific_settings: {
            gecko: {
              id: "actor-lens@actor-lens.invalid",
              strict_min_version: "142.0",
              data_collection_permissions: { required: ["none"] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    esbuild: { jsx: "automatic", jsxImportSource: "preact" },
  }),
});

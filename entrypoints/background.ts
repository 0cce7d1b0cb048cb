import browser, { type Runtime } from "webextension-polyfill";
import { defineBackground } from "wxt/utils/define-background";
import aliasIndex from "../data/build/alias-index.json";
import dataset from "../data/build/dataset.json";
import { registerCorrectionsBackground } from "../lib/background/corrections";
import { coreHandlers } from "../lib/background/handlers";
import { registerNotesBackground } from "../lib/background/notes";
import { registerReaderBackground } from "../lib/background/reader";
import { createRouter } from "../lib/background/router";
import { registerSpotting } from "../lib/background/spotting";
import type { CompiledDataset } from "../lib/dataset/types";
import type { PackedIndex } from "../lib/matching/index";
import { togglePaused } from "../lib/settings/index";

export default defineBackground(() => {
  const notes = registerNotesBackground(browser, aliasIndex);
  const compiled = dataset as unknown as CompiledDataset;
  // Spotting for content scripts: the matcher built once, warm across pages (issue 10); the
  // answers say what kind each named entity is, so a page draws its marks without a directory.
  const kinds = new Map(compiled.entities.map((e) => [e.id, e.type]));
  registerSpotting(browser.runtime, aliasIndex as unknown as PackedIndex, (id) => kinds.get(id));
  const reader = registerReaderBackground(browser, compiled, togglePaused);
  const entityIds = new Set(compiled.entities.map((e) => e.id));
  const corrections = registerCorrectionsBackground(browser.tabs, (id) => entityIds.has(id));
  // `npm run dev` opens the demo article, so a newcomer sees marks and cards at once.
  if (import.meta.env.COMMAND === "serve")
    browser.runtime.onInstalled.addListener(
      () => void browser.tabs.create({ url: browser.runtime.getURL("/demo.html") }),
    );
  const route = createRouter(
    coreHandlers(browser.runtime.getManifest().version, { notes, reader, corrections }),
    {
      id: browser.runtime.id,
      origin: browser.runtime.getURL("/").replace(/\/$/, ""),
    },
  );
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    route(message, sender),
  );
});

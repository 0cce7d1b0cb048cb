import browser, { type Runtime } from "webextension-polyfill";
import { defineBackground } from "wxt/utils/define-background";
import { coreHandlers } from "../lib/background/handlers";
import { registerNotesBackground } from "../lib/background/notes";
import { createRouter } from "../lib/background/router";

export default defineBackground(() => {
  const notes = registerNotesBackground(browser);
  const route = createRouter(coreHandlers(browser.runtime.getManifest().version, { notes }), {
    id: browser.runtime.id,
    origin: browser.runtime.getURL("/").replace(/\/$/, ""),
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    route(message, sender),
  );
});

import { defineContentScript } from "wxt/utils/define-content-script";
import { startContent } from "../lib/page/content";
import { contentLifetime } from "../lib/page/lifetime";
import { remoteSessions } from "../lib/page/remote-spotter";

export default defineContentScript({
  matches: ["http://*/*", "https://*/*"],
  runAt: "document_idle",
  // WXT would post the extension's id to the page (window.postMessage) on start (issue 17).
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Observable from the page and DevTools: Actor Lens is present on this page.
    performance.mark("actor-lens:ready");
    // Not ctx.signal itself: WXT ends it on a DOM event that a page can dispatch.
    const life = contentLifetime(ctx.signal);
    startContent(life, remoteSessions());
  },
});

import { defineContentScript } from "wxt/utils/define-content-script";
import { watchNotes } from "../lib/page/notes-watch";
import { startReader } from "../lib/page/reader";

export default defineContentScript({
  matches: ["http://*/*", "https://*/*"],
  runAt: "document_idle",
  main(ctx) {
    // Observable from the page and DevTools: Actor Lens is present on this page.
    performance.mark("actor-lens:ready");
    startReader(ctx);
    watchNotes(ctx);
  },
});

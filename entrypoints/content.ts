import { defineContentScript } from "wxt/utils/define-content-script";

export default defineContentScript({
  matches: ["http://*/*", "https://*/*"],
  runAt: "document_idle",
  main() {
    // Observable from the page and DevTools: Actor Lens is present on this page.
    performance.mark("actor-lens:ready");
  },
});

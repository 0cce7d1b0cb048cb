// The lazy UI bundle: cards, the note editor and anchoring. Not listed in the manifest's
// content scripts; the content script imports it on first need (lib/page/lazy-ui.ts).
import { defineUnlistedScript } from "wxt/utils/define-unlisted-script";
import { registerPageUi } from "../lib/page-ui/index";

export default defineUnlistedScript(() => registerPageUi());

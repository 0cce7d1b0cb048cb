/**
 * The readable blocks of a saved HTML page, as the content script reads them (lib/extract), in a
 * happy-dom window that runs none of the page's scripts and loads nothing. Shared by
 * `npm run annotate` and `npm run wild`.
 */
import { Window } from "happy-dom";
import { type TextBlock, textBlocks } from "../lib/extract/text";

export function pageBlocks(html: string, url = "https://example.invalid/"): TextBlock[] {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  window.document.write(html);
  const blocks = [...textBlocks(window.document.body as unknown as Node)];
  void window.happyDOM.close();
  return blocks;
}

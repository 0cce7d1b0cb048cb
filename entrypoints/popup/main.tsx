import { render } from "preact";
import dataset from "../../data/build/dataset.json";
import searchIndex from "../../data/build/search-index.json";
import type { CompiledDataset } from "../../lib/dataset/types";
import { App } from "../../lib/popup/App";
import { browserHost } from "../../lib/popup/browser-host";
import { createSearcher } from "../../lib/search/search";
import { CARD_CSS } from "../../lib/ui/card/styles";
import "../../lib/popup/popup.css";

// The card's styles are a string shared with the hover card's shadow root.
const style = document.createElement("style");
style.textContent = CARD_CSS;
document.head.append(style);

const data = dataset as unknown as CompiledDataset;
const root = document.getElementById("app");
if (root) {
  render(<App dataset={data} searcher={createSearcher(data, searchIndex)} host={browserHost()} />, root);
  // Measured by bench/popup.bench.ts: time from navigation start to the first render.
  performance.mark("actor-lens:popup-rendered");
}

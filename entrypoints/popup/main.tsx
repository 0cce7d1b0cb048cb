import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { App } from "../../lib/popup/App";
import { browserHost } from "../../lib/popup/browser-host";
import { loadPopupData, type PopupData } from "../../lib/popup/data";
import { CARD_CSS } from "../../lib/ui/card/styles";
import { TOAST_CSS } from "../../lib/ui/toast";
import "../../lib/popup/popup.css";

// The card's styles are a string shared with the hover card's shadow root.
const style = document.createElement("style");
style.textContent = CARD_CSS + TOAST_CSS;
document.head.append(style);

// Start loading the data before the first render; the popup shows without waiting for it.
const loading = loadPopupData({
  dataset: () => import("../../data/build/dataset.json"),
  index: () => import("../../data/build/search-index.json"),
});
const host = browserHost();

function Popup() {
  const [data, setData] = useState<PopupData>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    loading.then(
      (d) => {
        setData(d);
        performance.mark("actor-lens:popup-data");
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, []);
  return <App dataset={data?.dataset} searcher={data?.searcher} loadError={error} host={host} />;
}

const root = document.getElementById("app");
if (root) {
  render(<Popup />, root);
  // Measured by bench/popup.bench.ts: time from navigation start to the first render.
  performance.mark("actor-lens:popup-rendered");
}

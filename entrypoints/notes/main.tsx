import { render } from "preact";
import { App } from "../../lib/notes-page/App";
import { type Boot, boot } from "../../lib/notes-page/boot";
import "../../lib/notes-page/notes.css";

/** How long the first render waits for the first screen's read before showing "Opening…". */
const WAIT_FOR_FIRST_SCREEN_MS = 150;

// A chunk of its own, loaded after the list (entity names only).
const loadDataset = () => import("../../data/build/dataset.json");

// Start reading before the first render. Drawing an empty shell meanwhile would hold the main
// thread just when the read's result arrives, so the first render waits for the read (briefly).
const booting = boot();
const root = document.getElementById("app");
if (root) {
  let mounted = false;
  const mount = (booted?: Boot) => {
    if (mounted) return;
    mounted = true;
    render(<App boot={booting} booted={booted} loadDataset={loadDataset} />, root);
  };
  setTimeout(mount, WAIT_FOR_FIRST_SCREEN_MS);
  booting.then(mount, () => mount());
}

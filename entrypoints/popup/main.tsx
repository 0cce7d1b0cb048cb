import { render } from "preact";
import browser from "webextension-polyfill";

function Popup() {
  return (
    <main>
      <h1>Actor Lens</h1>
      <p>Marks the actors and armed groups of Iraqi politics on the pages you read.</p>
      <p>
        <a href={browser.runtime.getURL("/notes.html")} target="_blank" rel="noreferrer">
          Your highlights and notes
        </a>
      </p>
      <footer>Version {browser.runtime.getManifest().version} · makes no network requests</footer>
    </main>
  );
}

const root = document.getElementById("app");
if (root) render(<Popup />, root);

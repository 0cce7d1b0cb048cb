import { render } from "preact";

function Notes() {
  return (
    <main>
      <h1>Highlights and notes</h1>
      <p>What you save is kept in this browser only, never sent anywhere.</p>
      <p>No highlights saved yet.</p>
    </main>
  );
}

const root = document.getElementById("app");
if (root) render(<Notes />, root);

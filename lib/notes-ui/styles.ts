/** Styles of the in-page notes UI (inside its shadow roots). Light and dark. */
export const NOTES_UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.al {
  --bg: #ffffff; --fg: #1d1f23; --muted: #5d636e; --line: #d5d8de; --accent: #1a5fd0; --accent-fg: #fff;
  --field: #f6f7f9; --danger: #b3261e;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif;
  color: var(--fg);
}
@media (prefers-color-scheme: dark) {
  .al { --bg: #23262c; --fg: #eceef2; --muted: #a8aeb9; --line: #41464f; --accent: #7fb0ff; --accent-fg: #0b1a33;
    --field: #1b1d22; --danger: #ff8a80; }
}
button { font: inherit; color: inherit; cursor: pointer; }
button:focus-visible, textarea:focus-visible, input:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.save {
  display: inline-flex; align-items: center; gap: 6px; padding: 5px 10px; border-radius: 6px;
  border: 1px solid var(--line); background: var(--bg); color: var(--fg);
  box-shadow: 0 2px 8px rgba(0,0,0,.18); white-space: nowrap;
}
.save:hover { border-color: var(--accent); }
.al:has(> .link-actor) { position: relative; }
.save.link-actor { position: absolute; left: 0; top: calc(100% + 4px); font-size: 13px; padding: 3px 10px; }
.save kbd { font: 11px ui-monospace, monospace; color: var(--muted); }
.card {
  width: 320px; max-width: calc(100vw - 16px); padding: 10px 12px 12px; border-radius: 8px;
  border: 1px solid var(--line); background: var(--bg); box-shadow: 0 6px 24px rgba(0,0,0,.22);
}
.head { display: flex; align-items: baseline; justify-content: space-between; gap: 8px; margin-bottom: 6px; }
.title { font-weight: 600; }
.status { color: var(--muted); font-size: 12px; }
.quote { margin: 0 0 8px; padding-left: 8px; border-left: 3px solid var(--line); color: var(--muted);
  max-height: 4.2em; overflow: hidden; font-size: 13px; }
textarea, input[type="text"] {
  width: 100%; font: inherit; color: var(--fg); background: var(--field);
  border: 1px solid var(--line); border-radius: 6px; padding: 6px 8px;
}
textarea { min-height: 64px; resize: vertical; }
.field { display: block; }
.field .label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.colors { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0; border: 0; padding: 0; }
.colors legend { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.chip { display: inline-flex; align-items: center; gap: 5px; padding: 2px 8px; border-radius: 999px;
  border: 1px solid var(--line); background: transparent; font-size: 12px; }
.chip { cursor: pointer; }
.chip input { position: absolute; opacity: 0; width: 1px; height: 1px; margin: 0; }
.chip:has(input:checked) { border-color: var(--fg); font-weight: 600; }
.chip:has(input:focus-visible) { outline: 2px solid var(--accent); outline-offset: 1px; }
.dot { width: 10px; height: 10px; border-radius: 50%; display: inline-block; }
.dot.yellow { background: #f2c200; } .dot.green { background: #2fb566; } .dot.blue { background: #4a8cff; } .dot.pink { background: #ff5aa8; }
.row { display: flex; justify-content: space-between; align-items: center; gap: 8px; margin-top: 8px; }
.link { background: none; border: 0; padding: 2px 0; color: var(--danger); text-decoration: underline; }
.primary { background: var(--accent); color: var(--accent-fg); border: 0; border-radius: 6px; padding: 5px 12px; }
.error { color: var(--danger); margin: 6px 0 0; font-size: 13px; }
.hint { color: var(--muted); font-size: 12px; margin: 4px 0 0; }
`;

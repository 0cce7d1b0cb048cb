/**
 * The card's CSS, as a string so it can go into any shadow root (a constructable stylesheet)
 * and into an extension page. Every rule is under .al-card, so it never reaches anything else.
 * Follows prefers-color-scheme and prefers-reduced-motion.
 */
export const CARD_CSS = `
.al-card {
  --al-bg: #ffffff;
  --al-fg: #1d2128;
  --al-muted: #5b6470;
  --al-line: #d9dde3;
  --al-accent: #1f5fbf;
  --al-warn-bg: #fff6e0;
  --al-warn-line: #e0b040;
  --al-focus: #1f5fbf;
  box-sizing: border-box;
  color: var(--al-fg);
  background: var(--al-bg);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  text-align: left;
  letter-spacing: normal;
  word-spacing: normal;
  text-transform: none;
  overflow-wrap: anywhere;
}
.al-card *, .al-card *::before, .al-card *::after { box-sizing: border-box; }
.al-card.al-hover {
  width: 360px;
  max-width: calc(100vw - 16px);
  max-height: min(70vh, 520px);
  overflow: auto;
  padding: 12px 14px;
  border: 1px solid var(--al-line);
  border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  animation: al-in 120ms ease-out;
}
@keyframes al-in { from { opacity: 0; transform: translateY(3px); } to { opacity: 1; transform: none; } }
.al-card h2 { font-size: 16px; line-height: 1.3; margin: 0; font-weight: 650; color: var(--al-fg); }
.al-card h3 {
  font-size: 11px; margin: 12px 0 4px; text-transform: uppercase; letter-spacing: 0.06em;
  color: var(--al-muted); font-weight: 600;
}
.al-card p { margin: 6px 0; }
.al-card ul, .al-card ol { margin: 0; padding: 0 0 0 18px; }
.al-card li { margin: 2px 0; }
.al-head { display: flex; align-items: flex-start; gap: 6px; }
.al-title { flex: 1; min-width: 0; }
.al-type { margin: 2px 0 0 !important; font-size: 12px; color: var(--al-muted); text-transform: capitalize; }
.al-matched { font-size: 12px; color: var(--al-muted); }
.al-surface { font-style: italic; }
.al-surface:dir(rtl) { font-style: normal; } /* Arabic script has no italics: a slant only blurs it */
.al-role-text { font-weight: 550; }
.al-dates, .al-note, .al-part, .al-outlet, .al-cand-role { color: var(--al-muted); }
.al-summary { color: var(--al-fg); }
.al-card button {
  font: inherit; color: inherit; background: none; border: 0; margin: 0; padding: 0; cursor: pointer;
  text-transform: none; letter-spacing: normal; box-shadow: none; min-width: 0; min-height: 0; width: auto; height: auto;
}
.al-card button:focus-visible { outline: 2px solid var(--al-focus); outline-offset: 2px; border-radius: 3px; }
.al-icon {
  width: 28px !important; height: 28px !important; border-radius: 6px; font-size: 18px !important; line-height: 1;
  color: var(--al-muted) !important; flex: none;
}
.al-icon:hover { background: var(--al-line) !important; color: var(--al-fg) !important; }
.al-pin[aria-pressed="true"] { color: var(--al-accent) !important; }
.al-link { color: var(--al-accent) !important; text-decoration: underline; text-underline-offset: 2px; text-align: left; }
.al-more { color: var(--al-accent) !important; font-size: 12px !important; margin-top: 4px !important; }
.al-cites { white-space: nowrap; }
.al-cite {
  font-size: 10px !important; vertical-align: super; line-height: 1; color: var(--al-accent) !important;
  padding: 0 2px !important; margin-left: 1px !important;
}
.al-timeline { list-style: none; padding: 0 0 0 10px !important; border-left: 2px solid var(--al-line); }
.al-event { display: grid; grid-template-columns: 7.5em 1fr; gap: 6px; margin: 4px 0; }
.al-event time { color: var(--al-muted); font-variant-numeric: tabular-nums; font-size: 12px; padding-top: 1px; }
.al-disputed { color: #a05a00; font-weight: 550; }
.al-disagree {
  margin: 10px 0 4px; padding: 6px 10px; border-left: 3px solid var(--al-warn-line);
  background: var(--al-warn-bg); border-radius: 4px;
}
.al-disagree h3 { margin-top: 2px; color: #7a4d00; }
.al-dis-topic { font-weight: 550; margin: 4px 0 2px !important; }
.al-source { font-size: 13px; }
.al-source.al-current { background: var(--al-warn-bg); border-radius: 3px; }
.al-headline { font-style: italic; }
.al-evidence { list-style: none; padding-left: 8px !important; margin: 2px 0 4px !important; border-left: 2px solid var(--al-line); }
.al-evidence q { color: var(--al-fg); }
.al-foot {
  display: flex; justify-content: space-between; align-items: center; gap: 8px; flex-wrap: wrap;
  margin-top: 10px; padding-top: 6px; border-top: 1px solid var(--al-line); font-size: 11px; color: var(--al-muted);
}
.al-foot button { color: var(--al-accent) !important; font-size: 11px !important; }
.al-candidates { padding-left: 18px; }
.al-actions { margin-top: 10px; font-size: 13px; }
.al-wrong, .al-cancel { color: var(--al-accent) !important; text-decoration: underline; text-underline-offset: 2px; }
.al-this {
  display: block; margin: 2px 0 4px !important; font-size: 12px !important; color: var(--al-accent) !important;
  text-decoration: underline; text-underline-offset: 2px; text-align: left;
}
.al-confirm { margin: 0; padding: 8px 10px; min-width: 0; border: 1px solid var(--al-line); border-radius: 6px; }
.al-confirm-q { float: left; width: 100%; padding: 0; margin: 0 0 4px; font-weight: 550; color: var(--al-fg); }
.al-scopes { clear: both; }
.al-scope { display: block; margin: 2px 0; cursor: pointer; }
.al-scope input { margin: 0 4px 0 0; accent-color: var(--al-accent); }
.al-scope input:focus-visible { outline: 2px solid var(--al-focus); outline-offset: 2px; }
.al-confirm-row { display: flex; gap: 12px; align-items: center; margin-top: 8px; }
.al-card .al-primary {
  background: var(--al-accent) !important; color: var(--al-bg) !important; border-radius: 6px;
  padding: 4px 12px !important; font-weight: 600;
}
@media (prefers-color-scheme: dark) {
  .al-card {
    --al-bg: #1e2127;
    --al-fg: #e6e8eb;
    --al-muted: #a3abb6;
    --al-line: #3a3f48;
    --al-accent: #8ab4f8;
    --al-warn-bg: #3a2f14;
    --al-warn-line: #c99a2e;
    --al-focus: #8ab4f8;
  }
  .al-card.al-hover { box-shadow: 0 6px 24px rgba(0, 0, 0, 0.5); }
  .al-disagree h3, .al-disputed { color: #f0c36a; }
}
@media (prefers-reduced-motion: reduce) {
  .al-card, .al-card * { animation: none !important; transition: none !important; }
}
`;

/** CARD_CSS as a constructable stylesheet (shared, built once), for adoptedStyleSheets. */
let sheet: CSSStyleSheet | undefined;
export function cardStyleSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
  }
  return sheet;
}

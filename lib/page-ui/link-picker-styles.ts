/** Styles of the link picker (link-picker.tsx): the notes UI's, and the list's own. Light and dark. */
import { NOTES_UI_CSS } from "../notes-ui/styles";

export const PICKER_CSS = `
${NOTES_UI_CSS}
.al-picker-pos { position: fixed !important; display: block !important; }
.al-picker { width: 340px; max-height: 330px; overflow: auto; background: var(--bg); }
.al-picker .title { display: block; margin-bottom: 6px; overflow-wrap: anywhere; }
.al-pick-list { list-style: none; margin: 6px 0; padding: 0; max-height: 170px; overflow: auto; }
.al-pick { padding: 4px 6px; border-radius: 5px; cursor: pointer; }
.al-pick.al-active { background: var(--field); outline: 1px solid var(--accent); }
.al-pick-name { font-weight: 600; }
.al-pick-type { color: var(--muted); font-size: 12px; }
.al-pick-role { display: block; color: var(--muted); font-size: 12px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.al-pick-scopes { border: 0; margin: 6px 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 12px; font-size: 13px; }
.al-pick-scopes legend { padding: 0; margin-bottom: 2px; color: var(--muted); font-size: 12px; }
.al-pick-scopes input:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
`;

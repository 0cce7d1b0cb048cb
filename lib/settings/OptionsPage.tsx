/** The options page: hover delay, modifier-only cards, first mention only, pause, and the sites turned off. */
import { useEffect, useState } from "preact/hooks";
import {
  getSettings,
  HOVER_DELAY_MAX,
  HOVER_DELAY_MIN,
  onSettingsChange,
  type Settings,
  setSiteEnabled,
  updateSettings,
} from "./index";

const CSS = `
:root { color-scheme: light dark; }
body { font: 15px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; }
fieldset { border: 1px solid #8886; border-radius: 8px; margin: 0 0 1rem; padding: 0.75rem 1rem; }
label { display: block; margin: 0.5rem 0; }
.hint { opacity: 0.75; font-size: 13px; margin: 0 0 0 1.7rem; }
li { margin: 0.25rem 0; }
output { font-variant-numeric: tabular-nums; }
`;

export function OptionsPage() {
  const [s, setS] = useState<Settings | null>(null);
  useEffect(() => {
    getSettings().then(setS, () => {});
    return onSettingsChange((next) => setS(next));
  }, []);
  if (!s) return <p>Loading…</p>;
  const set = (change: Partial<Settings>) => void updateSettings(change).then(setS);
  return (
    <main>
      <style>{CSS}</style>
      <h1>Actor Lens options</h1>
      <fieldset>
        <legend>Cards</legend>
        <label>
          Hover delay: <output for="delay">{s.hoverDelay} ms</output>
          <br />
          <input
            id="delay"
            type="range"
            min={HOVER_DELAY_MIN}
            max={HOVER_DELAY_MAX}
            step={50}
            value={s.hoverDelay}
            aria-describedby="delay-hint"
            onChange={(e) => set({ hoverDelay: Number(e.currentTarget.value) })}
          />
        </label>
        <p class="hint" id="delay-hint">
          How long the pointer rests on a name before its card opens.
        </p>
        <label>
          <input
            type="checkbox"
            name="modifierOnly"
            checked={s.modifierOnly}
            onChange={(e) => set({ modifierOnly: e.currentTarget.checked })}
          />{" "}
          Show cards only while <kbd>Alt</kbd> is held
        </label>
      </fieldset>
      <fieldset>
        <legend>Marks</legend>
        <label>
          <input
            type="checkbox"
            name="firstMentionOnly"
            checked={s.firstMentionOnly}
            onChange={(e) => set({ firstMentionOnly: e.currentTarget.checked })}
          />{" "}
          Mark only the first mention of each name on a page
        </label>
        <label>
          <input
            type="checkbox"
            name="paused"
            checked={s.paused}
            onChange={(e) => set({ paused: e.currentTarget.checked })}
          />{" "}
          Pause Actor Lens on every site
        </label>
        <p class="hint">
          The “Pause or resume” keyboard shortcut does the same (chrome://extensions/shortcuts).
        </p>
      </fieldset>
      <fieldset>
        <legend>Sites turned off</legend>
        {s.disabledSites.length === 0 ? (
          <p>None. Turn Actor Lens off for a site from a card or from the toolbar popup.</p>
        ) : (
          <ul>
            {s.disabledSites.map((host) => (
              <li key={host}>
                {host}{" "}
                <button type="button" onClick={() => void setSiteEnabled(host, true).then(setS)}>
                  Turn back on
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </main>
  );
}

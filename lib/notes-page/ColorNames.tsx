import type { ColorLabel } from "../notes/types";

/** The reader's names for the colours, shown wherever a colour is picked. */
export function ColorNames(p: { colors: ColorLabel[]; onSave(c: ColorLabel[]): void }) {
  return (
    <details class="colornames">
      <summary>Colour names</summary>
      <p class="muted">Say what each colour means to you; the names show wherever you pick a colour.</p>
      {p.colors.map((c, i) => (
        <label key={c.id} class="colorname">
          <span class={`dot ${c.id}`} aria-hidden="true" />
          <input
            type="text"
            maxLength={30}
            value={c.label}
            aria-label={`Name of the ${c.id} colour`}
            onChange={(e) => {
              const label = (e.currentTarget as HTMLInputElement).value.trim();
              if (!label || label === c.label) return;
              p.onSave(p.colors.map((x, j) => (j === i ? { ...x, label } : x)));
            }}
          />
        </label>
      ))}
    </details>
  );
}

import type { ColorId, Highlight } from "../notes/types";

// One formatter for every date: making one per call is what costs. Made on first use, not
// while the module loads, which is before the store opens.
let dateFormat: Intl.DateTimeFormat | undefined;
const when = (t: number) => {
  dateFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
  return dateFormat.format(t);
};

/** One highlight in the list: its quote, note, colour, tags and entities, and what can be done with it. */
export function HighlightItem(p: {
  h: Highlight;
  colorLabel(id: ColorId): string;
  names: Map<string, string>;
  /** Shows only this tag's (or entity's) highlights; `at` is the click's time stamp. */
  onTag(tag: string, at: number): void;
  onEntity(id: string, at: number): void;
  onOpen(): void;
  onEdit(): void;
  onDelete(): void;
}) {
  const { h } = p;
  return (
    <article class="hl" data-id={h.id}>
      {/* elementtiming: the browser reports when each quote is painted (bench). */}
      <blockquote class={`quote c-${h.color}`} dir="auto" elementtiming="notes-quote">
        {h.quote.exact}
      </blockquote>
      {h.note && (
        <p class="note" dir="auto">
          {h.note}
        </p>
      )}
      <div class="meta">
        <span class="chip">
          <span class={`dot ${h.color}`} aria-hidden="true" />
          {p.colorLabel(h.color)}
        </span>
        {h.tags.map((t) => (
          <button
            type="button"
            class="tag"
            key={t}
            onClick={(e) => p.onTag(t, e.timeStamp)}
            title="Show this tag only"
          >
            #{t}
          </button>
        ))}
        {h.entities.map((id) => (
          <button type="button" class="entity" key={id} onClick={(e) => p.onEntity(id, e.timeStamp)}>
            {p.names.get(id) ?? id}
          </button>
        ))}
        <span class="muted">{when(h.createdAt)}</span>
        {h.anchor?.status === "missing" && (
          <span class="badge" title="The page changed; the highlight is kept">
            Not found on the page
          </span>
        )}
      </div>
      <div class="actions">
        <button type="button" onClick={p.onOpen}>
          Open at highlight
        </button>
        <button type="button" onClick={p.onEdit}>
          Edit
        </button>
        <button type="button" class="danger" onClick={p.onDelete}>
          Delete
        </button>
      </div>
    </article>
  );
}

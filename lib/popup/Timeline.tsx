/**
 * An entity's events on a time axis, oldest to newest: one mark per event, placed by date, the
 * chosen event told below the axis with its source. Left and Right move between events (one tab
 * stop for the whole axis). The card above lists the same events in words; this shows their rhythm.
 */
import type { JSX } from "preact";
import { useState } from "preact/hooks";
import type { CompiledDataset, EntityId, PartialDate } from "../dataset/types";
import { formatDate } from "./format";

export interface TimelineProps {
  dataset: Pick<CompiledDataset, "events" | "sources">;
  id: EntityId;
  /** The event shown first (its id); the latest when absent or not one of this entity's. */
  initial?: string;
}

/** A partial date as a fractional year (the middle of the month or year when it is not stated). */
export function dateValue(date: PartialDate): number {
  const [y, m, d] = date.split("-").map(Number);
  const year = y ?? 0;
  if (m === undefined) return year + 0.5;
  if (d === undefined) return year + (m - 0.5) / 12;
  return year + (m - 1) / 12 + (d - 0.5) / 365;
}

export function Timeline({ dataset, id, initial }: TimelineProps) {
  const events = dataset.events
    .filter((ev) => ev.participants.some((p) => p.id === id))
    .sort((a, b) => dateValue(a.date) - dateValue(b.date) || a.id.localeCompare(b.id));
  const start = events.findIndex((ev) => ev.id === initial);
  const [chosen, setChosen] = useState(start >= 0 ? start : events.length - 1);
  if (events.length === 0) return <p class="pp-empty-note">No dated events recorded.</p>;

  const current = Math.min(Math.max(chosen, 0), events.length - 1);
  const first = Math.floor(dateValue(events[0]?.date ?? "2000"));
  const last = Math.floor(dateValue(events.at(-1)?.date ?? "2000")) + 1;
  const span = last - first;
  const at = (date: PartialDate) => `${(((dateValue(date) - first) / span) * 100).toFixed(2)}%`;
  const step = Math.max(1, Math.ceil(span / 6));
  const years: number[] = [];
  for (let y = first; y <= last; y += step) years.push(y);

  const ev = events[current];
  const part = ev?.participants.find((p) => p.id === id)?.part;
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const onKeyDown = (e: JSX.TargetedKeyboardEvent<HTMLElement>) => {
    const move = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (move === 0) return;
    e.preventDefault();
    const next = Math.min(Math.max(current + move, 0), events.length - 1);
    setChosen(next);
    (e.currentTarget.querySelector(`[data-index="${next}"]`) as HTMLElement | null)?.focus();
  };

  return (
    <div class="pp-tl">
      <div class="pp-tl-axis" role="toolbar" aria-label="Events by date" onKeyDown={onKeyDown}>
        <div class="pp-tl-line" aria-hidden="true" />
        {years.map((y) => (
          <span
            key={y}
            class="pp-tl-year"
            style={{ left: `${((y - first) / span) * 100}%` }}
            aria-hidden="true"
          >
            {y}
          </span>
        ))}
        {events.map((e, i) => (
          <button
            type="button"
            key={e.id}
            data-index={i}
            class={i === current ? "pp-tl-mark pp-current" : "pp-tl-mark"}
            style={{ left: at(e.date) }}
            tabIndex={i === current ? 0 : -1}
            aria-pressed={i === current}
            aria-label={`${formatDate(e.date, e.precision)}: ${e.title}`}
            title={`${formatDate(e.date, e.precision)}: ${e.title}`}
            onClick={() => setChosen(i)}
          />
        ))}
      </div>
      {ev && (
        <p class="pp-tl-detail" aria-live="polite">
          <span class="pp-tl-count">
            {current + 1}/{events.length}
          </span>{" "}
          <time dateTime={ev.date}>{formatDate(ev.date, ev.precision)}</time> · {ev.title}
          {part && <span class="pp-muted"> — {part}</span>}
          <span class="pp-tl-src">
            {" "}
            Source:{" "}
            {ev.cites
              .map((c) => sources.get(c.source))
              .map((s, i) => (s ? s.headline : ev.cites[i]?.source))
              .filter((v, i, all) => all.indexOf(v) === i)
              .join("; ")}
          </span>
          {ev.disagreements && ev.disagreements.length > 0 && (
            <span class="pp-tl-disputed"> Sources disagree: see the card.</span>
          )}
        </p>
      )}
    </div>
  );
}

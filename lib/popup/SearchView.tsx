/**
 * The search box and its results. Results follow each keystroke; Up and Down move through them,
 * Enter opens the active one, Escape clears the box. The list is a listbox whose active
 * option the input points at (aria-activedescendant), so focus never leaves the box. Results
 * come in groups (lib/search/search.ts): the direct matches, then events, then related entities
 * under their own headings ("Linked to Qais al-Khazali", "By role"); the arrows go through all.
 */
import type { JSX } from "preact";
import { useEffect, useLayoutEffect, useMemo, useRef } from "preact/hooks";
import type { EntityId } from "../dataset/types";
import { fold } from "../search/normalize";
import type { Searcher, SearchHit } from "../search/search";
import { formatDate, plural, typeLabel } from "./format";

export interface SearchState {
  query: string;
  /** Index of the active result (arrow keys). */
  active: number;
}

export interface SearchViewProps {
  searcher: Searcher;
  state: SearchState;
  onChange(state: SearchState): void;
  /** Opens an entity; for an event, the participant's view with its timeline at `event`. */
  onOpen(id: EntityId, event?: string): void;
  /** Names offered as examples while the box is empty (only those in the dataset are shown). */
  examples?: { label: string; query: string }[];
  /** While the data is not there yet: what to say instead of results. */
  loading?: string;
}

export function SearchView({ searcher, state, onChange, onOpen, examples = [], loading }: SearchViewProps) {
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const hits: SearchHit[] = useMemo(() => searcher.search(state.query), [searcher, state.query]);
  const active = Math.min(state.active, Math.max(0, hits.length - 1));
  const trimmed = state.query.trim();

  // Before the first paint, so the box is focused as soon as it shows (also when coming back).
  useLayoutEffect(() => {
    input.current?.focus();
  }, []);
  useEffect(() => {
    list.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: "nearest" });
  }, [active]);

  const openHit = (hit: SearchHit) => (hit.kind === "event" ? onOpen(hit.open.id, hit.id) : onOpen(hit.id));

  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      onChange({ ...state, active: (active + step + hits.length) % hits.length });
    } else if (event.key === "Enter") {
      const hit = hits[active];
      if (hit) {
        event.preventDefault();
        openHit(hit);
      }
    } else if (event.key === "Escape" && state.query !== "") {
      event.preventDefault();
      onChange({ query: "", active: 0 });
    }
  };

  let status: string;
  if (loading !== undefined) status = loading;
  else if (trimmed === "")
    status = `${plural(searcher.size, "person or group", "people and groups")}${searcher.events ? ` and ${plural(searcher.events, "event")}` : ""} in the dataset`;
  else if (fold(trimmed) === "") status = "Keep typing…";
  else if (hits.length === 0) status = "No match";
  else status = summary(hits);

  return (
    <section class="pp-search" aria-label="Search">
      <div class="pp-search-box">
        <input
          ref={input}
          type="search"
          class="pp-search-input"
          placeholder="Search names, aliases, roles…"
          aria-label="Search people and groups"
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls="pp-results"
          aria-autocomplete="list"
          aria-activedescendant={hits[active] ? `pp-result-${active}` : undefined}
          autocomplete="off"
          spellcheck={false}
          // An Arabic or Persian query is typed and shown right to left.
          dir="auto"
          value={state.query}
          onInput={(e) => onChange({ query: e.currentTarget.value, active: 0 })}
          onKeyDown={onKeyDown}
        />
      </div>
      <p class="pp-status" aria-live="polite">
        {status}
      </p>
      <div class="pp-results-wrap">
        {trimmed === "" ? (
          <div class="pp-empty">
            <p>
              Type a name however it is spelled — “kataib hizbolla”, “soleimany” and “pmf” all work — or an
              event: “drone attack”, “2020”.
            </p>
            {examples.length > 0 && (
              <p class="pp-examples">
                {examples.map((ex) => (
                  <button
                    type="button"
                    key={ex.query}
                    class="pp-chip"
                    onClick={() => {
                      onChange({ query: ex.query, active: 0 });
                      input.current?.focus();
                    }}
                  >
                    {ex.label}
                  </button>
                ))}
              </p>
            )}
            <p class="pp-hint">
              <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> open · <kbd>Esc</kbd> clear or go back
            </p>
          </div>
        ) : hits.length === 0 && fold(trimmed) !== "" && loading === undefined ? (
          <div class="pp-empty">
            <p>
              Nothing in the dataset matches “<strong dir="auto">{trimmed}</strong>”.
            </p>
            <p class="pp-hint">
              Try another spelling or part of the name, a role (“prime minister”), or an event’s words or year
              (“drone attack”, “2020”). The dataset holds only the people, groups and events named in its five
              source documents.
            </p>
          </div>
        ) : (
          <div id="pp-results" ref={list} class="pp-results" role="listbox" aria-label="Results">
            {groups(hits).map((g) => (
              // biome-ignore lint/a11y/useSemanticElements: a group of options inside a listbox (ARIA listbox pattern), not a form's fieldset
              <div key={g.key} role="group" aria-labelledby={g.title ? `pp-group-${g.start}` : undefined}>
                {g.title && (
                  <div id={`pp-group-${g.start}`} class="pp-group-title" role="presentation">
                    {g.title}
                  </div>
                )}
                {g.hits.map((hit, k) => {
                  const i = g.start + k;
                  return (
                    // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard drives the list from the search box (combobox pattern)
                    <div
                      key={hit.id}
                      tabIndex={-1}
                      id={`pp-result-${i}`}
                      data-index={i}
                      data-id={hit.id}
                      data-kind={hit.kind === "event" ? "event" : hit.section}
                      role="option"
                      aria-selected={i === active}
                      class={i === active ? "pp-result pp-active" : "pp-result"}
                      onMouseMove={() => i !== active && onChange({ ...state, active: i })}
                      onClick={() => openHit(hit)}
                    >
                      {hit.kind === "event" ? (
                        <>
                          <span class="pp-result-head">
                            <span class="pp-dot pp-dot-event" aria-hidden="true" />
                            <span class="pp-result-name">{hit.event.title}</span>
                          </span>
                          <span class="pp-result-role">
                            <time dateTime={hit.event.date}>
                              {formatDate(hit.event.date, hit.event.precision)}
                            </time>{" "}
                            · on {hit.open.name}’s timeline
                          </span>
                        </>
                      ) : (
                        <>
                          <span class="pp-result-head">
                            <span class={`pp-dot pp-dot-${hit.entity.type}`} aria-hidden="true" />
                            <span class="pp-result-name">{hit.entity.name}</span>
                            <span class="pp-result-type">{typeLabel(hit.entity)}</span>
                          </span>
                          <span class="pp-result-role">{hit.entity.role.text}</span>
                        </>
                      )}
                    </div>
                  );
                })}
              </div>
            ))}
          </div>
        )}
      </div>
    </section>
  );
}

interface Group {
  key: string;
  /** Heading; none for the direct matches. */
  title?: string;
  /** Index of the group's first hit in the whole list. */
  start: number;
  hits: SearchHit[];
}

/** Consecutive hits of one section (and, for links, one entity linked to) form a group. */
function groups(hits: SearchHit[]): Group[] {
  const out: Group[] = [];
  hits.forEach((hit, i) => {
    const via = hit.kind === "entity" ? hit.via : undefined;
    const key = `${hit.section}:${via?.id ?? ""}`;
    const last = out.at(-1);
    if (last?.key === key) last.hits.push(hit);
    else {
      const title =
        hit.section === "events"
          ? "Events"
          : hit.section === "role"
            ? "By role"
            : hit.section === "linked"
              ? `Linked to ${via?.name}`
              : undefined;
      out.push({ key, title, start: i, hits: [hit] });
    }
  });
  return out;
}

/** "2 matches · 1 event · 3 related". */
function summary(hits: SearchHit[]): string {
  const direct = hits.filter((h) => h.section === "direct").length;
  const events = hits.filter((h) => h.section === "events").length;
  const related = hits.length - direct - events;
  return [
    direct > 0 ? plural(direct, "match", "matches") : "",
    events > 0 ? plural(events, "event") : "",
    related > 0 ? `${related} related` : "",
  ]
    .filter(Boolean)
    .join(" · ");
}

/**
 * The search box and its results. Results follow each keystroke; Up and Down move through them,
 * Enter opens the highlighted one, Escape clears the box. The list is a listbox whose active
 * option the input points at (aria-activedescendant), so focus never leaves the box.
 */
import type { JSX } from "preact";
import { useEffect, useLayoutEffect, useMemo, useRef } from "preact/hooks";
import type { EntityId } from "../dataset/types";
import { fold } from "../search/normalize";
import type { Searcher, SearchHit } from "../search/search";
import { plural, typeLabel } from "./format";

export interface SearchState {
  query: string;
  /** Index of the highlighted result. */
  active: number;
}

export interface SearchViewProps {
  searcher: Searcher;
  state: SearchState;
  onChange(state: SearchState): void;
  onOpen(id: EntityId): void;
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
        onOpen(hit.id);
      }
    } else if (event.key === "Escape" && state.query !== "") {
      event.preventDefault();
      onChange({ query: "", active: 0 });
    }
  };

  let status: string;
  if (loading !== undefined) status = loading;
  else if (trimmed === "")
    status = `${plural(searcher.size, "person or group", "people and groups")} in the dataset`;
  else if (fold(trimmed) === "") status = "Keep typing…";
  else if (hits.length === 0) status = "No match";
  else status = hits.length >= 30 ? "30 best matches" : plural(hits.length, "match", "matches");

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
            <p>Type a name however it is spelled — “kataib hizbolla”, “soleimany” and “pmf” all work.</p>
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
              Nothing in the dataset matches “<strong>{trimmed}</strong>”.
            </p>
            <p class="pp-hint">
              Try fewer letters or another part of the name. The dataset holds only the people and groups
              named in its five source documents.
            </p>
          </div>
        ) : (
          <div id="pp-results" ref={list} class="pp-results" role="listbox" aria-label="Results">
            {hits.map((hit, i) => (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard drives the list from the search box (combobox pattern)
              <div
                key={hit.id}
                tabIndex={-1}
                id={`pp-result-${i}`}
                data-index={i}
                data-id={hit.id}
                role="option"
                aria-selected={i === active}
                class={i === active ? "pp-result pp-active" : "pp-result"}
                onMouseMove={() => i !== active && onChange({ ...state, active: i })}
                onClick={() => onOpen(hit.id)}
              >
                <span class="pp-result-head">
                  <span class={`pp-dot pp-dot-${hit.entity.type}`} aria-hidden="true" />
                  <span class="pp-result-name">{hit.entity.name}</span>
                  <span class="pp-result-type">{typeLabel(hit.entity)}</span>
                </span>
                <span class="pp-result-role">{hit.entity.role.text}</span>
              </div>
            ))}
          </div>
        )}
      </div>
    </section>
  );
}

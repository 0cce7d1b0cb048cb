import { useEffect } from "preact/hooks";
import type { facets, NotesQuery } from "../notes/search";

/** One filter: a labelled <select> of a facet's values with their counts, "All" first. */
export function FacetSelect(p: {
  /** Names the select's label element (`f-<facet>`): unique on the page. */
  facet: string;
  label: string;
  /** Said before the label to assistive technology only, where two lists have filters alike. */
  context?: string;
  value: string;
  /** The facet's values and how many highlights have each. */
  options: [string, number][];
  /** How a value is shown (an entity's name for its id). */
  name?(value: string): string;
  onChange(value: string, at: number): void;
}) {
  const id = `f-${p.facet}`;
  return (
    <label class="filter">
      <span id={id}>
        {p.context && <span class="visually-hidden">{p.context} </span>}
        {p.label}
      </span>
      <select
        aria-labelledby={id}
        value={p.value}
        onChange={(e) => p.onChange((e.currentTarget as HTMLSelectElement).value, e.timeStamp)}
      >
        <option value="">All</option>
        {p.options.map(([v, n]) => (
          <option key={v} value={v}>
            {p.name ? p.name(v) : v} ({n})
          </option>
        ))}
      </select>
    </label>
  );
}

/** The search field and the entity, site and tag filters; "/" outside a field goes to the search. */
export function Filters(p: {
  query: Required<NotesQuery>;
  options: ReturnType<typeof facets>;
  names: Map<string, string>;
  /** Changes the query; `at` is when the reader did it (the event's time stamp). */
  onQuery(patch: Partial<NotesQuery>, at: number): void;
}) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const inField = (e.target as Element | null)?.closest("input, textarea, select");
      if (!inField && e.key === "/") {
        e.preventDefault();
        document.getElementById("search")?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  const { query, options, onQuery } = p;
  return (
    <search class="filters">
      <input
        id="search"
        type="search"
        placeholder="Search quotes and notes  ( / )"
        aria-label="Search quotes and notes"
        value={query.text}
        onInput={(e) => onQuery({ text: (e.currentTarget as HTMLInputElement).value }, e.timeStamp)}
      />
      <FacetSelect
        facet="entity"
        label="Entity"
        value={query.entity}
        options={options.entities}
        name={(id) => p.names.get(id) ?? id}
        onChange={(entity, at) => onQuery({ entity }, at)}
      />
      <FacetSelect
        facet="site"
        label="Site"
        value={query.site}
        options={options.sites}
        onChange={(site, at) => onQuery({ site }, at)}
      />
      <FacetSelect
        facet="tag"
        label="Tag"
        value={query.tag}
        options={options.tags}
        onChange={(tag, at) => onQuery({ tag }, at)}
      />
    </search>
  );
}

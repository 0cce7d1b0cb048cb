import { useMemo, useState } from "preact/hooks";
import type { Correction, CorrectionKind, CorrectionScope } from "../corrections/types";
import { kindLabel, scopeLabel } from "../corrections/wording";
import { CorrectionItem } from "./CorrectionItem";
import {
  type CorrectionsQuery,
  correctionFacets,
  filterCorrections,
  isFiltered,
  NO_CORRECTIONS_QUERY,
} from "./corrections-view";
import { FacetSelect } from "./Filters";
import { ReportButton } from "./ReportButton";
import "./corrections.css";

/**
 * The Corrections section (issue 12): every "Wrong match" and "This is …" the reader made,
 * newest first, filtered by kind, scope, site and entity; each removed with undo (`onRemove`
 * shows the toast); and the report for the maintainers.
 */
export function Corrections(p: {
  /** Every correction, newest first (null until read). */
  list: Correction[] | null;
  names: Map<string, string>;
  onRemove(c: Correction): void;
}) {
  const [query, setQuery] = useState<CorrectionsQuery>(NO_CORRECTIONS_QUERY);
  const all = p.list ?? [];
  const facets = useMemo(() => correctionFacets(all), [all]);
  const shown = useMemo(() => filterCorrections(all, query), [all, query]);
  const name = (id: string) => p.names.get(id) ?? id;
  const set = (patch: Partial<CorrectionsQuery>) => setQuery((q) => ({ ...q, ...patch }));
  const filtered = isFiltered(query);

  return (
    <section class="corrections" aria-labelledby="corrections-title">
      <h2 id="corrections-title">Corrections</h2>
      <p class="muted">
        What you told Actor Lens about its marks, kept in this browser only. Actor Lens applies them on the
        pages where they hold.
      </p>
      {p.list === null ? (
        <p class="muted">Reading your corrections…</p>
      ) : all.length === 0 ? (
        <div class="corr-empty">
          <h3>No corrections yet</h3>
          <p>
            When a mark is wrong, choose <strong>Wrong match</strong> on its card; when Actor Lens missed a
            name, select it and link it to an actor. Each correction is listed here.
          </p>
        </div>
      ) : (
        <>
          <fieldset class="filters corr-filters">
            <legend class="visually-hidden">Filter corrections</legend>
            <FacetSelect
              facet="c-kind"
              context="Correction"
              label="Kind"
              value={query.kind}
              options={facets.kinds}
              name={(k) => kindLabel(k as CorrectionKind)}
              onChange={(kind) => set({ kind: kind as CorrectionKind | "" })}
            />
            <FacetSelect
              facet="c-scope"
              context="Correction"
              label="Holds"
              value={query.scope}
              options={facets.scopes}
              name={(s) => scopeLabel(s as CorrectionScope)}
              onChange={(scope) => set({ scope: scope as CorrectionScope | "" })}
            />
            <FacetSelect
              facet="c-site"
              context="Correction"
              label="Site"
              value={query.site}
              options={facets.sites}
              onChange={(site) => set({ site })}
            />
            <FacetSelect
              facet="c-entity"
              context="Correction"
              label="Entity"
              value={query.entity}
              options={facets.entities}
              name={name}
              onChange={(entity) => set({ entity })}
            />
          </fieldset>
          <p class="corr-count">
            {filtered
              ? `${shown.length} of ${all.length} correction${all.length === 1 ? "" : "s"}`
              : `${all.length} correction${all.length === 1 ? "" : "s"}`}
            {filtered && (
              <>
                {" "}
                <button type="button" class="link" onClick={() => setQuery(NO_CORRECTIONS_QUERY)}>
                  Show every correction
                </button>
              </>
            )}
          </p>
          {shown.length === 0 ? (
            <p class="corr-none">No correction matches these filters.</p>
          ) : (
            <ul class="corr-list">
              {shown.map((c) => (
                <CorrectionItem key={c.id} c={c} name={name(c.entity)} onRemove={() => p.onRemove(c)} />
              ))}
            </ul>
          )}
          <ReportButton corrections={shown} />
        </>
      )}
    </section>
  );
}

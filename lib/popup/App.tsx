/**
 * The popup: two tabs (Search, On this page), the entity view opened from either, and the
 * site switches in the footer. Keyboard: the search box has focus when the popup opens; Escape
 * goes back from an entity; Left and Right move between the tabs.
 */
import type { JSX } from "preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import type { CompiledDataset, EntityId } from "../dataset/types";
import type { Searcher } from "../search/search";
import { EntityView } from "./EntityView";
import type { PopupHost } from "./host";
import { PageView } from "./PageView";
import { PageWrongMatch } from "./PageWrongMatch";
import { type SearchState, SearchView } from "./SearchView";
import { SiteControl } from "./SiteControl";
import { usePage } from "./usePage";

export interface AppProps {
  /** The dataset; undefined while it loads (the popup renders before it arrives). */
  dataset?: CompiledDataset;
  /** The searcher over it; undefined while it loads. */
  searcher?: Searcher;
  /** Why the data could not be loaded, if it could not. */
  loadError?: string;
  host: PopupHost;
}

/** Stands in for the searcher while the data loads: no results yet. */
const PENDING: Searcher = { search: () => [], size: 0, events: 0 };

type Tab = "search" | "page";

/** Misspelt queries shown while the box is empty: they show the reader how forgiving search is. */
const EXAMPLES: { query: string; id: EntityId }[] = [
  { query: "kataib hizbolla", id: "kataib-hezbollah" },
  { query: "soleimany", id: "qassem-soleimani" },
  { query: "muhandes", id: "abu-mahdi-al-muhandis" },
  { query: "pmf", id: "popular-mobilization-forces" },
  { query: "asaib", id: "asaib-ahl-al-haq" },
];

export function App({ dataset, searcher, loadError, host }: AppProps) {
  const [tab, setTab] = useState<Tab>("search");
  const [search, setSearch] = useState<SearchState>({ query: "", active: 0 });
  /** Entities opened, the last one shown; empty shows the tab's list. */
  const [stack, setStack] = useState<EntityId[]>([]);
  /** The tab Back returns to when the stack empties. */
  const [origin, setOrigin] = useState<Tab>("search");
  /** The event an entity was opened at (an event chosen in search): its timeline starts there. */
  const [at, setAt] = useState<{ id: EntityId; event: string } | undefined>();
  const page = usePage(host);
  const names = useMemo(() => new Map((dataset?.entities ?? []).map((e) => [e.id, e.name])), [dataset]);
  // While the data loads, all examples show, so nothing moves when it arrives.
  const examples = useMemo(
    () =>
      EXAMPLES.filter((ex) => !dataset || names.has(ex.id)).map((ex) => ({
        label: ex.query,
        query: ex.query,
      })),
    [dataset, names],
  );
  const current = stack.at(-1);
  // Opened from the tab's list: its marks there can be corrected.
  const onTab =
    origin === "page" && stack.length === 1 && page.summary?.enabled
      ? page.summary.entities.find((e) => e.id === current)
      : undefined;

  const open = (id: EntityId, from: Tab, event?: string) => {
    setOrigin(from);
    setAt(event ? { id, event } : undefined);
    setStack([id]);
  };
  const back = () => {
    if (stack.length <= 1) setTab(origin);
    setStack((s) => s.slice(0, -1));
  };

  useEffect(() => {
    if (current === undefined) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && !e.defaultPrevented) {
        e.preventDefault();
        back();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  });

  const pageCount = page.summary?.enabled ? page.summary.entities.length : 0;
  const showing: Tab = current === undefined ? tab : "search";
  const selectTab = (t: Tab) => {
    setStack([]);
    setTab(t);
  };
  const onTabKey = (e: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
    e.preventDefault();
    const next: Tab = showing === "search" ? "page" : "search";
    selectTab(next);
    e.currentTarget.querySelector<HTMLElement>(`[data-tab="${next}"]`)?.focus();
  };

  return (
    <div class="pp-app">
      <header class="pp-header">
        <h1 class="pp-title">
          <span class="pp-logo" aria-hidden="true" />
          Actor Lens
        </h1>
        <div class="pp-tabs" role="tablist" aria-label="Views" onKeyDown={onTabKey}>
          <button
            type="button"
            role="tab"
            data-tab="search"
            id="pp-tab-search"
            aria-controls="pp-panel"
            aria-selected={showing === "search"}
            tabIndex={showing === "search" ? 0 : -1}
            class="pp-tab"
            onClick={() => selectTab("search")}
          >
            Search
          </button>
          <button
            type="button"
            role="tab"
            data-tab="page"
            id="pp-tab-page"
            aria-controls="pp-panel"
            aria-selected={showing === "page"}
            tabIndex={showing === "page" ? 0 : -1}
            class="pp-tab"
            onClick={() => selectTab("page")}
          >
            On this page
            <span class="pp-badge">{pageCount}</span>
          </button>
        </div>
      </header>
      <main id="pp-panel" class="pp-main" role="tabpanel" aria-labelledby={`pp-tab-${showing}`}>
        {current !== undefined && !dataset ? (
          <p class="pp-status">{loadError ?? "Loading the dataset…"}</p>
        ) : current !== undefined && dataset ? (
          <EntityView
            key={current}
            dataset={dataset}
            id={current}
            event={stack.length === 1 && at?.id === current ? at.event : undefined}
            onNavigate={(id) => setStack((s) => [...s, id])}
            actions={
              onTab && page.summary ? (
                <PageWrongMatch host={host} summary={page.summary} entity={onTab} />
              ) : undefined
            }
            onBack={back}
            backTo={
              stack.length > 1
                ? (names.get(stack[stack.length - 2] as EntityId) ?? "previous card")
                : origin === "page"
                  ? "On this page"
                  : "search results"
            }
          />
        ) : tab === "search" ? (
          <SearchView
            searcher={searcher ?? PENDING}
            loading={searcher ? undefined : (loadError ?? "Loading the dataset…")}
            state={search}
            onChange={setSearch}
            onOpen={(id, event) => open(id, "search", event)}
            examples={examples}
          />
        ) : (
          <PageView host={host} page={page} onOpen={(id) => open(id, "page")} />
        )}
      </main>
      <footer class="pp-footer">
        <SiteControl host={host} page={page} />
        <p class="pp-foot-line">
          <button type="button" class="pp-linkish" onClick={() => host.openNotes()}>
            Highlights and notes
          </button>
          <span class="pp-muted">Data as of {dataset?.asOf ?? "…"} · no network</span>
        </p>
      </footer>
    </div>
  );
}

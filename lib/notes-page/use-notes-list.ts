import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import { groupByPage } from "../notes/io";
import { facets, type HighlightSummary, type NotesQuery, searchSummaries } from "../notes/search";
import type { NotesStore } from "../notes/store";
import { type ColorLabel, DEFAULT_COLOR_LABELS, type Highlight } from "../notes/types";
import { type Boot, FIRST_SCREEN } from "./boot";
import { measureAfterPaint } from "./measure";

/**
 * The notes page's list: the store, the query, and what of it is on screen. The first screen
 * comes from boot.ts (read before Preact mounts); once it is painted, every highlight's summary
 * is read for search and filters; full records are read only for the highlights on screen.
 * Changes go through `run`, which reloads the list in one step afterwards.
 */

/** How many more highlights "Show more", or scrolling near the end, draws. */
export const PAGE_SIZE = 50;
export const EMPTY_QUERY: Required<NotesQuery> = { text: "", entity: "", site: "", tag: "" };

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export interface NotesList {
  store: NotesStore | null;
  colors: ColorLabel[];
  query: Required<NotesQuery>;
  /** True when any filter or search text is set. */
  filtered: boolean;
  /** Changes the query; `at` is when the reader did it (the event's time stamp), for the measures. */
  setQuery(patch: Partial<NotesQuery>, at?: number): void;
  clearQuery(): void;
  /** False until the first screen is read. */
  opened: boolean;
  /** How many highlights there are, and how many match (null: not known yet). */
  count: number | null;
  matched: number | null;
  /** Whether every summary is loaded (search and filters cover all highlights). */
  loaded: boolean;
  /** The filters' values with their counts. */
  options: ReturnType<typeof facets>;
  /** How many of the matches are drawn; `more()` draws PAGE_SIZE more. */
  limit: number;
  more(): void;
  /** The ids wanted on screen, and true once all of them are drawn. */
  wanted: string[];
  drawn: boolean;
  /** The highlights on screen, by page. */
  groups: ReturnType<typeof groupByPage>;
  /** What went wrong last (shown in a banner), or null. */
  error: string | null;
  setError(text: string | null): void;
  /** Runs a change to the store, reporting failures (a full disk, for one); true when done. */
  run(fn: (s: NotesStore) => Promise<unknown>): Promise<boolean>;
  /** Has the background open a highlight's page at it (a failure goes to `error`). */
  openAt(id: string): void;
}

export function useNotesList(boot: Promise<Boot>, booted?: Boot): NotesList {
  const [store, setStore] = useState<NotesStore | null>(booted?.store ?? null);
  /** The ids of the newest highlights, listed before the summaries are loaded (null until read). */
  const [first, setFirst] = useState<string[] | null>(booted ? booted.first.map((h) => h.id) : null);
  /** How many highlights there are, if the first read tells (it holds them all). */
  const [total, setTotal] = useState<number | null>(booted?.total ?? null);
  /** Every highlight's summary, newest first (null until loaded, after the first screen). */
  const [all, setAll] = useState<HighlightSummary[] | null>(null);
  /** Full records of the highlights on screen, read as they are needed. */
  const [records, setRecords] = useState(
    () => new Map<string, Highlight>(booted?.first.map((h) => [h.id, h] as const)),
  );
  const generation = useRef(0);
  const requested = useRef({ gen: -1, ids: new Set<string>() });
  /** Whether the first screen was measured, and when the query last changed: the page's measures. */
  const listed = useRef(false);
  const queried = useRef<number | null>(null);
  const [colors, setColors] = useState<ColorLabel[]>(booted?.colors ?? DEFAULT_COLOR_LABELS.slice());
  const [query, setQueryState] = useState(EMPTY_QUERY);
  const [limit, setLimit] = useState(FIRST_SCREEN);
  const [error, setError] = useState<string | null>(null);

  const shown = useRef({ query: EMPTY_QUERY as NotesQuery, limit: FIRST_SCREEN });
  const reload = useCallback(async (s: NotesStore) => {
    const [list, c] = await Promise.all([s.summaries(), s.colors()]);
    // Re-read the records on screen before showing the new list, so it changes in one step
    // (never emptied, and an open editor keeps what the reader typed).
    const ids = searchSummaries(list, shown.current.query)
      .slice(0, shown.current.limit)
      .map((x) => x.id);
    const fresh = await s.getMany(ids);
    generation.current++;
    setRecords(new Map(fresh.map((h) => [h.id, h] as const)));
    setAll(list);
    setColors(c);
  }, []);

  // The first screen, if it was not read before the page mounted.
  useLayoutEffect(() => {
    if (booted) return;
    boot.then(
      (b) => {
        setRecords(new Map(b.first.map((h) => [h.id, h] as const)));
        setFirst(b.first.map((h) => h.id));
        setTotal(b.total);
        setColors(b.colors);
        setStore(b.store);
      },
      (err) => setError(`Your notes could not be opened: ${message(err)}`),
    );
  }, [boot, booted]);

  // Then, once it is painted (effects run after paint), every summary for search and filters;
  // the digest is rebuilt first if it ever disagrees with the records.
  useEffect(() => {
    if (!store) return;
    const gen = generation.current;
    store.checkedSummaries().then(
      ({ list }) => {
        if (gen === generation.current) setAll(list); // else a reload has a newer list
      },
      (err) => setError(`Your notes could not be opened: ${message(err)}`),
    );
  }, [store]);

  // Highlights saved in other tabs appear when the reader comes back to this one.
  useEffect(() => {
    const onShow = () => {
      if (document.visibilityState === "visible" && store) void reload(store);
    };
    document.addEventListener("visibilitychange", onShow);
    return () => document.removeEventListener("visibilitychange", onShow);
  }, [store, reload]);

  const run = useCallback(
    async (fn: (s: NotesStore) => Promise<unknown>) => {
      if (!store) return false;
      try {
        await fn(store);
      } catch (err) {
        // Nothing was written (each change is one transaction): keep the screen as it is.
        setError(message(err));
        return false;
      }
      setError(null);
      await reload(store).catch((err) => setError(message(err)));
      return true;
    },
    [store, reload],
  );

  const more = useCallback(() => setLimit((n) => n + PAGE_SIZE), []);
  const openAt = useCallback(
    (id: string) =>
      // The messaging code loads on first use: the first screen does not wait for it.
      void import("../messaging/client")
        .then(({ ask }) => ask("ext:notes-open", { id }))
        .catch((err) => setError(message(err))),
    [],
  );

  const filtered = query.text !== "" || query.entity !== "" || query.site !== "" || query.tag !== "";
  shown.current = { query, limit };
  /** The ids that match, newest first; before the summaries are loaded, the first screen's. */
  const results = useMemo(
    () => (all ? searchSummaries(all, query).map((r) => r.id) : filtered ? [] : (first ?? [])),
    [all, query, filtered, first],
  );
  const count = all?.length ?? total;
  const matched = all ? results.length : filtered ? null : total;
  const wanted = useMemo(() => results.slice(0, limit), [results, limit]);
  // Read the full records of what is on screen and not read yet.
  useEffect(() => {
    const gen = generation.current;
    if (requested.current.gen !== gen) requested.current = { gen, ids: new Set() };
    const asked = requested.current.ids;
    const missing = wanted.filter((id) => !records.has(id) && !asked.has(id));
    if (!store || missing.length === 0) return;
    for (const id of missing) asked.add(id);
    store.getMany(missing).then(
      (list) => {
        if (gen !== generation.current) return; // the store changed meanwhile: reread
        setRecords((prev) => new Map([...prev, ...list.map((h) => [h.id, h] as const)]));
      },
      (err) => setError(message(err)),
    );
  }, [store, wanted, records]);
  const visible = useMemo(
    () => wanted.map((id) => records.get(id)).filter((h): h is Highlight => h !== undefined),
    [wanted, records],
  );
  const groups = useMemo(() => groupByPage(visible), [visible]);
  const options = useMemo(() => facets(all ?? []), [all]);
  const drawn = first !== null && (all !== null || !filtered) && visible.length === wanted.length;
  // The page's own measures (bench/notes.bench.ts): from navigation start to the first screen
  // painted, and from a query's input event to its results painted.
  useLayoutEffect(() => {
    if (!drawn) return;
    if (!listed.current) {
      listed.current = true;
      measureAfterPaint("actor-lens:notes-listed", 0);
    }
    if (queried.current !== null && all) {
      measureAfterPaint("actor-lens:notes-searched", queried.current);
      queried.current = null;
    }
  }, [drawn, all, visible]);

  return {
    store,
    colors,
    query,
    filtered,
    setQuery(patch, at = performance.now()) {
      queried.current = at;
      setQueryState({ ...query, ...patch });
      setLimit(FIRST_SCREEN);
    },
    clearQuery() {
      setQueryState(EMPTY_QUERY);
      setLimit(FIRST_SCREEN);
    },
    opened: first !== null,
    count,
    matched,
    loaded: all !== null,
    options,
    limit,
    more,
    wanted,
    drawn,
    groups,
    error,
    setError,
    run,
    openAt,
  };
}

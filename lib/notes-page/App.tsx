import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import { groupByPage, ImportError, parseImport, readImportFile, toJson, toMarkdown } from "../notes/io";
import { facets, type HighlightSummary, type NotesQuery, searchSummaries } from "../notes/search";
import type { NotesStore } from "../notes/store";
import { type ColorId, type ColorLabel, DEFAULT_COLOR_LABELS, type Highlight } from "../notes/types";
import { cleanTags } from "../notes/validate";
import { type Boot, FIRST_SCREEN } from "./boot";

/** How many more highlights "Show more", or scrolling near the end, draws. */
const PAGE_SIZE = 50;
/** How far below the window the end of the list starts drawing more. */
const SCROLL_AHEAD = "0px 0px 800px 0px";
const EMPTY_QUERY: Required<NotesQuery> = { text: "", entity: "", site: "", tag: "" };

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));
// One formatter for every date: making one per call is what costs. Made on first use, not
// while the module loads, which is before the store opens.
let dateFormat: Intl.DateTimeFormat | undefined;
const when = (t: number) => {
  dateFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
  return dateFormat.format(t);
};

/** Asks the background to open a highlight's page at it; the messaging code loads on first use. */
const openAt = (id: string) =>
  import("../messaging/client").then(({ ask }) => ask("page:notes-open", { id }));

/**
 * Measures from `start` to the end of the next frame: a requestAnimationFrame callback runs just
 * before the frame's style, layout and paint, and a message posted from it is handled after them.
 */
function measureAfterPaint(name: string, start: number) {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      performance.clearMeasures(name);
      performance.measure(name, { start });
      channel.port1.close();
    };
    channel.port2.postMessage(null);
  });
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Entity id → name, from the dataset (loaded after first paint). */
function useEntityNames(ready: boolean): Map<string, string> {
  const [names, setNames] = useState(new Map<string, string>());
  useEffect(() => {
    if (!ready) return; // after the list: parsing the dataset must not delay it
    import("../../data/build/dataset.json").then(
      (m) => {
        const entities = (m.default as { entities: { id: string; name: string }[] }).entities;
        setNames(new Map(entities.map((e) => [e.id, e.name])));
      },
      () => {},
    );
  }, [ready]);
  return names;
}

type Toast = { text: string; undo?: () => Promise<void> };

export function App(props: {
  /** The store and the first screen, being read since before the first render (boot.ts). */
  boot: Promise<Boot>;
  /** The same, when it was read before the first render: then that render draws the list. */
  booted?: Boot;
}) {
  const { booted } = props;
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
  const [query, setQuery] = useState(EMPTY_QUERY);
  const [limit, setLimit] = useState(FIRST_SCREEN);
  const [editing, setEditing] = useState<string | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const names = useEntityNames(all !== null);
  const fileInput = useRef<HTMLInputElement>(null);
  const moreButton = useRef<HTMLButtonElement>(null);
  const toastTimer = useRef<ReturnType<typeof setTimeout>>();

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

  // The first screen, if it was not read before this component mounted.
  useLayoutEffect(() => {
    if (booted) return;
    props.boot.then(
      (b) => {
        setRecords(new Map(b.first.map((h) => [h.id, h] as const)));
        setFirst(b.first.map((h) => h.id));
        setTotal(b.total);
        setColors(b.colors);
        setStore(b.store);
      },
      (err) => setError(`Your notes could not be opened: ${message(err)}`),
    );
  }, [props.boot, booted]);

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

  /** Runs a change to the store, reporting failures (a full disk, for one) to the reader. */
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

  const showToast = useCallback((t: Toast | null) => {
    clearTimeout(toastTimer.current);
    setToast(t);
    if (t) toastTimer.current = setTimeout(() => setToast(null), 10_000);
  }, []);

  const undo = useCallback(async () => {
    const u = toast?.undo;
    showToast(null);
    if (u) await u();
  }, [toast, showToast]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const inField = (e.target as Element | null)?.closest("input, textarea, select");
      if (!inField && (e.ctrlKey || e.metaKey) && e.key === "z" && toast?.undo) {
        e.preventDefault();
        void undo();
      }
      if (!inField && e.key === "/") {
        e.preventDefault();
        document.getElementById("search")?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [toast, undo]);

  const filtered = query.text !== "" || query.entity !== "" || query.site !== "" || query.tag !== "";
  shown.current = { query, limit };
  /** The ids that match, newest first; before the summaries are loaded, the first screen's. */
  const results = useMemo(
    () => (all ? searchSummaries(all, query).map((r) => r.id) : filtered ? [] : (first ?? [])),
    [all, query, filtered, first],
  );
  /** How many highlights there are, and how many match (null: not known yet). */
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
  // Scrolling near the end of the list draws more, as "Show more" does.
  useEffect(() => {
    const button = moreButton.current;
    if (!button || !drawn) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setLimit((n) => n + PAGE_SIZE);
      },
      { rootMargin: SCROLL_AHEAD },
    );
    observer.observe(button);
    return () => observer.disconnect();
  }, [drawn, wanted]);
  const colorLabel = (id: ColorId) => colors.find((c) => c.id === id)?.label ?? id;
  /** Changes the query; `at` is when the reader did it (the event's time stamp). */
  const set = (patch: Partial<NotesQuery>, at = performance.now()) => {
    queried.current = at;
    setQuery({ ...query, ...patch });
    setLimit(FIRST_SCREEN);
  };

  async function remove(h: Highlight) {
    const ok = await run((s) => s.remove(h.id));
    if (ok)
      showToast({
        text: "Highlight deleted.",
        undo: async () => {
          await run((s) => s.restore(h));
        },
      });
  }

  async function exportAs(kind: "json" | "md") {
    if (!store) return;
    const list = await store.listNewestFirst();
    const day = new Date().toISOString().slice(0, 10);
    if (kind === "json")
      download(`actor-lens-notes-${day}.json`, "application/json", toJson(list, await store.colors()));
    else download(`actor-lens-notes-${day}.md`, "text/markdown", toMarkdown(list, await store.colors()));
  }

  async function importFile(file: File) {
    setInfo(null);
    let parsed: ReturnType<typeof parseImport>;
    try {
      parsed = parseImport(await readImportFile(file));
    } catch (err) {
      setError(err instanceof ImportError ? `${file.name}: ${err.message}` : message(err));
      return;
    }
    await run(async (s) => {
      const r = await s.merge(parsed.highlights, parsed.colors);
      setInfo(
        `Imported ${file.name}: ${r.added} new, ${r.updated} updated, ${r.kept} unchanged (yours were as new or newer).`,
      );
    });
  }

  return (
    <main>
      <header class="top">
        <div>
          <h1>Highlights and notes</h1>
          <p class="muted">Kept in this browser only, never sent anywhere.</p>
        </div>
        <div class="tools">
          <button type="button" onClick={() => void exportAs("md")} disabled={!count}>
            Export Markdown
          </button>
          <button type="button" onClick={() => void exportAs("json")} disabled={!count}>
            Export JSON
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            Import JSON…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            hidden
            aria-label="Import a JSON export"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              input.value = "";
              if (file) void importFile(file);
            }}
          />
        </div>
      </header>

      {error && (
        <p class="banner error" role="alert">
          {error}{" "}
          <button type="button" class="link" onClick={() => setError(null)}>
            Dismiss
          </button>
        </p>
      )}
      {info && (
        <p class="banner info" role="status">
          {info}{" "}
          <button type="button" class="link" onClick={() => setInfo(null)}>
            Dismiss
          </button>
        </p>
      )}

      <search class="filters">
        <input
          id="search"
          type="search"
          placeholder="Search quotes and notes  ( / )"
          aria-label="Search quotes and notes"
          value={query.text}
          onInput={(e) => set({ text: (e.currentTarget as HTMLInputElement).value }, e.timeStamp)}
        />
        <label class="filter">
          <span id="f-entity">Entity</span>
          <select
            aria-labelledby="f-entity"
            value={query.entity}
            onChange={(e) => set({ entity: (e.currentTarget as HTMLSelectElement).value }, e.timeStamp)}
          >
            <option value="">All</option>
            {options.entities.map(([id, n]) => (
              <option key={id} value={id}>
                {names.get(id) ?? id} ({n})
              </option>
            ))}
          </select>
        </label>
        <label class="filter">
          <span id="f-site">Site</span>
          <select
            aria-labelledby="f-site"
            value={query.site}
            onChange={(e) => set({ site: (e.currentTarget as HTMLSelectElement).value }, e.timeStamp)}
          >
            <option value="">All</option>
            {options.sites.map(([s, n]) => (
              <option key={s} value={s}>
                {s} ({n})
              </option>
            ))}
          </select>
        </label>
        <label class="filter">
          <span id="f-tag">Tag</span>
          <select
            aria-labelledby="f-tag"
            value={query.tag}
            onChange={(e) => set({ tag: (e.currentTarget as HTMLSelectElement).value }, e.timeStamp)}
          >
            <option value="">All</option>
            {options.tags.map(([t, n]) => (
              <option key={t} value={t}>
                {t} ({n})
              </option>
            ))}
          </select>
        </label>
      </search>

      {first === null ? (
        <p class="muted" role="status">
          Opening your notes…
        </p>
      ) : count === 0 ? (
        <section class="empty">
          <h2>No highlights yet</h2>
          <p>
            Select text on any news page and choose <strong>Save highlight</strong>, use the context menu, or
            press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>H</kbd>. You can also import a JSON export.
          </p>
        </section>
      ) : (
        <>
          <p class="count" role="status" aria-live="polite">
            {count === null
              ? "\u00a0" // counted with the summaries, just after the first screen
              : filtered
                ? matched === null
                  ? "Searching…"
                  : `${matched} of ${count} highlight${count === 1 ? "" : "s"}`
                : `${count} highlight${count === 1 ? "" : "s"}`}
            {filtered && (
              <>
                {" "}
                <button
                  type="button"
                  class="link"
                  onClick={() => {
                    setQuery(EMPTY_QUERY);
                    setLimit(FIRST_SCREEN);
                  }}
                >
                  Clear filters
                </button>
              </>
            )}
          </p>
          {matched === 0 && (
            <section class="empty">
              <h2>Nothing matches</h2>
              <p>No highlight matches these filters. Try fewer words, or clear the filters.</p>
            </section>
          )}
          {groups.map((g) => (
            <section class="page" key={g.url} aria-label={g.title || g.url}>
              <h2>
                <a href={g.url} target="_blank" rel="noreferrer">
                  {g.title || g.url}
                </a>
              </h2>
              <p class="muted url">{g.url}</p>
              {g.items.map((h) =>
                editing === h.id ? (
                  <Editor
                    key={h.id}
                    h={h}
                    colors={colors}
                    onCancel={() => setEditing(null)}
                    onSave={async (patch) => {
                      if (await run((s) => s.update(h.id, patch))) setEditing(null);
                    }}
                  />
                ) : (
                  <article class="hl" key={h.id} data-id={h.id}>
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
                        {colorLabel(h.color)}
                      </span>
                      {h.tags.map((t) => (
                        <button
                          type="button"
                          class="tag"
                          key={t}
                          onClick={(e) => set({ tag: t }, e.timeStamp)}
                          title="Show this tag only"
                        >
                          #{t}
                        </button>
                      ))}
                      {h.entities.map((id) => (
                        <button
                          type="button"
                          class="entity"
                          key={id}
                          onClick={(e) => set({ entity: id }, e.timeStamp)}
                        >
                          {names.get(id) ?? id}
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
                      <button
                        type="button"
                        onClick={() => openAt(h.id).catch((err) => setError(message(err)))}
                      >
                        Open at highlight
                      </button>
                      <button type="button" onClick={() => setEditing(h.id)}>
                        Edit
                      </button>
                      <button type="button" class="danger" onClick={() => void remove(h)}>
                        Delete
                      </button>
                    </div>
                  </article>
                ),
              )}
            </section>
          ))}
          {matched !== null && matched > limit && (
            <button type="button" class="more" ref={moreButton} onClick={() => setLimit(limit + PAGE_SIZE)}>
              Show more ({matched - limit} left)
            </button>
          )}
          <ColorNames colors={colors} onSave={(c) => void run((s) => s.setColors(c))} />
        </>
      )}

      {toast && (
        <div class="toast" role="status">
          {toast.text}
          {toast.undo && (
            <button type="button" onClick={() => void undo()}>
              Undo
            </button>
          )}
        </div>
      )}
    </main>
  );
}

function Editor(p: {
  h: Highlight;
  colors: ColorLabel[];
  onSave(patch: { note: string; tags: string[]; color: ColorId }): void;
  onCancel(): void;
}) {
  const [note, setNote] = useState(p.h.note);
  const [tags, setTags] = useState(p.h.tags.join(", "));
  const [color, setColor] = useState(p.h.color);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);
  return (
    <form
      class="hl editing"
      aria-label="Edit highlight"
      onSubmit={(e) => {
        e.preventDefault();
        p.onSave({ note, tags: cleanTags(tags.split(",")), color });
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") p.onCancel();
      }}
    >
      <blockquote class={`quote c-${color}`} dir="auto">
        {p.h.quote.exact}
      </blockquote>
      <label>
        Note
        <textarea
          dir="auto"
          ref={area}
          value={note}
          onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>
      <label>
        Tags
        <input
          type="text"
          value={tags}
          placeholder="separated by commas"
          onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <fieldset class="colors">
        <legend>Colour</legend>
        {p.colors.map((c) => (
          <label key={c.id} class="chip">
            <input
              type="radio"
              name={`color-${p.h.id}`}
              checked={color === c.id}
              onChange={() => setColor(c.id)}
            />
            <span class={`dot ${c.id}`} aria-hidden="true" />
            {c.label}
          </label>
        ))}
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary">
          Save
        </button>
        <button type="button" onClick={p.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function ColorNames(p: { colors: ColorLabel[]; onSave(c: ColorLabel[]): void }) {
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

import { useEffect, useRef, useState } from "preact/hooks";
import type { ColorId, Highlight } from "../notes/types";
import type { Boot } from "./boot";
import { ColorNames } from "./ColorNames";
import { Corrections } from "./Corrections";
import { Editor } from "./Editor";
import { type DatasetLoader, knownEntities, useEntityNames } from "./entity-names";
import { Filters } from "./Filters";
import { HighlightItem } from "./HighlightItem";
import { ImportExport } from "./ImportExport";
import { ToastView, useToast } from "./toast";
import { useCorrections } from "./use-corrections";
import { useNotesList } from "./use-notes-list";

/** How far below the window the end of the list starts drawing more. */
const SCROLL_AHEAD = "0px 0px 800px 0px";

/** The notes page (notes.html): every highlight, searchable and filtered, edited, exported; and the corrections. */
export function App(props: {
  /** The store and the first screen, being read since before the first render (boot.ts). */
  boot: Promise<Boot>;
  /** The same, when it was read before the first render: then that render draws the list. */
  booted?: Boot;
  /** The dataset, for entity names; loaded after the list. */
  loadDataset: DatasetLoader;
}) {
  const list = useNotesList(props.boot, props.booted);
  const { count, matched, filtered, colors, run, setError } = list;
  const [editing, setEditing] = useState<string | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const toast = useToast();
  const names = useEntityNames(list.loaded, props.loadDataset);
  const corrections = useCorrections(list.store, setError, toast.show);
  const colorLabel = (id: ColorId) => colors.find((c) => c.id === id)?.label ?? id;

  async function remove(h: Highlight) {
    if (await run((s) => s.remove(h.id)))
      toast.show({
        text: "Highlight deleted.",
        undo: async () => {
          await run((s) => s.restore(h));
        },
      });
  }

  return (
    <main>
      <header class="top">
        <div>
          <h1>Highlights and notes</h1>
          <p class="muted">Kept in this browser only, never sent anywhere.</p>
        </div>
        <ImportExport
          store={list.store}
          count={count}
          corrections={corrections.list?.length ?? null}
          names={names}
          knows={() => knownEntities(props.loadDataset)}
          onCorrections={corrections.changed}
          run={run}
          onError={setError}
          onInfo={setInfo}
        />
      </header>

      {list.error && (
        <p class="banner error" role="alert">
          {list.error}{" "}
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

      <Filters query={list.query} options={list.options} names={names} onQuery={list.setQuery} />

      {!list.opened ? (
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
                <button type="button" class="link" onClick={list.clearQuery}>
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
          {list.groups.map((g) => (
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
                  <HighlightItem
                    key={h.id}
                    h={h}
                    colorLabel={colorLabel}
                    names={names}
                    onTag={(tag, at) => list.setQuery({ tag }, at)}
                    onEntity={(entity, at) => list.setQuery({ entity }, at)}
                    onOpen={() => list.openAt(h.id)}
                    onEdit={() => setEditing(h.id)}
                    onDelete={() => void remove(h)}
                  />
                ),
              )}
            </section>
          ))}
          {matched !== null && matched > list.limit && (
            <ShowMore left={matched - list.limit} ready={list.drawn} shown={list.wanted} onMore={list.more} />
          )}
          <ColorNames colors={colors} onSave={(c) => void run((s) => s.setColors(c))} />
        </>
      )}

      {list.opened && (
        <Corrections list={corrections.list} names={names} onRemove={corrections.removeWithUndo} />
      )}

      <ToastView toast={toast.toast} onUndo={() => void toast.undo()} />
    </main>
  );
}

/** "Show more"; scrolling near it draws more too, once what is wanted is drawn. */
function ShowMore(p: { left: number; ready: boolean; shown: string[]; onMore(): void }) {
  const button = useRef<HTMLButtonElement>(null);
  const { ready, shown, onMore } = p;
  useEffect(() => {
    const el = button.current;
    if (!el || !ready) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) onMore();
      },
      { rootMargin: SCROLL_AHEAD },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ready, shown, onMore]);
  return (
    <button type="button" class="more" ref={button} onClick={onMore}>
      Show more ({p.left} left)
    </button>
  );
}

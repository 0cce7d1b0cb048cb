/**
 * "On this page": the entities the content script found on the tab, grouped by type and sorted
 * by mention count. Clicking a name scrolls the page to its first mention and flashes it;
 * clicking it again goes to the next one.
 */
import { useState } from "preact/hooks";
import type { EntityId } from "../dataset/types";
import { plural } from "./format";
import type { PageEntity, PopupHost, Revealed } from "./host";
import type { PageState } from "./usePage";

export interface PageViewProps {
  host: PopupHost;
  page: PageState;
  /** Opens the entity's card in the popup. */
  onOpen(id: EntityId): void;
}

const GROUPS: { type: PageEntity["type"]; label: string }[] = [
  { type: "person", label: "People" },
  { type: "group", label: "Groups" },
];

export function sortPageEntities(entities: readonly PageEntity[], type: PageEntity["type"]): PageEntity[] {
  return entities
    .filter((e) => e.type === type && e.count > 0)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export function PageView({ host, page, onOpen }: PageViewProps) {
  const [positions, setPositions] = useState<Record<EntityId, Revealed>>({});
  const { summary, tabId, loading } = page;

  if (loading) return <p class="pp-empty pp-status">Reading this tab…</p>;
  if (tabId === null || summary === null) {
    return (
      <div class="pp-empty">
        <p>Actor Lens cannot read this tab.</p>
        <p class="pp-hint">
          It reads ordinary web pages (http and https). Browser pages, the extension store and files are out
          of its reach; a page opened before Actor Lens was installed needs a reload.
        </p>
      </div>
    );
  }
  if (!summary.enabled) {
    return (
      <div class="pp-empty">
        <p>Actor Lens is off for {summary.host || "this page"}.</p>
        <p class="pp-hint">Turn it on below to see who is named here.</p>
      </div>
    );
  }
  if (summary.entities.length === 0) {
    return (
      <div class="pp-empty">
        <p>No one from the dataset is named on this page.</p>
        <p class="pp-hint">Names added later (comments, live updates) appear here as the page changes.</p>
      </div>
    );
  }

  const reveal = async (e: PageEntity) => {
    const last = positions[e.id];
    const index = last ? (last.index + 1) % Math.max(1, last.total) : 0;
    const got = await host.reveal(tabId, e.id, index);
    if (got) setPositions((p) => ({ ...p, [e.id]: got }));
  };

  const total = summary.entities.reduce((n, e) => n + e.count, 0);
  return (
    <section class="pp-page" aria-label="On this page">
      <p class="pp-status">
        {plural(summary.entities.length, "name")}, {plural(total, "mention")} on {summary.host}
      </p>
      <div class="pp-page-list">
        {GROUPS.map(({ type, label }) => {
          const rows = sortPageEntities(summary.entities, type);
          if (rows.length === 0) return null;
          return (
            <section key={type} class="pp-page-group" aria-label={label}>
              <h2>{label}</h2>
              <ul>
                {rows.map((e) => {
                  const at = positions[e.id];
                  return (
                    <li key={e.id} class="pp-page-row" data-id={e.id}>
                      <button
                        type="button"
                        class="pp-page-name"
                        onClick={() => void reveal(e)}
                        title={`Show ${at ? "the next" : "the first"} mention on the page`}
                      >
                        <span class={`pp-dot pp-dot-${e.type}`} aria-hidden="true" />
                        <span class="pp-page-label">{e.name}</span>
                        <span class="pp-page-pos" aria-live="polite">
                          {at ? `${at.index + 1} of ${at.total}` : ""}
                        </span>
                        <span class="pp-count" title={plural(e.count, "mention")}>
                          {e.count}
                        </span>
                      </button>
                      <button
                        type="button"
                        class="pp-page-open"
                        aria-label={`Open the card of ${e.name}`}
                        title="Open the card"
                        onClick={() => onOpen(e.id)}
                      >
                        ›
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
    </section>
  );
}

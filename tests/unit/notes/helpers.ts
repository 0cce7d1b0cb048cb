import "fake-indexeddb/auto";
import { openNotesDb } from "../../../lib/notes/db";
import { createNotesStore } from "../../../lib/notes/store";
import type { Highlight } from "../../../lib/notes/types";

let dbCount = 0;

/** A fresh store in its own fake-indexeddb database. */
export async function freshStore() {
  const name = `notes-test-${++dbCount}-${Math.random()}`;
  const db = await openNotesDb(name);
  return createNotesStore(db);
}

export function makeHighlight(over: Partial<Highlight> = {}): Highlight {
  return {
    id: `h-${Math.random().toString(36).slice(2)}`,
    url: "https://news.example/article",
    site: "news.example",
    title: "An article",
    quote: { exact: "met in Baghdad", prefix: "Leaders ", suffix: " on Tuesday" },
    position: { start: 10, end: 24 },
    note: "",
    tags: [],
    color: "yellow",
    entities: [],
    pageEntities: [],
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...over,
  };
}

import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from "idb";
import { CONTEXT_LENGTH } from "../anchoring/types";
import type { Correction } from "../corrections/types";
import { notesSite } from "../names/site";
import { normalizeUrl } from "../names/url";
import { buildDigest, type DigestBucket } from "./digest";
import { type ColorLabel, DEFAULT_COLOR_LABELS, type Highlight } from "./types";

/**
 * The notes database. Opened only in the extension's own origin (background and extension
 * pages), never from a content script: a database opened there would belong to the website.
 */
export const DB_NAME = "actor-lens-notes";
/** 1: highlights; 2: their indexes, colour names and the search digest; 3: reader corrections (issue 12). */
export const DB_VERSION = 3;

/** A record of schema version 1, kept to migrate from (tests/fixtures/notes/v1.json). */
export interface HighlightV1 {
  id: string;
  url: string;
  title: string;
  text: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  note: string;
  created: number;
  updated: number;
}

export interface MetaRecord {
  key: "colors";
  value: ColorLabel[];
}

export interface NotesSchema extends DBSchema {
  highlights: {
    key: string;
    value: Highlight;
    indexes: {
      "by-url": string;
      "by-created": number;
      "by-updated": number;
      "by-site": string;
      "by-entity": string;
      "by-tag": string;
    };
  };
  /** Every highlight's search summary, in buckets (digest.ts), written in the same transaction. */
  digest: { key: number; value: DigestBucket };
  meta: { key: string; value: MetaRecord };
  /** The reader's corrections (corrections.ts). */
  corrections: {
    key: string;
    value: Correction;
    indexes: { "by-site": string; "by-created": number; "by-entity": string };
  };
}

export type NotesDb = IDBPDatabase<NotesSchema>;

/** Turns a version-1 record into the current shape. */
export function migrateV1Record(old: HighlightV1): Highlight {
  const url = normalizeUrl(old.url) ?? old.url;
  return {
    id: old.id,
    url,
    site: notesSite(url),
    title: old.title,
    quote: {
      exact: old.text,
      prefix: old.prefix.slice(-CONTEXT_LENGTH),
      suffix: old.suffix.slice(0, CONTEXT_LENGTH),
    },
    position: { start: old.start, end: old.end },
    note: old.note,
    tags: [],
    color: "yellow",
    entities: [],
    pageEntities: [],
    createdAt: old.created,
    updatedAt: old.updated,
  };
}

type UpgradeTx = IDBPTransaction<NotesSchema, StoreNames<NotesSchema>[], "versionchange">;

function createV2Indexes(tx: UpgradeTx) {
  const store = tx.objectStore("highlights");
  for (const name of [...store.indexNames]) store.deleteIndex(name);
  store.createIndex("by-url", "url");
  store.createIndex("by-created", "createdAt");
  store.createIndex("by-updated", "updatedAt");
  store.createIndex("by-site", "site");
  store.createIndex("by-entity", "entities", { multiEntry: true });
  store.createIndex("by-tag", "tags", { multiEntry: true });
}

/** Opens (creating or migrating) the notes database. `name` is for tests. */
export function openNotesDb(name = DB_NAME): Promise<NotesDb> {
  return openDB<NotesSchema>(name, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      // Each step moves one version forward, inside the one versionchange transaction:
      // if the browser closes half-way, the database stays at the old version, untouched.
      if (oldVersion < 1) {
        db.createObjectStore("highlights", { keyPath: "id" });
      }
      if (oldVersion < 2) {
        createV2Indexes(tx);
        db.createObjectStore("meta", { keyPath: "key" });
        db.createObjectStore("digest", { keyPath: "b" });
        await tx
          .objectStore("meta")
          .put({ key: "colors", value: DEFAULT_COLOR_LABELS.map((c) => ({ ...c })) });
        if (oldVersion === 1) {
          const migrated: Highlight[] = [];
          let cursor = await tx.objectStore("highlights").openCursor();
          while (cursor) {
            const h = migrateV1Record(cursor.value as unknown as HighlightV1);
            await cursor.update(h);
            migrated.push(h);
            cursor = await cursor.continue();
          }
          for (const bucket of buildDigest(migrated)) await tx.objectStore("digest").put(bucket);
        }
      }
      if (oldVersion < 3) {
        // Version 3 adds a store; nothing of version 2 changes.
        const corrections = db.createObjectStore("corrections", { keyPath: "id" });
        corrections.createIndex("by-site", "site");
        corrections.createIndex("by-created", "createdAt");
        corrections.createIndex("by-entity", "entity");
      }
    },
    blocking(_current, _next, event) {
      // A newer version wants to open: let it, rather than leave it waiting.
      (event.target as IDBDatabase).close();
    },
  });
}

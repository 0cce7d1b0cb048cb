import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Correction } from "../../../lib/corrections/types";
import { createCorrectionsStore } from "../../../lib/notes/corrections";
import { DB_VERSION, openNotesDb } from "../../../lib/notes/db";
import { buildDigest } from "../../../lib/notes/digest";
import { createNotesStore } from "../../../lib/notes/store";
import { DEFAULT_COLOR_LABELS, type Highlight } from "../../../lib/notes/types";

interface DbFixture {
  version: number;
  stores: {
    name: string;
    keyPath: string;
    indexes: { name: string; keyPath: string; multiEntry?: boolean }[];
  }[];
  records: Record<string, unknown[]>;
}

/** Builds a database exactly as an earlier version left it, from its saved fixture. */
function buildFromFixture(
  name: string,
  fixture: DbFixture,
  derived: Record<string, unknown[]> = {},
): Promise<void> {
  return new Promise((ok, fail) => {
    const req = indexedDB.open(name, fixture.version);
    req.onupgradeneeded = () => {
      const db = req.result;
      for (const s of fixture.stores) {
        const store = db.createObjectStore(s.name, { keyPath: s.keyPath });
        for (const i of s.indexes) store.createIndex(i.name, i.keyPath, { multiEntry: !!i.multiEntry });
        for (const r of [...(fixture.records[s.name] ?? []), ...(derived[s.name] ?? [])]) store.add(r);
      }
    };
    req.onsuccess = () => {
      req.result.close();
      ok();
    };
    req.onerror = () => fail(req.error);
  });
}

const fixture = (name: string) =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, `../../fixtures/notes/${name}.json`), "utf8"),
  ) as DbFixture;
const v1 = fixture("v1");
const v2 = fixture("v2");

describe("notes schema", () => {
  it("creates the current schema on a fresh database", async () => {
    const db = await openNotesDb(`fresh-${Math.random()}`);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(["corrections", "digest", "highlights", "meta"]);
    expect([...db.transaction("corrections").store.indexNames].sort()).toEqual([
      "by-created",
      "by-entity",
      "by-site",
    ]);
    const tx = db.transaction("highlights");
    expect([...tx.store.indexNames].sort()).toEqual([
      "by-created",
      "by-entity",
      "by-site",
      "by-tag",
      "by-updated",
      "by-url",
    ]);
    expect(await createNotesStore(db).colors()).toEqual(DEFAULT_COLOR_LABELS);
    db.close();
  });

  it("migrates a version-1 database from its saved fixture, keeping every record", async () => {
    const name = `v1-${Math.random()}`;
    await buildFromFixture(name, v1);
    const db = await openNotesDb(name);
    expect(db.version).toBe(DB_VERSION);
    const store = createNotesStore(db);
    const all = await store.listNewestFirst();
    expect(all.map((h) => h.id)).toEqual(["v1-b", "v1-a"]);
    const a = await store.get("v1-a");
    expect(a).toEqual({
      id: "v1-a",
      url: "https://news.example/iraq/budget?page=2",
      site: "news.example",
      title: "Factions debate the budget",
      quote: {
        exact: "Leaders of the Popular Mobilization Forces met in Baghdad",
        prefix: "ger than thirty-two characters: ",
        suffix: " on Tuesday to discuss salaries,",
      },
      position: { start: 120, end: 177 },
      note: "Check who attended.",
      tags: [],
      color: "yellow",
      entities: [],
      pageEntities: [],
      createdAt: 1700000000000,
      updatedAt: 1700000500000,
    });
    expect(a?.quote.prefix).toBe("A long prefix that is longer than thirty-two characters: ".slice(-32));
    // The new indexes work on migrated records.
    expect((await store.forUrl("https://news.example/iraq/budget?page=2")).length).toBe(1);
    expect(await db.getAllKeysFromIndex("highlights", "by-site", "other.example")).toEqual(["v1-b"]);
    // Search summaries are built for migrated records.
    expect((await store.summaries()).map((s) => s.id)).toEqual(["v1-b", "v1-a"]);
    expect((await store.summaries())[1]?.text).toContain("check who attended.");
    db.close();
  });

  it("migrates a version-2 database from its saved fixture: every record kept, an empty corrections store added", async () => {
    const name = `v2-${Math.random()}`;
    const highlights = v2.records.highlights as Highlight[];
    await buildFromFixture(name, v2, { digest: buildDigest(highlights) });
    const db = await openNotesDb(name);
    expect(db.version).toBe(DB_VERSION);
    const store = createNotesStore(db);
    expect(await store.get("v2-a")).toEqual(highlights[0]);
    expect(await store.colors()).toEqual((v2.records.meta as { value: unknown }[])[0]?.value);
    expect((await store.summaries()).map((s) => s.id)).toEqual(["v2-a"]);
    expect(await db.getAllKeysFromIndex("highlights", "by-entity", "popular-mobilization-forces")).toEqual([
      "v2-a",
    ]);
    const corrections = createCorrectionsStore(db);
    expect(await corrections.all()).toEqual([]);
    const c: Correction = {
      id: "c1",
      kind: "not",
      spelling: "Badr",
      entity: "badr-organization",
      scope: "site",
      sentence: "Badr is a common name.",
      url: "https://news.example/a",
      site: "news.example",
      title: "A",
      createdAt: 1,
    };
    await corrections.put([c]);
    expect(await corrections.all()).toEqual([c]);
    expect(await db.getAllKeysFromIndex("corrections", "by-site", "news.example")).toEqual(["c1"]);
    db.close();
  });
});

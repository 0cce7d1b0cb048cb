import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DB_VERSION, openNotesDb } from "../../../lib/notes/db";
import { createNotesStore } from "../../../lib/notes/store";
import { DEFAULT_COLOR_LABELS } from "../../../lib/notes/types";

interface DbFixture {
  version: number;
  stores: { name: string; keyPath: string; indexes: { name: string; keyPath: string }[] }[];
  records: Record<string, unknown[]>;
}

/** Builds a database exactly as an earlier version left it, from its saved fixture. */
function buildFromFixture(name: string, fixture: DbFixture): Promise<void> {
  return new Promise((ok, fail) => {
    const req = indexedDB.open(name, fixture.version);
    req.onupgradeneeded = () => {
      const db = req.result;
      for (const s of fixture.stores) {
        const store = db.createObjectStore(s.name, { keyPath: s.keyPath });
        for (const i of s.indexes) store.createIndex(i.name, i.keyPath);
        for (const r of fixture.records[s.name] ?? []) store.add(r);
      }
    };
    req.onsuccess = () => {
      req.result.close();
      ok();
    };
    req.onerror = () => fail(req.error);
  });
}

const v1 = JSON.parse(
  readFileSync(resolve(import.meta.dirname, "../../fixtures/notes/v1.json"), "utf8"),
) as DbFixture;

describe("notes schema", () => {
  it("creates the current schema on a fresh database", async () => {
    const db = await openNotesDb(`fresh-${Math.random()}`);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(["digest", "highlights", "meta"]);
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
});

import { describe, expect, it, vi } from "vitest";
import { StorageFullError } from "../../../lib/notes/errors";
import { summarize } from "../../../lib/notes/search";
import type { NotesStore } from "../../../lib/notes/store";
import { freshStore, makeHighlight } from "./helpers";

/** The summaries say exactly what the highlights say. */
async function expectConsistent(store: NotesStore) {
  const all = await store.listNewestFirst();
  expect(await store.summaries()).toEqual(all.map(summarize));
}

describe("notes store", () => {
  it("keeps each highlight's summary in step through every kind of write", async () => {
    const store = await freshStore();
    await store.add(makeHighlight({ id: "a", note: "first", createdAt: 1, updatedAt: 1 }));
    await store.add(makeHighlight({ id: "b", createdAt: 2, updatedAt: 2 }));
    await expectConsistent(store);
    await store.update("a", { note: "Kataib Hezbollah statement", tags: ["kh"] });
    await expectConsistent(store);
    const gone = await store.remove("b");
    await expectConsistent(store);
    await store.restore(gone as NonNullable<typeof gone>);
    await store.merge([
      makeHighlight({ id: "c", entities: ["pmf"] }),
      makeHighlight({ id: "a", updatedAt: 9e12 }),
    ]);
    await expectConsistent(store);
    await store.wipe();
    await expectConsistent(store);
  });

  it("rebuilds summaries that disagree with the highlights", async () => {
    const store = await freshStore();
    await store.add(makeHighlight({ id: "a" }));
    await store.db.clear("digest");
    expect(await store.repairSummaries()).toBe(true);
    await expectConsistent(store);
    expect(await store.repairSummaries()).toBe(false);
  });

  it("adds, lists newest first and by page", async () => {
    const store = await freshStore();
    const a = await store.add(makeHighlight({ id: "a", createdAt: 1, updatedAt: 1 }));
    await store.add(makeHighlight({ id: "b", createdAt: 3, updatedAt: 3, url: "https://other.example/" }));
    await store.add(makeHighlight({ id: "c", createdAt: 2, updatedAt: 2 }));
    expect((await store.listNewestFirst()).map((h) => h.id)).toEqual(["b", "c", "a"]);
    expect((await store.forUrl(a.url)).map((h) => h.id)).toEqual(["a", "c"]);
    expect((await store.summaries()).map((h) => h.id)).toEqual(["b", "c", "a"]);
    expect((await store.getMany(["c", "gone", "a"])).map((h) => h.id)).toEqual(["c", "a"]);
  });

  it("reads the newest records for the first screen, in the list's order, with or without getAllRecords", async () => {
    const store = await freshStore();
    // Equal times are ordered by id, as newestFirst orders the summaries.
    for (const [id, t] of [
      ["a", 1],
      ["d", 3],
      ["b", 2],
      ["c", 2],
      ["e", 5],
    ] as const)
      await store.add(makeHighlight({ id, createdAt: t, updatedAt: t }));
    const order = (await store.summaries()).map((s) => s.id);
    expect(order).toEqual(["e", "d", "c", "b", "a"]);
    const ids = async (n: number) => (await store.newest(n)).map((h) => h.id);
    expect(await ids(3)).toEqual(order.slice(0, 3));
    expect(await ids(10)).toEqual(order);
    expect(await ids(0)).toEqual([]);
    expect((await store.newest(1))[0]).toEqual(await store.get("e"));
    // Browsers without IDBIndex.getAllRecords walk a cursor instead.
    const proto = IDBIndex.prototype as IDBIndex & { getAllRecords?: unknown };
    const saved = Object.getOwnPropertyDescriptor(proto, "getAllRecords");
    expect(saved).toBeDefined(); // fake-indexeddb has it, as Chromium does
    delete proto.getAllRecords;
    try {
      expect(await ids(3)).toEqual(order.slice(0, 3));
      expect(await ids(10)).toEqual(order);
    } finally {
      Object.defineProperty(proto, "getAllRecords", saved as PropertyDescriptor);
    }
    expect(await (await freshStore()).newest(10)).toEqual([]);
  });

  it("checks the digest while reading every summary, and rebuilds it if it disagrees", async () => {
    const store = await freshStore();
    await store.add(makeHighlight({ id: "a", createdAt: 1, updatedAt: 1 }));
    await store.add(makeHighlight({ id: "b", createdAt: 2, updatedAt: 2 }));
    const summaries = await store.summaries();
    expect(await store.checkedSummaries()).toEqual({ list: summaries, repaired: false });
    await store.db.clear("digest");
    expect(await store.checkedSummaries()).toEqual({ list: summaries, repaired: true });
    await expectConsistent(store);
  });

  it("updates note, tags and colour and stamps the time", async () => {
    const store = await freshStore();
    await store.add(makeHighlight({ id: "a", updatedAt: 100, createdAt: 100 }));
    const next = await store.update("a", { note: "Who said this?", tags: ["pmf"], color: "blue" }, 500);
    expect(next).toMatchObject({ note: "Who said this?", tags: ["pmf"], color: "blue", updatedAt: 500 });
    expect(await store.get("a")).toEqual(next);
    await expect(store.update("missing", { note: "x" })).rejects.toThrow("no longer exists");
  });

  it("deletes and puts back (undo) exactly", async () => {
    const store = await freshStore();
    const h = await store.add(makeHighlight({ id: "a", note: "n", tags: ["t"] }));
    const removed = await store.remove("a");
    expect(removed).toEqual(h);
    expect(await store.get("a")).toBeUndefined();
    await store.restore(removed as typeof h);
    expect(await store.get("a")).toEqual(h);
  });

  it("marks highlights found or missing, and never deletes the missing", async () => {
    const store = await freshStore();
    await store.add(makeHighlight({ id: "a" }));
    await store.add(makeHighlight({ id: "b" }));
    await store.setAnchorStatus(["a"], ["b"], 9);
    expect((await store.get("a"))?.anchor).toEqual({ status: "found", checkedAt: 9 });
    expect((await store.get("b"))?.anchor).toEqual({ status: "missing", checkedAt: 9 });
    expect(await store.count()).toBe(2);
  });

  it("merges: new records added, same id the newer wins, ties keep the stored one", async () => {
    const store = await freshStore();
    await store.add(makeHighlight({ id: "old", note: "mine", updatedAt: 10, createdAt: 1 }));
    await store.add(makeHighlight({ id: "newer-here", note: "mine", updatedAt: 50, createdAt: 1 }));
    await store.add(makeHighlight({ id: "tie", note: "mine", updatedAt: 20, createdAt: 1 }));
    const result = await store.merge([
      makeHighlight({ id: "old", note: "theirs", updatedAt: 30, createdAt: 1 }),
      makeHighlight({ id: "newer-here", note: "theirs", updatedAt: 40, createdAt: 1 }),
      makeHighlight({ id: "tie", note: "theirs", updatedAt: 20, createdAt: 1 }),
      makeHighlight({ id: "fresh", note: "theirs" }),
    ]);
    expect(result).toEqual({ added: 1, updated: 1, kept: 2 });
    expect((await store.get("old"))?.note).toBe("theirs");
    expect((await store.get("newer-here"))?.note).toBe("mine");
    expect((await store.get("tie"))?.note).toBe("mine");
    expect((await store.get("fresh"))?.note).toBe("theirs");
  });

  it("leaves the store as it was when a merge is interrupted half-way", async () => {
    const store = await freshStore();
    await store.add(makeHighlight({ id: "keep", note: "before" }));
    const before = await store.listNewestFirst();
    const records = Array.from({ length: 20 }, (_, i) => makeHighlight({ id: `n${i}` }));
    // The tab closes mid-transaction: model it as the transaction aborting after some writes.
    const realPut = IDBObjectStore.prototype.put;
    let puts = 0;
    const spy = vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (++puts === 10) this.transaction.abort();
      return realPut.apply(this, args as [unknown, IDBValidKey?]);
    });
    await expect(store.merge(records)).rejects.toThrow();
    spy.mockRestore();
    expect(await store.listNewestFirst()).toEqual(before);
  });

  it("reports the browser's quota error as a StorageFullError", async () => {
    const store = await freshStore();
    const spy = vi.spyOn(IDBObjectStore.prototype, "add").mockImplementation(() => {
      throw new DOMException("Quota exceeded", "QuotaExceededError");
    });
    await expect(store.add(makeHighlight())).rejects.toBeInstanceOf(StorageFullError);
    await expect(store.add(makeHighlight())).rejects.toThrow("no room left");
    spy.mockRestore();
    expect(await store.count()).toBe(0);
  });

  it("keeps colour names the reader gives", async () => {
    const store = await freshStore();
    await store.setColors([{ id: "yellow", label: "Allegation" }]);
    expect(await store.colors()).toEqual([{ id: "yellow", label: "Allegation" }]);
  });
});

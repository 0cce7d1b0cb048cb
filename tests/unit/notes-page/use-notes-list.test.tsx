// @vitest-environment happy-dom
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import { NotesError } from "../../../lib/notes/errors";
import type { NotesStore } from "../../../lib/notes/store";
import { type Boot, FIRST_SCREEN } from "../../../lib/notes-page/boot";
import { type NotesList, PAGE_SIZE, useNotesList } from "../../../lib/notes-page/use-notes-list";
import { fakeBackground } from "../notes/fake-background";
import { freshStore, makeHighlight } from "../notes/helpers";

/** A store with `n` highlights, h0 the oldest; every third one tagged "raid". */
async function storeWith(n: number): Promise<NotesStore> {
  const store = await freshStore();
  for (let i = 0; i < n; i++)
    await store.add(
      makeHighlight({
        id: `h${i}`,
        url: `https://news.example/story-${i % 2}`,
        quote: { exact: `passage number ${i}`, prefix: "", suffix: "" },
        tags: i % 3 === 0 ? ["raid"] : [],
        createdAt: 1_000 + i,
        updatedAt: 1_000 + i,
      }),
    );
  return store;
}

/** What boot.ts reads before the page mounts. */
async function bootOf(store: NotesStore): Promise<Boot> {
  const first = await store.newest(FIRST_SCREEN);
  return {
    store,
    first,
    total: first.length < FIRST_SCREEN ? first.length : null,
    colors: await store.colors(),
  };
}

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root = undefined;
});

/** Mounts the hook as the notes page does; `list` is what it returned at the last render. */
function mount(boot: Promise<Boot>, booted?: Boot) {
  const renders: NotesList[] = [];
  function Probe() {
    renders.push(useNotesList(boot, booted));
    return null;
  }
  root = document.createElement("div");
  act(() => render(<Probe />, root as HTMLElement));
  return {
    renders,
    get list(): NotesList {
      const l = renders.at(-1);
      if (!l) throw new Error("not rendered");
      return l;
    },
  };
}

const ids = (l: NotesList) => l.groups.flatMap((g) => g.items.map((h) => h.id));
const until = (check: () => void) => vi.waitFor(check, { timeout: 2000, interval: 5 });

describe("useNotesList", () => {
  it("lists the first screen in its first render, then counts and searches every highlight", async () => {
    const store = await storeWith(FIRST_SCREEN + 4);
    const booted = await bootOf(store);
    const m = mount(Promise.resolve(booted), booted);
    const first = m.renders[0];
    expect(first?.opened).toBe(true);
    // The newest, grouped by page (the page of the newest first).
    expect(first?.groups.map((g) => [g.url, g.items.map((h) => h.id)])).toEqual([
      ["https://news.example/story-1", ["h9", "h7", "h5"]],
      ["https://news.example/story-0", ["h8", "h6", "h4"]],
    ]);
    expect(first?.count).toBeNull(); // the first screen does not hold them all
    await until(() => expect(m.list.loaded).toBe(true));
    expect(m.list.count).toBe(FIRST_SCREEN + 4);
    expect(m.list.matched).toBe(FIRST_SCREEN + 4);
    expect(m.list.options.tags).toEqual([["raid", 4]]);
  });

  it("opens without a first screen read before it, and says when the notes cannot be opened", async () => {
    const store = await storeWith(2);
    const m = mount(bootOf(store));
    expect(m.list.opened).toBe(false);
    await until(() => expect(m.list.count).toBe(2));
    expect(ids(m.list)).toEqual(["h1", "h0"]);

    const broken = mount(Promise.reject(new Error("IndexedDB is off")));
    await until(() => expect(broken.list.error).toBe("Your notes could not be opened: IndexedDB is off"));
    expect(broken.list.opened).toBe(false);
  });

  it("filters by a facet, draws more on request, and clears the filters", async () => {
    const store = await storeWith(PAGE_SIZE + 20);
    const booted = await bootOf(store);
    const m = mount(Promise.resolve(booted), booted);
    await until(() => expect(m.list.loaded).toBe(true));
    act(() => m.list.setQuery({ tag: "raid" }));
    await until(() => expect(m.list.drawn).toBe(true));
    expect(m.list.filtered).toBe(true);
    expect(m.list.matched).toBe(24);
    expect(ids(m.list)).toHaveLength(FIRST_SCREEN); // only the first screen's worth is read
    act(() => m.list.more());
    await until(() => expect(ids(m.list)).toHaveLength(24));
    expect(ids(m.list).every((id) => Number(id.slice(1)) % 3 === 0)).toBe(true);
    act(() => m.list.clearQuery());
    await until(() => expect(m.list.drawn).toBe(true));
    expect([m.list.filtered, m.list.matched, ids(m.list).length]).toEqual([
      false,
      PAGE_SIZE + 20,
      FIRST_SCREEN,
    ]);
  });

  it("reloads the list in one step after a change, and keeps it as it was when the change fails", async () => {
    const store = await storeWith(3);
    const booted = await bootOf(store);
    const m = mount(Promise.resolve(booted), booted);
    await until(() => expect(m.list.loaded).toBe(true));
    let ok = false;
    await act(async () => {
      ok = await m.list.run((s) => s.update("h1", { note: "Seen in the budget law" }));
    });
    expect(ok).toBe(true);
    await until(() =>
      expect(m.list.groups.flatMap((g) => g.items).find((h) => h.id === "h1")?.note).toBe(
        "Seen in the budget law",
      ),
    );
    const before = m.renders.length;
    await act(async () => {
      ok = await m.list.run((s) => s.remove("h2"));
    });
    expect(ok).toBe(true);
    await until(() => expect(ids(m.list)).toEqual(["h1", "h0"]));
    // Never an empty list on the way: every render since showed the list, before or after.
    for (const r of m.renders.slice(before)) expect(ids(r).length).toBeGreaterThan(0);

    await act(async () => {
      ok = await m.list.run(() => Promise.reject(new NotesError("No highlight h9")));
    });
    expect(ok).toBe(false);
    expect(m.list.error).toBe("No highlight h9");
    expect(ids(m.list)).toEqual(["h1", "h0"]);
  });

  it("has the background open a highlight's page, and shows why when it cannot (fakeBrowser)", async () => {
    const store = await storeWith(1);
    const booted = await bootOf(store);
    let fail = false;
    const bg = fakeBackground({
      "ext:notes-open": () => {
        if (fail) throw new NotesError("That highlight is gone");
        return null;
      },
    });
    const m = mount(Promise.resolve(booted), booted);
    act(() => m.list.openAt("h0"));
    await until(() => expect(bg.payloads("ext:notes-open")).toEqual([{ id: "h0" }]));
    expect(m.list.error).toBeNull();
    fail = true;
    act(() => m.list.openAt("h0"));
    // The reader sees the reason, not the error's class name (the reply carries it as a code).
    await until(() => expect(m.list.error).toBe("That highlight is gone"));
  });
});

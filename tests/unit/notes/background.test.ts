import { describe, expect, it } from "vitest";
import { coreHandlers } from "../../../lib/background/handlers";
import { sessionStorageSessions } from "../../../lib/background/note-frame";
import { createRouter } from "../../../lib/background/router";
import { freshStore, makeHighlight } from "./helpers";

const self = { id: "ext", origin: "chrome-extension://ext" };
const tab = (url: string) => ({ id: "ext", url, tab: { id: 3, url } });
const page = { id: "ext", url: "chrome-extension://ext/notes.html" };
/** The note frame inside a web page's tab. */
const frameIn = (tabId: number) => ({
  id: "ext",
  url: "chrome-extension://ext/note-frame.html#x",
  tab: { id: tabId, url: "https://news.example/article" },
  frameId: 7,
});
const ARTICLE = "https://news.example/article";

async function setup() {
  const store = await freshStore();
  const opened: string[] = [];
  const told: { tabId: number; frameId: number; message: unknown }[] = [];
  const sessions = new Map<string, string>();
  let focus: string | undefined;
  const route = createRouter(
    coreHandlers("1", {
      notes: {
        store: async () => store,
        tagEntities: (text) => (text.includes("Kataib") ? ["kataib-hezbollah"] : []),
        openTab: async (url) => {
          opened.push(url);
          return 3;
        },
        focus: {
          set: async (_t, id) => {
            focus = id;
          },
          take: async () => {
            const f = focus;
            focus = undefined;
            return f;
          },
        },
        frames: {
          sessions: sessionStorageSessions({
            get: async (k) => (sessions.has(k) ? { [k]: JSON.parse(sessions.get(k) as string) } : {}),
            set: async (items) => {
              for (const [k, v] of Object.entries(items)) sessions.set(k, JSON.stringify(v));
            },
            remove: async (k) => {
              for (const key of [k].flat()) sessions.delete(key);
            },
          }),
          notify: async (tabId, frameId, message) => {
            told.push({ tabId, frameId, message });
          },
        },
        newId: () => "new-id",
        now: () => 1000,
      },
    }),
    self,
  );
  return { store, route, opened, told };
}

const save = {
  url: `${ARTICLE}?utm_source=x#p3`,
  title: "An article",
  quote: { exact: "Kataib Hezbollah said", prefix: "", suffix: " it would" },
  position: { start: 0, end: 21 },
  pageText: "Kataib Hezbollah said it would not attend.",
};

describe("notes messages in the background", () => {
  it("saves a highlight from its own page, tagged with entities, URL normalised", async () => {
    const { route, store } = await setup();
    const reply = await route({ type: "content:notes-save", payload: save }, tab(`${ARTICLE}#p3`));
    expect(reply).toMatchObject({
      ok: true,
      value: { id: "new-id", url: ARTICLE, site: "news.example", entities: ["kataib-hezbollah"] },
    });
    expect(await store.count()).toBe(1);
  });

  it.each([
    [
      "from another site",
      { type: "content:notes-save", payload: save },
      tab("https://evil.example/"),
      "another site",
    ],
    [
      "from an extension page",
      { type: "content:notes-save", payload: save },
      page,
      "expected a content script",
    ],
    [
      "with a bad position",
      { type: "content:notes-save", payload: { ...save, position: { start: 5, end: 1 } } },
      tab(ARTICLE),
      "end before start",
    ],
    [
      "with a non-web URL",
      { type: "content:notes-save", payload: { ...save, url: "file:///x" } },
      tab(ARTICLE),
      "not a web page",
    ],
    [
      "with an extra field",
      { type: "content:notes-save", payload: { ...save, id: "mine" } },
      tab(ARTICLE),
      "unexpected field",
    ],
    [
      "asking for another site's notes",
      { type: "content:notes-for-page", payload: { url: "https://bank.example/" } },
      tab(ARTICLE),
      "another site",
    ],
    [
      "asking for a note card from an extension page",
      { type: "content:note-frame-open", payload: { id: "a", mode: "hover", focus: false } },
      page,
      "expected a content script",
    ],
    [
      "changing a note from a content script",
      { type: "frame:note-update", payload: { token: "t".repeat(32), note: "x" } },
      tab(ARTICLE),
      "expected an extension page",
    ],
  ])("refuses a message %s", async (_what, message, sender, error) => {
    const { route, store } = await setup();
    const reply = await route(message, sender);
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining(error) });
    expect(await store.count()).toBe(0);
  });

  it("never hands a note to a content script", async () => {
    const { route, store } = await setup();
    await store.add(makeHighlight({ id: "a", url: ARTICLE, note: "Source: +964 770 000 0000" }));
    const reply = await route({ type: "content:notes-for-page", payload: { url: ARTICLE } }, tab(ARTICLE));
    expect(reply).toMatchObject({ ok: true, value: { highlights: [{ id: "a" }] } });
    expect(JSON.stringify(reply)).not.toContain("+964");
    const saved = await route({ type: "content:notes-save", payload: save }, tab(ARTICLE));
    expect(saved).toMatchObject({ ok: true });
    expect(Object.hasOwn((saved as { value: object }).value, "note")).toBe(false);
  });

  it("lets a tab change and delete only its own site's highlights", async () => {
    const { route, store } = await setup();
    await store.add(makeHighlight({ id: "a", url: ARTICLE, createdAt: 1, updatedAt: 1 }));
    const evil = tab("https://evil.example/");
    expect(
      await route(
        { type: "content:note-frame-open", payload: { id: "a", mode: "hover", focus: false } },
        evil,
      ),
    ).toMatchObject({ ok: false, error: expect.stringContaining("another site") });
    // The old content-script writes are gone: only the note frame, with a session, writes.
    expect(
      await route({ type: "content:notes-update", payload: { id: "a", note: "x" } }, tab(ARTICLE)),
    ).toMatchObject({ ok: false, error: expect.stringContaining("unknown message") });
  });

  it("gives the note frame a session for one highlight in one tab, and tells the tab what changed", async () => {
    const { route, store, told } = await setup();
    await store.add(makeHighlight({ id: "a", url: ARTICLE, createdAt: 1, updatedAt: 1 }));
    await store.add(makeHighlight({ id: "b", url: ARTICLE, createdAt: 1, updatedAt: 1 }));
    const opened = await route(
      { type: "content:note-frame-open", payload: { id: "a", mode: "new", focus: true } },
      { ...tab(ARTICLE), frameId: 0 },
    );
    const token = (opened as { value: { token: string } }).value.token;
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    const frame = frameIn(3);
    expect(await route({ type: "frame:note-load", payload: { token } }, frame)).toMatchObject({
      ok: true,
      value: { highlight: { id: "a" }, mode: "new", focus: true },
    });
    // The same token from a frame in another tab, another frame in the same tab, or a made-up
    // token, gets nothing.
    expect(await route({ type: "frame:note-load", payload: { token } }, frameIn(4))).toMatchObject({
      ok: false,
      error: expect.stringContaining("expired"),
    });
    expect(
      await route({ type: "frame:note-load", payload: { token } }, { ...frame, frameId: 8 }),
    ).toMatchObject({ ok: false, error: expect.stringContaining("expired") });
    expect(await route({ type: "frame:note-load", payload: { token: "0".repeat(64) } }, frame)).toMatchObject(
      { ok: false },
    );
    expect(
      await route({ type: "frame:note-update", payload: { token, note: "mine", color: "green" } }, frame),
    ).toMatchObject({ ok: true, value: { id: "a", note: "mine", color: "green", updatedAt: 1000 } });
    expect((await store.get("b"))?.note).toBe("");
    expect(told.at(-1)).toMatchObject({
      tabId: 3,
      frameId: 0,
      message: { type: "bg:note-changed", highlight: { id: "a", color: "green" } },
    });
    expect(JSON.stringify(told)).not.toContain("mine");
    const deleted = await route({ type: "frame:note-delete", payload: { token } }, frame);
    expect(await store.count()).toBe(1);
    expect(told.at(-1)).toMatchObject({ message: { type: "bg:note-removed", id: "a" } });
    // Undo puts back this card's highlight only.
    const other = { ...(deleted as { value: { id: string } }).value, id: "b" };
    expect(
      await route({ type: "frame:note-restore", payload: { token, highlight: other } }, frame),
    ).toMatchObject({ ok: false, error: expect.stringContaining("not this card") });
    expect(
      await route(
        { type: "frame:note-restore", payload: { token, highlight: (deleted as { value: unknown }).value } },
        frame,
      ),
    ).toMatchObject({ ok: true, value: { id: "a", note: "mine" } });
    await route({ type: "frame:note-ui", payload: { token, kind: "size", height: 180 } }, frame);
    expect(told.at(-1)).toMatchObject({ message: { type: "bg:note-ui", token, kind: "size", height: 180 } });
    // A new card in the tab ends the previous session.
    await route(
      { type: "content:note-frame-open", payload: { id: "b", mode: "hover", focus: false } },
      tab(ARTICLE),
    );
    expect(await route({ type: "frame:note-load", payload: { token } }, frame)).toMatchObject({ ok: false });
  });

  it("opens a highlight's page from the notes page and hands its id to that tab once", async () => {
    const { route, store, opened } = await setup();
    await store.add(makeHighlight({ id: "a", url: ARTICLE }));
    expect(await route({ type: "ext:notes-open", payload: { id: "a" } }, page)).toEqual({
      ok: true,
      value: null,
    });
    expect(opened).toEqual([ARTICLE]);
    const first = await route({ type: "content:notes-for-page", payload: { url: ARTICLE } }, tab(ARTICLE));
    expect(first).toMatchObject({ ok: true, value: { focusId: "a", highlights: [{ id: "a" }] } });
    const again = await route({ type: "content:notes-for-page", payload: { url: ARTICLE } }, tab(ARTICLE));
    expect((again as { value: { focusId?: string } }).value.focusId).toBeUndefined();
  });

  it("records anchoring only for the page's own highlights", async () => {
    const { route, store } = await setup();
    await store.add(makeHighlight({ id: "a", url: ARTICLE }));
    await store.add(makeHighlight({ id: "b", url: "https://news.example/other" }));
    await route(
      { type: "content:notes-anchored", payload: { url: ARTICLE, found: [], missing: ["a", "b"] } },
      tab(ARTICLE),
    );
    expect((await store.get("a"))?.anchor?.status).toBe("missing");
    expect((await store.get("b"))?.anchor).toBeUndefined();
  });

  it("codes its refusals, so a UI can tell them apart", async () => {
    const { route, store } = await setup();
    await store.add(makeHighlight({ id: "a", url: ARTICLE, createdAt: 1, updatedAt: 1 }));
    const open = (id: string, sender: ReturnType<typeof tab>) =>
      route({ type: "content:note-frame-open", payload: { id, mode: "hover", focus: false } }, sender);
    expect(await open("a", tab("https://evil.example/"))).toMatchObject({ ok: false, code: "wrong-sender" });
    expect(await open("zz", tab(ARTICLE))).toMatchObject({
      ok: false,
      code: "not-found",
      error: "This highlight no longer exists.",
    });
    const { token } = (
      (await route(
        { type: "content:note-frame-open", payload: { id: "a", mode: "new", focus: true } },
        { ...tab(ARTICLE), frameId: 0 },
      )) as { value: { token: string } }
    ).value;
    const frame = frameIn(3);
    expect(await route({ type: "frame:note-load", payload: { token } }, frameIn(4))).toMatchObject({
      ok: false,
      code: "expired",
    });
    const loaded = (await route({ type: "frame:note-load", payload: { token } }, frame)) as {
      value: { highlight: unknown };
    };
    expect(
      await route(
        { type: "frame:note-restore", payload: { token, highlight: loaded.value.highlight } },
        frame,
      ),
    ).toMatchObject({ ok: false, code: "exists" });
    expect(await route({ type: "frame:note-update", payload: { token, color: "red" } }, frame)).toMatchObject(
      {
        ok: false,
        code: "invalid-message",
      },
    );
  });
});

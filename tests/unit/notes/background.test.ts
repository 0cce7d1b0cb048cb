import { describe, expect, it } from "vitest";
import { coreHandlers } from "../../../lib/background/handlers";
import { createRouter } from "../../../lib/background/router";
import { freshStore, makeHighlight } from "./helpers";

const self = { id: "ext", origin: "chrome-extension://ext" };
const tab = (url: string) => ({ id: "ext", url, tab: { id: 3, url } });
const page = { id: "ext", url: "chrome-extension://ext/notes.html" };
const ARTICLE = "https://news.example/article";

async function setup() {
  const store = await freshStore();
  const opened: string[] = [];
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
        newId: () => "new-id",
        now: () => 1000,
      },
    }),
    self,
  );
  return { store, route, opened };
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
      "with an odd colour",
      { type: "content:notes-update", payload: { id: "a", color: "red" } },
      tab(ARTICLE),
      "color",
    ],
  ])("refuses a message %s", async (_what, message, sender, error) => {
    const { route, store } = await setup();
    const reply = await route(message, sender);
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining(error) });
    expect(await store.count()).toBe(0);
  });

  it("lets a tab change and delete only its own site's highlights", async () => {
    const { route, store } = await setup();
    await store.add(makeHighlight({ id: "a", url: ARTICLE, createdAt: 1, updatedAt: 1 }));
    const evil = tab("https://evil.example/");
    expect(
      await route({ type: "content:notes-update", payload: { id: "a", note: "x" } }, evil),
    ).toMatchObject({
      ok: false,
    });
    expect(await route({ type: "content:notes-delete", payload: { id: "a" } }, evil)).toMatchObject({
      ok: false,
    });
    const updated = await route(
      { type: "content:notes-update", payload: { id: "a", note: "mine" } },
      tab(ARTICLE),
    );
    expect(updated).toMatchObject({ ok: true, value: { note: "mine", updatedAt: 1000 } });
    const deleted = await route({ type: "content:notes-delete", payload: { id: "a" } }, tab(ARTICLE));
    expect(await store.count()).toBe(0);
    const restored = await route(
      { type: "content:notes-restore", payload: { highlight: (deleted as { value: unknown }).value } },
      tab(ARTICLE),
    );
    expect(restored).toMatchObject({ ok: true, value: { id: "a", note: "mine" } });
  });

  it("opens a highlight's page from the notes page and hands its id to that tab once", async () => {
    const { route, store, opened } = await setup();
    await store.add(makeHighlight({ id: "a", url: ARTICLE }));
    expect(await route({ type: "page:notes-open", payload: { id: "a" } }, page)).toEqual({
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
});

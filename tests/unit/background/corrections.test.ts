/** Reader corrections in the background (lib/background/corrections.ts), through the router. */
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import type { CorrectionsDeps } from "../../../lib/background/corrections";
import { coreHandlers } from "../../../lib/background/handlers";
import { createRouter } from "../../../lib/background/router";
import { createCorrectionsStore } from "../../../lib/notes/corrections";
import { openNotesDb } from "../../../lib/notes/db";

const self = { id: "ext-id", origin: "chrome-extension://ext-id" };
const tab = (url: string) => ({ id: "ext-id", url, tab: { id: 3, url }, frameId: 0 });
const popup = { id: "ext-id", url: "chrome-extension://ext-id/popup.html" };
const not = {
  kind: "not",
  spelling: "Badr",
  entity: "badr-organization",
  scope: "site",
  sentence: "Badr said.",
};

async function setup() {
  const store = createCorrectionsStore(await openNotesDb(`corrections-${Math.random()}`));
  let broadcasts = 0;
  let n = 0;
  const deps: CorrectionsDeps = {
    store: async () => store,
    knows: (id) => id === "badr-organization" || id === "hadi-al-amiri",
    broadcast: async () => {
      broadcasts++;
    },
    now: () => 1_000,
    newId: () => `id-${++n}`,
  };
  const route = createRouter(coreHandlers("1", { corrections: deps }), self);
  return { store, route, broadcasts: () => broadcasts };
}

describe("corrections in the background", () => {
  it("stores a tab's correction with its page and site, tells every tab, and gives the page its overlay", async () => {
    const { store, route, broadcasts } = await setup();
    const page = "https://www.news.example/a?utm_source=x";
    const added = await route(
      { type: "content:corrections-add", payload: { url: page, title: "A", corrections: [not] } },
      tab(page),
    );
    expect(added).toEqual({
      ok: true,
      value: {
        corrections: [
          {
            ...not,
            id: "id-1",
            url: "https://www.news.example/a",
            site: "news.example",
            title: "A",
            createdAt: 1_000,
          },
        ],
      },
    });
    expect(await store.count()).toBe(1);
    expect(broadcasts()).toBe(1);
    const other = "https://news.example/b";
    expect(
      await route({ type: "content:corrections-for-page", payload: { url: other } }, tab(other)),
    ).toEqual({
      ok: true,
      value: { not: [{ spelling: "Badr", entity: "badr-organization" }], spelling: [] },
    });
    const elsewhere = "https://other.example/";
    expect(
      await route({ type: "content:corrections-for-page", payload: { url: elsewhere } }, tab(elsewhere)),
    ).toEqual({ ok: true, value: { not: [], spelling: [] } });
  });

  it("refuses a page asking for another site's overlay, an unknown entity, a bad scope, and a popup posing as a tab", async () => {
    const { store, route, broadcasts } = await setup();
    const page = "https://news.example/a";
    const cases: [unknown, object, string][] = [
      [
        { type: "content:corrections-for-page", payload: { url: "https://other.example/" } },
        tab(page),
        "another site",
      ],
      [
        {
          type: "content:corrections-add",
          payload: { url: page, title: "", corrections: [{ ...not, entity: "nobody" }] },
        },
        tab(page),
        "not in the dataset",
      ],
      [
        {
          type: "content:corrections-add",
          payload: { url: page, title: "", corrections: [{ ...not, scope: "world" }] },
        },
        tab(page),
        "scope",
      ],
      [
        {
          type: "content:corrections-add",
          payload: { url: page, title: "", corrections: [{ ...not, spelling: "   " }] },
        },
        tab(page),
        "empty spelling",
      ],
      [
        { type: "content:corrections-add", payload: { url: page, title: "", corrections: [] } },
        tab(page),
        "fewer than 1",
      ],
      [
        { type: "content:corrections-add", payload: { url: page, title: "", corrections: [not] } },
        popup,
        "content script",
      ],
      [{ type: "ext:corrections-remove", payload: { ids: ["id-1"] } }, tab(page), "extension page"],
    ];
    for (const [message, sender, error] of cases) {
      const reply = await route(message, sender);
      expect(reply.ok, error).toBe(false);
      expect(!reply.ok && reply.error).toContain(error);
    }
    expect(await store.count()).toBe(0);
    expect(broadcasts()).toBe(0);
  });

  it("lets a tab take back only corrections made on its own site; the popup any", async () => {
    const { store, route } = await setup();
    const a = "https://news.example/a";
    const b = "https://other.example/b";
    await route(
      { type: "content:corrections-add", payload: { url: a, title: "", corrections: [not] } },
      tab(a),
    );
    await route(
      { type: "content:corrections-add", payload: { url: b, title: "", corrections: [not] } },
      tab(b),
    );
    await route({ type: "content:corrections-remove", payload: { url: b, ids: ["id-1", "id-2"] } }, tab(b));
    expect((await store.all()).map((c) => c.id)).toEqual(["id-1"]);
    await route({ type: "ext:corrections-remove", payload: { ids: ["id-1"] } }, popup);
    expect(await store.count()).toBe(0);
  });
});

// @vitest-environment happy-dom
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TabSummary } from "../../../lib/messaging/contract";
import { App } from "../../../lib/popup/App";
import type { PopupHost } from "../../../lib/popup/host";
import { createSearcher } from "../../../lib/search/search";
import { FIXTURE } from "../../fixtures/popup/dataset";

const SUMMARY: TabSummary = {
  url: "https://news.example/a",
  host: "news.example",
  enabled: true,
  entities: [
    { id: "qassem-soleimani", name: "Qassem Soleimani", type: "person", count: 1 },
    { id: "kataib-hezbollah", name: "Kataib Hezbollah", type: "group", count: 3 },
    { id: "mustafa-al-kadhimi", name: "Mustafa al-Kadhimi", type: "person", count: 2 },
  ],
};

function fakeHost(): PopupHost & { reveal: ReturnType<typeof vi.fn> } {
  return {
    tabId: async () => 7,
    summary: async () => SUMMARY,
    reveal: vi.fn(async (_tab: number, _id: string, index: number) => ({ index: index % 3, total: 3 })),
    siteState: async () => ({ paused: false, siteEnabled: true }),
    setSiteEnabled: async () => {},
    setPaused: async () => {},
    onSettingsChange: () => () => {},
    openNotes: () => {},
  };
}

const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));
const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector<T>(sel);
const key = (el: Element | null, k: string) =>
  act(() => {
    el?.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true }));
  });

describe("popup App", () => {
  afterEach(() => render(null, document.body));

  it("searches as you type, moves with the arrows, opens with Enter and goes back with Escape", async () => {
    await act(() =>
      render(<App dataset={FIXTURE} searcher={createSearcher(FIXTURE)} host={fakeHost()} />, document.body),
    );
    const input = $<HTMLInputElement>(".pp-search-input");
    expect(document.activeElement).toBe(input);
    await act(() => {
      if (!input) return;
      input.value = "hezbolla";
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
    const ids = [...document.querySelectorAll(".pp-result")].map((r) => r.getAttribute("data-id"));
    expect(ids.slice(0, 2)).toEqual(["hezbollah", "kataib-hezbollah"]);
    await key(input, "ArrowDown");
    expect($(".pp-result.pp-active")?.getAttribute("data-id")).toBe("kataib-hezbollah");
    expect(input?.getAttribute("aria-activedescendant")).toBe("pp-result-1");
    await key(input, "Enter");
    expect($(".al-card h2")?.textContent).toBe("Kataib Hezbollah");
    expect($(".gr")).not.toBeNull();
    await key(document.body, "Escape");
    expect($<HTMLInputElement>(".pp-search-input")?.value).toBe("hezbolla");
  });

  it("shows and focuses the search box before the data arrives, and keeps what was typed", async () => {
    const host = fakeHost();
    await act(() => render(<App host={host} />, document.body));
    const input = $<HTMLInputElement>(".pp-search-input");
    expect(document.activeElement).toBe(input);
    expect($(".pp-status")?.textContent).toBe("Loading the dataset…");
    await act(() => {
      if (!input) return;
      input.value = "soleimany";
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
    expect(document.querySelectorAll(".pp-result")).toHaveLength(0);
    expect(document.body.textContent).not.toContain("Nothing in the dataset matches");
    await act(() =>
      render(<App dataset={FIXTURE} searcher={createSearcher(FIXTURE)} host={host} />, document.body),
    );
    expect($<HTMLInputElement>(".pp-search-input")).toBe(input);
    expect(document.activeElement).toBe(input);
    expect($(".pp-result")?.getAttribute("data-id")).toBe("qassem-soleimani");
  });

  it("opens an event chosen with the keyboard on its participant's timeline, at that event", async () => {
    // A later event of Kadhimi's too, so the timeline would otherwise start on that one.
    const later = { ...FIXTURE.events[1], id: "2021-kadhimi-later", date: "2021-01", title: "A later event" };
    const dataset = { ...FIXTURE, events: [...FIXTURE.events, later] as typeof FIXTURE.events };
    await act(() =>
      render(<App dataset={dataset} searcher={createSearcher(dataset)} host={fakeHost()} />, document.body),
    );
    const input = $<HTMLInputElement>(".pp-search-input");
    await act(() => {
      if (!input) return;
      input.value = "kadhimi raid";
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
    expect($(".pp-group-title")?.textContent).toBe("Events");
    expect($(".pp-result")?.getAttribute("data-kind")).toBe("event");
    await key(input, "Enter");
    expect($(".al-card h2")?.textContent).toBe("Mustafa al-Kadhimi");
    const current = $(".pp-tl-mark.pp-current");
    expect(current?.getAttribute("aria-label")).toContain("Raid on Kataib Hezbollah");
    expect(document.activeElement).toBe(current);
    await key(document.body, "Escape");
    expect($<HTMLInputElement>(".pp-search-input")?.value).toBe("kadhimi raid");
  });

  it("shows entities linked to a match under their own heading", async () => {
    await act(() =>
      render(<App dataset={FIXTURE} searcher={createSearcher(FIXTURE)} host={fakeHost()} />, document.body),
    );
    const input = $<HTMLInputElement>(".pp-search-input");
    await act(() => {
      if (!input) return;
      input.value = "kataib hezbollah";
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
    const results = [...document.querySelectorAll(".pp-result")];
    expect(results[0]?.getAttribute("data-kind")).toBe("direct");
    expect(results[0]?.getAttribute("data-id")).toBe("kataib-hezbollah");
    const titles = [...document.querySelectorAll(".pp-group-title")].map((t) => t.textContent);
    expect(titles).toContain("Linked to Kataib Hezbollah");
    expect(results.slice(1).every((r) => r.getAttribute("data-kind") !== "direct")).toBe(true);
  });

  it("says so when the data cannot be loaded", async () => {
    await act(() => render(<App host={fakeHost()} loadError="Could not read the dataset" />, document.body));
    expect($(".pp-status")?.textContent).toBe("Could not read the dataset");
  });

  it("lists the page's entities grouped by type, sorted by count, and steps through mentions", async () => {
    const host = fakeHost();
    await act(() =>
      render(<App dataset={FIXTURE} searcher={createSearcher(FIXTURE)} host={host} />, document.body),
    );
    await flush();
    await act(() => $<HTMLButtonElement>('[data-tab="page"]')?.click());
    await flush();
    const groups = [...document.querySelectorAll(".pp-page-group")].map((g) => [
      g.querySelector("h2")?.textContent,
      [...g.querySelectorAll(".pp-page-row")].map((r) => r.getAttribute("data-id")),
    ]);
    expect(groups).toEqual([
      ["People", ["mustafa-al-kadhimi", "qassem-soleimani"]],
      ["Groups", ["kataib-hezbollah"]],
    ]);
    const kh = $<HTMLButtonElement>('.pp-page-row[data-id="kataib-hezbollah"] .pp-page-name');
    await act(async () => kh?.click());
    await flush();
    await act(async () => kh?.click());
    await flush();
    expect(host.reveal.mock.calls.map((c) => c[2])).toEqual([0, 1]);
    expect($('.pp-page-row[data-id="kataib-hezbollah"] .pp-page-pos')?.textContent).toBe("2 of 3");
  });
});

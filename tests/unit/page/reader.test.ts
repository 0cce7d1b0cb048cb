// @vitest-environment happy-dom
/**
 * The page reader (lib/page/reader.ts) on WXT's fakeBrowser with a fake spotting engine: it
 * marks what the engine finds, each name under its kind's highlight, tells the background how
 * many entities it found, answers the popup, and takes every mark away when turned off.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import type { Mention } from "../../../lib/matching/types";
import { pageServices } from "../../../lib/page/content";
import { startReader } from "../../../lib/page/reader";
import type { SpotSession } from "../../../lib/page/scanner";
import { updateSettings } from "../../../lib/settings/index";
import { fakeBackground } from "../notes/fake-background";

const NAMES: Record<string, { id: string; type: "person" | "group" }> = {
  "Hadi al-Amiri": { id: "hadi-al-amiri", type: "person" },
  "Kataib Hezbollah": { id: "kataib-hezbollah", type: "group" },
};
const session: SpotSession = {
  scan: async (texts) =>
    texts.map(
      (text) =>
        [...text.matchAll(/Hadi al-Amiri|Kataib Hezbollah/g)].map((m) => ({
          start: m.index,
          end: m.index + m[0].length,
          surface: m[0],
          id: NAMES[m[0]]?.id ?? null,
          candidates: [],
          match: "exact",
          confidence: 1,
          reason: { kind: "exact", text: "exact alias" },
        })) as Mention[],
    ),
};

class FakeHighlight extends Set<unknown> {}

/** What the tab answers to a message from the background (tabs.sendMessage). */
async function ask(message: unknown): Promise<unknown> {
  let answer: unknown;
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
  await trigger(message, { id: fakeBrowser.runtime.id }, (a: unknown) => {
    answer = a;
  });
  return (answer as { value?: unknown } | undefined)?.value ?? answer;
}

const drawn = (name: string) =>
  [...((CSS.highlights.get(name) as Set<Range> | undefined) ?? [])].map((r) => r.toString());

let stop: AbortController;
beforeEach(() => {
  stop = new AbortController();
  for (const g of [globalThis, window]) Object.assign(g, { Highlight: FakeHighlight });
  // happy-dom has no CSS Custom Highlight API.
  Object.defineProperty(window, "CSS", { value: { highlights: new Map() }, configurable: true });
  document.body.innerHTML =
    "<p>Aides to Hadi al-Amiri urged calm.</p><p>A spokesman for <b>Kataib</b> Hezbollah denied it.</p>" +
    '<p hidden>Hadi al-Amiri</p><div contenteditable="true">Kataib Hezbollah</div>';
});
afterEach(() => {
  stop.abort();
  vi.restoreAllMocks();
});

describe("the page reader", () => {
  it("marks the names found, by kind, across inline markup; reports them; and unmarks when off", async () => {
    const bg = fakeBackground({
      "content:directory": () => ({
        entities: Object.entries(NAMES).map(([name, e]) => ({ ...e, name, role: "" })),
      }),
      "content:found": () => null,
    });
    startReader(pageServices(stop.signal), async () => session);
    await vi.waitFor(() => expect(bg.payloads("content:found")).toEqual([{ count: 2 }]), { timeout: 3000 });
    // Hidden text and editors are left alone.
    expect(drawn("actor-lens-person")).toEqual(["Hadi al-Amiri"]);
    expect(drawn("actor-lens-group")).toEqual(["Kataib Hezbollah"]);
    const summary = (await ask({ type: "tab:summary" })) as { entities: { id: string; count: number }[] };
    expect(summary.entities.map((e) => [e.id, e.count])).toEqual([
      ["hadi-al-amiri", 1],
      ["kataib-hezbollah", 1],
    ]);
    await updateSettings({ paused: true });
    await vi.waitFor(() => expect(bg.payloads("content:found")).toEqual([{ count: 2 }, { count: 0 }]));
    expect(CSS.highlights.size).toBe(0);
  });

  it("follows the page: a paragraph added later is marked in the next batch", async () => {
    const bg = fakeBackground({
      "content:directory": () => ({
        entities: Object.entries(NAMES).map(([name, e]) => ({ ...e, name, role: "" })),
      }),
      "content:found": () => null,
    });
    document.body.innerHTML = "<p>Aides to Hadi al-Amiri urged calm.</p>";
    startReader(pageServices(stop.signal), async () => session);
    await vi.waitFor(() => expect(bg.payloads("content:found")).toEqual([{ count: 1 }]), { timeout: 3000 });
    const p = document.createElement("p");
    p.textContent = "Kataib Hezbollah denied it.";
    document.body.append(p);
    await vi.waitFor(() => expect(drawn("actor-lens-group")).toEqual(["Kataib Hezbollah"]), {
      timeout: 3000,
    });
    expect(bg.payloads("content:found")).toEqual([{ count: 1 }, { count: 2 }]);
  });
  it("reads the page again from scratch on a new session when its session is lost", async () => {
    const bg = fakeBackground({
      "content:directory": () => ({
        entities: Object.entries(NAMES).map(([name, e]) => ({ ...e, name, role: "" })),
      }),
      "content:found": () => null,
    });
    const opened: (() => void)[] = [];
    startReader(pageServices(stop.signal), async (onLost) => {
      opened.push(onLost);
      return session;
    });
    await vi.waitFor(() => expect(bg.payloads("content:found")).toEqual([{ count: 2 }]), { timeout: 3000 });
    // The port closed (the service worker stopped): the evidence is gone with it.
    opened[0]?.();
    await vi.waitFor(
      () => expect(bg.payloads("content:found")).toEqual([{ count: 2 }, { count: 0 }, { count: 2 }]),
      { timeout: 3000 },
    );
    expect(opened).toHaveLength(2);
    expect(drawn("actor-lens-person")).toEqual(["Hadi al-Amiri"]);
    expect(drawn("actor-lens-group")).toEqual(["Kataib Hezbollah"]);
    // The old session's loss, told again, is no longer the page's.
    opened[0]?.();
    expect(opened).toHaveLength(2);
  });

  it("applies the reader's corrections, and marks the page anew when they change", async () => {
    let overlay = {
      not: [{ spelling: "hadi al-amiri", entity: "hadi-al-amiri" }],
      spelling: [] as unknown[],
    };
    const bg = fakeBackground({
      "content:directory": () => ({
        entities: [
          ...Object.entries(NAMES).map(([name, e]) => ({ ...e, name, role: "" })),
          { id: "badr-organization", name: "Badr Organization", type: "group", role: "" },
        ],
      }),
      "content:found": () => null,
      "content:corrections-for-page": () => overlay,
    });
    document.body.innerHTML =
      "<p>Aides to Hadi al-Amiri urged calm.</p><p>Kataib Hezbollah and the Aides denied it.</p>";
    const opened: number[] = [];
    startReader(pageServices(stop.signal), async () => {
      opened.push(opened.length);
      return session;
    });
    await vi.waitFor(() => expect(bg.payloads("content:found")).toEqual([{ count: 1 }]), { timeout: 3000 });
    expect(drawn("actor-lens-person")).toEqual([]);
    expect(drawn("actor-lens-group")).toEqual(["Kataib Hezbollah"]);
    expect(bg.payloads("content:corrections-for-page")).toEqual([{ url: location.href }]);
    // Another tab (or this one) changed the corrections: the wrong match is taken back and a
    // spelling of the reader's own is added.
    overlay = { not: [], spelling: [{ spelling: "aides", entity: "badr-organization" }] };
    await ask({ type: "bg:corrections-changed" });
    await vi.waitFor(() => expect(drawn("actor-lens-person")).toEqual(["Hadi al-Amiri"]), { timeout: 3000 });
    expect(drawn("actor-lens-group")).toEqual(["Aides", "Kataib Hezbollah", "Aides"]);
    expect(opened).toHaveLength(2);
    // Told again with nothing changed: no new scan.
    await ask({ type: "bg:corrections-changed" });
    await vi.waitFor(() => expect(bg.payloads("content:corrections-for-page")).toHaveLength(3));
    expect(opened).toHaveLength(2);
    // A single-page app moves to another story, where a correction of that page holds.
    overlay = { not: [{ spelling: "Kataib Hezbollah", entity: "kataib-hezbollah" }], spelling: [] };
    history.pushState({}, "", "/story-2");
    await vi.waitFor(() => expect(drawn("actor-lens-group")).toEqual([]), { timeout: 5000 });
    expect(bg.payloads("content:corrections-for-page").at(-1)).toEqual({ url: location.href });
    expect(location.pathname).toBe("/story-2");
  });
});

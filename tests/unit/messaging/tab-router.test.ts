import { describe, expect, it } from "vitest";
import { noteRemoved } from "../../../lib/messaging/note-notices";
import { nextMention, saveSelection, tabReveal, tabSummary } from "../../../lib/messaging/tab-contract";
import { createTabRouter } from "../../../lib/messaging/tab-router";

const self = { id: "ext" };

/** Sends one message through the router's listener; resolves with what it answered, if anything. */
function send(router: ReturnType<typeof createTabRouter>, message: unknown, sender: { id?: string } = self) {
  let answered: unknown[] = [];
  const keptOpen = router.listener(message, sender, (a) => answered.push(a));
  return {
    keptOpen,
    answers: () => answered,
    settle: async () => {
      await new Promise((ok) => setTimeout(ok, 0));
      const out = answered;
      answered = [];
      return out;
    },
  };
}

describe("tab router", () => {
  it("answers a message with its handler's value, at once", () => {
    const router = createTabRouter("ext");
    router.on(tabReveal, (m) => ({ index: m.index + 1, total: 3 }));
    const r = send(router, { type: "tab:reveal", id: "x", index: 1 });
    expect(r.keptOpen).toBeUndefined();
    expect(r.answers()).toEqual([{ index: 2, total: 3 }]);
  });

  it("keeps the channel open for an async handler and answers once it resolves", async () => {
    const router = createTabRouter("ext");
    router.on(nextMention, async () => ({ index: 0, total: 1 }));
    const r = send(router, { type: "bg:next-mention" });
    expect(r.keptOpen).toBe(true);
    expect(await r.settle()).toEqual([{ index: 0, total: 1 }]);
  });

  it("answers a notice with null", async () => {
    const router = createTabRouter("ext");
    const seen: string[] = [];
    router.on(noteRemoved, (m) => {
      seen.push(m.id);
    });
    expect(send(router, { type: "bg:note-removed", id: "abc" }).answers()).toEqual([null]);
    expect(seen).toEqual(["abc"]);
  });

  it.each([
    [
      "an extra field",
      { type: "tab:reveal", id: "x", index: 1, html: "<b>" },
      "message.html: unexpected field",
    ],
    ["a wrong field", { type: "tab:reveal", id: "x", index: "1" }, "message.index: expected a number"],
    ["a missing field", { type: "tab:reveal", index: 1 }, "message.id: expected a string"],
  ])("refuses %s with invalid-message, without running the handler", (_what, message, error) => {
    const router = createTabRouter("ext");
    let ran = false;
    router.on(tabReveal, () => {
      ran = true;
      return { index: 0, total: 0 };
    });
    expect(send(router, message).answers()).toEqual([{ ok: false, code: "invalid-message", error }]);
    expect(ran).toBe(false);
  });

  it("refuses another extension", () => {
    const router = createTabRouter("ext");
    router.on(tabSummary, () => ({ url: "u", host: "h", enabled: true, entities: [] }));
    expect(send(router, { type: "tab:summary" }, { id: "evil" }).answers()).toEqual([
      { ok: false, code: "wrong-sender", error: "sender: not this extension" },
    ]);
  });

  it("answers a handler's error with its code", async () => {
    const router = createTabRouter("ext");
    router.on(tabSummary, () => {
      throw new Error("broken");
    });
    router.on(nextMention, async () => {
      throw new Error("later");
    });
    expect(send(router, { type: "tab:summary" }).answers()).toEqual([
      { ok: false, code: "unknown", error: "broken" },
    ]);
    const r = send(router, { type: "bg:next-mention" });
    expect(await r.settle()).toEqual([{ ok: false, code: "unknown", error: "later" }]);
  });

  it.each([
    ["a type with no handler", { type: "bg:notes-save-selection" }],
    ["an unknown type", { type: "tab:wipe" }],
    ["a prototype key", { type: "constructor" }],
    ["no object", "tab:summary"],
    ["null", null],
  ])("leaves %s to other listeners", (_what, message) => {
    const router = createTabRouter("ext");
    router.on(tabSummary, () => ({ url: "u", host: "h", enabled: true, entities: [] }));
    const r = send(router, message);
    expect(r.keptOpen).toBeUndefined();
    expect(r.answers()).toEqual([]);
  });

  it("replaces a handler of the same type, and removes one only while it is the current one", () => {
    const router = createTabRouter("ext");
    const calls: string[] = [];
    const offFirst = router.on(saveSelection, () => void calls.push("watcher"));
    const offSecond = router.on(saveSelection, () => void calls.push("ui"));
    offFirst();
    send(router, { type: "bg:notes-save-selection" });
    offSecond();
    expect(send(router, { type: "bg:notes-save-selection" }).answers()).toEqual([]);
    expect(calls).toEqual(["ui"]);
  });

  it("listens on an event until the signal aborts", () => {
    const router = createTabRouter("ext");
    const listeners = new Set<unknown>();
    const event = {
      addListener: (l: unknown) => listeners.add(l),
      removeListener: (l: unknown) => listeners.delete(l),
    };
    const ctrl = new AbortController();
    router.listen(event, ctrl.signal);
    expect([...listeners]).toEqual([router.listener]);
    ctrl.abort();
    expect(listeners.size).toBe(0);
    router.listen(event, ctrl.signal);
    expect(listeners.size).toBe(0);
  });
});

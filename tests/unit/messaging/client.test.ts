import { beforeEach, describe, expect, it, vi } from "vitest";

import { fakeBrowser } from "wxt/testing/fake-browser";

// wxt/browser is WXT's fakeBrowser in unit tests (vitest.config.ts): its runtime.sendMessage is
// replaced before each test by this stand-in for the background.
const sendMessage = vi.fn<(m: unknown) => Promise<unknown>>();

const { ask, askTab } = await import("../../../lib/messaging/client");
const { AskError, isFailure, RequestError, toFailure } = await import("../../../lib/messaging/errors");
const { createTabRouter } = await import("../../../lib/messaging/tab-router");
const { tabReveal } = await import("../../../lib/messaging/tab-contract");
const { StorageFullError, NotesError } = await import("../../../lib/notes/errors");
const { MessageError } = await import("../../../lib/schema/guard");

async function rejection(p: Promise<unknown>): Promise<{ name: string; code: string; message: string }> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(AskError);
    const e = err as InstanceType<typeof AskError>;
    return { name: e.name, code: e.code, message: e.message };
  }
  throw new Error("expected a rejection");
}

describe("ask", () => {
  beforeEach(() => {
    sendMessage.mockReset();
    (fakeBrowser.runtime as unknown as { sendMessage: typeof sendMessage }).sendMessage = sendMessage;
  });

  it("returns the background's value", async () => {
    sendMessage.mockResolvedValue({ ok: true, value: { version: "1" } });
    expect(await ask("any:ping", {})).toEqual({ version: "1" });
    expect(sendMessage).toHaveBeenCalledWith({ type: "any:ping", payload: {} });
  });

  it("throws an AskError with the code and the reader-facing message", async () => {
    sendMessage.mockResolvedValue({
      ok: false,
      code: "storage-full",
      error: "Your browser has no room left.",
    });
    expect(await rejection(ask("content:found", { count: 1 }))).toEqual({
      name: "AskError",
      code: "storage-full",
      message: "Your browser has no room left.",
    });
  });

  it("says no-answer when the background is not there", async () => {
    sendMessage.mockResolvedValue(undefined);
    expect((await rejection(ask("any:ping", {}))).code).toBe("no-answer");
    sendMessage.mockImplementation(async () => {
      throw new Error("Could not establish connection.");
    });
    expect(await rejection(ask("any:ping", {}))).toMatchObject({
      code: "no-answer",
      message: "Could not establish connection.",
    });
  });
});

describe("askTab", () => {
  /** A tab whose content script answers through a real tab router. */
  function tabWith(answer: (m: { id: string; index: number }) => { index: number; total: number }) {
    const router = createTabRouter("ext");
    router.on(tabReveal, answer);
    const sent: unknown[] = [];
    const tabs = {
      sendMessage: (tabId: number, message: unknown, options?: { frameId?: number }) =>
        new Promise<unknown>((resolve) => {
          sent.push({ tabId, message, options });
          if (router.listener(message, { id: "ext" }, resolve) === undefined) resolve(undefined);
        }),
    };
    return { tabs, sent };
  }

  it("sends to a tab's frame and returns the answer typed", async () => {
    const { tabs, sent } = tabWith((m) => ({ index: m.index, total: 5 }));
    const revealed = await askTab(7, { type: "tab:reveal", id: "x", index: 2 }, { frameId: 0 }, tabs);
    expect(revealed).toEqual({ index: 2, total: 5 });
    expect(sent).toEqual([
      { tabId: 7, message: { type: "tab:reveal", id: "x", index: 2 }, options: { frameId: 0 } },
    ]);
  });

  it("throws the tab's failure as an AskError", async () => {
    const { tabs } = tabWith(() => {
      throw new RequestError("not-found", "No such entity here.");
    });
    expect(await rejection(askTab(7, { type: "tab:reveal", id: "x", index: 0 }, {}, tabs))).toEqual({
      name: "AskError",
      code: "not-found",
      message: "No such entity here.",
    });
  });

  it("says no-answer when no content script answers", async () => {
    const { tabs } = tabWith(() => ({ index: 0, total: 0 }));
    expect((await rejection(askTab(7, { type: "tab:summary" }, {}, tabs))).code).toBe("no-answer");
    const none = { sendMessage: () => Promise.reject(new Error("Receiving end does not exist.")) };
    expect(await rejection(askTab(7, { type: "tab:summary" }, {}, none))).toMatchObject({
      code: "no-answer",
      message: "Receiving end does not exist.",
    });
  });
});

describe("error codes", () => {
  it.each([
    [new RequestError("expired", "This note card has expired."), "expired", "This note card has expired."],
    [new MessageError("payload.id: expected a string"), "invalid-message", "payload.id: expected a string"],
    [new StorageFullError(), "storage-full", new StorageFullError().message],
    [new NotesError("This highlight no longer exists."), "not-found", "This highlight no longer exists."],
    [new TypeError("x is undefined"), "unknown", "x is undefined"],
    [Object.assign(new Error("odd"), { name: "constructor" }), "unknown", "odd"],
    ["a string", "unknown", "a string"],
  ])("turns %s into a Failure with its code, the message without the error's name", (err, code, error) => {
    expect(toFailure(err)).toEqual({ ok: false, code, error });
  });

  it("recognise a Failure on the wire, and nothing else", () => {
    expect(isFailure({ ok: false, code: "expired", error: "x" })).toBe(true);
    expect(isFailure({ ok: false, code: "made-up", error: "x" })).toBe(false);
    expect(isFailure({ index: -1, total: 0 })).toBe(false);
    expect(isFailure(null)).toBe(false);
  });
});

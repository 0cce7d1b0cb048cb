import { describe, expect, it } from "vitest";
import { coreHandlers } from "../../../lib/background/handlers";
import { registerReaderBackground } from "../../../lib/background/reader";
import { createRouter } from "../../../lib/background/router";
import { RequestError } from "../../../lib/messaging/errors";
import { arrayOf, num, object, oneOf, optional, str } from "../../../lib/schema/guard";

const self = { id: "ext-id", origin: "chrome-extension://ext-id" };
const route = createRouter(coreHandlers("1.2.3"), self);
const popup = { id: "ext-id", url: "chrome-extension://ext-id/popup.html" };
const content = {
  id: "ext-id",
  url: "https://news.example/a",
  tab: { id: 4, url: "https://news.example/a" },
};

describe("background router", () => {
  it("answers a valid request", async () => {
    expect(await route({ type: "any:ping", payload: {} }, popup)).toEqual({
      ok: true,
      value: { version: "1.2.3" },
    });
  });

  it.each([
    ["a non-object", "hello", popup, "message: expected an object"],
    ["null", null, popup, "message: expected an object"],
    ["an unknown type", { type: "notes:wipe", payload: {} }, popup, 'unknown message "notes:wipe"'],
    ["a prototype key as type", { type: "constructor", payload: {} }, popup, "unknown message"],
    ["an extra payload field", { type: "any:ping", payload: { x: 1 } }, popup, "payload.x: unexpected field"],
    ["another extension", { type: "any:ping", payload: {} }, { id: "evil" }, "sender: not this extension"],
  ])("refuses %s", async (_what, message, sender, error) => {
    const reply = await route(message, sender);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toContain(error);
  });

  it("checks where a message comes from", async () => {
    const strict = createRouter(
      {
        "any:ping": { from: "extension-page", handle: async () => ({ version: "x" }) },
      },
      self,
    );
    expect(await strict({ type: "any:ping", payload: {} }, content)).toEqual({
      ok: false,
      code: "wrong-sender",
      error: "sender: expected an extension page",
    });
    expect((await strict({ type: "any:ping", payload: {} }, popup)).ok).toBe(true);
  });
});

describe("guards", () => {
  const g = object({
    name: str({ max: 5 }),
    n: optional(num({ min: 0, int: true })),
    kind: oneOf("a", "b"),
    tags: arrayOf(str(), 2),
  });
  it("accepts a valid value and types it", () => {
    expect(g({ name: "abc", kind: "a", tags: ["x"] }, "p")).toEqual({ name: "abc", kind: "a", tags: ["x"] });
  });
  it.each([
    [{ name: "abcdef", kind: "a", tags: [] }, "p.name: longer than 5"],
    [{ name: "a", n: 1.5, kind: "a", tags: [] }, "p.n: expected an integer"],
    [{ name: "a", n: -1, kind: "a", tags: [] }, "p.n: below 0"],
    [{ name: "a", kind: "c", tags: [] }, "p.kind: expected one of a, b"],
    [{ name: "a", kind: "a", tags: [1] }, "p.tags[0]: expected a string"],
    [{ name: "a", kind: "a", tags: ["1", "2", "3"] }, "p.tags: more than 2 items"],
    [[], "p: expected an object"],
  ])("refuses %j", (value, message) => {
    expect(() => g(value, "p")).toThrow(message);
  });
});

describe("error codes of the background's refusals", () => {
  it.each([
    ["a non-object", "hello", popup, "invalid-message"],
    ["an unknown type", { type: "notes:wipe", payload: {} }, popup, "invalid-message"],
    ["an extra payload field", { type: "any:ping", payload: { x: 1 } }, popup, "invalid-message"],
    [
      "a payload of the wrong shape",
      { type: "content:card", payload: { id: 3 } },
      content,
      "invalid-message",
    ],
    ["another extension", { type: "any:ping", payload: {} }, { id: "evil" }, "wrong-sender"],
  ])("codes %s", async (_what, message, sender, code) => {
    expect(await route(message, sender)).toMatchObject({ ok: false, code });
  });

  it("answers a handler's coded error with its code, and any other error as unknown, without its name", async () => {
    const throwing = (err: Error) =>
      createRouter({ "any:ping": { from: "any", handle: async () => Promise.reject(err) } }, self);
    expect(
      await throwing(new RequestError("expired", "Gone."))({ type: "any:ping", payload: {} }, popup),
    ).toEqual({
      ok: false,
      code: "expired",
      error: "Gone.",
    });
    expect(await throwing(new TypeError("x is undefined"))({ type: "any:ping", payload: {} }, popup)).toEqual(
      {
        ok: false,
        code: "unknown",
        error: "x is undefined",
      },
    );
  });
});

describe("the next-mention command", () => {
  it("asks the active tab's top frame with a typed message", async () => {
    const sent: unknown[] = [];
    let onCommand: ((command: string) => void) | undefined;
    registerReaderBackground(
      {
        action: { setBadgeText: () => {}, setBadgeBackgroundColor: () => {} },
        commands: { onCommand: { addListener: (cb) => (onCommand = cb) } },
        tabs: {
          query: async () => [{ id: 9 }],
          sendMessage: async (tabId, message, options) => {
            sent.push({ tabId, message, options });
            return { index: 0, total: 1 };
          },
          onUpdated: { addListener: () => {} },
        },
      },
      { asOf: "2024", sources: [], entities: [], events: [] },
      async () => {},
    );
    onCommand?.("next-mention");
    await new Promise((ok) => setTimeout(ok, 0));
    expect(sent).toEqual([{ tabId: 9, message: { type: "bg:next-mention" }, options: {} }]);
  });
});

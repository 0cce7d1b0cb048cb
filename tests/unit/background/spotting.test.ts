/**
 * Spotting in the background (lib/background/spotting.ts) over fake ports: one session per
 * port, evidence carried across a port's messages, every message checked, refusals typed and
 * the port still usable after them, and the bounds of a message and of a session.
 */
import { describe, expect, it } from "vitest";
import type { Sender } from "../../../lib/background/router";
import { registerSpotting, type SpotPort, servePort } from "../../../lib/background/spotting";
import { compileIndex } from "../../../lib/matching/compile";
import { createMatcher } from "../../../lib/matching/index";
import type { Mention } from "../../../lib/matching/types";
import {
  SPOT_MAX_CHARS,
  SPOT_MAX_TEXTS,
  SPOT_PORT,
  type SpotAnswer,
} from "../../../lib/messaging/spot-contract";
import { unpackMentions } from "../../../lib/messaging/spot-pack";
import { FIXTURE } from "../matching/fixture";

/** An answer as the content script reads it: the mentions unpacked (lib/messaging/spot-pack.ts). */
type Seen = Exclude<SpotAnswer, { ok: true }> | { id: number; ok: true; mentions: Mention[][] };
function seen(a: SpotAnswer): Seen {
  if (!a.ok) return a;
  const mentions = unpackMentions(a.mentions, a.mentions.rows.length);
  if (!mentions) throw new Error("the background sent a malformed packed answer");
  return { ...a, mentions };
}

const ID = "actor-lens-test";
const index = JSON.parse(JSON.stringify(compileIndex(FIXTURE)));
const CONTENT: Sender = { id: ID, tab: { id: 7 }, frameId: 0, url: "https://news.example/a" };

/** A port as the background sees it: `send` is the content script posting, `answers` what came back. */
function fakePort(sender: Sender | null = CONTENT, name = SPOT_PORT) {
  const onMessage: ((m: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const answers: SpotAnswer[] = [];
  const port: SpotPort = {
    name,
    sender: sender ?? undefined,
    onMessage: { addListener: (cb) => onMessage.push(cb) },
    onDisconnect: { addListener: (cb) => onDisconnect.push(cb) },
    postMessage: (m) => answers.push(m),
  };
  return {
    port,
    answers,
    listeners: () => onMessage.length,
    /** Posts `message` and returns the answer to it, unpacked. */
    send(message: unknown): Seen {
      for (const cb of onMessage) cb(message);
      return seen(answers[answers.length - 1] as SpotAnswer);
    },
    disconnect: () => {
      for (const cb of onDisconnect) cb();
    },
  };
}

function runtime() {
  const connect: ((port: SpotPort) => void)[] = [];
  const rt = { id: ID, onConnect: { addListener: (cb: (port: SpotPort) => void) => connect.push(cb) } };
  registerSpotting(rt, index);
  return (p: ReturnType<typeof fakePort>) => {
    for (const cb of connect) cb(p.port);
    return p;
  };
}

const ids = (a: Seen) => (a.ok ? a.mentions.map((ms) => ms.map((m) => m.id)) : a);

describe("the background's spotting service", () => {
  it("answers each text's mentions, with evidence carried across the messages of one port only", () => {
    const connect = runtime();
    const a = connect(fakePort());
    const b = connect(fakePort({ ...CONTENT, tab: { id: 8 } }));
    expect(ids(a.send({ id: 0, texts: ["Mohammed Shia al-Sudani arrived.", "Rain."] }))).toEqual([
      ["mohammed-shia-al-sudani"],
      [],
    ]);
    // The full name came in an earlier message of this port: the short form links.
    expect(a.send({ id: 1, texts: ["Then al-Sudani spoke."] })).toMatchObject({
      id: 1,
      ok: true,
      mentions: [[{ surface: "al-Sudani", id: "mohammed-shia-al-sudani" }]],
    });
    // Another port (another page) has its own session: the same short form is ambiguous there.
    const other = b.send({ id: 0, texts: ["Then al-Sudani spoke."] });
    expect(other.ok && other.mentions[0]?.[0]).toMatchObject({ id: null });
    expect(other.ok && other.mentions[0]?.[0]?.candidates.sort()).toEqual([
      "abdul-karim-al-sudani",
      "mohammed-shia-al-sudani",
    ]);
  });

  it("starts a fresh session on a new port after the old one closed", () => {
    const connect = runtime();
    const a = connect(fakePort());
    a.send({ id: 0, texts: ["Mohammed Shia al-Sudani arrived."] });
    a.disconnect();
    const again = connect(fakePort()).send({ id: 0, texts: ["Then al-Sudani spoke."] });
    expect(ids(again)).toEqual([[null]]);
  });

  it("refuses malformed messages with a typed error, and the port stays usable", () => {
    const p = runtime()(fakePort());
    const bad: [unknown, number | null][] = [
      [null, null],
      ["texts", null],
      [{ id: 1, texts: "Mohammed Shia al-Sudani" }, 1],
      [{ id: 2, texts: ["ok", 3] }, 2],
      [{ id: 3, texts: ["ok"], url: "https://news.example/a" }, 3],
      [{ id: -1, texts: ["ok"] }, null],
      [{ id: 1.5, texts: ["ok"] }, null],
      [{ texts: ["ok"] }, null],
    ];
    for (const [message, id] of bad)
      expect(p.send(message)).toMatchObject({ id, ok: false, code: "invalid-message" });
    // Nothing refused was scanned: the session has no evidence yet, and still answers.
    p.send({ id: 4, texts: ["Mohammed Shia al-Sudani arrived."] });
    expect(ids(p.send({ id: 5, texts: ["Then al-Sudani spoke."] }))).toEqual([["mohammed-shia-al-sudani"]]);
  });

  it("serves only this extension's content scripts in a tab's frame, on the spotting port", () => {
    const connect = runtime();
    for (const sender of [
      { ...CONTENT, id: "another-extension" },
      { id: ID, url: "chrome-extension://actor-lens-test/popup.html" },
      { ...CONTENT, frameId: undefined },
      null,
    ]) {
      const answer = connect(fakePort(sender)).send({ id: 0, texts: ["Mohammed Shia al-Sudani"] });
      expect(answer).toMatchObject({ id: 0, ok: false, code: "wrong-sender" });
    }
    // Another port name is some other feature's: not answered here.
    expect(connect(fakePort(CONTENT, "something-else")).listeners()).toBe(0);
  });

  it("bounds a message's count and size, and a session's total", () => {
    const p = runtime()(fakePort());
    const many = Array.from({ length: SPOT_MAX_TEXTS + 1 }, () => "a");
    expect(p.send({ id: 0, texts: many })).toMatchObject({ id: 0, ok: false, code: "invalid-message" });
    const big = ["x".repeat(SPOT_MAX_CHARS / 2), "x".repeat(SPOT_MAX_CHARS / 2 + 1)];
    expect(p.send({ id: 1, texts: big })).toMatchObject({
      ok: false,
      code: "invalid-message",
      error: expect.stringContaining("characters"),
    });
    expect(p.send({ id: 2, texts: many.slice(1) })).toMatchObject({ id: 2, ok: true });

    const small = fakePort();
    servePort(small.port, () => createMatcher(index), ID, 100);
    expect(small.send({ id: 0, texts: ["x".repeat(60)] })).toMatchObject({ ok: true });
    expect(small.send({ id: 1, texts: ["x".repeat(60)] })).toMatchObject({
      id: 1,
      ok: false,
      code: "expired",
    });
    // What fits is still answered.
    expect(small.send({ id: 2, texts: ["x".repeat(40)] })).toMatchObject({ id: 2, ok: true });
  });
});

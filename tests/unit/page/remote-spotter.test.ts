/**
 * The content script's side of the spotting port (lib/page/remote-spotter.ts) over a fake port:
 * requests go out in the order made, each answer settles its own request, a refusal is a typed
 * error, and a closed port fails what waits and tells the reader (at once if a request was
 * waiting, else at the next request).
 */
import { describe, expect, it, vi } from "vitest";
import type { Mention } from "../../../lib/matching/types";
import { AskError } from "../../../lib/messaging/errors";
import { packMentions } from "../../../lib/messaging/spot-pack";
import { type ContentPort, remoteSessions, SpotLost } from "../../../lib/page/remote-spotter";

function fakePort() {
  const onMessage: ((m: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const posted: { id: number; texts: string[] }[] = [];
  let closed = false;
  const port: ContentPort = {
    onMessage: { addListener: (cb) => onMessage.push(cb) },
    onDisconnect: { addListener: (cb) => onDisconnect.push(cb) },
    postMessage: (m) => {
      if (closed) throw new Error("Attempting to use a disconnected port object");
      posted.push(m as { id: number; texts: string[] });
    },
    disconnect: () => {
      closed = true;
    },
  };
  return {
    port,
    posted,
    answer: (m: unknown) => {
      for (const cb of onMessage) cb(m);
    },
    /** The background side went away. */
    close: () => {
      closed = true;
      for (const cb of onDisconnect) cb();
    },
    closed: () => closed,
  };
}

const mention: Mention = {
  surface: "al-Sudani",
  start: 5,
  end: 14,
  id: "x",
  candidates: [],
  match: "exact",
  confidence: 1,
  reason: { kind: "exact", text: "exact alias" },
};

describe("a spotting session over a port", () => {
  it("sends the texts in order and settles each request with its own answer", async () => {
    const p = fakePort();
    const session = await remoteSessions(() => p.port)(() => {}, new AbortController().signal);
    const first = session.scan(["Then al-Sudani spoke.", "Rain."]);
    const second = session.scan(["More."]);
    expect(p.posted.map((m) => m.texts)).toEqual([["Then al-Sudani spoke.", "Rain."], ["More."]]);
    const [a, b] = p.posted.map((m) => m.id);
    expect(a).not.toBe(b);
    // Answers may come in any order; an unknown id is ignored.
    p.answer({ id: 999, ok: true, mentions: packMentions([[]]) });
    p.answer({ id: b, ok: true, mentions: packMentions([[]]) });
    p.answer({ id: a, ok: true, mentions: packMentions([[mention], []]) });
    expect(await first).toEqual([[mention], []]);
    expect(await second).toEqual([[]]);
  });

  it("turns a refusal into a typed error, and the session goes on", async () => {
    const p = fakePort();
    const session = await remoteSessions(() => p.port)(() => {}, new AbortController().signal);
    const refused = session.scan(["x"]);
    p.answer({ id: p.posted[0]?.id, ok: false, code: "expired", error: "session: too much" });
    await expect(refused).rejects.toEqual(new AskError("expired", "session: too much"));
    const next = session.scan(["y"]);
    p.answer({ id: p.posted[1]?.id, ok: true, mentions: packMentions([[]]) });
    expect(await next).toEqual([[]]);
  });

  it("knows the kinds of the entities its answers named", async () => {
    const p = fakePort();
    const session = await remoteSessions(() => p.port)(() => {}, new AbortController().signal);
    const answer = session.scan(["Then al-Sudani spoke."]);
    expect(session.kindOf?.("x")).toBeUndefined();
    p.answer({ id: p.posted[0]?.id, ok: true, mentions: packMentions([[mention]], () => "person") });
    await answer;
    expect(session.kindOf?.("x")).toBe("person");
    expect(session.kindOf?.("al-Sudani")).toBeUndefined();
  });

  it("refuses an answer that is no packed answer for the texts sent, and the session goes on", async () => {
    const p = fakePort();
    const session = await remoteSessions(() => p.port)(() => {}, new AbortController().signal);
    for (const bad of [[[mention]], packMentions([[mention], []]), { strings: [], rows: [[0, 9, 0, -1]] }]) {
      const refused = session.scan(["Then al-Sudani spoke."]);
      p.answer({ id: p.posted.at(-1)?.id, ok: true, mentions: bad });
      await expect(refused).rejects.toEqual(new AskError("unknown", "spotting: malformed answer"));
    }
    const next = session.scan(["Then al-Sudani spoke."]);
    p.answer({ id: p.posted.at(-1)?.id, ok: true, mentions: packMentions([[mention]]) });
    expect(await next).toEqual([[mention]]);
  });

  it("fails a waiting request when the port closes, and tells the reader once", async () => {
    const p = fakePort();
    const lost = vi.fn();
    const session = await remoteSessions(() => p.port)(lost, new AbortController().signal);
    const waiting = session.scan(["x"]);
    p.close();
    await expect(waiting).rejects.toBeInstanceOf(SpotLost);
    expect(lost).toHaveBeenCalledTimes(1);
  });

  it("after an idle close, tells the reader at the next request, which fails", async () => {
    const p = fakePort();
    const lost = vi.fn();
    const session = await remoteSessions(() => p.port)(lost, new AbortController().signal);
    p.close();
    expect(lost).not.toHaveBeenCalled();
    await expect(session.scan(["x"])).rejects.toBeInstanceOf(SpotLost);
    expect(lost).toHaveBeenCalledTimes(1);
    expect(p.posted).toEqual([]);
  });

  it("closes its port when the reader stops", async () => {
    const p = fakePort();
    const stop = new AbortController();
    await remoteSessions(() => p.port)(() => {}, stop.signal);
    expect(p.closed()).toBe(false);
    stop.abort();
    expect(p.closed()).toBe(true);
  });
});

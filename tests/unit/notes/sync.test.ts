import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AskError } from "../../../lib/messaging/errors";
import { type CardState, createNoteSync, type NoteTransport } from "../../../lib/note-frame/sync";
import { backgroundTransport } from "../../../lib/note-frame/transport";
import { StorageFullError } from "../../../lib/notes/errors";
import type { Highlight } from "../../../lib/notes/types";
import { fakeBackground } from "./fake-background";
import { makeHighlight } from "./helpers";

/** A transport whose every call waits until the test settles it, so order can be watched. */
function manualTransport() {
  const calls: { op: string; token: string; arg: unknown; ok(h?: unknown): void; fail(e: Error): void }[] =
    [];
  const call = (op: string, token: string, arg: unknown) =>
    new Promise<never>((ok, fail) => calls.push({ op, token, arg, ok: ok as (h?: unknown) => void, fail }));
  const transport: NoteTransport = {
    update: (token, patch) => call("update", token, patch),
    remove: (token) => call("remove", token, undefined),
    restore: (token, h) => call("restore", token, h.id),
  };
  /** The `i`th call, once the queue has started it (fails the test if it never does). */
  const nth = async (i: number) => {
    await vi.advanceTimersByTimeAsync(0);
    const c = calls[i];
    if (!c) throw new Error(`write ${i} was not sent`);
    return c;
  };
  return { transport, calls, nth };
}

const flushPromises = () => new Promise((ok) => setTimeout(ok, 0));

function cardOf(h: Highlight, token = "t1"): CardState {
  return { token, highlight: h, colors: [], mode: "hover", focus: false, status: { kind: "idle" } };
}

describe("note sync", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] }));
  afterEach(() => vi.useRealTimers());

  function setup(h = makeHighlight({ id: "h1", note: "", color: "yellow", tags: ["old"] })) {
    const { transport, calls, nth } = manualTransport();
    const seen: CardState[] = [];
    const sync = createNoteSync({ transport, onChange: (s) => seen.push(s), debounceMs: 400 });
    sync.show(cardOf(h));
    return { sync, calls, nth, seen, h };
  }

  it("sends the note once typing pauses, the last text only, and says it is saved", async () => {
    const { sync, calls, nth } = setup();
    sync.note("W");
    sync.note("Who");
    vi.advanceTimersByTime(399);
    expect(calls).toHaveLength(0);
    expect(sync.state?.highlight?.note).toBe("Who"); // shown at once
    vi.advanceTimersByTime(1);
    await nth(0);
    expect(calls.map((c) => [c.op, c.token, c.arg])).toEqual([["update", "t1", { note: "Who" }]]);
    expect(sync.state?.status.kind).toBe("saving");
    (await nth(0)).ok(makeHighlight({ id: "h1", note: "Who" }));
    await vi.advanceTimersByTimeAsync(0);
    expect(sync.state?.status.kind).toBe("saved");
  });

  it("runs writes one at a time, in the order done", async () => {
    const { sync, calls, nth } = setup();
    sync.color("blue");
    sync.tags(["Budget", "#raid"]);
    sync.note("typed");
    const removed = sync.remove(); // flushes the note first, then deletes
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.op)).toEqual(["update"]); // the next waits for this one
    (await nth(0)).ok(makeHighlight({ id: "h1", color: "blue", tags: ["old"] }));
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.arg)).toEqual([{ color: "blue" }, { tags: ["budget", "raid"] }]);
    (await nth(1)).fail(new Error("Error: disk"));
    await vi.advanceTimersByTimeAsync(0); // a failure does not stop the queue
    expect(calls[2]?.arg).toEqual({ note: "typed" });
    (await nth(2)).ok(makeHighlight({ id: "h1" }));
    await vi.advanceTimersByTimeAsync(0);
    expect(calls[3]?.op).toBe("remove");
    (await nth(3)).ok(makeHighlight({ id: "h1" }));
    await removed;
    expect(sync.state?.highlight).toBeNull();
    expect(sync.state?.deleted?.id).toBe("h1");
  });

  it("keeps a note that failed to save pending, and sends it again on the next flush", async () => {
    const { sync, calls, nth } = setup();
    sync.note("Ask the ministry");
    vi.advanceTimersByTime(400);
    (await nth(0)).fail(new StorageFullError());
    await vi.advanceTimersByTimeAsync(0);
    expect(sync.state?.status).toEqual({ kind: "error", message: new StorageFullError().message });
    const again = sync.flush(); // closing the card, or leaving the page
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.arg)).toEqual([{ note: "Ask the ministry" }, { note: "Ask the ministry" }]);
    (await nth(1)).ok(makeHighlight({ id: "h1" }));
    await again;
    expect(sync.state?.status.kind).toBe("saved");
    await sync.flush();
    expect(calls).toHaveLength(2); // nothing pending any more
  });

  it("keeps the newer note when an older one fails while the reader types on", async () => {
    const { sync, calls, nth } = setup();
    sync.note("first");
    vi.advanceTimersByTime(400);
    sync.note("first and more");
    (await nth(0)).fail(new Error("Error: busy"));
    await vi.advanceTimersByTimeAsync(400);
    expect(calls.map((c) => c.arg)).toEqual([{ note: "first" }, { note: "first and more" }]);
  });

  it("takes back a colour or tags change that failed, keeping the note typed meanwhile", async () => {
    const { sync, nth } = setup();
    sync.color("pink");
    expect(sync.state?.highlight?.color).toBe("pink"); // shown at once
    sync.note("kept");
    (await nth(0)).fail(new AskError("storage-full", "no room"));
    await vi.advanceTimersByTimeAsync(0);
    expect(sync.state?.highlight).toMatchObject({ color: "yellow", tags: ["old"], note: "kept" });
    expect(sync.state?.status).toEqual({ kind: "error", message: "no room" });
    sync.tags(["new one"]);
    expect(sync.state?.highlight?.tags).toEqual(["new one"]);
    (await nth(1)).fail(new Error("Error: refused")); // sent at once; the note waits for a pause
    await vi.advanceTimersByTimeAsync(0);
    expect(sync.state?.highlight).toMatchObject({ color: "yellow", tags: ["old"], note: "kept" });
    await vi.advanceTimersByTimeAsync(400);
    expect((await nth(2)).arg).toEqual({ note: "kept" });
  });

  it("shows the stored highlight after a change, with the note as typed", async () => {
    const { sync, nth } = setup();
    sync.color("green");
    sync.note("still typing");
    (await nth(0)).ok(makeHighlight({ id: "h1", color: "green", note: "", updatedAt: 5 }));
    await vi.advanceTimersByTimeAsync(0);
    expect(sync.state?.highlight).toMatchObject({ color: "green", note: "still typing", updatedAt: 5 });
  });

  it("sends no tags change when the cleaned tags are the same", async () => {
    const { sync, calls } = setup();
    sync.tags(["#Old", " old "]);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(0);
    expect(sync.state?.status.kind).toBe("idle");
  });

  it("undoes a delete, and a reply for another card's session changes nothing shown", async () => {
    const { sync, calls, nth, h } = setup();
    const removed = sync.remove();
    await vi.advanceTimersByTimeAsync(0);
    (await nth(0)).ok(h);
    await removed;
    const undone = sync.undo();
    await vi.advanceTimersByTimeAsync(0);
    expect([calls[1]?.op, calls[1]?.arg]).toEqual(["restore", "h1"]);
    (await nth(1)).ok(h);
    await undone;
    expect(sync.state).toMatchObject({ highlight: { id: "h1" }, deleted: undefined, focus: true });

    sync.color("blue");
    sync.show(cardOf(makeHighlight({ id: "h2" }), "t2")); // the host opened another card
    (await nth(2)).fail(new Error("Error: late"));
    await vi.advanceTimersByTimeAsync(0);
    expect(sync.state).toMatchObject({ token: "t2", highlight: { id: "h2" }, status: { kind: "idle" } });
  });
});

describe("note sync when a delete or its undo fails", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] }));
  afterEach(() => vi.useRealTimers());

  it("keeps the highlight shown after a failed delete, and keeps it deleted after a failed undo", async () => {
    const { transport, calls, nth } = manualTransport();
    const h = makeHighlight({ id: "h1", note: "kept" });
    const sync = createNoteSync({ transport, onChange: () => {}, debounceMs: 400 });
    sync.show(cardOf(h));
    const removed = sync.remove();
    (await nth(0)).fail(new AskError("storage-full", "no room"));
    await removed;
    expect(sync.state).toMatchObject({
      highlight: { id: "h1", note: "kept" },
      status: { kind: "error", message: "no room" },
    });
    expect(sync.state?.deleted).toBeUndefined();

    const again = sync.remove();
    (await nth(1)).ok(h);
    await again;
    const undone = sync.undo();
    (await nth(2)).fail(new Error("Error: refused"));
    await undone;
    expect(sync.state?.highlight).toBeNull();
    expect(sync.state?.deleted?.id).toBe("h1"); // still there to undo again
    expect(sync.state?.status.kind).toBe("error");
    expect(calls.map((c) => c.op)).toEqual(["remove", "remove", "restore"]);
  });
});

describe("note sync through the background (fakeBrowser)", () => {
  it("sends each write as a frame request with the card's token, and reads the background's errors", async () => {
    const stored = makeHighlight({ id: "h1", color: "yellow" });
    let full = false;
    const bg = fakeBackground({
      "frame:note-update": (p: { token: string; note?: string; color?: Highlight["color"] }) => {
        if (full) throw new StorageFullError();
        Object.assign(
          stored,
          p.note !== undefined ? { note: p.note } : {},
          p.color ? { color: p.color } : {},
        );
        return { ...stored };
      },
      "frame:note-delete": () => ({ ...stored }),
    });
    const sync = createNoteSync({ transport: backgroundTransport, onChange: () => {}, debounceMs: 0 });
    sync.show(cardOf({ ...stored }, "tok"));
    sync.color("blue");
    sync.note("Who else attended?");
    await sync.flush();
    await flushPromises();
    expect(bg.payloads("frame:note-update")).toEqual([
      { token: "tok", color: "blue" },
      { token: "tok", note: "Who else attended?" },
    ]);
    expect(stored).toMatchObject({ color: "blue", note: "Who else attended?" });

    full = true;
    sync.color("pink");
    await flushPromises();
    expect(sync.state?.highlight?.color).toBe("blue");
    expect(sync.state?.status).toEqual({ kind: "error", message: new StorageFullError().message });

    await sync.remove();
    expect(bg.asked.at(-1)).toEqual({ type: "frame:note-delete", payload: { token: "tok" } });
    expect(sync.state?.highlight).toBeNull();
  });
});

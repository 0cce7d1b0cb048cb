import type { NoteFrameMode, NotesTabMessage, PageHighlight } from "../messaging/contract";
import { RequestError } from "../messaging/errors";
import type { NotesStore } from "../notes/store";
import type { Highlight } from "../notes/types";
import type { Handlers, Sender } from "./router";

/**
 * The note card lives in an extension page (note-frame.html) framed inside the web page (issue
 * 17): the page's events, selection, find-in-page and execCommand cannot reach a document of
 * another origin, so the note's text never exists in the page's document. The content script
 * asks for a session (`content:note-frame-open`) and gives the frame its token in the frame's
 * address; the frame presents the token with each request, and the background answers only for
 * that tab and that highlight. A page cannot make a token, so a frame it embeds itself can do
 * nothing.
 */

/** One open note card. */
export interface FrameSession {
  tabId: number;
  /** The content script's frame, where changes are reported. */
  frameId: number;
  /** The highlight the card is for. */
  id: string;
  mode: NoteFrameMode;
  focus: boolean;
  /** The note frame that loaded it first: every later request must come from that frame. */
  frame?: number;
}

/** Where sessions are kept: the service worker may stop while a card is open. */
export interface FrameSessions {
  /** Stores a session; the tab's previous one ends (one note card per tab). */
  put(token: string, session: FrameSession): Promise<void>;
  /** Binds a session to the frame that loaded it. */
  bind(token: string, session: FrameSession): Promise<void>;
  get(token: string): Promise<FrameSession | undefined>;
}

export interface NoteFrameDeps {
  store(): Promise<NotesStore>;
  sessions: FrameSessions;
  /** Tells the content script of a tab's frame what changed. */
  notify(tabId: number, frameId: number, message: NotesTabMessage): Promise<void>;
  /** Checks that the tab asking may read this highlight (same site). */
  owned(id: string, sender: Sender): Promise<Highlight>;
  newToken?(): string;
  now?(): number;
}

/** Everything but the note: what a page's content script may know of a highlight. */
export function withoutNote(h: Highlight): PageHighlight {
  const { note: _note, ...rest } = h;
  return rest;
}

export function noteFrameHandlers(deps: NoteFrameDeps): Handlers {
  const now = deps.now ?? Date.now;
  const newToken = deps.newToken ?? (() => `${crypto.randomUUID()}${crypto.randomUUID()}`.replace(/-/g, ""));

  /** The session of a frame's request: the frame must be inside the tab it was opened for. */
  async function session(t: string, sender: Sender): Promise<FrameSession> {
    const s = await deps.sessions.get(t);
    const expired = () =>
      new RequestError("expired", "This note card has expired: close it and open it again.");
    if (!s || sender.tab?.id !== s.tabId) throw expired();
    // The first frame to load the session owns it: a second frame with the same token (had it
    // leaked) gets nothing.
    if (s.frame === undefined) {
      if (sender.frameId === undefined) throw expired();
      s.frame = sender.frameId;
      await deps.sessions.bind(t, s);
    } else if (sender.frameId !== s.frame) throw expired();
    return s;
  }
  const tell = (s: FrameSession, message: NotesTabMessage) =>
    deps.notify(s.tabId, s.frameId, message).catch(() => {
      // The tab went away or navigated: nothing to redraw.
    });

  return {
    "content:note-frame-open": {
      from: "content",
      async handle({ id, mode, focus }, sender) {
        await deps.owned(id, sender);
        const tabId = sender.tab?.id;
        if (tabId === undefined) throw new RequestError("wrong-sender", "sender: not in a tab");
        const t = newToken();
        await deps.sessions.put(t, { tabId, frameId: sender.frameId ?? 0, id, mode, focus });
        return { token: t };
      },
    },
    "frame:note-load": {
      from: "extension-page",
      async handle({ token: t }, sender) {
        const s = await session(t, sender);
        const store = await deps.store();
        const h = await store.get(s.id);
        if (!h) throw new RequestError("not-found", "This highlight no longer exists.");
        return { highlight: h, colors: await store.colors(), mode: s.mode, focus: s.focus };
      },
    },
    "frame:note-update": {
      from: "extension-page",
      async handle({ token: t, ...patch }, sender) {
        const s = await session(t, sender);
        const h = await (await deps.store()).update(s.id, patch, now());
        if (patch.color !== undefined || patch.tags !== undefined)
          await tell(s, { type: "bg:note-changed", highlight: withoutNote(h) });
        return h;
      },
    },
    "frame:note-delete": {
      from: "extension-page",
      async handle({ token: t }, sender) {
        const s = await session(t, sender);
        const gone = (await (await deps.store()).remove(s.id)) ?? null;
        if (gone) await tell(s, { type: "bg:note-removed", id: s.id });
        return gone;
      },
    },
    "frame:note-restore": {
      from: "extension-page",
      async handle({ token: t, highlight }, sender) {
        const s = await session(t, sender);
        if (highlight.id !== s.id)
          throw new RequestError("invalid-message", "payload.highlight: not this card's highlight");
        const store = await deps.store();
        // Undo puts back a deleted highlight; it never overwrites one that exists.
        if (await store.get(highlight.id)) throw new RequestError("exists", "This highlight already exists.");
        const back = await store.restore(highlight);
        await tell(s, { type: "bg:note-changed", highlight: withoutNote(back) });
        return back;
      },
    },
    "frame:note-ui": {
      from: "extension-page",
      async handle({ token: t, kind, height }, sender) {
        const s = await session(t, sender);
        await tell(s, { type: "bg:note-ui", token: t, kind, ...(height === undefined ? {} : { height }) });
        return null;
      },
    },
  };
}

/** Sessions in `storage.session`: kept while the browser runs, never readable by content scripts. */
export function sessionStorageSessions(area: {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string | string[]): Promise<void>;
}): FrameSessions {
  const key = (t: string) => `note-frame:${t}`;
  const tabKey = (tabId: number) => `note-frame-tab:${tabId}`;
  return {
    async put(t, s) {
      const previous = (await area.get(tabKey(s.tabId)))[tabKey(s.tabId)];
      if (typeof previous === "string") await area.remove(key(previous));
      await area.set({ [key(t)]: s, [tabKey(s.tabId)]: t });
    },
    async bind(t, s) {
      await area.set({ [key(t)]: s });
    },
    async get(t) {
      const got = (await area.get(key(t)))[key(t)];
      return got && typeof got === "object" ? (got as FrameSession) : undefined;
    },
  };
}

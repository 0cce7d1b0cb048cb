import type { Browser, Menus, Tabs } from "webextension-polyfill";
import { type CompiledIndex, createMatcher, type PackedIndex } from "../matching/index";
import { askTab } from "../messaging/client";
import { RequestError } from "../messaging/errors";
import { notesSite } from "../names/site";
import { normalizeUrl } from "../names/url";
import { openNotesDb } from "../notes/db";
import { createNotesStore, type NotesStore } from "../notes/store";
import { type Highlight, LIMITS } from "../notes/types";
import { type NoteFrameDeps, noteFrameHandlers, sessionStorageSessions, withoutNote } from "./note-frame";
import type { Handlers, Sender } from "./router";

/**
 * Highlights and notes in the background (issue 7): the only place, with the notes page,
 * that opens the notes database. Content scripts reach it through these handlers, each of
 * which checks that the tab asking is on the site the highlight belongs to.
 */

export interface NotesDeps {
  store(): Promise<NotesStore>;
  /** Entity ids mentioned in a text (the spotting engine), or none while it is not loaded. */
  tagEntities?(text: string): Promise<string[]> | string[];
  /** Opens a tab and returns its id. */
  openTab?(url: string): Promise<number | undefined>;
  /** Remembers which highlight to show when a tab opened from the notes page asks. */
  focus?: { set(tabId: number, id: string): Promise<void>; take(tabId: number): Promise<string | undefined> };
  /** The note frame's sessions and a way to reach a tab (note-frame.ts); none in tests that need no card. */
  frames?: Pick<NoteFrameDeps, "sessions" | "notify" | "newToken">;
  now?(): number;
  newId?(): string;
}

/** A highlight asked for by id that is not in the store (deleted meanwhile). */
export const gone = () => new RequestError("not-found", "This highlight no longer exists.");

/** The origin of the page a content script runs in, or an error. */
function senderOrigin(sender: Sender): string {
  const raw = sender.url ?? sender.tab?.url;
  const url = raw ? normalizeUrl(raw) : null;
  if (!url) throw new RequestError("wrong-sender", "sender: not a web page");
  return new URL(url).origin;
}

function sameSite(sender: Sender, url: string): void {
  if (new URL(url).origin !== senderOrigin(sender))
    throw new RequestError("wrong-sender", "sender: this highlight belongs to another site");
}

export function notesHandlers(deps: NotesDeps): Handlers {
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const tag = async (text: string) => {
    try {
      return deps.tagEntities ? [...new Set(await deps.tagEntities(text))].slice(0, LIMITS.entities) : [];
    } catch {
      return []; // tagging is a bonus: never lose a highlight over it
    }
  };
  async function owned(id: string, sender: Sender): Promise<Highlight> {
    const h = await (await deps.store()).get(id);
    if (!h) throw gone();
    sameSite(sender, h.url);
    return h;
  }
  return {
    ...(deps.frames ? noteFrameHandlers({ store: deps.store, owned, now: deps.now, ...deps.frames }) : {}),
    "content:notes-for-page": {
      from: "content",
      async handle({ url }, sender) {
        sameSite(sender, url);
        const store = await deps.store();
        const tabId = sender.tab?.id;
        const focusId = tabId !== undefined ? await deps.focus?.take(tabId) : undefined;
        const highlights = (await store.forUrl(url)).map(withoutNote);
        return { highlights, colors: await store.colors(), focusId };
      },
    },
    "content:notes-save": {
      from: "content",
      async handle(p, sender) {
        sameSite(sender, p.url);
        const t = now();
        const [entities, pageEntities] = await Promise.all([tag(p.quote.exact), tag(p.pageText)]);
        const h: Highlight = {
          id: newId(),
          url: p.url,
          site: notesSite(p.url),
          title: p.title.trim().slice(0, LIMITS.title),
          quote: p.quote,
          position: p.position,
          note: "",
          tags: [],
          color: p.color ?? "yellow",
          entities,
          pageEntities,
          createdAt: t,
          updatedAt: t,
          anchor: { status: "found", checkedAt: t },
        };
        return withoutNote(await (await deps.store()).add(h));
      },
    },
    "content:notes-anchored": {
      from: "content",
      async handle({ url, found, missing }, sender) {
        sameSite(sender, url);
        const store = await deps.store();
        // Only this page's highlights: a tab cannot mark another page's.
        const mine = new Set((await store.forUrl(url)).map((h) => h.id));
        await store.setAnchorStatus(
          found.filter((id) => mine.has(id)),
          missing.filter((id) => mine.has(id)),
          now(),
        );
        return null;
      },
    },
    "ext:notes-open": {
      from: "extension-page",
      async handle({ id }) {
        const h = await (await deps.store()).get(id);
        if (!h) throw gone();
        const tabId = await deps.openTab?.(h.url);
        if (tabId !== undefined) await deps.focus?.set(tabId, id);
        return null;
      },
    },
  };
}

/** Entity ids the spotting engine finds in a text (linked mentions only, not ambiguous ones). */
export function entityTagger(index: CompiledIndex | PackedIndex): (text: string) => string[] {
  let matcher: ReturnType<typeof createMatcher> | undefined;
  return (text) => {
    matcher ??= createMatcher(index);
    const ids = new Set<string>();
    for (const m of matcher.scan(text)) if (m.id) ids.add(m.id);
    return [...ids];
  };
}

export const SAVE_MENU_ID = "actor-lens-save-highlight";

/** One lazily opened store for the background's lifetime. */
export function lazyStore(): () => Promise<NotesStore> {
  let opening: Promise<NotesStore> | undefined;
  return () => {
    opening ??= openNotesDb().then(createNotesStore);
    opening.catch(() => {
      opening = undefined; // try again next time
    });
    return opening;
  };
}

/**
 * Wires the feature into the background: the "Save highlight" context menu, the
 * save-highlight keyboard command, and the tab focus used by "open at the highlight".
 */
export function registerNotesBackground(browser: Browser, aliasIndex?: unknown): NotesDeps {
  const ask = (tab: Tabs.Tab | undefined) => {
    if (tab?.id === undefined) return;
    askTab(tab.id, { type: "bg:notes-save-selection" }, { frameId: 0 }, browser.tabs).catch(() => {
      // No content script on this tab (a browser page, a store page): nothing to save.
    });
  };
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: SAVE_MENU_ID, title: "Save highlight", contexts: ["selection"] });
  });
  browser.contextMenus.onClicked.addListener((info: Menus.OnClickData, tab?: Tabs.Tab) => {
    if (info.menuItemId === SAVE_MENU_ID) ask(tab);
  });
  browser.commands.onCommand.addListener(async (command: string) => {
    if (command !== "save-highlight") return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    ask(tab);
  });
  // The service worker may stop between opening the tab and the tab asking: keep the
  // pending focus in session storage (cleared when the browser closes), not in memory.
  const key = (tabId: number) => `notes-focus:${tabId}`;
  return {
    store: lazyStore(),
    frames: {
      sessions: sessionStorageSessions(browser.storage.session),
      notify: async (tabId, frameId, message) => {
        await askTab(tabId, message, { frameId }, browser.tabs);
      },
    },
    tagEntities: aliasIndex ? entityTagger(aliasIndex as PackedIndex) : undefined,
    openTab: async (url) => (await browser.tabs.create({ url })).id,
    focus: {
      async set(tabId, id) {
        await browser.storage.session.set({ [key(tabId)]: id });
      },
      async take(tabId) {
        const got = await browser.storage.session.get(key(tabId));
        const id = got[key(tabId)];
        if (typeof id !== "string") return undefined;
        await browser.storage.session.remove(key(tabId));
        return id;
      },
    },
  };
}

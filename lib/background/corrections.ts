/**
 * Reader corrections in the background (issue 12): content scripts and the popup store what
 * the reader said here; every change is told to every tab, whose content script asks for its
 * page's overlay again (lib/corrections/scope.ts) and marks the page anew. A content script
 * may only read the overlay of its own page and change corrections made on its own site.
 */
import type { Tabs } from "webextension-polyfill";
import { overlayFor } from "../corrections/scope";
import type { Correction, CorrectionInput } from "../corrections/types";
import { askTab } from "../messaging/client";
import { RequestError } from "../messaging/errors";
import { notesSite } from "../names/site";
import { normalizeUrl } from "../names/url";
import { type CorrectionsStore, createCorrectionsStore } from "../notes/corrections";
import { openNotesDb } from "../notes/db";
import type { Handlers, Sender } from "./router";

export interface CorrectionsDeps {
  store(): Promise<CorrectionsStore>;
  /** True when the dataset has this entity. */
  knows(id: string): boolean;
  /** Tells every tab that the corrections changed. */
  broadcast(): Promise<void>;
  now?(): number;
  newId?(): string;
}

/** The page a content script runs in (its frame's address), normalised, or an error. */
function senderPage(sender: Sender): string {
  const raw = sender.url ?? sender.tab?.url;
  const url = raw ? normalizeUrl(raw) : null;
  if (!url) throw new RequestError("wrong-sender", "sender: not a web page");
  return url;
}

/** `url` must be on the sender's own origin. */
function ownPage(sender: Sender, url: string): string {
  if (new URL(url).origin !== new URL(senderPage(sender)).origin)
    throw new RequestError("wrong-sender", "sender: this page belongs to another site");
  return url;
}

export function correctionsHandlers(deps: CorrectionsDeps): Handlers {
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const add = async (url: string, title: string, inputs: CorrectionInput[]) => {
    for (const [i, c] of inputs.entries())
      if (!deps.knows(c.entity))
        throw new RequestError("invalid-message", `payload.corrections[${i}].entity: not in the dataset`);
    const at = now();
    const records: Correction[] = inputs.map((c) => ({
      ...c,
      id: newId(),
      url,
      site: notesSite(url),
      title,
      createdAt: at,
    }));
    await (await deps.store()).put(records);
    await deps.broadcast();
    return { corrections: records };
  };
  return {
    "content:corrections-for-page": {
      from: "content",
      handle: async ({ url }, sender) => overlayFor(await (await deps.store()).all(), ownPage(sender, url)),
    },
    "content:corrections-add": {
      from: "content",
      handle: async ({ url, title, corrections }, sender) => add(ownPage(sender, url), title, corrections),
    },
    "content:corrections-remove": {
      from: "content",
      handle: async ({ url, ids }, sender) => {
        const site = notesSite(ownPage(sender, url));
        const store = await deps.store();
        const mine = new Set((await store.all()).filter((c) => c.site === site).map((c) => c.id));
        const removed = await store.remove(ids.filter((id) => mine.has(id)));
        if (removed.length > 0) await deps.broadcast();
        return null;
      },
    },
    "ext:corrections-add": {
      from: "extension-page",
      handle: async ({ url, title, corrections }) => add(url, title, corrections),
    },
    "ext:corrections-remove": {
      from: "extension-page",
      handle: async ({ ids }) => {
        const removed = await (await deps.store()).remove(ids);
        if (removed.length > 0) await deps.broadcast();
        return null;
      },
    },
    "ext:corrections-changed": {
      from: "extension-page",
      handle: async () => {
        await deps.broadcast();
        return null;
      },
    },
  };
}

/** The feature's background wiring: one lazily opened store, and the broadcast to every tab. */
export function registerCorrectionsBackground(
  tabs: Pick<Tabs.Static, "query" | "sendMessage">,
  knows: (id: string) => boolean,
): CorrectionsDeps {
  let opening: Promise<CorrectionsStore> | undefined;
  return {
    store: () => {
      opening ??= openNotesDb().then(createCorrectionsStore);
      opening.catch(() => {
        opening = undefined;
      });
      return opening;
    },
    knows,
    broadcast: async () => {
      const all = await tabs.query({});
      await Promise.all(
        all.map((t) =>
          t.id === undefined
            ? undefined
            : askTab(t.id, { type: "bg:corrections-changed" }, {}, tabs).catch(() => {
                // No content script there (a browser page, a store page, a discarded tab).
              }),
        ),
      );
    },
  };
}

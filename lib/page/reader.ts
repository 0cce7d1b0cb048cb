/**
 * The page reader (issue 5): scans the page, marks names, opens cards, follows changes, and
 * answers the popup and the background. Started from the content script with its context, so
 * invalidating the context (or turning Actor Lens off) is one abort. The cards themselves are
 * in the lazy UI bundle, loaded when the first card opens (lazy-layer.ts).
 */
import "./highlight.css";
import { applyOverlay } from "../corrections/overlay";
import { EMPTY_OVERLAY, type Overlay } from "../corrections/types";
import type { BriefModel, CardModel } from "../dataset/card-model";
import type { EntityId } from "../dataset/types";
import { ask } from "../messaging/client";
import {
  correctionsChanged,
  nextMention,
  type Revealed,
  type TabSummary,
  tabReveal,
  tabSummary,
} from "../messaging/tab-contract";
import {
  getSettings,
  isEnabledFor,
  onSettingsChange,
  type Settings,
  setSiteEnabled,
} from "../settings/index";
import type { PageServices } from "./content";
import { entityKey, flash, type MentionRecord, MentionRegistry } from "./highlights";
import { HoverIntent } from "./hover";
import { LazyCardLayer } from "./lazy-layer";
import { loadPageUi } from "./lazy-ui";
import { PageScanner, type SpotSession } from "./scanner";

/**
 * A spotting session whose answers have the reader's corrections applied
 * (lib/corrections/overlay.ts). The corrections are awaited with each answer, not before the
 * first request: the page's text goes out while they are asked for, and the first marks do not
 * wait for one more round trip to the background.
 */
function withOverlay(session: SpotSession, overlay: Promise<Overlay>): SpotSession {
  return {
    kindOf: (id) => session.kindOf?.(id),
    scan: async (texts) => {
      const [answers, o] = await Promise.all([session.scan(texts), overlay]);
      if (o.not.length === 0 && o.spelling.length === 0) return answers;
      return answers.map((mentions, i) => applyOverlay(texts[i] ?? "", mentions, o));
    },
  };
}

/**
 * Opens a spotting session (lib/page/remote-spotter.ts); `onLost` is called if it is lost, and
 * it ends with `signal`.
 */
export type OpenSpotting = (onLost: () => void, signal: AbortSignal) => Promise<SpotSession>;

/** Fresh starts after lost sessions, at most, in one content script's life (no loop on a broken background). */
const MAX_RESTARTS = 20;

/** What the reader needs of the page services (lib/page/content.ts). */
export type ReaderContext = Pick<PageServices, "signal" | "messages" | "onLocation">;

/** Name of the performance measure recorded when the first full scan of a page ends. */
export const SCAN_MEASURE = "actor-lens:scan";

/** Everything the reader does on one page while it is on; `stop()` undoes all of it. */
class PageSession {
  #ctrl = new AbortController();
  /** The current scan's: a rescan aborts it. */
  #scanCtrl: AbortController | undefined;
  readonly registry: MentionRegistry;
  #layer: LazyCardLayer | undefined;
  #hover: HoverIntent | undefined;
  #directory: Map<EntityId, BriefModel> | undefined;
  #directoryLoad: Promise<void> | undefined;
  #cards = new Map<EntityId, Promise<CardModel | null>>();
  #reported = 0;
  #cursor: MentionRecord | undefined;
  #settings: () => Settings;
  #host: string;

  constructor(settings: () => Settings, host: string) {
    this.#settings = settings;
    this.#host = host;
    this.registry = new MentionRegistry({ firstMentionOnly: settings().firstMentionOnly });
  }

  async start(spot: OpenSpotting, onLost: () => void, overlay: () => Promise<Overlay>): Promise<void> {
    // Let the page paint first: its own first style and layout would otherwise be forced inside
    // our first slice (by the visibility checks) and run as one long task.
    await afterFirstFrame();
    await this.#scan(spot, onLost, overlay);
  }

  /**
   * Marks the page anew with the reader's corrections as they are now (issue 12): the scan
   * starts again from scratch, the card layer stays (so its undo toast does).
   */
  async rescan(spot: OpenSpotting, onLost: () => void, overlay: () => Promise<Overlay>): Promise<void> {
    this.#scanCtrl?.abort();
    this.#layer?.close();
    this.registry.clear();
    this.#changed();
    await this.#scan(spot, onLost, overlay);
  }

  async #scan(spot: OpenSpotting, onLost: () => void, overlay: () => Promise<Overlay>): Promise<void> {
    const ctrl = new AbortController();
    this.#scanCtrl = ctrl;
    const signal = AbortSignal.any([this.#ctrl.signal, ctrl.signal]);
    if (signal.aborted) return;
    const root = document.body ?? document.documentElement;
    const start = performance.now();
    // The kinds of names come with the answers (lib/messaging/spot-pack.ts): the directory (for
    // the popup's list and the cards) is asked for once there is a name, after the first marks.
    const corrections = overlay();
    const remote = await spot(onLost, signal);
    if (signal.aborted) return;
    const session = withOverlay(remote, corrections);
    const scanner = new PageScanner({
      session,
      registry: this.registry,
      typeOf: (id) => session.kindOf?.(id) ?? this.#directory?.get(id)?.type,
      ensureKinds: () => this.#loadDirectory(),
      onChange: () => this.#changed(),
      signal,
    });
    scanner.follow(root);
    const stats = await scanner.scan(root);
    if (signal.aborted) return;
    performance.measure(SCAN_MEASURE, {
      start,
      detail: { mentions: stats.mentions, entities: this.registry.distinctEntities(), chars: stats.chars },
    });
    scanner.resume();
    this.#changed();
  }

  #loadDirectory(): Promise<void> {
    this.#directoryLoad ??= ask("content:directory", {}).then(
      ({ entities }) => {
        this.#directory = new Map(entities.map((e) => [e.id, e]));
      },
      () => {
        this.#directory = new Map();
      },
    );
    return this.#directoryLoad;
  }

  /** After a scan or a batch of changes: update the badge, and listen for hovers once there is a name. */
  #changed(): void {
    const count = this.registry.distinctEntities();
    if (count !== this.#reported) {
      this.#reported = count;
      ask("content:found", { count }).catch(() => {});
    }
    if (this.registry.size > 0) {
      this.#ensureHover();
      void this.#loadDirectory();
    }
  }

  /** Resolves once the names found have their briefs (the popup's list needs them). */
  async briefsReady(): Promise<void> {
    if (this.registry.size > 0) await this.#loadDirectory();
  }

  #ensureHover(): LazyCardLayer {
    if (!this.#layer) {
      const data = {
        card: (id: EntityId) => {
          let p = this.#cards.get(id);
          if (!p) {
            p = ask("content:card", { id });
            p.catch(() => this.#cards.delete(id));
            this.#cards.set(id, p);
          }
          return p;
        },
        brief: (id: EntityId) => this.#directory?.get(id),
      };
      const hooks = { onTurnOff: () => void setSiteEnabled(this.#host, false) };
      this.#layer = new LazyCardLayer(() => loadPageUi().then((ui) => ui.createCardLayer(data, hooks)));
      this.#hover = new HoverIntent(this.registry, this.#layer, () => this.#settings(), this.#ctrl.signal);
    }
    return this.#layer;
  }

  summary(): TabSummary["entities"] {
    const spellings = new Map<string, Set<string>>();
    for (const r of this.registry.inDocumentOrder())
      if (r.mention.id)
        spellings.set(r.mention.id, (spellings.get(r.mention.id) ?? new Set()).add(r.mention.surface));
    return this.registry.entities().flatMap((e) => {
      const brief = e.id ? this.#directory?.get(e.id) : undefined;
      const s = [...(spellings.get(e.id ?? "") ?? [])].slice(0, 50);
      return brief
        ? [{ id: brief.id, name: brief.name, type: brief.type, count: e.count, spellings: s }]
        : [];
    });
  }

  #show(rec: MentionRecord): void {
    rec.range.startContainer.parentElement?.scrollIntoView({ block: "center", inline: "nearest" });
    flash(rec.range);
  }

  /** Scrolls to the index-th mention of `id` (wrapping around) and flashes it. */
  reveal(id: string, index: number): Revealed {
    const list = this.registry.inDocumentOrder().filter((r) => entityKey(r.mention) === id);
    if (list.length === 0) return { index: -1, total: 0 };
    const i = ((Math.trunc(index) % list.length) + list.length) % list.length;
    this.#show(list[i] as MentionRecord);
    return { index: i, total: list.length };
  }

  /** Moves to the next marked mention after the current one and opens its card, focused. */
  next(): Revealed | null {
    const list = this.registry.inDocumentOrder().filter((r) => r.marked);
    if (list.length === 0) return null;
    const layer = this.#ensureHover();
    const current = layer.record ?? this.#cursor;
    let i = current ? list.indexOf(current) + 1 : 0;
    if (current && i === 0) {
      // The current mention is gone (page changed): the first one after where it was.
      i = list.findIndex((r) => r.range.compareBoundaryPoints(Range.START_TO_START, current.range) > 0);
    } else if (!current) {
      // No card yet: the first mention at or below the top of the viewport.
      i = list.findIndex((r) => r.range.getBoundingClientRect().bottom >= 0);
    }
    if (i < 0 || i >= list.length) i = 0;
    const rec = list[i] as MentionRecord;
    this.#cursor = rec;
    this.#show(rec);
    layer.open(rec, { focus: true });
    return { index: i, total: list.length };
  }

  stop(): void {
    this.#ctrl.abort();
    this.#hover?.cancel();
    this.#layer?.destroy();
    this.registry.clear();
    if (this.#reported !== 0) ask("content:found", { count: 0 }).catch(() => {});
    this.#reported = 0;
  }
}

/**
 * Starts reading the page; stops for good when `ctx.signal` aborts (returns that stop). `spot`
 * opens spotting sessions (in the background: lib/page/remote-spotter.ts); a lost one (its
 * evidence gone with it) means reading the page again from scratch on a new one.
 */
export function startReader(ctx: ReaderContext, spot: OpenSpotting): () => void {
  const host = location.hostname;
  let settings: Settings | undefined;
  let page: PageSession | undefined;
  let restarts = 0;
  // The reader's corrections that hold on this page, asked for once per scan (issue 12).
  let corrections: Promise<Overlay> | undefined;
  let applied = "";
  const overlay = () => {
    corrections ??= ask("content:corrections-for-page", { url: location.href }).catch(() => EMPTY_OVERLAY);
    return corrections.then((o) => {
      applied = JSON.stringify(o);
      return o;
    });
  };
  /** Asks for the page's overlay again, and marks the page anew if it changed. */
  const recheck = () => {
    corrections = undefined;
    const p = page;
    if (!p) return;
    const before = applied;
    void ask("content:corrections-for-page", { url: location.href }).then(
      (o) => {
        if (page !== p || JSON.stringify(o) === before) return;
        corrections = Promise.resolve(o);
        p.rescan(spot, lostFor(p), overlay).catch(() => {});
      },
      () => {},
    );
  };
  const enabled = () => !!settings && isEnabledFor(settings, host);
  const lostFor = (p: PageSession) => () => {
    if (page !== p || ctx.signal.aborted) return;
    off();
    if (restarts++ < MAX_RESTARTS) on();
  };
  const on = () => {
    if (page || !settings) return;
    const current = settings;
    const p = new PageSession(() => settings ?? current, host);
    page = p;
    p.start(spot, lostFor(p), overlay).catch(() => {});
  };
  const off = () => {
    page?.stop();
    page = undefined;
  };

  const unsubscribe = onSettingsChange((next, previous) => {
    settings = next;
    if (!enabled()) off();
    else if (page && next.firstMentionOnly !== previous.firstMentionOnly) {
      off();
      on();
    } else on();
  });

  // The popup's and the background's requests; each message is checked before it is answered.
  const { messages } = ctx;
  const handled = [
    messages.on(tabSummary, async (): Promise<TabSummary> => {
      await page?.briefsReady();
      return {
        url: location.href,
        title: document.title.slice(0, 1_000),
        host,
        enabled: enabled(),
        entities: page?.summary() ?? [],
      };
    }),
    messages.on(tabReveal, (m) => page?.reveal(m.id, m.index) ?? { index: -1, total: 0 }),
    messages.on(nextMention, () => page?.next() ?? null),
    // A correction made here or in another tab: mark the page anew if its overlay changed.
    messages.on(correctionsChanged, () => {
      recheck();
      return null;
    }),
  ];
  // A single-page app moved to another story: the corrections of that page may differ.
  const unwatch = ctx.onLocation(recheck);
  const destroy = () => {
    unsubscribe();
    unwatch();
    for (const stop of handled) stop();
    off();
  };
  ctx.signal.addEventListener("abort", destroy, { once: true });

  getSettings().then(
    (s) => {
      if (ctx.signal.aborted) return;
      settings ??= s;
      if (enabled()) on();
    },
    () => {},
  );
  return destroy;
}

/**
 * Resolves once the page has rendered a frame, or after 200 ms in a tab that renders none
 * (a background tab runs no animation frames). At once if it has painted already (the usual
 * case at document_idle, and always when Actor Lens is turned on in an open tab): asking for a
 * frame would make a still page render one for nothing.
 */
function afterFirstFrame(): Promise<void> {
  if (performance.getEntriesByType("paint").length > 0) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(done, 200);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        done();
      }, 0),
    );
  });
}

/**
 * The hover card's place in a page: one shadow host (page CSS cannot reach in, ours cannot leak
 * out) shown in the top layer as a popover, so no z-index of the page can cover it. The card is
 * positioned next to its mention and kept inside the viewport (lib/ui/place.ts).
 *
 * The page is not trusted (issue 17): the shadow root is closed, its content is not editable even
 * under `designMode`, only the reader's own clicks (`isTrusted`) act, and the host's styles and
 * attributes are put back whenever a page script changes them.
 */
import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { BriefModel, CardModel } from "../dataset/card-model";
import type { EntityId } from "../dataset/types";
import { OWN_UI_ATTRIBUTE } from "../extract/rules";
import { CandidatesCard, Card } from "../ui/card/Card";
import { CARD_CSS } from "../ui/card/styles";
import { pageZoom, placeNear, viewportSize } from "../ui/place";
import { type MentionRecord, setCurrent } from "./highlights";

/** Where the card gets what it shows. */
export interface CardData {
  card(id: EntityId): Promise<CardModel | null>;
  brief(id: EntityId): BriefModel | undefined;
}

/** What the card asks of the reader. */
export interface CardLayerHooks {
  onTurnOff(): void;
  onPinChange?(pinned: boolean): void;
}

type Entry =
  | { id: EntityId; matchedAs?: string; reason?: string }
  | { surface: string; candidates: EntityId[] };

interface LayerState {
  record: MentionRecord;
  stack: Entry[];
  pinned: boolean;
}

const GAP = 6;
const MARGIN = 8;

/** Styles of the host itself, inline and !important: they win over any page rule. */
const HOST_STYLE = [
  "all: initial",
  "position: fixed",
  "inset: 0 auto auto 0",
  "width: 0",
  "height: 0",
  "margin: 0",
  "padding: 0",
  "border: 0",
  "overflow: visible",
  "background: transparent",
  "display: block",
  "z-index: 2147483647",
  "pointer-events: none",
  "visibility: visible",
  "opacity: 1",
  "transform: none",
]
  .map((d) => `${d} !important;`)
  .join(" ");

/** The host's inline style; `zoom` undoes the page's zoom on <html>, so our pixels are the viewport's. */
const hostStyle = (zoom: number) => `${HOST_STYLE} zoom: ${1 / zoom} !important;`;

/** Attributes of the host that are ours; any other a page adds is removed. */
const HOST_ATTRIBUTES = new Set(["style", "popover", OWN_UI_ATTRIBUTE]);

/**
 * `!important` inside the shadow root wins over the page's `!important` on the host (cascade
 * contexts), so no page rule can draw pseudo-elements over the card. `--al-room` is the height
 * the placement leaves (lib/ui/place.ts); the card scrolls beyond it.
 */
const LAYER_CSS = `
${CARD_CSS}
:host::before, :host::after, :host::backdrop { content: none !important; display: none !important; }
.al-pos { position: fixed !important; display: block !important; pointer-events: auto; visibility: hidden; }
.al-pos.al-placed { visibility: visible !important; }
.al-pos:focus { outline: none; }
.al-pos .al-card.al-hover { max-height: min(70vh, 520px, var(--al-room, 100vh)); }
.al-loading { width: 360px; padding: 12px 14px; border-radius: 8px; }
`;

function Panel(props: {
  state: LayerState;
  data: CardData;
  host: string;
  onClose(): void;
  onPin(): void;
  onNavigate(id: EntityId): void;
  onBack(): void;
  onTurnOff(): void;
}) {
  const entry = props.state.stack.at(-1) as Entry;
  const [model, setModel] = useState<CardModel | null | undefined>(undefined);
  const id = "id" in entry ? entry.id : undefined;
  useEffect(() => {
    if (!id) return;
    let live = true;
    setModel(undefined);
    props.data.card(id).then(
      (m) => live && setModel(m),
      () => live && setModel(null),
    );
    return () => {
      live = false;
    };
  }, [id, props.data]);
  const footer = (
    <button type="button" class="al-off" onClick={(e) => e.isTrusted && props.onTurnOff()}>
      Turn off on {props.host}
    </button>
  );
  const previous = props.state.stack.at(-2);
  const backTo =
    previous && "id" in previous
      ? props.data.brief(previous.id)?.name
      : previous
        ? "the candidates"
        : undefined;
  if ("candidates" in entry) {
    return (
      <CandidatesCard
        surface={entry.surface}
        candidates={entry.candidates.flatMap((c) => props.data.brief(c) ?? [])}
        onNavigate={props.onNavigate}
        onClose={props.onClose}
        onPin={props.onPin}
        pinned={props.state.pinned}
        footer={footer}
      />
    );
  }
  if (model === undefined || model === null) {
    const brief = props.data.brief(entry.id);
    return (
      <article class="al-card al-hover" aria-busy={model === undefined ? "true" : "false"}>
        <h2>{brief?.name ?? entry.id}</h2>
        <p class="al-type">{model === undefined ? "Loading…" : "No details available."}</p>
      </article>
    );
  }
  return (
    <Card
      model={model}
      variant="hover"
      matchedAs={entry.matchedAs}
      matchReason={entry.reason}
      onNavigate={props.onNavigate}
      onBack={props.state.stack.length > 1 ? props.onBack : undefined}
      backTo={backTo}
      onClose={props.onClose}
      onPin={props.onPin}
      pinned={props.state.pinned}
      footer={footer}
    />
  );
}

export class CardLayer {
  private host: HTMLElement | undefined;
  private wrap: HTMLDivElement | undefined;
  private state: LayerState | null = null;
  private resize: ResizeObserver | undefined;
  private guard: MutationObserver | undefined;
  private zoom = 1;
  /** The host's style as the browser serializes it (see restore). */
  private serialized: { from: string; to: string } | undefined;
  private returnFocus: Element | null = null;

  constructor(
    private data: CardData,
    private hooks: CardLayerHooks,
  ) {}

  get isOpen(): boolean {
    return this.state !== null;
  }
  get pinned(): boolean {
    return this.state?.pinned ?? false;
  }
  get record(): MentionRecord | undefined {
    return this.state?.record;
  }
  /** True for the host element (what page-level events over the card are retargeted to). */
  isHost(target: EventTarget | null): boolean {
    return !!this.host && target === this.host;
  }
  /** True while keyboard focus is inside the card. */
  get hasFocus(): boolean {
    return !!this.host && document.activeElement === this.host;
  }

  private mount(): HTMLDivElement {
    if (this.wrap && this.host?.isConnected) return this.wrap;
    this.unmount();
    const host = document.createElement("actor-lens-card");
    host.setAttribute(OWN_UI_ATTRIBUTE, "");
    this.zoom = pageZoom();
    host.style.cssText = hostStyle(this.zoom);
    const shadow = host.attachShadow({ mode: "closed" });
    // Closed is no boundary for events: a page's synthetic click (`element.click()` after a focus
    // trick, or a forged event) never reaches our buttons.
    shadow.addEventListener(
      "click",
      (e) => {
        if (e.isTrusted) return;
        e.stopImmediatePropagation();
        e.preventDefault();
      },
      { capture: true },
    );
    const style = document.createElement("style");
    style.textContent = LAYER_CSS;
    const wrap = document.createElement("div");
    wrap.className = "al-pos";
    wrap.setAttribute("role", "dialog");
    // Nor for editing. The host's `all: initial` already resets the editability designMode or an
    // editable <html> would pass down; contenteditable=false holds even without it.
    wrap.contentEditable = "false";
    wrap.tabIndex = -1;
    shadow.append(style, wrap);
    // Outside <body>: nothing of the page's layout can depend on it.
    document.documentElement.append(host);
    this.host = host;
    this.wrap = wrap;
    this.showOnTop();
    this.resize = new ResizeObserver(() => this.place());
    this.resize.observe(wrap);
    this.guard = new MutationObserver(() => this.restore());
    this.guard.observe(host, { attributes: true });
    this.guard.observe(document.documentElement, { childList: true });
    host.addEventListener("toggle", () => this.showOnTop());
    return wrap;
  }

  private showOnTop(): void {
    const host = this.host as (HTMLElement & { showPopover?(): void }) | undefined;
    if (!host?.showPopover || host.matches(":popover-open")) return;
    if (host.getAttribute("popover") !== "manual") host.setAttribute("popover", "manual");
    try {
      host.showPopover();
    } catch {
      // Not in the top layer: the z-index above still applies.
    }
  }

  /** Undoes what a page script did to the host: its style and attributes back; moved, the card closes. */
  private restore(): void {
    const host = this.host;
    if (!host) return;
    if (host.parentNode !== document.documentElement) {
      this.close();
      this.unmount();
      return;
    }
    for (const name of host.getAttributeNames()) if (!HOST_ATTRIBUTES.has(name)) host.removeAttribute(name);
    if (!host.hasAttribute(OWN_UI_ATTRIBUTE)) host.setAttribute(OWN_UI_ATTRIBUTE, "");
    const style = hostStyle(this.zoom);
    // Compared as the browser serializes it, so our own write does not call us again and again.
    if (host.style.cssText !== this.styleText(style)) host.style.cssText = style;
    this.showOnTop();
  }

  private styleText(style: string): string {
    if (this.serialized?.from !== style) {
      const probe = document.createElement("i");
      probe.style.cssText = style;
      this.serialized = { from: style, to: probe.style.cssText };
    }
    return this.serialized.to;
  }

  private unmount(): void {
    this.guard?.disconnect();
    this.resize?.disconnect();
    this.guard = undefined;
    this.resize = undefined;
    const host = this.host;
    this.host = undefined;
    this.wrap = undefined;
    host?.remove();
  }

  /** Opens the card of a mention (replacing any open card). */
  open(record: MentionRecord, opts: { focus?: boolean } = {}): void {
    const m = record.mention;
    const entry: Entry = m.id
      ? { id: m.id, matchedAs: m.surface, reason: m.reason?.text }
      : { surface: m.surface, candidates: m.candidates };
    this.state = { record, stack: [entry], pinned: this.state?.pinned ?? false };
    setCurrent(record.range);
    this.render();
    if (opts.focus) {
      this.returnFocus = document.activeElement;
      this.wrap?.focus({ preventScroll: true });
    }
  }

  close(): void {
    if (!this.state) return;
    const hadFocus = this.hasFocus;
    this.state = null;
    setCurrent(null);
    if (this.wrap) {
      render(null, this.wrap);
      this.wrap.classList.remove("al-placed");
    }
    if (hadFocus && this.returnFocus instanceof HTMLElement) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = null;
  }

  togglePin(): void {
    if (!this.state) return;
    this.state = { ...this.state, pinned: !this.state.pinned };
    this.hooks.onPinChange?.(this.state.pinned);
    this.render();
  }

  private render(): void {
    const state = this.state;
    if (!state) return;
    const wrap = this.mount();
    const entry = state.stack.at(-1) as Entry;
    const name = "id" in entry ? (this.data.brief(entry.id)?.name ?? entry.id) : entry.surface;
    wrap.setAttribute("aria-label", `${name} — Actor Lens card`);
    render(
      <Panel
        state={state}
        data={this.data}
        host={location.hostname}
        onClose={() => this.close()}
        onPin={() => this.togglePin()}
        onNavigate={(id) => {
          if (!this.state) return;
          this.state = { ...this.state, stack: [...this.state.stack, { id }] };
          this.render();
          this.wrap?.focus({ preventScroll: true });
        }}
        onBack={() => {
          if (!this.state || this.state.stack.length < 2) return;
          this.state = { ...this.state, stack: this.state.stack.slice(0, -1) };
          this.render();
        }}
        onTurnOff={this.hooks.onTurnOff}
      />,
      wrap,
    );
    this.place();
  }

  /**
   * Next to the mention, never over it: below it, or above when there is more room there; inside
   * the viewport, scrolling inside when taller than the room (lib/ui/place.ts).
   */
  place(): void {
    const wrap = this.wrap;
    const state = this.state;
    if (!wrap || !state || !this.host) return;
    if (state.pinned && wrap.classList.contains("al-placed")) return;
    const zoom = pageZoom();
    if (zoom !== this.zoom) {
      this.zoom = zoom;
      this.host.style.cssText = hostStyle(zoom);
    }
    const rects = state.record.range.getClientRects();
    const anchor = rects[0] ?? state.record.range.getBoundingClientRect();
    const viewport = viewportSize(zoom);
    // The card's own size, without the room of its last place.
    wrap.style.removeProperty("--al-room");
    const card = { width: wrap.offsetWidth, height: wrap.offsetHeight };
    const p = placeNear(anchor, card, viewport, { gap: GAP, margin: MARGIN });
    wrap.style.setProperty("left", `${p.left}px`, "important");
    wrap.style.setProperty("top", `${p.top}px`, "important");
    if (card.height > p.maxHeight) wrap.style.setProperty("--al-room", `${p.maxHeight}px`);
    wrap.classList.add("al-placed");
  }

  /** The mention's box, to tell whether it is still on screen. */
  anchorVisible(): boolean {
    const r = this.state?.record.range.getBoundingClientRect();
    return !!r && r.bottom > 0 && r.top < window.innerHeight && (r.width > 0 || r.height > 0);
  }

  destroy(): void {
    this.close();
    this.unmount();
  }
}

/**
 * The hover card in a page: a container (lib/ui/container.ts: closed shadow root, !important
 * host styles put back when a page script changes them, top layer) with the card placed inside
 * it, next to its mention and inside the viewport (lib/ui/place.ts). Only the reader's own
 * clicks (`isTrusted`) act.
 */
import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { noneOf, type Said, thisIs, wrongMatch } from "../corrections/said";
import type { BriefModel, CardModel } from "../dataset/card-model";
import type { EntityId } from "../dataset/types";
import type { CandidateChoice } from "../ui/card/CandidatesCard";
import { CandidatesCard, Card } from "../ui/card/Card";
import type { EscapeSlot } from "../ui/card/ScopeConfirm";
import { CARD_CSS } from "../ui/card/styles";
import { WrongMatch } from "../ui/card/WrongMatch";
import { type Container, createContainer } from "../ui/container";
import { correctWithUndo, focusIn, sentenceOf } from "../ui/correct";
import { pageZoom, placeNear, viewportSize } from "../ui/place";
import { createToast, TOAST_CSS, type Toast } from "../ui/toast";
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

/** `--al-room` is the height the placement leaves (lib/ui/place.ts); the card scrolls beyond it. */
const LAYER_CSS = `
${CARD_CSS}
${TOAST_CSS}
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
  /** Stores the reader's correction of this mention (issue 12), with an undo toast. */
  onCorrect(said: Said): void;
  escape: EscapeSlot;
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
  const sentence = () => sentenceOf(props.state.record.range);
  if ("candidates" in entry) {
    const choose = ({ kind, ids, scope, name }: CandidateChoice) =>
      props.onCorrect(
        kind === "spelling"
          ? thisIs(entry.surface, { id: ids[0] as EntityId, name }, scope, sentence())
          : noneOf(entry.surface, ids, scope, sentence()),
      );
    return (
      <CandidatesCard
        surface={entry.surface}
        candidates={entry.candidates.flatMap((c) => props.data.brief(c) ?? [])}
        onNavigate={props.onNavigate}
        onClose={props.onClose}
        onPin={props.onPin}
        pinned={props.state.pinned}
        footer={footer}
        onChoose={props.state.stack.length === 1 ? choose : undefined}
        host={props.host}
        escape={props.escape}
      />
    );
  }
  if (model === undefined || model === null) {
    const brief = props.data.brief(entry.id);
    return (
      <article class="al-card al-hover" tabIndex={-1} aria-busy={model === undefined ? "true" : "false"}>
        <h2>{brief?.name ?? entry.id}</h2>
        <p class="al-type">{model === undefined ? "Loading…" : "No details available."}</p>
      </article>
    );
  }
  // The card of the mention itself (not one reached through an affiliation) can be corrected.
  const surface = entry.matchedAs;
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
      actions={
        props.state.stack.length === 1 && surface ? (
          <WrongMatch
            surface={surface}
            name={model.name}
            host={props.host}
            escape={props.escape}
            onUnmark={(scope) => props.onCorrect(wrongMatch([surface], model, scope, sentence()))}
          />
        ) : undefined
      }
    />
  );
}

/** True when the mention's text is laid out right to left (an Arabic or Persian paragraph). */
function isRtl(range: Range): boolean {
  const node = range.startContainer;
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return !!el && getComputedStyle(el).direction === "rtl";
}

export class CardLayer {
  private box: Container | undefined;
  private wrap: HTMLDivElement | undefined;
  private state: LayerState | null = null;
  private resize: ResizeObserver | undefined;
  private returnFocus: Element | null = null;
  private toast: Toast | undefined;
  /** The open correction confirm's cancel (Escape cancels it before it closes the card). */
  private escapes: EscapeSlot = {};

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
    return !!this.box && target === this.box.host;
  }
  /** True while keyboard focus is inside the card. */
  get hasFocus(): boolean {
    return !!this.box && document.activeElement === this.box.host;
  }

  /** The container (lib/ui/container.ts), made on first use; the card is placed inside it. */
  private mount(): HTMLDivElement {
    if (this.box && this.wrap) {
      this.box.show(true);
      return this.wrap;
    }
    // Moved by a page script: the card closes (the container is back in place, hidden).
    const box = createContainer({ tag: "actor-lens-card", css: LAYER_CSS, onMoved: () => this.close() });
    const wrap = box.mount;
    wrap.className = "al-pos";
    wrap.setAttribute("role", "dialog");
    wrap.tabIndex = -1;
    this.box = box;
    this.wrap = wrap;
    box.show(true);
    this.resize = new ResizeObserver(() => this.place());
    this.resize.observe(wrap);
    return wrap;
  }

  private unmount(): void {
    this.resize?.disconnect();
    this.resize = undefined;
    this.box?.destroy();
    this.box = undefined;
    this.toast = undefined;
    this.wrap = undefined;
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

  /** Escape in the card: cancels an open confirm; false when there is none (the card closes). */
  escape(): boolean {
    const cancel = this.escapes.cancel;
    cancel?.();
    return !!cancel;
  }

  /**
   * Stores a correction; the background then has every tab marked anew (this one too, which
   * closes the card). The undo toast is in this layer's shadow root, which a rescan keeps.
   */
  private correct(said: Said): void {
    const focus = focusIn(this.wrap);
    this.close();
    const root = this.wrap?.parentNode;
    if (!root || !this.box) return;
    this.box.show(true);
    this.toast ??= createToast(root);
    void correctWithUndo(this.toast, said, focus);
  }

  close(): void {
    if (!this.state) return;
    const hadFocus = focusIn(this.wrap);
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
        onCorrect={(said) => this.correct(said)}
        escape={this.escapes}
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
    if (!wrap || !state || !this.box) return;
    if (state.pinned && wrap.classList.contains("al-placed")) return;
    const zoom = pageZoom();
    // The host stays at the viewport's corner (its zoom brought up to date); the card moves in it.
    this.box.place(0, 0);
    const rects = state.record.range.getClientRects();
    const anchor = rects[0] ?? state.record.range.getBoundingClientRect();
    const viewport = viewportSize(zoom);
    // The card's own size, without the room of its last place.
    wrap.style.removeProperty("--al-room");
    const card = { width: wrap.offsetWidth, height: wrap.offsetHeight };
    const p = placeNear(anchor, card, viewport, { gap: GAP, margin: MARGIN, rtl: isRtl(state.record.range) });
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

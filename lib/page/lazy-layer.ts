/**
 * The hover card's layer as the content script holds it before the lazy UI bundle is loaded:
 * the first `open()` loads the bundle, and the card opens once it is there unless it was
 * closed meanwhile. From then on every call goes to the real layer (lib/page/layer.tsx).
 */
import type { MentionRecord } from "./highlights";
import type { CardView } from "./hover";

/** The real layer, as the lazy UI bundle makes it. */
export interface LoadedLayer extends CardView {
  destroy(): void;
}

export class LazyCardLayer implements CardView {
  #layer: LoadedLayer | undefined;
  #loading: Promise<void> | undefined;
  /** A card asked for before the layer was there. */
  #pending: { record: MentionRecord; opts: { focus?: boolean } } | undefined;
  #destroyed = false;

  #make: () => Promise<LoadedLayer>;

  constructor(make: () => Promise<LoadedLayer>) {
    this.#make = make;
  }

  get isOpen(): boolean {
    return this.#layer ? this.#layer.isOpen : this.#pending !== undefined;
  }
  get pinned(): boolean {
    return this.#layer?.pinned ?? false;
  }
  get record(): MentionRecord | undefined {
    return this.#layer ? this.#layer.record : this.#pending?.record;
  }
  get hasFocus(): boolean {
    return this.#layer?.hasFocus ?? false;
  }
  isHost(target: EventTarget | null): boolean {
    return this.#layer?.isHost(target) ?? false;
  }

  open(record: MentionRecord, opts: { focus?: boolean } = {}): void {
    if (this.#layer) {
      this.#layer.open(record, opts);
      return;
    }
    this.#pending = { record, opts };
    this.#loading ??= this.#make().then(
      (layer) => {
        if (this.#destroyed) {
          layer.destroy();
          return;
        }
        this.#layer = layer;
        const p = this.#pending;
        this.#pending = undefined;
        if (p) layer.open(p.record, p.opts);
      },
      () => {
        // Reported by the loader; the page stays as it is, without cards.
        this.#pending = undefined;
      },
    );
  }

  close(): void {
    if (this.#layer) this.#layer.close();
    else this.#pending = undefined;
  }

  place(): void {
    this.#layer?.place();
  }

  anchorVisible(): boolean {
    if (this.#layer) return this.#layer.anchorVisible();
    const r = this.#pending?.record.range.getBoundingClientRect();
    return !!r && r.bottom > 0 && r.top < window.innerHeight && (r.width > 0 || r.height > 0);
  }

  escape(): boolean {
    return this.#layer?.escape?.() ?? false;
  }

  destroy(): void {
    this.#destroyed = true;
    this.#pending = undefined;
    this.#layer?.destroy();
    this.#layer = undefined;
  }
}

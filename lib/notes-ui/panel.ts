import { OWN_UI_ATTRIBUTE } from "../extract/rules";

/**
 * A piece of our UI placed in a page: its own host element and closed shadow root, so page
 * CSS cannot reach it, ours cannot reach the page, and page scripts cannot read the notes
 * shown in it through `host.shadowRoot`. `destroy()` removes every trace.
 */
export interface Panel {
  host: HTMLElement;
  /** Where Preact renders. */
  mount: HTMLDivElement;
  /** Places the host's top-left corner at page coordinates (document, not viewport). */
  place(x: number, y: number): void;
  show(visible: boolean): void;
  readonly visible: boolean;
  destroy(): void;
}

const HOST_STYLE =
  "all: initial; position: absolute; z-index: 2147483647; top: 0; left: 0; display: none; contain: layout style;";

export function createPanel(tag: string, css: string): Panel {
  const host = document.createElement(tag);
  host.setAttribute(OWN_UI_ATTRIBUTE, "");
  host.style.cssText = HOST_STYLE;
  const shadow = host.attachShadow({ mode: "closed" });
  const style = document.createElement("style");
  style.textContent = css;
  const mount = document.createElement("div");
  shadow.append(style, mount);
  // Keystrokes typed into a note stay in the shadow root: the page's own (bubbling) key
  // handlers neither see nor act on them (site shortcuts such as "j"/"k" stay quiet).
  for (const type of ["keydown", "keyup", "keypress", "input", "beforeinput"])
    shadow.addEventListener(type, (e) => e.stopPropagation());
  // Outside <body>: nothing of the page's layout depends on it.
  document.documentElement.append(host);
  let visible = false;
  return {
    host,
    mount,
    place(x, y) {
      host.style.left = `${Math.round(x)}px`;
      host.style.top = `${Math.round(y)}px`;
    },
    show(v) {
      visible = v;
      host.style.display = v ? "block" : "none";
    },
    get visible() {
      return visible;
    },
    destroy() {
      host.remove();
    },
  };
}

import { OWN_UI_ATTRIBUTE } from "../extract/rules";
import { pageZoom } from "./place";

/**
 * The one way our UI goes into a web page (the hover card, the note card's frame, the save
 * button and error messages); lazy bundle only (page-ui.js).
 *
 * Why a closed shadow root: the page is not trusted (issue 17). Page CSS cannot reach in, ours
 * cannot leak out, and page scripts cannot reach our nodes through `host.shadowRoot` to read a
 * card or press its buttons. A closed root is no boundary for find-in-page, selection or
 * capture-phase events, though: so nothing private is ever shown in a container (the note's
 * text lives in an extension-origin frame inside one, note-frame-host.ts), and clicks a page
 * script forges are stopped at the root.
 *
 * The host sits outside <body>, its inline style is all !important (no page rule can hide, move
 * or fade it), it undoes the page's zoom on <html>, it is shown in the top layer as a popover
 * where the browser has them, and a page script that rewrites its style or attributes, or takes
 * it out of the top layer, gets them put back. A page that moves the host closes what it shows
 * (`onMoved`) and the host goes back where it belongs, hidden. `destroy()` removes every trace.
 */
export interface Container {
  readonly host: HTMLElement;
  /** Where Preact renders. */
  readonly mount: HTMLDivElement;
  /** Places the host's top-left corner at viewport coordinates (those of range rects). */
  place(x: number, y: number): void;
  show(visible: boolean): void;
  readonly visible: boolean;
  destroy(): void;
}

export interface ContainerOptions {
  /** The host's tag, e.g. `actor-lens-card`. */
  tag: string;
  /** The stylesheet inside the shadow root. */
  css: string;
  /** Called when a page script moved the host (it is hidden and put back by then). */
  onMoved?(): void;
}

/**
 * The host's style for a position and visibility: every declaration !important. `zoom` is the
 * page's zoom on <html>, which the host undoes so that its pixels are the viewport's.
 */
export function hostStyle(x: number, y: number, visible: boolean, zoom = 1): string {
  return [
    "all: initial",
    "position: fixed",
    `left: ${Math.round(x)}px`,
    `top: ${Math.round(y)}px`,
    "right: auto",
    "bottom: auto",
    "margin: 0",
    "padding: 0",
    "border: 0",
    "width: auto",
    "height: auto",
    "max-width: none",
    "max-height: none",
    "overflow: visible",
    "background: transparent",
    `display: ${visible ? "block" : "none"}`,
    "visibility: visible",
    "opacity: 1",
    "transform: none",
    "filter: none",
    "clip-path: none",
    "mask: none",
    "pointer-events: auto",
    "z-index: 2147483647",
    "contain: layout style",
    `zoom: ${1 / zoom}`,
  ]
    .map((d) => `${d} !important;`)
    .join(" ");
}

/**
 * `!important` inside the shadow root wins over the page's `!important` on the host (cascade
 * contexts), so no page rule can draw pseudo-elements over our UI.
 */
const BASE_CSS =
  ":host::before, :host::after, :host::backdrop { content: none !important; display: none !important; }\n";

/** Attributes of the host that are ours; any other a page adds (hidden, inert, class…) goes. */
const HOST_ATTRIBUTES = new Set(["style", "popover", OWN_UI_ATTRIBUTE]);

type PopoverHost = HTMLElement & { showPopover(): void; hidePopover(): void };

export function createContainer(opts: ContainerOptions): Container {
  const host = document.createElement(opts.tag) as PopoverHost;
  host.setAttribute(OWN_UI_ATTRIBUTE, "");
  let x = 0;
  let y = 0;
  let visible = false;
  let style = "";
  const apply = () => {
    style = hostStyle(x, y, visible, pageZoom());
    if (host.getAttribute("style") !== style) host.setAttribute("style", style);
  };
  apply();
  const shadow = host.attachShadow({ mode: "closed" });
  // A page's synthetic click (`element.click()` after a focus trick, or a forged event) never
  // reaches our buttons.
  shadow.addEventListener(
    "click",
    (e) => {
      if (e.isTrusted) return;
      e.stopImmediatePropagation();
      e.preventDefault();
    },
    { capture: true },
  );
  const sheet = document.createElement("style");
  sheet.textContent = BASE_CSS + opts.css;
  const mount = document.createElement("div");
  // Not editable even when the page turns designMode on or makes an ancestor editable.
  mount.setAttribute("contenteditable", "false");
  // Our UI is in English whatever the page is: `direction` and the language inherit into a
  // shadow tree (and `all: initial` on the host leaves `direction` alone), so an Arabic page's
  // dir="rtl" would lay the card out right to left.
  mount.setAttribute("dir", "ltr");
  mount.setAttribute("lang", "en");
  shadow.append(sheet, mount);
  // Outside <body>: nothing of the page's layout depends on it.
  document.documentElement.append(host);
  const popover = "showPopover" in host;
  if (popover) host.setAttribute("popover", "manual");
  const isOpen = () => popover && host.matches(":popover-open");
  const toTop = (again: boolean) => {
    if (!popover || !visible) return;
    try {
      // Again on each show: the last popover shown is drawn on top.
      if (isOpen()) {
        if (!again) return;
        host.hidePopover();
      }
      host.showPopover();
    } catch {
      // Not in the top layer: the z-index still applies.
    }
  };
  const restore = () => {
    if (host.parentNode !== document.documentElement) {
      visible = false;
      apply();
      document.documentElement.append(host);
      opts.onMoved?.();
      return;
    }
    for (const name of host.getAttributeNames()) if (!HOST_ATTRIBUTES.has(name)) host.removeAttribute(name);
    if (!host.hasAttribute(OWN_UI_ATTRIBUTE)) host.setAttribute(OWN_UI_ATTRIBUTE, "");
    if (host.getAttribute("style") !== style) host.setAttribute("style", style);
    if (popover && host.getAttribute("popover") !== "manual") host.setAttribute("popover", "manual");
    toTop(false);
  };
  const guard = new MutationObserver(restore);
  guard.observe(host, { attributes: true });
  guard.observe(document.documentElement, { childList: true });
  // A page script's hidePopover(): back into the top layer.
  const onToggle = () => toTop(false);
  host.addEventListener("toggle", onToggle);
  return {
    host,
    mount,
    place(nx, ny) {
      x = nx;
      y = ny;
      apply();
    },
    show(v) {
      const was = visible;
      visible = v;
      apply();
      if (v && !was) toTop(true);
    },
    get visible() {
      return visible;
    },
    destroy() {
      guard.disconnect();
      host.removeEventListener("toggle", onToggle);
      host.remove();
    },
  };
}

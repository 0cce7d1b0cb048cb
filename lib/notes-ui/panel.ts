import { OWN_UI_ATTRIBUTE } from "../extract/rules";
import { pageZoom } from "../ui/place";

/**
 * A piece of our UI placed in a page: its own host element and closed shadow root, so page
 * CSS cannot reach it, ours cannot reach the page, and page scripts cannot reach into it
 * through `host.shadowRoot`. A closed root is no boundary for find-in-page, selection or
 * capture-phase events, so nothing private is ever shown in a panel: the note card's text is
 * in an extension-origin frame inside it (note-frame-host.ts).
 *
 * The host's styles are inline and !important (a page rule cannot hide, move or fade it), it is
 * shown in the top layer as a popover where the browser has them, and a page script that
 * rewrites its style attribute gets it put back. `destroy()` removes every trace.
 */
export interface Panel {
  host: HTMLElement;
  /** Where Preact renders. */
  mount: HTMLDivElement;
  /** Places the host's top-left corner at viewport coordinates (those of range rects). */
  place(x: number, y: number): void;
  show(visible: boolean): void;
  readonly visible: boolean;
  destroy(): void;
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

export function createPanel(tag: string, css: string): Panel {
  const host = document.createElement(tag);
  host.setAttribute(OWN_UI_ATTRIBUTE, "");
  let x = 0;
  let y = 0;
  let visible = false;
  let style = hostStyle(x, y, visible);
  const apply = () => {
    style = hostStyle(x, y, visible, pageZoom());
    host.setAttribute("style", style);
  };
  apply();
  const shadow = host.attachShadow({ mode: "closed" });
  const sheet = document.createElement("style");
  sheet.textContent = css;
  const mount = document.createElement("div");
  // Not editable even when the page turns designMode on or makes an ancestor editable.
  mount.setAttribute("contenteditable", "false");
  shadow.append(sheet, mount);
  // Outside <body>: nothing of the page's layout depends on it.
  document.documentElement.append(host);
  const popover = "showPopover" in host;
  if (popover) host.setAttribute("popover", "manual");
  // A page script that restyles the host (to hide it over a decoy) gets our style back.
  const guard = new MutationObserver(() => {
    if (host.getAttribute("style") !== style) host.setAttribute("style", style);
    if (popover && host.getAttribute("popover") !== "manual") host.setAttribute("popover", "manual");
  });
  guard.observe(host, { attributes: true });
  const toTop = () => {
    if (!popover || !visible) return;
    try {
      // Again on each show: the last popover shown is drawn on top.
      if ((host as HTMLElement & { matches(s: string): boolean }).matches(":popover-open"))
        (host as HTMLElement & { hidePopover(): void }).hidePopover();
      (host as HTMLElement & { showPopover(): void }).showPopover();
    } catch {
      // Not in the top layer: the z-index still applies.
    }
  };
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
      if (v && !was) toTop();
    },
    get visible() {
      return visible;
    },
    destroy() {
      guard.disconnect();
      host.remove();
    },
  };
}

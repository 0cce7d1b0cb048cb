/** Where a node stands in the page: hidden, in a region never read, in which block. */
import { BLOCK_TAGS, isSkippedByMarkup } from "../extract/rules";

/**
 * Hidden by style (display, content-visibility, visibility): the content script's extra skip
 * rule. checkVisibility is in every browser we support (Chromium 105, Firefox 106).
 */
export function isHidden(el: Element): boolean {
  // display: contents has no box of its own, yet its children show.
  return !el.checkVisibility({ visibilityProperty: true }) && getComputedStyle(el).display !== "contents";
}

/** The parent element, or the host of a shadow root: the way up in the drawn (flat) tree. */
export function up(node: Node): Element | null {
  return node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host as Element | undefined) ?? null;
}

/**
 * True when `node` lies in a part of the page that is never read: editors (also made editable
 * later, or the whole document in designMode), code, our UI, hidden.
 */
export function inSkippedRegion(node: Node): boolean {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : up(node);
  if (!el) return true;
  if (isHidden(el) || (el as HTMLElement).isContentEditable) return true;
  for (; el; el = up(el)) if (isSkippedByMarkup(el)) return true;
  return false;
}

/** The block element a node's text belongs to (itself if a block): the unit rescanned when it changes. */
export function blockOf(node: Node): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : up(node);
  while (el && !BLOCK_TAGS.has(el.tagName.toUpperCase()) && up(el)) el = up(el);
  return el;
}

/** True when `node` is `unit` or inside it, across shadow roots. */
export function within(node: Node | undefined, unit: Node): boolean {
  for (let p: Node | null | undefined = node; p; p = p.parentNode ?? (p as ShadowRoot).host)
    if (p === unit) return true;
  return false;
}

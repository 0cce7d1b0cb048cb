/**
 * Which parts of a page are readable text. Shared by the content script (live DOM) and the
 * command line (a parsed DOM), so both see the same text.
 */

/** Elements whose content is never prose a reader reads: code, form fields, embedded media, boilerplate. */
export const SKIP_TAGS: ReadonlySet<string> = new Set(
  (
    "SCRIPT STYLE NOSCRIPT TEMPLATE HEAD TEXTAREA INPUT SELECT OPTION BUTTON CODE PRE KBD " +
    "SAMP VAR SVG MATH CANVAS IFRAME OBJECT EMBED VIDEO AUDIO NAV"
  ).split(" "),
);

/** Elements that start a new block of text: a name never runs across their boundary. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set(
  (
    "ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY BR CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET " +
    "FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN OL P SECTION SUMMARY " +
    "TABLE TD TH TR UL"
  ).split(" "),
);

/** Attribute that marks Actor Lens's own UI hosts in a page; their content is never scanned. */
export const OWN_UI_ATTRIBUTE = "data-actor-lens-ui";

/** ARIA roles of page furniture rather than prose. */
const SKIP_ROLES = new Set(["navigation", "menu", "menubar", "textbox", "searchbox", "combobox", "code"]);

/** The same sets by `localName` (lower case, and the same in HTML and XHTML documents). */
export const SKIP_LOCAL_NAMES: ReadonlySet<string> = new Set([...SKIP_TAGS].map((t) => t.toLowerCase()));
export const BLOCK_LOCAL_NAMES: ReadonlySet<string> = new Set([...BLOCK_TAGS].map((t) => t.toLowerCase()));

/**
 * True when an element's subtree is not readable prose, judged from markup alone (tag, role,
 * editability, our own UI, hidden attributes). The content script adds a computed-style check.
 */
export function isSkippedByMarkup(el: Element, tag = el.tagName.toUpperCase()): boolean {
  return SKIP_TAGS.has(tag) || isSkippedByAttributes(el);
}

/** The attribute half of `isSkippedByMarkup`: our own UI, hidden, editable, a furniture role. */
export function isSkippedByAttributes(el: Element): boolean {
  // Most elements of an article have no attribute at all: six lookups saved on each.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute(OWN_UI_ATTRIBUTE) || el.hasAttribute("hidden")) return true;
  if (el.getAttribute("aria-hidden") === "true") return true;
  const editable = el.getAttribute("contenteditable");
  if (editable !== null && editable !== "false") return true;
  const role = el.getAttribute("role");
  if (role && SKIP_ROLES.has(role)) return true;
  const style = el.getAttribute("style");
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  return false;
}

import { BLOCK_LOCAL_NAMES, isSkippedByAttributes, SKIP_LOCAL_NAMES } from "./rules";

/** A text node's place in a block's text: `text.slice(start, end) === node.data`. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

/** The text of one block element (paragraph, heading, list item…), with where each piece came from. */
export interface TextBlock {
  text: string;
  segments: TextSegment[];
}

export interface ExtractOptions {
  /** Extra test for hidden or excluded elements (the content script passes a computed-style check). */
  skip?: (el: Element) => boolean;
  /** Called for each iframe met: its document is read apart (the content script reads same-origin ones). */
  frame?: (el: HTMLIFrameElement) => void;
}

const ELEMENT = 1;
const TEXT = 3;
/** On the walk's stack after a block's children: the block ends there. */
const LEAVE_BLOCK = {};
const INK = /\S/;

/**
 * Reads `root` in document order, one block of readable text per `next()` (undefined at the
 * end), so that a caller can stop between blocks and yield to the page. Whitespace-only blocks
 * are left out. A plain method, not a generator: this runs over every node of a page on its
 * first scan, in the page's main thread, mostly before any JIT (issue 10); a generator's resume
 * per block and a regular expression over each finished block cost more than the walk itself.
 */
export class TextWalker {
  // Iterative (pages can be deep enough to overflow a recursive walk), with nothing allocated
  // per element: one stack, sibling pointers, and a marker for a block's end.
  #stack: (Node | typeof LEAVE_BLOCK)[];
  #root: Node;
  #opts: ExtractOptions;

  constructor(root: Node, opts: ExtractOptions = {}) {
    this.#root = root;
    this.#stack = [root];
    this.#opts = opts;
  }

  next(): TextBlock | undefined {
    const stack = this.#stack;
    const root = this.#root;
    const { skip, frame } = this.#opts;
    let text = "";
    let segments: TextSegment[] = [];
    // Whether the text so far has anything but whitespace: known per text node as it comes.
    let ink = false;
    while (stack.length > 0) {
      const item = stack.pop() as Node | typeof LEAVE_BLOCK;
      if (item === LEAVE_BLOCK) {
        if (ink) return { text, segments };
        if (segments.length > 0) {
          text = "";
          segments = [];
        }
        continue;
      }
      const node = item as Node;
      const type = node.nodeType;
      if (type === TEXT) {
        const data = (node as Text).data;
        if (data.length > 0) {
          segments.push({ node: node as Text, start: text.length, end: text.length + data.length });
          text += data;
          if (!ink) ink = INK.test(data);
        }
        continue;
      }
      if (type !== ELEMENT && node !== root) continue;
      const el = type === ELEMENT ? (node as Element) : undefined;
      const tag = el ? el.localName : "";
      if (el && node !== root && (SKIP_LOCAL_NAMES.has(tag) || isSkippedByAttributes(el) || skip?.(el))) {
        if (tag === "iframe") frame?.(el as HTMLIFrameElement);
        continue;
      }
      // A block's text ends where another block starts, and where it ends (LEAVE_BLOCK).
      const block = BLOCK_LOCAL_NAMES.has(tag);
      if (block) stack.push(LEAVE_BLOCK);
      // What is drawn (the flat tree): an open shadow root instead of the host's children, and
      // the nodes assigned to a slot instead of its fallback content.
      const shadow = el?.shadowRoot;
      const slotted =
        tag === "slot" ? (node as HTMLSlotElement).assignedNodes?.({ flatten: true }) : undefined;
      if (shadow || slotted?.length) {
        const children: ArrayLike<Node> = shadow ? shadow.childNodes : (slotted as Node[]);
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
      } else for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
      if (block) {
        if (ink) return { text, segments };
        if (segments.length > 0) {
          text = "";
          segments = [];
        }
      }
    }
    return ink ? { text, segments } : undefined;
  }
}

/** `TextWalker` as a lazy sequence of blocks. */
export function* textBlocks(root: Node, opts: ExtractOptions = {}): Generator<TextBlock> {
  const walker = new TextWalker(root, opts);
  for (let b = walker.next(); b; b = walker.next()) yield b;
}

/** Separator between blocks in `extractText`'s output: never part of a name. */
export const BLOCK_SEPARATOR = "\n\n";

/** All readable text of `root` as one string, blocks separated by a blank line. */
export function extractText(root: Node, opts: ExtractOptions = {}): TextBlock {
  let text = "";
  const segments: TextSegment[] = [];
  for (const block of textBlocks(root, opts)) {
    if (text.length > 0) text += BLOCK_SEPARATOR;
    for (const s of block.segments)
      segments.push({ node: s.node, start: s.start + text.length, end: s.end + text.length });
    text += block.text;
  }
  return { text, segments };
}

/** The text node and offset in it of a position in a block's text (binary search). */
export function locate(
  segments: readonly TextSegment[],
  offset: number,
  preferEnd = false,
): { node: Text; offset: number } | null {
  const i = segmentAt(segments, offset, preferEnd);
  if (i < 0) return null;
  const s = segments[i] as TextSegment;
  return { node: s.node, offset: offset - s.start };
}

/**
 * The index of the segment holding a position of a block's text, or -1 (binary search). At a
 * boundary between two segments, the later one; with `preferEnd`, the earlier one.
 */
export function segmentAt(segments: readonly TextSegment[], offset: number, preferEnd = false): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid] as TextSegment;
    if (offset < s.start || (preferEnd && offset === s.start && mid > 0)) hi = mid - 1;
    else if (offset > s.end || (!preferEnd && offset === s.end && mid < segments.length - 1)) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * What the page's correction controls share (issue 12): the sentence around a range, taken from
 * its text block, and storing or removing corrections through the background, which marks every
 * open tab anew (lib/page/reader.ts). Lazy bundle only.
 */

import type { Said } from "../corrections/said";
import { oneLine, sentenceAround } from "../corrections/sentence";
import type { Correction, CorrectionInput } from "../corrections/types";
import { BLOCK_TAGS } from "../extract/rules";
import { ask } from "../messaging/client";
import type { Toast } from "./toast";

/** The block element that holds `node` (the scanner's text block, lib/page/regions.ts). */
function blockOf(node: Node): Element | null {
  let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el?.parentElement && !BLOCK_TAGS.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el;
}

/** The sentence around `range` in its text block (never empty while the range has text). */
export function sentenceOf(range: Range): string {
  const block = blockOf(range.startContainer);
  if (!block?.contains(range.endContainer)) return oneLine(range.toString());
  const before = document.createRange();
  before.selectNodeContents(block);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const text = block.textContent ?? "";
  return sentenceAround(text, start, start + range.toString().length) || oneLine(range.toString());
}

/** Stores what the reader said on this page; the stored records come back (their ids undo it). */
export async function storeCorrections(inputs: CorrectionInput[]): Promise<Correction[]> {
  const { corrections } = await ask("content:corrections-add", {
    url: location.href,
    title: document.title.slice(0, 1_000),
    corrections: inputs,
  });
  return corrections;
}

/** Undoes corrections stored from this page. */
export async function removeCorrections(ids: string[]): Promise<void> {
  if (ids.length > 0) await ask("content:corrections-remove", { url: location.href, ids });
}

/** Stores what the reader said, then says so in `toast` with an Undo that removes what was stored. */
export async function correctWithUndo(toast: Toast, { inputs, done }: Said, focus: boolean): Promise<void> {
  try {
    const stored = await storeCorrections(inputs);
    toast.show(`${done}.`, { undo: () => removeCorrections(stored.map((c) => c.id)), focus });
  } catch {
    toast.show("Could not save the correction: Actor Lens did not answer.", { focus });
  }
}

/** True while the focus is inside `el`, in its shadow root (not elsewhere in the same host). */
export function focusIn(el: Element | undefined): boolean {
  const root = el?.getRootNode();
  return root instanceof ShadowRoot && !!root.activeElement && !!el?.contains(root.activeElement);
}

import type { TextBlock, TextSegment } from "../extract/text";

/**
 * Converting between DOM Ranges and offsets in the extracted text (lib/extract), whose
 * segments say which text node each piece came from.
 */

/** Where (node, offset) is against the range: -1 before, 0 inside, 1 after; NaN in another tree. */
function compare(range: Range, node: Node, offset: number): number {
  try {
    return range.comparePoint(node, offset);
  } catch {
    return Number.NaN; // in another document or shadow tree than the range
  }
}

/**
 * The extracted-text offsets a Range covers, or null if it covers no readable text. Segments
 * are in document order, so a binary search finds the first one the range reaches: on a page of
 * tens of thousands of text nodes, a test of each (intersectsNode) took most of a second.
 */
export function rangeToOffsets(page: TextBlock, range: Range): { start: number; end: number } | null {
  const segs = page.segments;
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid] as TextSegment;
    if (compare(range, s.node, s.node.data.length) < 0) lo = mid + 1;
    else hi = mid;
  }
  let start = -1;
  let end = -1;
  for (let i = lo; i < segs.length; i++) {
    const s = segs[i] as TextSegment;
    const at = compare(range, s.node, 0);
    if (at > 0) break; // starts after the range
    if (Number.isNaN(at) && !range.intersectsNode(s.node)) continue;
    const from = s.node === range.startContainer ? range.startOffset : 0;
    const to = s.node === range.endContainer ? range.endOffset : s.node.data.length;
    if (to <= from) continue;
    if (start < 0) start = s.start + from;
    end = s.start + to;
  }
  return start < 0 || end <= start ? null : { start, end };
}

function segmentIndexAtOrAfter(segments: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((segments[mid] as TextSegment).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A Range over extracted-text offsets [start, end). Offsets falling between blocks (in the
 * blank line that joins them) move inward to the nearest text.
 */
export function offsetsToRange(page: TextBlock, start: number, end: number): Range | null {
  const segs = page.segments;
  const first = segmentIndexAtOrAfter(segs, start);
  const sFirst = segs[first];
  if (!sFirst) return null;
  const startOffset = Math.max(start, sFirst.start) - sFirst.start;
  let last = segmentIndexAtOrAfter(segs, end - 1);
  if (last >= segs.length || (segs[last] as TextSegment).start >= end) last--;
  const sLast = segs[last];
  if (!sLast || last < first) return null;
  const endOffset = Math.min(end, sLast.end) - sLast.start;
  if (last === first && endOffset <= startOffset) return null;
  const range = sFirst.node.ownerDocument.createRange();
  range.setStart(sFirst.node, startOffset);
  range.setEnd(sLast.node, endOffset);
  return range;
}

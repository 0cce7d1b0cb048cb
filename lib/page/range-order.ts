/** Document order of ranges across shadow trees and same-origin frames. */

/**
 * Where a node is drawn in the page's document: itself, or the shadow host or same-origin
 * iframe it lies in (a Range cannot be compared across those boundaries).
 */
function inPage(node: Node): Node {
  for (let root = node.getRootNode(); root !== document; root = node.getRootNode()) {
    const host = (root as ShadowRoot).host ?? (root as Document).defaultView?.frameElement;
    if (!host) break;
    node = host;
  }
  return node;
}

/** Document order of two ranges, also when they lie in different shadow trees or frames. */
export function order(a: Range, b: Range): number {
  if (a.startContainer.getRootNode() === b.startContainer.getRootNode())
    return a.compareBoundaryPoints(Range.START_TO_START, b);
  const x = inPage(a.startContainer);
  const y = inPage(b.startContainer);
  return x === y ? 0 : x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

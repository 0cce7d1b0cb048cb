/**
 * The reader's selection, when it is readable text that can be saved as a highlight. Shared by
 * the content script (which loads the note UI on the first such selection) and the note UI.
 */

/** The selected range, or null when nothing is selected or it is in a form field, an editor or our UI. */
export function selectedRange(): Range | null {
  const sel = document.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const start = range.startContainer;
  const el = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
  // Not in form fields, editors, or our own UI.
  if (
    !el ||
    el.closest("input, textarea, [contenteditable]:not([contenteditable='false']), [data-actor-lens-ui]")
  )
    return null;
  if (!document.body?.contains(range.commonAncestorContainer)) return null;
  if (!range.toString().trim()) return null;
  return range;
}

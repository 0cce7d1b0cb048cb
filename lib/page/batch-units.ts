/**
 * The pure steps of a batch of changes (scanner.ts): which changed blocks are due for a rescan
 * under their back-off, and which of those to read (the outermost), dropping the marks of the
 * rest. Kept apart so the scanner holds the state and the order of a batch, not its rules.
 */
import { type Churn, scanned, verdict, wakeAt } from "./backoff";
import type { MentionRegistry } from "./highlights";
import { inSkippedRegion, up, within } from "./regions";

export interface DueUnits {
  /** Blocks to rescan now. */
  due: Set<Element>;
  /** When the first of the others may be rescanned. */
  wake: number;
  /** Blocks waiting for their back-off, and blocks given up on until they are quiet. */
  deferred: number;
  givenUp: number;
}

/**
 * Takes the due blocks out of `pending` (gone or, in designMode, in the main document: dropped
 * too; designMode's end reads the whole document again).
 */
export function dueUnits(
  pending: Set<Element>,
  churnOf: (unit: Element) => Churn | undefined,
  designMode: boolean,
  at: number,
): DueUnits {
  const out: DueUnits = { due: new Set(), wake: Number.POSITIVE_INFINITY, deferred: 0, givenUp: 0 };
  for (const unit of pending) {
    const churn = churnOf(unit);
    if (!unit.isConnected || !churn || (designMode && unit.ownerDocument === document)) {
      pending.delete(unit);
      continue;
    }
    const v = verdict(churn, at);
    if (v === "scan") {
      scanned(churn, at);
      pending.delete(unit);
      out.due.add(unit);
      continue;
    }
    if (v === "wait") out.deferred++;
    else out.givenUp++;
    out.wake = Math.min(out.wake, wakeAt(churn));
  }
  return out;
}

/**
 * The outermost of `due` that lie in parts of the page we read; the marks under every due block
 * are removed first (their rescan draws them again), as are marks whose text is gone.
 */
export function unitsToRead(due: Set<Element>, registry: MentionRegistry): Element[] {
  const drop = new Set<Node>();
  const units = [...due].filter((u) => {
    for (let p = up(u); p; p = up(p)) if (due.has(p)) return false;
    drop.add(u);
    return !inSkippedRegion(u);
  });
  if (drop.size > 0)
    registry.removeWhere((rec) => {
      const first = rec.pieces[0]?.node;
      if (!first?.isConnected || rec.range.collapsed) return true;
      for (const unit of drop) if (within(first, unit)) return true;
      return false;
    });
  return units;
}

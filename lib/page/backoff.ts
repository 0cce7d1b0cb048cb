/**
 * Back-off for parts of a page that keep changing (issue 17: tickers, counters, storms of
 * mutations). A changed block is rescanned at the next batch; while it keeps changing, each
 * further rescan waits twice as long as the one before, and after GIVE_UP_AFTER rescans it is
 * given up on: no longer rescanned until it has been quiet for QUIET_MS. Pure bookkeeping over
 * times, kept apart so it is unit-tested.
 */

/** Wait before the second rescan of a block that keeps changing; doubled for each one after. */
export const BACKOFF_MS = 150;
/** Rescans of a block that never stops changing before it is given up on. */
export const GIVE_UP_AFTER = 3;
/** A block unchanged for this long is quiet: rescanned if it was given up, then treated as new. */
export const QUIET_MS = 2000;

/** How one block has been changing. */
export interface Churn {
  /** Rescans since it was last quiet. */
  scans: number;
  /** When its latest change was seen. */
  last: number;
  /** Earliest time of its next rescan. */
  next: number;
}

/** What to do with a changed block now: rescan it, wait for its back-off, or leave it (given up). */
export type Verdict = "scan" | "wait" | "given-up";

/** Records a change seen at `now`; a change after a quiet spell starts afresh. */
export function noteChange(c: Churn | undefined, now: number): Churn {
  if (!c || now - c.last >= QUIET_MS) return { scans: 0, last: now, next: 0 };
  c.last = now;
  return c;
}

export function verdict(c: Churn, now: number): Verdict {
  if (c.scans >= GIVE_UP_AFTER) return now - c.last >= QUIET_MS ? "scan" : "given-up";
  return now >= c.next ? "scan" : "wait";
}

/** After a rescan at `now`: the next one waits twice as long as the last wait. */
export function scanned(c: Churn, now: number): void {
  c.scans++;
  c.next = now + BACKOFF_MS * 2 ** (c.scans - 1);
}

/** When a block that is waiting or given up should be looked at again. */
export function wakeAt(c: Churn): number {
  return c.scans >= GIVE_UP_AFTER ? c.last + QUIET_MS : c.next;
}

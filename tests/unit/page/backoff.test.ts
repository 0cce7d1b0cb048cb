import { describe, expect, it } from "vitest";
import {
  BACKOFF_MS,
  type Churn,
  GIVE_UP_AFTER,
  noteChange,
  QUIET_MS,
  scanned,
  verdict,
  wakeAt,
} from "../../../lib/page/backoff";

/**
 * A block that changes every `every` ms, with a batch every `gap` ms until `until` (as the
 * scanner does: a changed block stays pending until a batch rescans it).
 */
function simulate(every: number, gap: number, until: number): { scans: number[]; verdicts: string[] } {
  let c: Churn | undefined;
  let changed = false;
  let pending = false;
  const scans: number[] = [];
  const verdicts: string[] = [];
  for (let t = 0; t <= until; t += 10) {
    if (t % every === 0) changed = true;
    if (t % gap !== 0) continue;
    if (changed) {
      c = noteChange(c, t);
      pending = true;
      changed = false;
    }
    if (!pending || !c) continue;
    const v = verdict(c, t);
    verdicts.push(v);
    if (v === "scan") {
      scanned(c, t);
      scans.push(t);
      pending = false;
    }
  }
  return { scans, verdicts };
}

describe("back-off for blocks that keep changing", () => {
  it("rescans a block changed once at once", () => {
    const c = noteChange(undefined, 1000);
    expect(verdict(c, 1000)).toBe("scan");
  });

  it("doubles the wait between rescans while the block keeps changing", () => {
    let c = noteChange(undefined, 0);
    scanned(c, 0);
    expect(wakeAt(c)).toBe(BACKOFF_MS);
    c = noteChange(c, 50);
    expect(verdict(c, 50)).toBe("wait");
    expect(verdict(c, BACKOFF_MS)).toBe("scan");
    scanned(c, BACKOFF_MS);
    expect(wakeAt(c)).toBe(BACKOFF_MS + 2 * BACKOFF_MS);
    c = noteChange(c, 200);
    expect(verdict(c, 2 * BACKOFF_MS)).toBe("wait");
  });

  it("gives up on a block after a few rescans, while it goes on changing", () => {
    const { scans, verdicts } = simulate(10, 150, 10_000);
    expect(scans).toHaveLength(GIVE_UP_AFTER);
    // The rescans come further and further apart.
    const gaps = scans.slice(1).map((t, i) => t - (scans[i] as number));
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1] as number);
    expect(verdicts.at(-1)).toBe("given-up");
  });

  it("reads a given-up block again once it has been quiet, and then treats it as new", () => {
    let c = noteChange(undefined, 0);
    for (let i = 0; i < GIVE_UP_AFTER; i++) {
      c = noteChange(c, wakeAt(c));
      scanned(c, c.last);
    }
    const last = c.last;
    expect(verdict(c, last + 10)).toBe("given-up");
    expect(wakeAt(c)).toBe(last + QUIET_MS);
    expect(verdict(c, last + QUIET_MS - 1)).toBe("given-up");
    expect(verdict(c, last + QUIET_MS)).toBe("scan");
    // A change after the quiet spell starts afresh.
    const fresh = noteChange(c, last + QUIET_MS + 5);
    expect(fresh.scans).toBe(0);
    expect(verdict(fresh, last + QUIET_MS + 5)).toBe("scan");
  });

  it("never gives up on a block that changes now and then", () => {
    const { scans, verdicts } = simulate(QUIET_MS + 500, 150, 30_000);
    expect(verdicts.every((v) => v === "scan")).toBe(true);
    expect(scans.length).toBeGreaterThan(10);
  });
});

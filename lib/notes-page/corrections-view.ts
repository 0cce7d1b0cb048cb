/**
 * The Corrections section's pure logic (issue 12): which corrections the filters keep, and
 * each filter's values with their counts, in the shape the notes page's filters draw.
 */
import type { Correction, CorrectionKind, CorrectionScope } from "../corrections/types";
import { CORRECTION_KINDS, CORRECTION_SCOPES } from "../corrections/types";

/** The section's filters; "" keeps every value. */
export interface CorrectionsQuery {
  kind: CorrectionKind | "";
  scope: CorrectionScope | "";
  site: string;
  entity: string;
}

export const NO_CORRECTIONS_QUERY: CorrectionsQuery = { kind: "", scope: "", site: "", entity: "" };

export const isFiltered = (q: CorrectionsQuery) =>
  q.kind !== "" || q.scope !== "" || q.site !== "" || q.entity !== "";

/** The corrections that match every filter set, in the order given (newest first). */
export function filterCorrections(list: readonly Correction[], q: CorrectionsQuery): Correction[] {
  return list.filter(
    (c) =>
      (q.kind === "" || c.kind === q.kind) &&
      (q.scope === "" || c.scope === q.scope) &&
      (q.site === "" || c.site === q.site) &&
      (q.entity === "" || c.entity === q.entity),
  );
}

/** A filter's values with how many corrections have each. */
export type Options = [value: string, count: number][];

export interface CorrectionFacets {
  /** In their fixed order (spelling, not), only those present. */
  kinds: Options;
  /** In their fixed order (page, site, everywhere), only those present. */
  scopes: Options;
  /** Alphabetical. */
  sites: Options;
  /** Most corrected first, then by id (the names come later, from the dataset). */
  entities: Options;
}

function counts(list: readonly Correction[], key: (c: Correction) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of list) m.set(key(c), (m.get(key(c)) ?? 0) + 1);
  return m;
}

/** Every filter's values over all corrections. */
export function correctionFacets(list: readonly Correction[]): CorrectionFacets {
  const inOrder = (order: readonly string[], m: Map<string, number>): Options =>
    order.filter((v) => m.has(v)).map((v) => [v, m.get(v) as number]);
  const sites = counts(list, (c) => c.site);
  const entities = counts(list, (c) => c.entity);
  return {
    kinds: inOrder(
      CORRECTION_KINDS,
      counts(list, (c) => c.kind),
    ),
    scopes: inOrder(
      CORRECTION_SCOPES,
      counts(list, (c) => c.scope),
    ),
    sites: [...sites].filter(([s]) => s !== "").sort(([a], [b]) => a.localeCompare(b)),
    entities: [...entities].sort(([a, m], [b, n]) => n - m || a.localeCompare(b)),
  };
}

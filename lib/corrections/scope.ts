/**
 * Which corrections hold on a page (issue 12), reduced to the overlay the engine applies
 * (overlay.ts). In the background and the command line; pure.
 */
import { notesSite } from "../names/site";
import { normalizeUrl } from "../names/url";
import { spellingKey } from "./overlay";
import type { Correction, Overlay } from "./types";

/** True when `c` holds on the page at `url` (normalised, lib/notes/url.ts). */
export function holdsOn(c: Correction, url: string): boolean {
  if (c.scope === "everywhere") return true;
  if (c.scope === "site") return c.site === notesSite(url);
  return c.url === (normalizeUrl(url) ?? url);
}

/**
 * The overlay for the page at `url`: the corrections that hold there. When several speak of
 * one spelling and entity, the newest wins, whatever its scope: it is the reader's last word (a
 * "Wrong match" on their own link takes it off; a "This is" on one page after a "Wrong match"
 * on the site links it there), and its undo gives the one before back.
 */
export function overlayFor(corrections: readonly Correction[], url: string): Overlay {
  const best = new Map<string, Correction>();
  for (const c of corrections) {
    if (!holdsOn(c, url)) continue;
    const key = `${spellingKey(c.spelling)}\u0000${c.entity}`;
    const had = best.get(key);
    if (!had || c.createdAt > had.createdAt || (c.createdAt === had.createdAt && c.id > had.id))
      best.set(key, c);
  }
  const overlay: Overlay = { not: [], spelling: [] };
  for (const c of best.values()) overlay[c.kind].push({ spelling: c.spelling, entity: c.entity });
  return overlay;
}

/**
 * The shapes of what a tab answers, checked by the popup when it reads them (browser-host.ts).
 * Apart from tab-contract.ts so that the content script, which only sends them, carries no guard
 * library.
 */
import { arrayOf, bool, type Infer, num, object, oneOf, optional, str } from "../schema/guard";

/** One entity marked on the page. */
export const tabEntityGuard = object({
  id: str(),
  name: str(),
  type: oneOf("person", "group"),
  /** Mentions of it on the page now. */
  count: num(),
  /** Its distinct spellings on the page now (the popup's "Wrong match" unmarks each; issue 12). */
  spellings: optional(arrayOf(str({ min: 1, max: 200 }), 50)),
});
export type TabEntity = Infer<typeof tabEntityGuard>;

/** What a tab's reader reports. */
export const tabSummaryGuard = object({
  url: str(),
  /** The page's title (a correction made from the popup is filed under it). */
  title: optional(str({ max: 1_000 })),
  host: str(),
  /** False when Actor Lens is paused or off for this site (then `entities` is empty). */
  enabled: bool,
  /** In order of first mention. */
  entities: arrayOf(tabEntityGuard),
});
export type TabSummary = Infer<typeof tabSummaryGuard>;

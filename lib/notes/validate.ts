import { notesSite } from "../names/site";
import { normalizeUrl } from "../names/url";
import {
  arrayOf,
  type Collect,
  fail,
  type Guard,
  num,
  object,
  oneOf,
  optional,
  refine,
  str,
} from "../schema/guard";
import { cleanTags } from "./tags";
import { COLORS, type ColorLabel, type Highlight, LIMITS } from "./types";

export { cleanTags };

/** Guards for highlights crossing a trust boundary: a message, or a file being imported. */

export const highlightId: Guard<string> = refine(str({ min: 1, max: 100 }), (id, path, c) =>
  /^[A-Za-z0-9_-]+$/.test(id) ? id : fail(path, "not a highlight id", c),
);

const time = num({ min: 0, max: 8.64e15, int: true });
const offset = num({ min: 0, max: 100_000_000, int: true });
export const colorId = oneOf(...COLORS);

export const tagsGuard: Guard<string[]> = refine(
  arrayOf(str({ min: 1, max: LIMITS.tag }), LIMITS.tags),
  cleanTags,
);

export const quoteGuard = object({
  exact: str({ min: 1, max: LIMITS.quote }),
  prefix: str({ max: LIMITS.context }),
  suffix: str({ max: LIMITS.context }),
});

export const positionGuard = refine(object({ start: offset, end: offset }), (p, path, c) =>
  p.end < p.start ? fail(path, "end before start", c) : p,
);

export const httpUrl: Guard<string> = refine(
  str({ min: 1, max: LIMITS.url }),
  (raw, path, c) => normalizeUrl(raw) ?? fail(path, "not a web page address", c),
);

const entityIds = arrayOf(str({ min: 1, max: 200 }), LIMITS.entities);

const highlightFields = {
  id: highlightId,
  url: httpUrl,
  site: optional(str({ max: 300 })),
  title: str({ max: LIMITS.title }),
  quote: quoteGuard,
  position: positionGuard,
  note: str({ max: LIMITS.note }),
  tags: tagsGuard,
  color: colorId,
  entities: entityIds,
  pageEntities: entityIds,
  createdAt: time,
  updatedAt: time,
  anchor: optional(object({ status: oneOf("found", "missing"), checkedAt: time })),
};

/** Times in order; `site` always from the URL. */
const sound = <H extends { url: string; createdAt: number; updatedAt: number }>(
  h: H,
  path: string,
  c?: Collect,
) =>
  h.updatedAt < h.createdAt
    ? fail(`${path}.updatedAt`, "before createdAt", c)
    : { ...h, site: notesSite(h.url) };

/** A complete highlight record, as stored and exported. Unknown fields are refused. */
export const highlightGuard: Guard<Highlight> = refine(object(highlightFields), sound);

const { note: _note, ...pageFields } = highlightFields;
/** A highlight as a page's content script knows it: everything but the note. */
export const pageHighlightGuard: Guard<Omit<Highlight, "note">> = refine(object(pageFields), sound);

export const colorLabelsGuard: Guard<ColorLabel[]> = refine(
  arrayOf(object({ id: colorId, label: str({ min: 1, max: LIMITS.label }) }), COLORS.length),
  (list, path, c) =>
    new Set(list.map((x) => x.id)).size !== list.length ? fail(path, "a colour twice", c) : list,
);

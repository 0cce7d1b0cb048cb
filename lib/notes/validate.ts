import { arrayOf, type Guard, MessageError, num, object, oneOf, optional, str } from "../messaging/guard";
import { cleanTags } from "./tags";
import { COLORS, type ColorLabel, type Highlight, LIMITS } from "./types";
import { normalizeUrl, siteOf } from "./url";

export { cleanTags };

/** Guards for highlights crossing a trust boundary: a message, or a file being imported. */

export const highlightId: Guard<string> = (v, path) => {
  const id = str({ min: 1, max: 100 })(v, path);
  if (!/^[A-Za-z0-9_-]+$/.test(id)) throw new MessageError(`${path}: not a highlight id`);
  return id;
};

const time = num({ min: 0, max: 8.64e15, int: true });
const offset = num({ min: 0, max: 100_000_000, int: true });
export const colorId = oneOf(...COLORS);

export const tagsGuard: Guard<string[]> = (v, path) => {
  const tags = arrayOf(str({ min: 1, max: LIMITS.tag }), LIMITS.tags)(v, path);
  return cleanTags(tags);
};

export const quoteGuard = object({
  exact: str({ min: 1, max: LIMITS.quote }),
  prefix: str({ max: LIMITS.context }),
  suffix: str({ max: LIMITS.context }),
});

export const positionGuard: Guard<{ start: number; end: number }> = (v, path) => {
  const p = object({ start: offset, end: offset })(v, path);
  if (p.end < p.start) throw new MessageError(`${path}: end before start`);
  return p;
};

export const httpUrl: Guard<string> = (v, path) => {
  const url = normalizeUrl(str({ min: 1, max: LIMITS.url })(v, path));
  if (!url) throw new MessageError(`${path}: not a web page address`);
  return url;
};

const entityIds = arrayOf(str({ min: 1, max: 200 }), LIMITS.entities);

/** A complete highlight record, as stored and exported. Unknown fields are refused. */
export const highlightGuard: Guard<Highlight> = (v, path) => {
  const h = object({
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
  })(v, path);
  if (h.updatedAt < h.createdAt) throw new MessageError(`${path}.updatedAt: before createdAt`);
  return { ...h, site: siteOf(h.url) };
};

export const colorLabelsGuard: Guard<ColorLabel[]> = (v, path) => {
  const list = arrayOf(object({ id: colorId, label: str({ min: 1, max: LIMITS.label }) }), COLORS.length)(
    v,
    path,
  );
  if (new Set(list.map((c) => c.id)).size !== list.length) throw new MessageError(`${path}: a colour twice`);
  return list;
};

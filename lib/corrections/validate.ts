/**
 * Guards for corrections crossing a trust boundary: a content script's request, a file being
 * imported. Unknown fields are refused; a spelling is trimmed and never empty.
 */
import { notesSite } from "../names/site";
import { normalizeUrl } from "../names/url";
import { arrayOf, type Collect, fail, type Guard, num, object, oneOf, refine, str } from "../schema/guard";
import {
  CORRECTION_KINDS,
  CORRECTION_LIMITS,
  CORRECTION_SCOPES,
  type Correction,
  type CorrectionInput,
} from "./types";

const spelling: Guard<string> = refine(str({ min: 1, max: CORRECTION_LIMITS.spelling }), (s, path, c) => {
  const t = s.replace(/\s+/g, " ").trim();
  return t === "" ? fail(path, "an empty spelling", c) : t;
});
/** Entity ids as the dataset writes them (checked against the dataset where one is at hand). */
export const entityId: Guard<string> = refine(str({ min: 1, max: 200 }), (id, path, c) =>
  /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) ? id : fail(path, "not an entity id", c),
);

/** A record id: a UUID as the background makes them, or any id of letters, digits, _ and -. */
export const correctionId: Guard<string> = refine(str({ min: 1, max: 100 }), (id, path, c) =>
  /^[A-Za-z0-9_-]+$/.test(id) ? id : fail(path, "not a correction id", c),
);

/** A web page's address, normalised (lib/names/url.ts). */
export const pageUrl: Guard<string> = refine(
  str({ min: 1, max: 4_000 }),
  (raw, path, c) => normalizeUrl(raw) ?? fail(path, "not a web page address", c),
);

const inputFields = {
  kind: oneOf(...CORRECTION_KINDS),
  spelling,
  entity: entityId,
  scope: oneOf(...CORRECTION_SCOPES),
  sentence: str({ max: CORRECTION_LIMITS.sentence }),
};

export const correctionInputGuard: Guard<CorrectionInput> = object(inputFields);

/** Up to perRequest corrections in one request. */
export const correctionInputsGuard = arrayOf(correctionInputGuard, {
  min: 1,
  max: CORRECTION_LIMITS.perRequest,
});

const time = num({ min: 0, max: 8.64e15, int: true });

/** A stored correction, as exported; `site` is always recomputed from the URL. */
export const correctionGuard: Guard<Correction> = refine(
  object({
    ...inputFields,
    id: correctionId,
    url: pageUrl,
    site: str({ max: 300 }),
    title: str({ max: CORRECTION_LIMITS.title }),
    createdAt: time,
  }),
  (c: Correction, _path: string, _collect?: Collect) => ({ ...c, site: notesSite(c.url) }),
);

/** The corrections of an import; ids unique. */
export const correctionsGuard: Guard<Correction[]> = refine(
  arrayOf(correctionGuard, CORRECTION_LIMITS.total),
  (list, path, c) => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(x.id)) fail(`${path}[${i}].id`, "the same id twice", c);
      seen.add(x.id);
    });
    return list;
  },
);

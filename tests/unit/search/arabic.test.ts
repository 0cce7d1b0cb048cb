/** The popup's search with Arabic- and Persian-script queries (issue 16): the one folding of lib/names. */
import { describe, expect, it } from "vitest";
import type { EntitySource } from "../../../lib/dataset/types";
import { createSearcher } from "../../../lib/search/search";
import { ARABIC_FIXTURE } from "../matching/arabic-fixture";

const searcher = createSearcher({ entities: ARABIC_FIXTURE.entities as EntitySource[], events: [] });
const top = (q: string) => searcher.search(q)[0]?.id;

// [query as a reader types it, the entity it must find first]
const QUERIES: [string, string][] = [
  ["الكاظمي", "mustafa-al-kadhimi"],
  ["الكاظمى", "mustafa-al-kadhimi"],
  ["مصطفي الكاظمي", "mustafa-al-kadhimi"],
  ["الکاظمی", "mustafa-al-kadhimi"],
  ["كتائب حزب الله", "kataib-hezbollah"],
  ["کتائب حزب‌الله", "kataib-hezbollah"],
  ["الحشد الشعبي", "popular-mobilization-forces"],
  ["هيئه الحشد", "popular-mobilization-forces"],
  ["حشد شعبی", "popular-mobilization-forces"],
  ["قاسم سلیمانی", "qassem-soleimani"],
  ["سليمانى", "qassem-soleimani"],
  ["ابو مهدي", "abu-mahdi-al-muhandis"],
  ["أبو مهدي المهندس", "abu-mahdi-al-muhandis"],
  ["سپاه پاسداران", "irgc"],
  ["مقتدى", "muqtada-al-sadr"],
  ["الاطار التنسيقي", "coordination-framework"],
  ["عبدالمهدي", "adil-abdul-mahdi"],
  ["فيلق القدس", "quds-force"],
  ["حزب الله", "hezbollah"],
  ["حزب‌الله", "hezbollah"],
  ["حزبالله", "hezbollah"],
  ["حزب", "hezbollah"],
  ["آیت الله سیستانی", "ali-al-sistani"],
  ["ابومهدي", "abu-mahdi-al-muhandis"],
];

describe(`search in Arabic and Persian script (${QUERIES.length} queries)`, () => {
  it.each(QUERIES)("%s finds %s first", (q, id) => {
    expect(top(q)).toBe(id);
  });
});

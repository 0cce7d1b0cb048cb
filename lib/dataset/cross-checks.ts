/** The passes across files: citations against the seeds, and aliases between entities. */
import { aliasKey, collapseWhitespace } from "./text";
import type { DatasetInput } from "./validate";
import type { AliasRef, Context } from "./validate-context";

export function checkCitations(ctx: Context, sourceIds: Set<string>, seeds: DatasetInput["seeds"]): void {
  const collapsed = new Map<string, string>();
  for (const cite of ctx.cites) {
    if (!sourceIds.has(cite.source)) {
      ctx.issues.push({
        file: cite.file,
        field: `${cite.field}.source`,
        message: `unknown source "${cite.source}" (not in data/sources.json)`,
      });
      continue;
    }
    if (!seeds) continue;
    const text = seeds.get(cite.source);
    if (text === undefined) {
      ctx.issues.push({
        file: cite.file,
        field: `${cite.field}.source`,
        message: `no seed text for source "${cite.source}"`,
      });
      continue;
    }
    let doc = collapsed.get(cite.source);
    if (doc === undefined) {
      doc = collapseWhitespace(text);
      collapsed.set(cite.source, doc);
    }
    if (!doc.includes(collapseWhitespace(cite.evidence))) {
      ctx.issues.push({
        file: cite.file,
        field: `${cite.field}.evidence`,
        message: `not found verbatim in ${cite.source}: ${JSON.stringify(cite.evidence)}`,
      });
    }
  }
}

export function checkAliases(
  ctx: Context,
  entities: Map<string, { file: string; name?: string }>,
  sourceIds: Set<string>,
  seeds: DatasetInput["seeds"],
): void {
  const byKey = new Map<string, AliasRef[]>();
  for (const a of ctx.aliases) {
    const key = aliasKey(a.text);
    const list = byKey.get(key) ?? [];
    // A Persian and an Arabic spelling may fold alike (قاسم سلیمانی, قاسم سليماني): each is its
    // script's own way of writing the name. Within one script, or letter for letter, it is one alias.
    const same = list.find((b) => b.entity === a.entity && (b.script === a.script || b.text === a.text));
    if (same)
      ctx.issues.push({
        file: a.file,
        field: `${a.field}.text`,
        message: `duplicates ${same.field} ("${same.text}")`,
      });
    else list.push(a);
    byKey.set(key, list);

    for (const s of a.seenIn) {
      if (!sourceIds.has(s.source)) {
        ctx.issues.push({
          file: a.file,
          field: s.field,
          message: `unknown source "${s.source}" (not in data/sources.json)`,
        });
        continue;
      }
      const text = seeds?.get(s.source);
      // seenIn promises the exact spelling occurs in that document; an engine test relies on it.
      if (text !== undefined && !text.includes(a.text)) {
        ctx.issues.push({
          file: a.file,
          field: s.field,
          message: `"${a.text}" does not occur in ${s.source}`,
        });
      }
    }
  }
  for (const list of byKey.values()) {
    if (list.length < 2 || list.every((a) => a.ambiguous)) continue;
    for (const a of list) {
      if (a.ambiguous) continue;
      const others = [...new Set(list.filter((b) => b.entity !== a.entity).map((b) => b.entity))];
      if (others.length === 0) continue;
      ctx.issues.push({
        file: a.file,
        field: `${a.field}.text`,
        message: `alias "${a.text}" is shared with ${others.join(", ")}; mark it "ambiguous": true on every entity that uses it`,
      });
    }
  }
  // A canonical name must not be another entity's unambiguous alias: the engine would link it to either.
  for (const [id, e] of entities) {
    if (e.name === undefined) continue;
    for (const a of byKey.get(aliasKey(e.name)) ?? []) {
      if (a.entity !== id && !a.ambiguous) {
        ctx.issues.push({
          file: a.file,
          field: `${a.field}.text`,
          message: `alias "${a.text}" is the name of entity "${id}"`,
        });
      }
    }
  }
}

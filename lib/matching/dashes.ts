/** Two names of one entity (or of a compound) joined by a dash are one mention. */
import type { CompiledIndex, Mention } from "./types";

export function dashJoiner(index: CompiledIndex): (text: string, ms: Mention[]) => Mention[] {
  const compound = new Set<number>();
  const cp = index.compounds ?? [];
  for (let k = 0; k + 1 < cp.length; k += 2) compound.add((cp[k] as number) * 65536 + (cp[k + 1] as number));

  /** "Islamic Revolutionary Guard Corps–Quds Force": two names of one entity (or a compound) are one mention. */
  function joinDashes(text: string, ms: Mention[]): Mention[] {
    const out: Mention[] = [];
    for (const m of ms) {
      const prev = out[out.length - 1];
      // Only a gap of one to three characters can be a dash: most gaps are never cut out.
      const short = prev !== undefined && m.start - prev.end >= 1 && m.start - prev.end <= 3;
      if (short && prev?.id && m.id && /^\s?[-‐‑‒–—]\s?$/.test(text.slice(prev.end, m.start))) {
        const a = index.entities.indexOf(prev.id);
        const b = index.entities.indexOf(m.id);
        if (a === b || compound.has(a * 65536 + b)) {
          out[out.length - 1] = { ...m, start: prev.start, surface: text.slice(prev.start, m.end) };
          continue;
        }
      }
      out.push(m);
    }
    return out;
  }

  return joinDashes;
}

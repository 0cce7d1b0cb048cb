import { abbreviates, SHORT_FORM } from "./evidence";
import type { PageState } from "./page-state";

/**
 * Abbreviations this text defines in parentheses ("… mass function (PMF)"), Schwartz–Hearst,
 * as something that is not one of our entities: that abbreviation links nothing on the page.
 * (A definition whose long form is one of our names is made by `define`, and wins.)
 */
export function blockAbbreviations(text: string, st: PageState): void {
  if (!text.includes("(")) return;
  for (const m of text.matchAll(/\(\s*([A-Z][A-Za-z]{1,9})\s*\)/g)) {
    const sf = m[1] as string;
    if (!SHORT_FORM.test(sf) || st.defined.has(`=${sf}`)) continue;
    const words = text
      .slice(Math.max(0, (m.index as number) - 120), m.index)
      .split(/\s+/)
      .filter(Boolean);
    const long = words.slice(-Math.min(sf.length + 5, sf.length * 2)).join(" ");
    if (!abbreviates(sf, long)) continue;
    st.defined.set(`=${sf}`, { ent: -1, kind: "defined", text: long, from: -1, other: true });
  }
}

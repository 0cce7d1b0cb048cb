/** A session's page state: what the page said so far and the names it defined. */

/** What the page has said so far, carried across the texts of one session. */
export interface PageState {
  /** Linked mentions per entity. */
  counts: Map<number, number>;
  /** Links at or above CONFIDENT: the page is about our domain once there is one. */
  confident: number;
  /** The first full name (several words) written for each entity. */
  full: Map<number, string>;
  /** Names the page defined: light form ("=" + letters for a case-sensitive abbreviation). */
  defined: Map<string, Definition>;
  /** Entities whose surname another person on the page bears. */
  claimed: Set<number>;
  /** Words the page used inside other names (light forms). */
  otherNames: Set<string>;
  /** Surfaces whose definitions were made. */
  definedBy: Set<string>;
}

export interface Definition {
  /** Entity index, or -1 when two entities claimed the name (then it links nothing). */
  ent: number;
  kind: "defined" | "name-part";
  text: string;
  /** Offset in the defining text from which it holds (-1: everywhere). */
  from: number;
  /** Defined as something else than our entities (set before the text is read). */
  other?: boolean;
}

export function newPageState(): PageState {
  return {
    counts: new Map(),
    confident: 0,
    full: new Map(),
    defined: new Map(),
    claimed: new Set(),
    otherNames: new Set(),
    definedBy: new Set(),
  };
}

export function setDef(st: PageState, key: string, d: Definition): void {
  const had = st.defined.get(key);
  // Our long form, written before the parenthesis, overrides the guess that it was something else.
  if (had?.other && d.kind === "defined") {
    st.defined.set(key, d);
    return;
  }
  if (had && had.ent !== d.ent) had.ent = -1;
  else if (!had) st.defined.set(key, d);
}

/** Words a kunya starts with ("Abu Mahdi"). */
export const KUNYA = new Set(["abu", "abou", "umm"]);

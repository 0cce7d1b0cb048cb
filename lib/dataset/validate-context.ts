/** What the structure pass collects for the passes across files. */
import type { Issue } from "./validate";

/** What later passes need to know about one citation, collected while checking structure. */
export interface CiteRef {
  file: string;
  field: string;
  source: string;
  evidence: string;
}

export interface AliasRef {
  file: string;
  field: string;
  entity: string;
  text: string;
  ambiguous: boolean;
  /** "ar" or "fa" for an Arabic- or Persian-script alias. */
  script?: string;
  seenIn: { field: string; source: string }[];
}

export interface Context {
  issues: Issue[];
  cites: CiteRef[];
  aliases: AliasRef[];
  /** Entity and event ids that point at entities: checked once all entities are known. */
  links: { file: string; field: string; target: string }[];
}

/**
 * The card of a "possible" mark, an ambiguous name: the entities it could mean, each opening its
 * card; with corrections (issue 12), "This is <name>" for each (the spelling then names it) and
 * "None of these" (the spelling names none of them), each with where it holds (ScopeConfirm).
 */
import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import type { CorrectionScope } from "../../corrections/types";
import type { BriefModel } from "../../dataset/card-model";
import type { EntityId } from "../../dataset/types";
import { CardHeader } from "./Card";
import { type EscapeSlot, ScopeConfirm } from "./ScopeConfirm";
import { Spelling } from "./Spelling";

/** What the reader said of an ambiguous name: it is `ids[0]` ("spelling"), or none of `ids` ("not"). */
export interface CandidateChoice {
  kind: "spelling" | "not";
  ids: EntityId[];
  scope: CorrectionScope;
  /** The chosen candidate's name ("spelling"); empty for "not". */
  name: string;
}

export function CandidatesCard(props: {
  surface: string;
  candidates: BriefModel[];
  onNavigate: (id: EntityId) => void;
  onClose?: () => void;
  onPin?: () => void;
  pinned?: boolean;
  footer?: ComponentChildren;
  /** When set, the reader can say which one it is, or that it is none of them. */
  onChoose?: (choice: CandidateChoice) => void;
  host?: string;
  escape?: EscapeSlot;
}) {
  /** The candidate being confirmed, or "none". */
  const [asking, setAsking] = useState<EntityId | "none" | null>(null);
  const chosen = props.candidates.find((c) => c.id === asking);
  const choose =
    (kind: CandidateChoice["kind"], ids: EntityId[], name = "") =>
    (scope: CorrectionScope) => {
      setAsking(null);
      props.onChoose?.({ kind, ids, scope, name });
    };
  return (
    <article class="al-card al-hover al-ambiguous" tabIndex={-1} aria-labelledby="al-title-ambiguous">
      <CardHeader
        title={<Spelling text={props.surface} />}
        subtitle="Ambiguous name"
        titleId="al-title-ambiguous"
        onClose={props.onClose}
        onPin={props.onPin}
        pinned={props.pinned}
      />
      <p class="al-summary">This name could mean any of these. Nothing earlier on the page says which.</p>
      <ul class="al-candidates">
        {props.candidates.map((c) => (
          <li key={c.id}>
            <button type="button" class="al-link" data-target={c.id} onClick={() => props.onNavigate(c.id)}>
              {c.name}
            </button>
            <span class="al-type"> {c.type === "person" ? "Person" : "Group"}</span>
            <span class="al-cand-role"> — {c.role}</span>
            <span class="al-cand-why">
              {" "}
              (<Spelling text={props.surface} /> is one of its names)
            </span>
            {props.onChoose && (
              <button
                type="button"
                class="al-this"
                data-target={c.id}
                aria-pressed={asking === c.id ? "true" : "false"}
                onClick={(e) => e.isTrusted && setAsking(c.id)}
              >
                This is {c.name}
              </button>
            )}
          </li>
        ))}
      </ul>
      {props.onChoose && (
        <div class="al-actions">
          {chosen ? (
            <ScopeConfirm
              key={chosen.id}
              prompt={
                <>
                  Mark <Spelling text={props.surface} /> as {chosen.name} where?
                </>
              }
              action="Link"
              host={props.host ?? ""}
              escape={props.escape}
              onCancel={() => setAsking(null)}
              onConfirm={choose("spelling", [chosen.id], chosen.name)}
            />
          ) : asking === "none" ? (
            <ScopeConfirm
              prompt={
                <>
                  <Spelling text={props.surface} /> is none of these. Unmark it where?
                </>
              }
              action="Unmark"
              host={props.host ?? ""}
              escape={props.escape}
              onCancel={() => setAsking(null)}
              onConfirm={choose(
                "not",
                props.candidates.map((c) => c.id),
              )}
            />
          ) : (
            <button type="button" class="al-wrong" onClick={(e) => e.isTrusted && setAsking("none")}>
              None of these
            </button>
          )}
        </div>
      )}
      {props.footer && <footer class="al-foot">{props.footer}</footer>}
    </article>
  );
}

/**
 * The entity card: name and type, dated role, summary, affiliations (links to other cards),
 * a dated timeline of events, sources with their evidence on demand, and a visible note where
 * sources disagree. Rendered in a page's shadow root (hover card) and in the popup (full).
 * Styles: CARD_CSS in styles.ts.
 */
import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { type CardModel, type CiteRef, formatDate, formatRange } from "../../dataset/card-model";
import type { EntityId } from "../../dataset/types";
import { Spelling } from "./Spelling";

/** Events shown before "Show all". */
export const EVENTS_SHOWN = 3;

type Props = {
  model: CardModel;
  /** "hover": compact card next to a name in a page; "full": an entity view in an extension page. */
  variant: "hover" | "full";
  /**
   * The spelling the name was matched as on the page; shown when it differs from the name, in
   * its own direction (dir="auto": an Arabic or Persian name inside the English card).
   */
  matchedAs?: string;
  /** Why the engine linked the mention ("exact alias", "surname, after the full name …"). */
  matchReason?: string;
  /** Opens another entity's card in place (affiliation links). */
  onNavigate?: (id: EntityId) => void;
  /** When set, a "Back" button returns to the previous card. */
  onBack?: () => void;
  /** Name of the card "Back" returns to. */
  backTo?: string;
  /** When set, a close button is shown. */
  onClose?: () => void;
  /** When set, a pin button keeps the card open while the reader reads. */
  onPin?: () => void;
  pinned?: boolean;
  /** Extra controls for the footer (the page's "Turn off on this site"). */
  footer?: ComponentChildren;
  /** The reader's corrections of this match ("Wrong match", issue 12), above the footer. */
  actions?: ComponentChildren;
};

function typeLabel(m: { type: "person" | "group"; kind?: string }): string {
  const kind = m.kind ? m.kind.replace(/-/g, " ") : "";
  return kind
    ? `${m.type === "person" ? "Person" : "Group"} · ${kind}`
    : m.type === "person"
      ? "Person"
      : "Group";
}

/** Superscript source numbers after a fact; each says which document and phrase it rests on. */
function Cites({ cites, onShow }: { cites: CiteRef[]; onShow: (n: number) => void }) {
  const seen = new Set<number>();
  return (
    <span class="al-cites">
      {cites
        .filter((c) => !seen.has(c.n) && seen.add(c.n))
        .map((c) => (
          <button
            type="button"
            class="al-cite"
            key={c.n}
            title={`Source ${c.n}: “${c.evidence}”`}
            aria-label={`Source ${c.n}`}
            onClick={() => onShow(c.n)}
          >
            {c.n}
          </button>
        ))}
    </span>
  );
}

export function CardHeader(props: {
  title: ComponentChildren;
  subtitle: string;
  titleId: string;
  onBack?: () => void;
  backTo?: string;
  onClose?: () => void;
  onPin?: () => void;
  pinned?: boolean;
}) {
  return (
    <header class="al-head">
      {props.onBack && (
        <button
          type="button"
          class="al-icon al-back"
          onClick={props.onBack}
          aria-label={`Back to ${props.backTo ?? "previous card"}`}
        >
          ←
        </button>
      )}
      <div class="al-title">
        <h2 id={props.titleId}>{props.title}</h2>
        <p class="al-type">{props.subtitle}</p>
      </div>
      {props.onPin && (
        <button
          type="button"
          class="al-icon al-pin"
          aria-pressed={props.pinned ? "true" : "false"}
          aria-label={props.pinned ? "Unpin card" : "Pin card"}
          title={props.pinned ? "Unpin: close when the pointer leaves" : "Pin: keep this card open"}
          onClick={props.onPin}
        >
          {props.pinned ? "◉" : "○"}
        </button>
      )}
      {props.onClose && (
        <button type="button" class="al-icon al-close" onClick={props.onClose} aria-label="Close card">
          ×
        </button>
      )}
    </header>
  );
}

export function Card(props: Props) {
  const { model, variant } = props;
  const [allEvents, setAllEvents] = useState(variant === "full");
  const [evidence, setEvidence] = useState<number | "all" | null>(null);
  const titleId = `al-title-${model.id}`;
  const showSource = (n: number) => setEvidence((cur) => (cur === n ? null : n));
  const events = allEvents ? model.events : model.events.slice(0, EVENTS_SHOWN);
  const roleDates = formatRange(model.role.from, model.role.to);
  // tabIndex -1: the card scrolls, and Firefox puts a scroller in the Tab order ahead of its buttons.
  return (
    <article class={`al-card al-${variant}`} tabIndex={-1} aria-labelledby={titleId} data-entity={model.id}>
      <CardHeader
        title={model.name}
        subtitle={typeLabel(model)}
        titleId={titleId}
        onBack={props.onBack}
        backTo={props.backTo}
        onClose={props.onClose}
        onPin={props.onPin}
        pinned={props.pinned}
      />
      {((props.matchedAs && props.matchedAs !== model.name) || props.matchReason) && (
        <p class="al-matched">
          {props.matchedAs && props.matchedAs !== model.name && (
            <>
              Matched as <Spelling class="al-surface" text={props.matchedAs} />
              {props.matchReason ? ": " : ""}
            </>
          )}
          {props.matchReason && <span class="al-reason">{props.matchReason}</span>}
        </p>
      )}
      <p class="al-role">
        <span class="al-role-text">{model.role.text}</span>
        {roleDates && <span class="al-dates"> ({roleDates})</span>}
        <Cites cites={model.role.cites} onShow={showSource} />
      </p>
      <p class="al-summary">{model.summary}</p>

      {model.disagreements.length > 0 && (
        <section class="al-disagree" aria-label="Sources disagree">
          <h3>Sources disagree</h3>
          {model.disagreements.map((d) => (
            <div class="al-dis" key={d.topic + (d.about ?? "")}>
              <p class="al-dis-topic">{d.topic}</p>
              <ul>
                {d.versions.map((v) => (
                  <li key={v.value}>
                    {v.value} <Cites cites={v.cites} onShow={showSource} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}

      {model.affiliations.length > 0 && (
        <section class="al-affs" aria-label="Affiliations">
          <h3>Affiliations</h3>
          <ul>
            {model.affiliations.map((a) => (
              <li key={`${a.direction}:${a.type}:${a.target}`} class="al-aff">
                <span class="al-aff-label">{a.label}</span>{" "}
                {props.onNavigate ? (
                  <button
                    type="button"
                    class="al-link"
                    data-target={a.target}
                    onClick={() => props.onNavigate?.(a.target)}
                  >
                    {a.targetName}
                  </button>
                ) : (
                  <span class="al-aff-name">{a.targetName}</span>
                )}
                {formatRange(a.from, a.to) && <span class="al-dates"> ({formatRange(a.from, a.to)})</span>}
                {a.note && <span class="al-note"> — {a.note}</span>}
                <Cites cites={a.cites} onShow={showSource} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {model.events.length > 0 && (
        <section class="al-events" aria-label="Key events">
          <h3>Key events</h3>
          <ol class="al-timeline">
            {events.map((ev) => (
              <li key={ev.id} class="al-event">
                <time dateTime={ev.date}>{formatDate(ev.date)}</time>
                <span class="al-ev-title">
                  {ev.title}
                  {ev.part && <span class="al-part"> — {ev.part}</span>}
                  {ev.disputed && <span class="al-disputed"> (disputed)</span>}
                  <Cites cites={ev.cites} onShow={showSource} />
                </span>
              </li>
            ))}
          </ol>
          {model.events.length > EVENTS_SHOWN && (
            <button
              type="button"
              class="al-more"
              aria-expanded={allEvents ? "true" : "false"}
              onClick={() => setAllEvents(!allEvents)}
            >
              {allEvents ? "Show fewer" : `Show all ${model.events.length} events`}
            </button>
          )}
        </section>
      )}

      <section class="al-sources" aria-label="Sources">
        <h3>Sources</h3>
        <ol>
          {model.sources.map((s) => (
            <li key={s.id} class={evidence === s.n ? "al-source al-current" : "al-source"} value={s.n}>
              <span class="al-headline">{s.headline}</span>
              <span class="al-outlet">
                {" "}
                — {s.outlet === "unknown" ? "outlet not stated" : s.outlet}
                {s.date !== "unknown" && `, ${formatDate(s.date)}`}
              </span>
              {(evidence === "all" || evidence === s.n) && (
                <ul class="al-evidence">
                  {s.evidence.map((e) => (
                    <li key={e}>
                      <q>{e}</q>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
        <button
          type="button"
          class="al-more"
          aria-expanded={evidence === "all" ? "true" : "false"}
          onClick={() => setEvidence(evidence === "all" ? null : "all")}
        >
          {evidence === "all" ? "Hide evidence" : "Show evidence"}
        </button>
      </section>
      {props.actions && <div class="al-actions">{props.actions}</div>}
      <footer class="al-foot">
        <span>Dataset as of {formatDate(model.asOf)}</span>
        {props.footer}
      </footer>
    </article>
  );
}

export { CandidatesCard } from "./CandidatesCard";

/**
 * One entity, full-size: the shared card (lib/ui/card, the same component as the hover card)
 * with its back button and affiliation links, then the relationship diagram and the events on a
 * time axis.
 */
import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { cardModel } from "../dataset/card-model";
import type { CompiledDataset, EntityId } from "../dataset/types";
import { Card } from "../ui/card/Card";
import { Graph } from "../ui/graph/Graph";
import { Timeline } from "./Timeline";

export interface EntityViewProps {
  dataset: CompiledDataset;
  id: EntityId;
  /** An event of this entity to show first: its timeline opens there, with the focus on it. */
  event?: string;
  onNavigate(id: EntityId): void;
  onBack(): void;
  /** Name of what Back returns to ("search results", or the previous entity). */
  backTo: string;
  /** Corrections of its marks on the tab ("Wrong match", issue 12), when opened from the tab's list. */
  actions?: ComponentChildren;
}

export function EntityView({ dataset, id, event, onNavigate, onBack, backTo, actions }: EntityViewProps) {
  const root = useRef<HTMLDivElement>(null);
  const model = cardModel(dataset, id);

  // A new entity starts at the top, with focus on its heading's back button for the keyboard;
  // opened at an event, on that event's mark in the timeline (Left and Right go on from there).
  useEffect(() => {
    const mark = event ? root.current?.querySelector<HTMLElement>(".pp-tl-mark.pp-current") : null;
    if (mark) {
      mark.focus();
      mark.scrollIntoView?.({ block: "center" });
    } else {
      root.current?.scrollTo?.({ top: 0 });
      root.current?.querySelector<HTMLElement>(".al-back")?.focus();
    }
  }, [id, event]);

  if (!model) {
    return (
      <div class="pp-empty">
        <p>This entity is not in the dataset.</p>
        <button type="button" class="pp-button" onClick={onBack}>
          Back
        </button>
      </div>
    );
  }
  return (
    <div class="pp-entity" ref={root}>
      <Card
        model={model}
        variant="full"
        onNavigate={onNavigate}
        onBack={onBack}
        backTo={backTo}
        actions={actions}
      />
      <section class="pp-section" aria-labelledby="pp-rel-title">
        <h3 id="pp-rel-title" class="pp-section-title">
          Relationships
        </h3>
        <Graph entity={model} edges={model.affiliations} onNavigate={onNavigate} />
      </section>
      <section class="pp-section" aria-labelledby="pp-tl-title">
        <h3 id="pp-tl-title" class="pp-section-title">
          Timeline
        </h3>
        <Timeline dataset={dataset} id={id} initial={event} />
      </section>
    </div>
  );
}

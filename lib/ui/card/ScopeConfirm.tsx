/**
 * The inline confirm of a correction (issue 12): where it holds (this page, this site — the
 * default —, everywhere) as a radio group, then the action. Keyboard first: the chosen scope
 * takes focus, arrows move between scopes, Enter on the action confirms, Escape cancels. Only
 * the reader's own presses act (`isTrusted`).
 */
import type { ComponentChildren } from "preact";
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { CORRECTION_SCOPES, type CorrectionScope, DEFAULT_SCOPE } from "../../corrections/types";

/**
 * Where the card's owner finds the open confirm's cancel: a page's Escape is heard by the hover
 * card's own listener first (lib/page/hover.ts), which asks this before closing the card.
 */
export interface EscapeSlot {
  cancel?: () => void;
}

export function scopeLabel(scope: CorrectionScope, host: string): string {
  return scope === "page"
    ? "This page"
    : scope === "site"
      ? `This site${host ? ` (${host})` : ""}`
      : "Everywhere";
}

let groups = 0;

/**
 * Scrolls the card (its nearest scrolling box) so that the whole confirm shows: it opens at the
 * card's foot, often below a long card's fold. Not scrollIntoView, which would scroll the page
 * under a card placed beside its mention.
 */
function revealInCard(el: HTMLElement): void {
  let box = el.parentElement;
  while (box && !(box.scrollHeight > box.clientHeight && getComputedStyle(box).overflowY !== "visible"))
    box = box.parentElement;
  if (!box) return;
  const over = el.getBoundingClientRect().bottom - box.getBoundingClientRect().bottom;
  if (over > 0) box.scrollTop += over + 8;
}

export function ScopeConfirm(props: {
  /** What the reader is about to say, as a question. */
  prompt: ComponentChildren;
  /** The action button's text ("Unmark", "Link"). */
  action: string;
  host: string;
  onConfirm(scope: CorrectionScope): void;
  onCancel(): void;
  escape?: EscapeSlot;
}) {
  const [scope, setScope] = useState<CorrectionScope>(DEFAULT_SCOPE);
  const [name] = useState(() => `al-scope-${++groups}`);
  const root = useRef<HTMLFieldSetElement>(null);
  const { escape: slot, onCancel } = props;
  // Before the confirm is first painted: a scroll after it would move every control under the
  // pointer that is about to press one.
  useLayoutEffect(() => {
    const el = root.current;
    el?.querySelector<HTMLInputElement>("input:checked")?.focus({ preventScroll: true });
    if (el) revealInCard(el);
  }, []);
  useEffect(() => {
    if (!slot) return;
    slot.cancel = onCancel;
    return () => {
      if (slot.cancel === onCancel) slot.cancel = undefined;
    };
  }, [slot, onCancel]);
  return (
    <fieldset
      class="al-confirm"
      ref={root}
      onKeyDown={(e) => {
        if (e.key !== "Escape" || !e.isTrusted) return;
        e.preventDefault();
        e.stopPropagation();
        onCancel();
      }}
    >
      <legend class="al-confirm-q">{props.prompt}</legend>
      <div class="al-scopes">
        {CORRECTION_SCOPES.map((s) => (
          <label class="al-scope" key={s}>
            <input type="radio" name={name} value={s} checked={scope === s} onChange={() => setScope(s)} />{" "}
            {scopeLabel(s, props.host)}
          </label>
        ))}
      </div>
      <div class="al-confirm-row">
        <button
          type="button"
          class="al-primary"
          data-action={props.action}
          onClick={(e) => e.isTrusted && props.onConfirm(scope)}
        >
          {props.action}
        </button>
        <button type="button" class="al-cancel" onClick={(e) => e.isTrusted && onCancel()}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}

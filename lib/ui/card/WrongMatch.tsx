/**
 * "Wrong match" on a card (issue 12): the reader says this spelling does not name this entity,
 * and where that holds (ScopeConfirm). The card's owner stores it and shows the undo.
 */
import { useRef, useState } from "preact/hooks";
import type { CorrectionScope } from "../../corrections/types";
import { type EscapeSlot, ScopeConfirm } from "./ScopeConfirm";
import { Spellings } from "./Spelling";

export function WrongMatch(props: {
  /** The spelling(s) on the page ("Kataib Hezbollah", or "KH" and "Kataib Hezbollah"). */
  surface: string | readonly string[];
  /** The entity's name. */
  name: string;
  host: string;
  onUnmark(scope: CorrectionScope): void;
  escape?: EscapeSlot;
}) {
  const surfaces = typeof props.surface === "string" ? [props.surface] : props.surface;
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const cancel = () => {
    setOpen(false);
    // Back where the reader was, for the keyboard.
    setTimeout(() => button.current?.focus({ preventScroll: true }), 0);
  };
  if (open)
    return (
      <ScopeConfirm
        prompt={
          <>
            Not {props.name} here? Unmark <Spellings texts={surfaces} /> where?
          </>
        }
        action="Unmark"
        host={props.host}
        escape={props.escape}
        onCancel={cancel}
        onConfirm={(scope) => {
          setOpen(false);
          props.onUnmark(scope);
        }}
      />
    );
  return (
    <button
      type="button"
      class="al-wrong"
      ref={button}
      title={`“${surfaces.join("”, “")}” does not mean ${props.name} here`}
      onClick={(e) => e.isTrusted && setOpen(true)}
    >
      Wrong match
    </button>
  );
}

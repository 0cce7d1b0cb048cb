import { useEffect, useRef, useState } from "preact/hooks";
import type { ColorId, ColorLabel, Highlight } from "../notes/types";
import { NoteFields } from "./NoteFields";

type Props = {
  /** The highlight shown; null once deleted (then the card offers Undo). */
  highlight: Highlight | null;
  colors: ColorLabel[];
  /** "new" right after saving (the note field takes focus); "hover" when shown by pointing. */
  mode: "new" | "hover";
  /** Saved / saving / an error to show, reported by the owner. */
  status: { kind: "idle" | "saving" | "saved" } | { kind: "error"; message: string };
  onNote(note: string): void;
  onTags(tags: string[]): void;
  onColor(color: ColorId): void;
  onDelete(): void;
  onUndo(): void;
  onClose(): void;
  /** Focus moves into the card when it opens (keyboard and "new"). */
  autoFocus: boolean;
};

/** The note editor of one highlight: note, colour (named by the reader), tags, delete with undo. */
export function NoteCard(p: Props) {
  const note = useRef<HTMLTextAreaElement>(null);
  const undo = useRef<HTMLButtonElement>(null);
  const [tags, setTags] = useState(p.highlight?.tags.join(", ") ?? "");
  useEffect(() => {
    if (p.autoFocus) note.current?.focus({ preventScroll: true });
  }, [p.autoFocus, p.highlight?.id]);
  useEffect(() => {
    if (!p.highlight) undo.current?.focus({ preventScroll: true });
  }, [p.highlight]);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === "Escape") {
      e.preventDefault();
      p.onClose();
    }
  };
  if (!p.highlight)
    return (
      <div class="al card" role="status" onKeyDown={onKey}>
        <div class="head">
          <span class="title">Highlight deleted</span>
        </div>
        <div class="row">
          <button type="button" class="primary" ref={undo} onClick={p.onUndo}>
            Undo
          </button>
          <button type="button" class="link" style="color: inherit" onClick={p.onClose}>
            Close
          </button>
        </div>
      </div>
    );
  const h = p.highlight;
  const statusText =
    p.status.kind === "saving" ? "Saving…" : p.status.kind === "saved" ? "Saved on this device" : "";
  const commitTags = () => p.onTags(tags.split(","));
  return (
    <div class="al card" role="dialog" aria-label="Highlight note" onKeyDown={onKey}>
      <div class="head">
        <span class="title">{p.mode === "new" ? "Highlight saved" : "Your note"}</span>
        <span class="status" aria-live="polite">
          {statusText}
        </span>
      </div>
      {p.mode === "hover" && (
        <p class="quote" dir="auto">
          {h.quote.exact}
        </p>
      )}
      <NoteFields
        note={h.note}
        tags={tags}
        color={h.color}
        colors={p.colors}
        group="actor-lens-color"
        noteRef={note}
        onNote={p.onNote}
        onTags={setTags}
        onColor={p.onColor}
        onTagsEntered={commitTags}
      />
      {p.status.kind === "error" && (
        <p class="error" role="alert">
          {p.status.message}
        </p>
      )}
      <div class="row">
        <button type="button" class="link" onClick={p.onDelete}>
          Delete highlight
        </button>
        <button
          type="button"
          class="primary"
          onClick={() => {
            commitTags();
            p.onClose();
          }}
        >
          Done
        </button>
      </div>
      <p class="hint">Kept in this browser only. Esc closes.</p>
    </div>
  );
}

import { useEffect, useRef, useState } from "preact/hooks";
import { cleanTags } from "../notes/tags";
import type { ColorId, ColorLabel, Highlight } from "../notes/types";
import { NoteFields } from "../notes-ui/NoteFields";

/** A highlight's note, colour and tags, edited in the list; saved together, or cancelled. */
export function Editor(p: {
  h: Highlight;
  colors: ColorLabel[];
  onSave(patch: { note: string; tags: string[]; color: ColorId }): void;
  onCancel(): void;
}) {
  const [note, setNote] = useState(p.h.note);
  const [tags, setTags] = useState(p.h.tags.join(", "));
  const [color, setColor] = useState(p.h.color);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);
  return (
    <form
      class="hl editing"
      aria-label="Edit highlight"
      onSubmit={(e) => {
        e.preventDefault();
        p.onSave({ note, tags: cleanTags(tags.split(",")), color });
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") p.onCancel();
      }}
    >
      <blockquote class={`quote c-${color}`} dir="auto">
        {p.h.quote.exact}
      </blockquote>
      <NoteFields
        note={note}
        tags={tags}
        color={color}
        colors={p.colors}
        group={`color-${p.h.id}`}
        noteRef={area}
        onNote={setNote}
        onTags={setTags}
        onColor={setColor}
      />
      <div class="actions">
        <button type="submit" class="primary">
          Save
        </button>
        <button type="button" onClick={p.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

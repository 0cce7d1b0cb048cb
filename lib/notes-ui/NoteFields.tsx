import type { Ref } from "preact";
import type { ColorId, ColorLabel } from "../notes/types";

type Props = {
  note: string;
  /** The tags field's text as typed: tags separated by commas. */
  tags: string;
  color: ColorId;
  /** The colours with the reader's names for them. */
  colors: ColorLabel[];
  /** The colour radios' group name: one group per editor in a document. */
  group: string;
  noteRef?: Ref<HTMLTextAreaElement>;
  onNote(note: string): void;
  onTags(text: string): void;
  onColor(color: ColorId): void;
  /** The tags were entered (the field left, or Enter pressed); without it Enter submits the form. */
  onTagsEntered?(): void;
};

/**
 * A highlight's own fields: its note, its colour (named by the reader) and its tags. Shared by
 * the note card (NoteCard.tsx, in the note frame) and the notes page's editor; the card hides
 * the field labels from sight (styles.ts), the notes page shows them.
 */
export function NoteFields(p: Props) {
  const entered = p.onTagsEntered;
  return (
    <>
      <label class="field">
        <span class="label">Note</span>
        <textarea
          dir="auto"
          ref={p.noteRef}
          placeholder="Add a note…"
          value={p.note}
          onInput={(e) => p.onNote((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>
      <fieldset class="colors">
        <legend>Colour</legend>
        {p.colors.map((c) => (
          <label key={c.id} class="chip">
            <input
              type="radio"
              name={p.group}
              value={c.id}
              checked={p.color === c.id}
              onChange={() => p.onColor(c.id)}
            />
            <span class={`dot ${c.id}`} aria-hidden="true" />
            {c.label}
          </label>
        ))}
      </fieldset>
      <label class="field">
        <span class="label">Tags</span>
        <input
          type="text"
          placeholder="Tags, separated by commas"
          value={p.tags}
          onInput={(e) => p.onTags((e.currentTarget as HTMLInputElement).value)}
          onBlur={entered}
          onKeyDown={(e) => {
            if (entered && e.key === "Enter") {
              e.preventDefault();
              entered();
            }
          }}
        />
      </label>
    </>
  );
}

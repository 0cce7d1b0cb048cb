import type { Correction } from "../corrections/types";
import { kindWords, scopeWords } from "../corrections/wording";

let dateFormat: Intl.DateTimeFormat | undefined;
const when = (t: number) => {
  dateFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
  return dateFormat.format(t);
};

/** One correction: "spelling" is (not) Entity, where it holds, the page it was made on, when. */
export function CorrectionItem(p: {
  c: Correction;
  /** The entity's name (its id until the dataset is read). */
  name: string;
  onRemove(): void;
}) {
  const { c } = p;
  const says = `“${c.spelling}” ${kindWords(c.kind)} ${p.name}`;
  return (
    <li class={`corr ${c.kind}`} data-id={c.id}>
      <p class="corr-says">
        <q class="corr-spelling" dir="auto">
          {c.spelling}
        </q>{" "}
        <span class="corr-kind">{kindWords(c.kind)}</span> <strong class="corr-entity">{p.name}</strong>{" "}
        <span class="corr-scope">{scopeWords(c)}</span>
      </p>
      {c.sentence.trim() && (
        <blockquote class="corr-sentence" dir="auto">
          {c.sentence}
        </blockquote>
      )}
      <p class="corr-meta muted">
        Made on{" "}
        <a class="corr-page" href={c.url} target="_blank" rel="noreferrer">
          {c.title || c.url}
        </a>{" "}
        · <time dateTime={new Date(c.createdAt).toISOString()}>{when(c.createdAt)}</time>
      </p>
      <button type="button" class="danger" onClick={p.onRemove} aria-label={`Remove: ${says}`}>
        Remove
      </button>
    </li>
  );
}

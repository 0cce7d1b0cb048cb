import { Fragment } from "preact";

/**
 * A spelling from the page inside our English text, in quotes: its own element with dir="auto",
 * so an Arabic or Persian name is laid out right to left without reordering the sentence around
 * it (the bidi algorithm would otherwise carry neighbouring punctuation and digits into it).
 */
export function Spelling(props: { text: string; class?: string }) {
  return (
    <>
      “
      <span class={props.class} dir="auto">
        {props.text}
      </span>
      ”
    </>
  );
}

/** Several spellings, each quoted: “KH”, “Kataib Hezbollah”. */
export function Spellings(props: { texts: readonly string[] }) {
  return (
    <>
      {props.texts.map((t, i) => (
        <Fragment key={t}>
          {i > 0 && ", "}
          <Spelling text={t} />
        </Fragment>
      ))}
    </>
  );
}

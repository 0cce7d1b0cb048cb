/** Where capitals say nothing: a sentence start, or a title-case line (a headline). */
import { isTitleCase } from "./spans";
import { GAP_BREAK, GAP_STOP, type Tokens, type TokInfo } from "./tokenize";

/** A tuple, not an object: the content script's bundle keeps property names, not these. */
export type TitleLines = [
  /** Starts a new text: the lines looked at before are forgotten. */
  reset: (text: string) => void,
  /** True when raw token r stands in a title-case line (most longer words capitalised). */
  titleLine: (t: Tokens, r: number) => boolean,
  /** A capital at raw token r says nothing: it starts a sentence or stands in a title-case line. */
  capsMeaningless: (t: Tokens, r: number) => boolean,
];

export function titleLines(): TitleLines {
  let lineText = "";
  // The last line looked at: hits come in text order, so one line is cut out and tested once.
  let lineFrom = 0;
  let lineTo = -1;
  let lineIs = false;
  const lineSeen = new Map<number, boolean>();
  const titleLine = (t: Tokens, r: number): boolean => {
    const at = t.rStart[r] as number;
    if (at < lineFrom || at >= lineTo) {
      lineFrom = lineText.lastIndexOf("\n", at) + 1;
      const to = lineText.indexOf("\n", at);
      lineTo = to < 0 ? lineText.length : to;
      const known = lineSeen.get(lineFrom);
      lineIs = known ?? isTitleCase(lineText.slice(lineFrom, lineTo));
      if (known === undefined) lineSeen.set(lineFrom, lineIs);
    }
    return lineIs;
  };
  return [
    (text) => {
      lineText = text;
      lineFrom = 0;
      lineTo = -1;
      lineSeen.clear();
    },
    titleLine,
    (t, r) => {
      const first =
        r > 0 && (t.rInfo[r - 1] as TokInfo).art !== 0 && !((t.rGap[r] as number) & GAP_BREAK) ? r - 1 : r;
      return ((t.rGap[first] as number) & GAP_STOP) !== 0 || titleLine(t, r);
    },
  ];
}

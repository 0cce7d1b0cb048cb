/**
 * Blocks to the spotting session many per message, answers marked in order (issue 10). The
 * walk goes on while the background scans: requests go out as the text is read (the first
 * small, for the view's marks soon, then doubling up to BATCH_CHARS), and each answer is marked
 * block by block as it arrives, in document order. All of it in slices (slices.ts).
 */
import type { TextBlock } from "../extract/text";
import type { Mention } from "../matching/types";
import { SPOT_MAX_CHARS, SPOT_MAX_TEXTS } from "../messaging/spot-contract";
import type { SpotSession } from "./scanner-api";
import { sliceTimer } from "./slices";

/** About a screenful of text: the first request, so the view is marked after one round trip. */
const FIRST_BATCH_CHARS = 4_096;
/** At most this much text per request (the background takes up to SPOT_MAX_CHARS). */
export const BATCH_CHARS = 65_536;
const BATCH_BLOCKS = SPOT_MAX_TEXTS / 2;

interface Sent {
  blocks: TextBlock[];
  done: Promise<Mention[][]>;
  mentions?: Mention[][];
  /** Blocks of it marked so far. */
  at: number;
}

/**
 * Spots every block `next()` gives (until undefined) and hands each to `mark` with its mentions,
 * in order (awaited when it returns a promise); `marked(last)` runs after each answer's blocks
 * so far are marked (`last`: the last of them), and `pause()` when a slice is spent. Rejects if
 * the session fails (the port closed).
 */
export async function spotBlocks(
  next: () => TextBlock | undefined,
  session: SpotSession,
  mark: (block: TextBlock, mentions: Mention[]) => unknown,
  pause: () => Promise<void>,
  signal: AbortSignal,
  marked?: (last: TextBlock) => void,
): Promise<void> {
  const slice = sliceTimer();
  const sent: Sent[] = [];
  let batch: TextBlock[] = [];
  let chars = 0;
  let cap = FIRST_BATCH_CHARS;
  const send = () => {
    if (batch.length === 0) return;
    // A block over the background's bound is not read (a page of one huge <pre>).
    const texts = batch.map((b) => (b.text.length > SPOT_MAX_CHARS ? "" : b.text));
    const s: Sent = { blocks: batch, done: session.scan(texts), at: 0 };
    // Failures are met where the answer is awaited.
    s.done.then(
      (m) => {
        s.mentions = m;
      },
      () => {},
    );
    sent.push(s);
    batch = [];
    chars = 0;
    cap = Math.min(cap * 2, BATCH_CHARS);
  };
  /** Marks what has been answered so far; with `wait`, waits for every answer. */
  const markAnswered = async (wait: boolean) => {
    for (let s = sent[0]; s; s = sent[0]) {
      const mentions = s.mentions ?? (wait ? await s.done : undefined);
      if (!mentions) return;
      while (s.at < s.blocks.length) {
        if (signal.aborted) return;
        const block = s.blocks[s.at] as TextBlock;
        // Awaited only when it returns a promise: most blocks are marked at once.
        const marking = mark(block, mentions[s.at++] ?? []);
        if (marking instanceof Promise) await marking;
        if (slice.expired()) {
          marked?.(block);
          await pause();
          slice.reset();
        }
      }
      const last = s.blocks.at(-1);
      if (last) marked?.(last);
      sent.shift();
    }
  };
  for (let block = next(); block; block = next()) {
    if (signal.aborted) return;
    batch.push(block);
    chars += block.text.length;
    if (chars >= cap || batch.length >= BATCH_BLOCKS) send();
    if (slice.expired()) {
      send();
      await pause();
      slice.reset();
      await markAnswered(false);
    }
  }
  send();
  await markAnswered(true);
}

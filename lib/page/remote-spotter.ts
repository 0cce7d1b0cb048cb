/**
 * Spotting sessions in the background (issue 10): the matcher is built there once and stays
 * warm across pages, so the page's main thread only walks its text and draws the marks. A
 * session is one port (lib/messaging/spot-contract.ts); requests go out in the order they are
 * made, so the background reads the texts in document order, and each answer settles its own
 * request.
 *
 * A port that closes (the service worker stopped while the page was idle, the extension
 * reloaded) loses the page's evidence: the next request, or one waiting then, fails with
 * SpotLost and calls `onLost`, and the reader starts again from scratch on a new port (or stops,
 * if the extension's context is gone: connecting then throws).
 */
import { browser } from "wxt/browser";
import type { Mention } from "../matching/types";
import { AskError, isFailure } from "../messaging/errors";
import { SPOT_PORT, type SpotAnswer } from "../messaging/spot-contract";
import { type EntityKind, unpackMentions } from "../messaging/spot-pack";
import type { SpotSession } from "./scanner-api";

/** The part of runtime.Port a session uses. */
export interface ContentPort {
  onMessage: { addListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
  postMessage(message: unknown): void;
  disconnect(): void;
}

export class SpotLost extends Error {
  override name = "SpotLost";
}

/** Opens sessions over ports that `connect` opens; `onLost` is told when a session's port is gone. */
export function remoteSessions(
  connect: () => ContentPort = () => browser.runtime.connect({ name: SPOT_PORT }),
): (onLost: () => void, signal?: AbortSignal) => Promise<SpotSession> {
  return async (onLost, signal) => {
    const port = connect();
    // Each request's settling, and how many texts it sent (what its answer must hold).
    const waiting = new Map<number, [(m: Mention[][]) => void, (e: Error) => void, number]>();
    let next = 0;
    let lost = false;
    // The kinds of the entities named so far (each answer brings those of its own).
    const kinds = new Map<string, EntityKind>();
    const lose = () => {
      lost = true;
      for (const [, fail] of waiting.values()) fail(new SpotLost("spotting: the port closed"));
      // An idle port that closed costs nothing until the page needs spotting again.
      if (waiting.size > 0) onLost();
      waiting.clear();
    };
    port.onDisconnect.addListener(lose);
    signal?.addEventListener("abort", () => port.disconnect(), { once: true });
    port.onMessage.addListener((raw) => {
      const a = raw as SpotAnswer;
      const w = waiting.get(a?.id as number);
      if (!w) return;
      waiting.delete(a.id as number);
      if (isFailure(a)) {
        w[1](new AskError(a.code, a.error));
        return;
      }
      const mentions = unpackMentions(a.mentions, w[2], kinds);
      if (mentions) w[0](mentions);
      else w[1](new AskError("unknown", "spotting: malformed answer"));
    });
    return {
      kindOf: (id) => kinds.get(id),
      scan: (texts) =>
        new Promise((ok, fail) => {
          if (!lost) {
            const id = next++;
            try {
              port.postMessage({ id, texts });
              waiting.set(id, [ok, fail, texts.length]);
              return;
            } catch {
              lost = true;
            }
          }
          fail(new SpotLost("spotting: the port closed"));
          onLost();
        }),
    };
  };
}

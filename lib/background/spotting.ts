/**
 * Spotting for content scripts (issue 10), in the background: the matcher is built once, on
 * the first page that asks, and stays warm across pages (a page's single scan would run it cold
 * on the page's main thread). Each content script opens one port (lib/messaging/spot-contract.ts)
 * and gets one MatchSession for it; every message is checked before anything is scanned, and a
 * refused one is answered with a typed error, the port left as it was. Nothing leaves the
 * extension: the texts are scanned here and dropped.
 */
import { createMatcher, type Matcher, type MatchSession } from "../matching/index";
import { RequestError, toFailure } from "../messaging/errors";
import {
  SPOT_MAX_CHARS,
  SPOT_PORT,
  SPOT_SESSION_CHARS,
  type SpotAnswer,
  spotRequest,
} from "../messaging/spot-contract";
import { type EntityKind, packMentions } from "../messaging/spot-pack";
import type { Sender } from "./router";

/** The part of runtime.Port the service uses. */
export interface SpotPort {
  name: string;
  sender?: Sender;
  onMessage: { addListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
  postMessage(message: SpotAnswer): void;
}

/** Only our own content scripts: this extension, in a tab's frame (the demo page is one too). */
const fromOurContent = (sender: Sender | undefined, id: string) =>
  sender?.id === id && typeof sender.tab?.id === "number" && typeof sender.frameId === "number";

/**
 * Answers one port's messages with one session over `matcher()`; `sessionChars` bounds what one
 * session scans in all (tests lower it).
 */
export function servePort(
  port: SpotPort,
  matcher: () => Matcher,
  selfId: string,
  sessionChars = SPOT_SESSION_CHARS,
  kindOf?: (id: string) => EntityKind | undefined,
): void {
  const allowed = fromOurContent(port.sender, selfId);
  let session: MatchSession | undefined;
  let used = 0;
  port.onMessage.addListener((message) => {
    const id = requestId(message);
    let answer: SpotAnswer;
    try {
      if (!allowed)
        throw new RequestError("wrong-sender", "sender: expected this extension's content script");
      const { texts } = spotRequest(message, "message");
      let chars = 0;
      for (const t of texts) chars += t.length;
      if (chars > SPOT_MAX_CHARS)
        throw new RequestError("invalid-message", `message.texts: more than ${SPOT_MAX_CHARS} characters`);
      if (used + chars > sessionChars)
        throw new RequestError("expired", `session: more than ${sessionChars} characters scanned`);
      used += chars;
      session ??= matcher().session();
      const s = session;
      answer = {
        id: id as number,
        ok: true,
        mentions: packMentions(
          texts.map((t) => s.scan(t)),
          kindOf,
        ),
      };
    } catch (err) {
      answer = { id, ...toFailure(err) };
    }
    port.postMessage(answer);
  });
  port.onDisconnect.addListener(() => {
    session = undefined;
  });
}

/** The request's id when it has a usable one, so that even a refusal reaches its caller. */
function requestId(message: unknown): number | null {
  const id = (message as { id?: unknown } | null)?.id;
  return Number.isSafeInteger(id) && (id as number) >= 0 ? (id as number) : null;
}

/**
 * Serves every spotting port; the matcher is built from `index` on the first request. `kindOf`
 * gives the answers the kinds of the entities they name (the dataset's).
 */
export function registerSpotting(
  runtime: { id: string; onConnect: { addListener(cb: (port: SpotPort) => void): void } },
  index: Parameters<typeof createMatcher>[0],
  kindOf?: (id: string) => EntityKind | undefined,
): void {
  let matcher: Matcher | undefined;
  const warm = () => {
    matcher ??= createMatcher(index);
    return matcher;
  };
  runtime.onConnect.addListener((port) => {
    if (port.name === SPOT_PORT) servePort(port, warm, runtime.id, SPOT_SESSION_CHARS, kindOf);
  });
}

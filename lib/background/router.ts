import { backgroundRequests, type PayloadOf, type RequestType, type ResultOf } from "../messaging/contract";
import { type Reply, RequestError, toFailure } from "../messaging/errors";

/** Who sent a message, as the browser reports it (a subset of runtime.MessageSender). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  /** 0 for a tab's top frame. */
  frameId?: number;
}

/** Where a message may come from. */
export type Origin = "content" | "extension-page" | "any";

/** Answers one request; its payload was checked against the contract's guard before. */
export interface Handler<T extends RequestType> {
  from: Origin;
  handle(payload: PayloadOf<T>, sender: Sender): Promise<ResultOf<T>>;
}

export type Handlers = { [T in RequestType]?: Handler<T> };

const refuse = (code: "invalid-message" | "wrong-sender", message: string) => new RequestError(code, message);

/**
 * Builds the background's single message entry point. It refuses, with a code and a reason
 * and without running anything: messages from another extension, unknown types, a sender of
 * the wrong kind, and payloads that do not pass the contract's guard (lib/messaging/contract.ts).
 */
export function createRouter(handlers: Handlers, self: { id: string; origin: string }) {
  return async function route(message: unknown, sender: Sender): Promise<Reply<unknown>> {
    try {
      if (sender.id !== self.id) throw refuse("wrong-sender", "sender: not this extension");
      if (typeof message !== "object" || message === null)
        throw refuse("invalid-message", "message: expected an object");
      const { type, payload } = message as { type?: unknown; payload?: unknown };
      if (
        typeof type !== "string" ||
        !Object.hasOwn(handlers, type) ||
        !Object.hasOwn(backgroundRequests, type)
      )
        throw refuse("invalid-message", `type: unknown message ${JSON.stringify(String(type)).slice(0, 60)}`);
      const handler = handlers[type as RequestType] as Handler<RequestType>;
      // Extension pages (popup, notes, options) have our origin; content scripts run in a tab of a web page.
      const fromExtensionPage = typeof sender.url === "string" && sender.url.startsWith(self.origin);
      const fromContent = !!sender.tab && !fromExtensionPage;
      if (handler.from === "content" && !fromContent)
        throw refuse("wrong-sender", "sender: expected a content script");
      if (handler.from === "extension-page" && !fromExtensionPage)
        throw refuse("wrong-sender", "sender: expected an extension page");
      const guard = backgroundRequests[type as RequestType].payload;
      const value = await handler.handle(guard(payload ?? {}, "payload") as PayloadOf<RequestType>, sender);
      return { ok: true, value };
    } catch (err) {
      return toFailure(err);
    }
  };
}

import type { BackgroundRequests, Reply, RequestType } from "../messaging/contract";
import { type Guard, MessageError } from "../messaging/guard";

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

export interface Handler<T extends RequestType> {
  from: Origin;
  payload: Guard<BackgroundRequests[T]["payload"]>;
  handle(payload: BackgroundRequests[T]["payload"], sender: Sender): Promise<BackgroundRequests[T]["result"]>;
}

export type Handlers = { [T in RequestType]?: Handler<T> };

/**
 * Builds the background's single message entry point. It refuses, with a reason and
 * without running anything: messages from another extension, unknown types, a sender of
 * the wrong kind, and payloads of the wrong shape.
 */
export function createRouter(handlers: Handlers, self: { id: string; origin: string }) {
  return async function route(message: unknown, sender: Sender): Promise<Reply<unknown>> {
    try {
      if (sender.id !== self.id) throw new MessageError("sender: not this extension");
      if (typeof message !== "object" || message === null)
        throw new MessageError("message: expected an object");
      const { type, payload } = message as { type?: unknown; payload?: unknown };
      if (typeof type !== "string" || !Object.hasOwn(handlers, type))
        throw new MessageError(`type: unknown message ${JSON.stringify(String(type)).slice(0, 60)}`);
      const handler = handlers[type as RequestType] as Handler<RequestType>;
      // Extension pages (popup, notes, options) have our origin; content scripts run in a tab of a web page.
      const fromPage = typeof sender.url === "string" && sender.url.startsWith(self.origin);
      const fromContent = !!sender.tab && !fromPage;
      if (handler.from === "content" && !fromContent)
        throw new MessageError("sender: expected a content script");
      if (handler.from === "extension-page" && !fromPage)
        throw new MessageError("sender: expected an extension page");
      const value = await handler.handle(handler.payload(payload ?? {}, "payload"), sender);
      return { ok: true, value };
    } catch (err) {
      const error =
        err instanceof Error
          ? `${err.name === "MessageError" ? "" : `${err.name}: `}${err.message}`
          : String(err);
      return { ok: false, error };
    }
  };
}

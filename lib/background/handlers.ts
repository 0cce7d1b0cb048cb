import { object } from "../messaging/guard";
import type { Handlers } from "./router";

/** The background's handlers. Feature modules contribute theirs here. */
export function coreHandlers(version: string): Handlers {
  return {
    "any:ping": { from: "any", payload: object({}), handle: async () => ({ version }) },
  };
}

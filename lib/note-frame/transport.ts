import { ask } from "../messaging/client";
import type { NoteTransport } from "./sync";

/** The note card's writes go to the background with the card's session token (frame:note-*). */
export const backgroundTransport: NoteTransport = {
  update: (token, patch) => ask("frame:note-update", { token, ...patch }),
  remove: (token) => ask("frame:note-delete", { token }),
  restore: (token, highlight) => ask("frame:note-restore", { token, highlight }),
};

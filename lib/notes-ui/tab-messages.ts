import { browser } from "wxt/browser";
import type { NotesTabMessage, PageHighlight } from "../messaging/contract";

/** The notes UI's part of the background's messages to this tab (lib/messaging/contract.ts). */
export interface NotesTabHandlers {
  /** bg:notes-save-selection: the save-highlight command or the context menu. */
  saveSelection(): void;
  /** bg:note-ui: the note frame's height, or its wish to close. */
  frameUi(m: { token: string; kind: "close" | "size"; height?: number }): void;
  /** bg:note-changed: the note frame changed a highlight, or Undo brought it back. */
  changed(h: PageHighlight): void;
  /** bg:note-removed: the note frame deleted a highlight. */
  removed(id: string): void;
}

/** Hands a tab message to its handler; any other message is not the notes UI's. */
export function dispatchNotesTabMessage(message: unknown, on: NotesTabHandlers): void {
  const m = message as NotesTabMessage | null;
  switch (m?.type) {
    case "bg:notes-save-selection":
      on.saveSelection();
      break;
    case "bg:note-ui":
      on.frameUi(m);
      break;
    case "bg:note-changed":
      on.changed(m.highlight);
      break;
    case "bg:note-removed":
      on.removed(m.id);
      break;
  }
}

/** Listens to the background's messages to this tab; returns the function that stops it. */
export function listenNotesTabMessages(on: NotesTabHandlers): () => void {
  const listener = (message: unknown) => {
    dispatchNotesTabMessage(message, on);
    return undefined; // not ours to answer: other listeners may
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

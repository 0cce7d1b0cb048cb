import type { PageHighlight } from "../messaging/contract";
import { noteChanged, noteRemoved, noteUi } from "../messaging/note-notices";
import { saveSelection } from "../messaging/tab-contract";
import type { TabRouter } from "../messaging/tab-router";

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

/**
 * Answers those messages on the content script's tab router, each checked against its guard
 * first; returns the function that stops it.
 */
export function routeNotesTabMessages(router: TabRouter, on: NotesTabHandlers): () => void {
  const offs = [
    router.on(saveSelection, () => on.saveSelection()),
    router.on(noteUi, (m) => on.frameUi(m)),
    router.on(noteChanged, (m) => on.changed(m.highlight)),
    router.on(noteRemoved, (m) => on.removed(m.id)),
  ];
  return () => {
    for (const off of offs) off();
  };
}

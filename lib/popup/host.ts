/**
 * Everything the popup asks of the browser, behind one interface so the components can be
 * tested with a fake: the tab it describes, the content script's summary of that tab, revealing
 * a mention, the site switch and the global pause, and opening the notes page.
 */
import type { CorrectionInput } from "../corrections/types";
import type { EntityId } from "../dataset/types";
import type { Revealed, TabSummary } from "../messaging/tab-contract";

/** The content script's answers (lib/messaging/tab-contract.ts: "tab:summary", "tab:reveal"). */
export type { Revealed, TabEntity as PageEntity, TabSummary } from "../messaging/tab-contract";

/** The switches the popup shows. */
export interface SiteState {
  paused: boolean;
  /** False when the reader turned Actor Lens off for this host. */
  siteEnabled: boolean;
}

export interface PopupHost {
  /** The tab the popup describes, or null when there is none (a browser page, no tab). */
  tabId(): Promise<number | null>;
  /** The content script's summary of the tab; null when no content script answers. */
  summary(tabId: number): Promise<TabSummary | null>;
  /** Scroll to and flash the index-th mention of an entity; null when it failed. */
  reveal(tabId: number, id: EntityId, index: number): Promise<Revealed | null>;
  /** Switch state for a host. */
  siteState(host: string): Promise<SiteState>;
  setSiteEnabled(host: string, enabled: boolean): Promise<void>;
  setPaused(paused: boolean): Promise<void>;
  /** Calls back when the stored switches change (from any part of the extension). */
  onSettingsChange(listener: () => void): () => void;
  openNotes(): void;
  /** Stores corrections for the tab's page `url` (issue 12); returns their ids, for undo. */
  correct?(url: string, title: string, inputs: CorrectionInput[]): Promise<string[]>;
  /** Removes corrections by id (undo). */
  uncorrect?(ids: string[]): Promise<void>;
}

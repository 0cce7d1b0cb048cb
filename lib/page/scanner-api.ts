/** What the page scanner is given and what it reports. */
import type { EntityId } from "../dataset/types";
import type { Mention } from "../matching/types";
import type { MentionRegistry } from "./highlights";

/**
 * A spotting session (lib/page/remote-spotter.ts: the engine's MatchSession in the background):
 * the mentions of each text, in order; evidence carries across calls, made in document order.
 */
export interface SpotSession {
  scan(texts: string[]): Promise<Mention[][]>;
  /** The kind of an entity its answers named so far. */
  kindOf?(id: EntityId): "person" | "group" | undefined;
}

export interface ScannerDeps {
  session: SpotSession;
  registry: MentionRegistry;
  /**
   * Kind of a linked entity (the answers bring it: SpotSession.kindOf); `ensureKinds` is awaited
   * first, once, only when one is missing.
   */
  typeOf(id: EntityId): "person" | "group" | undefined;
  ensureKinds(): Promise<void>;
  /** Called after a scan or a batch of changes altered the marks. */
  onChange(): void;
  signal: AbortSignal;
}

export interface ScanStats {
  chars: number;
  mentions: number;
  blocks: number;
}

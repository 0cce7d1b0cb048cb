import { useRef } from "preact/hooks";
import { createCorrectionsStore } from "../notes/corrections";
import { checkEntities, ImportError, parseImport, readImportFile, toJson, toMarkdown } from "../notes/io";
import type { NotesStore } from "../notes/store";

/** Saves `text` as a file named `name`, as a download would. */
function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * The header's tools: export every highlight and correction as Markdown or JSON, and import a
 * JSON export.
 */
export function ImportExport(p: {
  store: NotesStore | null;
  /** How many highlights there are (export needs one, or a correction; null: not known yet). */
  count: number | null;
  /** How many corrections there are (null: not known yet). */
  corrections: number | null;
  /** Entity names, for the Markdown export. */
  names: Map<string, string>;
  /** Whether the dataset has this entity id (an import's corrections must name known ones). */
  knows(): Promise<(id: string) => boolean>;
  /** After an import added corrections: the page reads them again and tells every tab. */
  onCorrections(): Promise<void>;
  /** Runs a change to the store, reporting a failure; true when it was done. */
  run(fn: (s: NotesStore) => Promise<unknown>): Promise<boolean>;
  onError(text: string): void;
  /** What an import did, or null to clear the last report. */
  onInfo(text: string | null): void;
}) {
  const fileInput = useRef<HTMLInputElement>(null);

  async function exportAs(kind: "json" | "md") {
    const store = p.store;
    if (!store) return;
    const list = await store.listNewestFirst();
    const corrections = await createCorrectionsStore(store.db).all();
    const now = new Date();
    const day = now.toISOString().slice(0, 10);
    const colors = await store.colors();
    if (kind === "json")
      download(`actor-lens-notes-${day}.json`, "application/json", toJson(list, colors, now, corrections));
    else {
      const name = (id: string) => p.names.get(id) ?? id;
      download(
        `actor-lens-notes-${day}.md`,
        "text/markdown",
        toMarkdown(list, colors, now, corrections, name),
      );
    }
  }

  async function importFile(file: File) {
    p.onInfo(null);
    let parsed: ReturnType<typeof parseImport>;
    try {
      parsed = parseImport(await readImportFile(file));
      if (parsed.corrections.length > 0) checkEntities(parsed, await p.knows());
    } catch (err) {
      p.onError(err instanceof ImportError ? `${file.name}: ${err.message}` : message(err));
      return;
    }
    const done = await p.run(async (s) => {
      const { highlights: r, corrections: c } = await s.importAll(
        parsed.highlights,
        parsed.colors,
        parsed.corrections,
      );
      const also =
        parsed.corrections.length > 0 ? ` Corrections: ${c.added} new, ${c.kept} already here.` : "";
      p.onInfo(
        `Imported ${file.name}: ${r.added} new, ${r.updated} updated, ${r.kept} unchanged (yours were as new or newer).${also}`,
      );
    });
    if (done && parsed.corrections.length > 0) await p.onCorrections();
  }

  return (
    <div class="tools">
      <button type="button" onClick={() => void exportAs("md")} disabled={!p.count && !p.corrections}>
        Export Markdown
      </button>
      <button type="button" onClick={() => void exportAs("json")} disabled={!p.count && !p.corrections}>
        Export JSON
      </button>
      <button type="button" onClick={() => fileInput.current?.click()}>
        Import JSON…
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Import a JSON export"
        onChange={(e) => {
          const input = e.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          input.value = "";
          if (file) void importFile(file);
        }}
      />
    </div>
  );
}

import { useRef, useState } from "preact/hooks";
import type { Correction } from "../corrections/types";
import { correctionsReport } from "./corrections-report";

/**
 * "Send to the maintainers", without a network (issue 12, item 5): copies the Markdown report
 * of the corrections listed, to paste into an e-mail or an issue. Where the clipboard is
 * refused, the report is shown to copy by hand.
 */
export function ReportButton(p: { corrections: readonly Correction[] }) {
  const [said, setSaid] = useState("");
  const [manual, setManual] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const n = p.corrections.length;

  async function copy() {
    const report = correctionsReport(p.corrections);
    setSaid("");
    try {
      await navigator.clipboard.writeText(report);
      setManual(null);
      setSaid(
        `Copied a report of ${n} correction${n === 1 ? "" : "s"}. Paste it into an e-mail or an issue.`,
      );
    } catch {
      setManual(report);
      setSaid("The browser did not let Actor Lens copy: the report is below, select it and copy it.");
      requestAnimationFrame(() => area.current?.select());
    }
  }

  return (
    <div class="corr-report">
      <button type="button" onClick={() => void copy()} disabled={n === 0}>
        Send to the maintainers
      </button>
      <span class="muted">
        Copies a report of the {n} correction{n === 1 ? "" : "s"} listed; nothing is sent from here.
      </span>
      <p class="corr-copied" role="status" aria-live="polite">
        {said}
      </p>
      {manual !== null && (
        <label class="corr-manual">
          <span>Report to copy</span>
          <textarea ref={area} readOnly rows={10} value={manual} />
        </label>
      )}
    </div>
  );
}

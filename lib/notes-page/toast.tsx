import { useCallback, useEffect, useRef, useState } from "preact/hooks";

/** A short message at the foot of the page, with the undo of what was just done. */
export type Toast = { text: string; undo?: () => Promise<void> };

/** How long a toast stays. */
const TOAST_MS = 10_000;

/** The toast shown, `show` to show another (or none), and `undo`; Ctrl+Z (Cmd+Z) outside a field undoes too. */
export function useToast() {
  const [toast, setToast] = useState<Toast | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();

  const show = useCallback((t: Toast | null) => {
    clearTimeout(timer.current);
    setToast(t);
    if (t) timer.current = setTimeout(() => setToast(null), TOAST_MS);
  }, []);

  const undo = useCallback(async () => {
    const u = toast?.undo;
    show(null);
    if (u) await u();
  }, [toast, show]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const inField = (e.target as Element | null)?.closest("input, textarea, select");
      if (!inField && (e.ctrlKey || e.metaKey) && e.key === "z" && toast?.undo) {
        e.preventDefault();
        void undo();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [toast, undo]);

  return { toast, show, undo };
}

export function ToastView(p: { toast: Toast | null; onUndo(): void }) {
  if (!p.toast) return null;
  return (
    <div class="toast" role="status">
      {p.toast.text}
      {p.toast.undo && (
        <button type="button" onClick={p.onUndo}>
          Undo
        </button>
      )}
    </div>
  );
}

/**
 * Playwright's locator queries (css, role, label, text, nth) for the Firefox driver, run inside
 * the page. One self-contained function: puppeteer sends its source to the page, and extension
 * pages forbid eval, so nothing here may be built from strings at run time.
 */

/** One step of a locator: a CSS selector, a role, a label, a text, or the n-th match (-1: last). */
export type Step =
  | { k: "css"; v: string }
  | { k: "role"; role: string; name?: string; exact?: boolean }
  | { k: "label"; v: string; exact?: boolean }
  | { k: "text"; v: string; exact?: boolean }
  | { k: "nth"; v: number };

/** The elements `steps` select in the document, in document order. */
export function locate(steps: Step[]): Element[] {
  const norm = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();
  const matches = (text: string, want: string, exact?: boolean) =>
    exact ? norm(text) === norm(want) : norm(text).toLowerCase().includes(norm(want).toLowerCase());
  const implicit: Record<string, string> = {
    BUTTON: "button",
    A: "link",
    SELECT: "combobox",
    TEXTAREA: "textbox",
    FORM: "form",
    OUTPUT: "status",
    H1: "heading",
    H2: "heading",
    H3: "heading",
    H4: "heading",
    DIALOG: "dialog",
    UL: "list",
    OL: "list",
    LI: "listitem",
  };
  const roleOf = (e: Element) => {
    const explicit = e.getAttribute("role");
    if (explicit) return explicit.split(" ")[0];
    if (e.tagName === "INPUT") {
      const t = (e as HTMLInputElement).type;
      if (t === "button" || t === "submit" || t === "reset") return "button";
      if (t === "checkbox" || t === "radio") return t;
      if (t === "search") return "searchbox";
      return "textbox";
    }
    return implicit[e.tagName] ?? "";
  };
  const labelsOf = (e: Element): string[] => {
    const out: string[] = [];
    const by = e.getAttribute("aria-labelledby");
    if (by)
      out.push(
        by
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? "")
          .join(" "),
      );
    const aria = e.getAttribute("aria-label");
    if (aria) out.push(aria);
    for (const l of (e as HTMLInputElement).labels ?? []) out.push(l.textContent ?? "");
    return out;
  };
  const nameOf = (e: Element) => labelsOf(e)[0] ?? norm(e.textContent) ?? e.getAttribute("title") ?? "";
  const visible = (e: Element) => {
    if (e.closest("[hidden]") || e.closest("[aria-hidden='true']")) return false;
    const s = getComputedStyle(e);
    return s.display !== "none" && s.visibility !== "hidden";
  };
  const below = (roots: Element[], pick: (e: Element) => boolean) => {
    const out = new Set<Element>();
    for (const root of roots) for (const e of root.querySelectorAll("*")) if (pick(e)) out.add(e);
    return [...out];
  };
  let els: Element[] = [document.documentElement];
  let first = true;
  for (const s of steps) {
    if (s.k === "nth") els = s.v < 0 ? els.slice(s.v) : els.slice(s.v, s.v + 1);
    else if (s.k === "css") {
      const out = new Set<Element>();
      for (const root of els) {
        if (first && root.matches(s.v)) out.add(root);
        for (const e of root.querySelectorAll(s.v)) out.add(e);
      }
      els = [...out];
    } else if (s.k === "role")
      els = below(
        els,
        (e) =>
          roleOf(e) === s.role &&
          visible(e) &&
          (s.name === undefined || matches(nameOf(e), s.name, s.exact)) &&
          // A form has its role only when it has a name.
          (s.role !== "form" || labelsOf(e).length > 0),
      );
    else if (s.k === "label")
      els = below(els, (e) => labelsOf(e).some((l) => matches(l, s.v, s.exact)) && e.tagName !== "LABEL");
    else if (s.k === "text") {
      // The innermost elements whose text matches (Playwright's getByText).
      const hit = below(
        els,
        (e) => e.tagName !== "SCRIPT" && e.tagName !== "STYLE" && matches(e.textContent ?? "", s.v, s.exact),
      );
      const set = new Set(hit);
      els = hit.filter((e) => ![...e.children].some((c) => set.has(c)));
    }
    first = false;
  }
  return els;
}

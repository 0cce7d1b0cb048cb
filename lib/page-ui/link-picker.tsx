/**
 * "Link to an actor …" beside Save highlight (issue 12): a search picker over the dataset's
 * names and aliases (the popup's search, answered by the background: "content:search"),
 * keyboard first: the field has focus, arrows move, Enter links, Escape closes. The chosen
 * entity and scope are stored as a "spelling" correction for the selected text, which every
 * open tab then marks (lib/page/reader.ts); an undo toast says so. Own container (closed shadow
 * root); only the reader's own input acts (`isTrusted`).
 */
import { render } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { thisIs } from "../corrections/said";
import { CORRECTION_SCOPES, type CorrectionScope, DEFAULT_SCOPE } from "../corrections/types";
import type { BriefModel } from "../dataset/card-model";
import { ask } from "../messaging/client";
import type { SelectionLink } from "../notes-ui/highlighter";
import { scopeLabel } from "../ui/card/ScopeConfirm";
import { type Container, createContainer } from "../ui/container";
import { correctWithUndo, sentenceOf } from "../ui/correct";
import { placeNear, viewportSize } from "../ui/place";
import { createToast, TOAST_CSS, type Toast } from "../ui/toast";
import { PICKER_CSS } from "./link-picker-styles";

const SIZE = { width: 340, height: 330 };

function Picker(props: {
  text: string;
  host: string;
  onChoose(e: BriefModel, scope: CorrectionScope): void;
  onClose(): void;
}) {
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<BriefModel[]>([]);
  const [active, setActive] = useState(0);
  const [scope, setScope] = useState<CorrectionScope>(DEFAULT_SCOPE);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus({ preventScroll: true }), []);
  useEffect(() => {
    let live = true;
    const q = query.trim();
    if (!q) {
      setResults([]);
      return;
    }
    ask("content:search", { query: q.slice(0, 200) }).then(
      ({ entities }) => {
        if (!live) return;
        setResults(entities);
        setActive(0);
      },
      () => live && setResults([]),
    );
    return () => {
      live = false;
    };
  }, [query]);
  const choose = (i: number) => {
    const e = results[i];
    if (e) props.onChoose(e, scope);
  };
  const optionId = (i: number) => `al-pick-${i}`;
  return (
    <div class="al card al-picker" role="dialog" aria-label="Link to an actor">
      <label class="title" for="al-pick-input">
        Link “{props.text}” to
      </label>
      <input
        id="al-pick-input"
        ref={input}
        type="text"
        role="combobox"
        aria-expanded={results.length > 0 ? "true" : "false"}
        aria-controls="al-pick-list"
        aria-autocomplete="list"
        aria-activedescendant={results[active] ? optionId(active) : undefined}
        placeholder="Search people and groups"
        autocomplete="off"
        spellcheck={false}
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (!e.isTrusted) return;
          if (e.key === "ArrowDown" || e.key === "ArrowUp") {
            e.preventDefault();
            const n = results.length;
            if (n > 0) setActive((a) => (a + (e.key === "ArrowDown" ? 1 : n - 1)) % n);
          } else if (e.key === "Enter") {
            e.preventDefault();
            choose(active);
          } else if (e.key === "Escape") {
            e.preventDefault();
            e.stopPropagation();
            props.onClose();
          }
        }}
      />
      <div id="al-pick-list" class="al-pick-list" role="listbox" aria-label="People and groups">
        {results.map((r, i) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard drives the list from the field (combobox pattern)
          <div
            key={r.id}
            id={optionId(i)}
            tabIndex={-1}
            role="option"
            class={i === active ? "al-pick al-active" : "al-pick"}
            aria-selected={i === active}
            data-id={r.id}
            onMouseDown={(e) => e.preventDefault()}
            onClick={(e) => e.isTrusted && choose(i)}
          >
            <span class="al-pick-name">{r.name}</span>{" "}
            <span class="al-pick-type">{r.type === "person" ? "Person" : "Group"}</span>
            <span class="al-pick-role">{r.role}</span>
          </div>
        ))}
      </div>
      {query.trim() && results.length === 0 && <p class="hint">No one in the dataset by that name.</p>}
      <fieldset class="al-pick-scopes">
        <legend>Where</legend>
        {CORRECTION_SCOPES.map((s) => (
          <label key={s}>
            <input
              type="radio"
              name="al-pick-scope"
              value={s}
              checked={scope === s}
              onChange={() => setScope(s)}
            />{" "}
            {scopeLabel(s, props.host)}
          </label>
        ))}
      </fieldset>
      <p class="hint">↑ ↓ to choose, Enter to link, Esc to close</p>
    </div>
  );
}

export function createLinkPicker(): SelectionLink {
  let box: Container | undefined;
  let panel: HTMLDivElement | undefined;
  let toast: Toast | undefined;
  let open = false;
  let returnFocus: Element | null = null;

  const close = () => {
    if (!open || !panel) return;
    open = false;
    render(null, panel);
    if (returnFocus instanceof HTMLElement) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  };

  return {
    open(range, text) {
      if (!box) {
        box = createContainer({
          tag: "actor-lens-picker",
          css: `${PICKER_CSS}\n${TOAST_CSS}`,
          onMoved: close,
        });
        panel = box.mount;
        panel.className = "al-picker-pos";
        toast = createToast(box.mount.parentNode as ParentNode);
      }
      const rects = range.getClientRects();
      const anchor = rects[rects.length - 1] ?? range.getBoundingClientRect();
      const at = placeNear(anchor, SIZE, viewportSize(), { gap: 6, margin: 8 });
      const sentence = sentenceOf(range);
      const p = panel as HTMLDivElement;
      p.style.setProperty("left", `${at.left}px`, "important");
      p.style.setProperty("top", `${at.top}px`, "important");
      box.place(0, 0);
      box.show(true);
      returnFocus = document.activeElement;
      open = true;
      render(
        <Picker
          text={text}
          host={location.hostname}
          onClose={close}
          onChoose={(entity, scope) => {
            close();
            if (toast) void correctWithUndo(toast, thisIs(text, entity, scope, sentence), true);
          }}
        />,
        p,
      );
    },
    close,
    get isOpen() {
      return open;
    },
    get host() {
      return box?.host;
    },
    destroy() {
      close();
      box?.destroy();
      box = undefined;
    },
  };
}

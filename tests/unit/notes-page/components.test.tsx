// @vitest-environment happy-dom
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_COLOR_LABELS } from "../../../lib/notes/types";
import { Filters } from "../../../lib/notes-page/Filters";
import { type Toast, ToastView, useToast } from "../../../lib/notes-page/toast";
import { NoteFields } from "../../../lib/notes-ui/NoteFields";

afterEach(() => {
  render(null, document.body);
  vi.useRealTimers();
});

const key = (target: EventTarget, k: string, init: KeyboardEventInit = {}) => {
  const e = new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true, ...init });
  act(() => {
    target.dispatchEvent(e);
  });
  return e;
};

describe("useToast", () => {
  function mountToast() {
    let t!: ReturnType<typeof useToast>;
    function Probe() {
      t = useToast();
      return <ToastView toast={t.toast} onUndo={() => void t.undo()} />;
    }
    act(() => render(<Probe />, document.body));
    return () => t;
  }

  it("shows a message with Undo, undoes on the button or Ctrl+Z outside a field, once", async () => {
    const t = mountToast();
    const undo = vi.fn(async () => {});
    act(() => t().show({ text: "Highlight deleted.", undo } satisfies Toast));
    expect(document.querySelector(".toast")?.textContent).toBe("Highlight deleted.Undo");
    const field = document.createElement("input");
    document.body.append(field);
    expect(key(field, "z", { ctrlKey: true }).defaultPrevented).toBe(false); // the field's own undo
    expect(undo).not.toHaveBeenCalled();
    expect(key(document.body, "z", { ctrlKey: true }).defaultPrevented).toBe(true);
    await act(async () => {});
    expect(undo).toHaveBeenCalledTimes(1);
    expect(document.querySelector(".toast")).toBeNull();
    key(document.body, "z", { metaKey: true });
    expect(undo).toHaveBeenCalledTimes(1);
  });

  it("goes away by itself after ten seconds", () => {
    vi.useFakeTimers();
    const t = mountToast();
    act(() => t().show({ text: "Saved." }));
    act(() => {
      vi.advanceTimersByTime(9_999);
    });
    expect(document.querySelector(".toast")?.textContent).toBe("Saved.");
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(document.querySelector(".toast")).toBeNull();
  });
});

describe("Filters", () => {
  const options = {
    entities: [["kataib-hezbollah", 2]] as [string, number][],
    sites: [["news.example", 3]] as [string, number][],
    tags: [
      ["raid", 1],
      ["budget", 2],
    ] as [string, number][],
  };

  it("offers each facet in one labelled select, All first, with counts and names", () => {
    const onQuery = vi.fn();
    act(() =>
      render(
        <Filters
          query={{ text: "", entity: "", site: "", tag: "" }}
          options={options}
          names={new Map([["kataib-hezbollah", "Kataib Hezbollah"]])}
          onQuery={onQuery}
        />,
        document.body,
      ),
    );
    const selects = [...document.querySelectorAll("select")];
    const labels = selects.map(
      (s) => document.getElementById(s.getAttribute("aria-labelledby") ?? "")?.textContent,
    );
    expect(labels).toEqual(["Entity", "Site", "Tag"]);
    expect(selects.map((s) => [...s.options].map((o) => o.textContent))).toEqual([
      ["All", "Kataib Hezbollah (2)"],
      ["All", "news.example (3)"],
      ["All", "raid (1)", "budget (2)"],
    ]);
    const tag = selects[2] as HTMLSelectElement;
    tag.value = "budget";
    act(() => {
      tag.dispatchEvent(new Event("change", { bubbles: true }));
    });
    expect(onQuery).toHaveBeenCalledWith({ tag: "budget" }, expect.any(Number));
  });

  it("takes the reader to the search field on / outside a field", () => {
    act(() =>
      render(
        <Filters
          query={{ text: "", entity: "", site: "", tag: "" }}
          options={options}
          names={new Map()}
          onQuery={() => {}}
        />,
        document.body,
      ),
    );
    expect(key(document.body, "/").defaultPrevented).toBe(true);
    expect(document.activeElement?.id).toBe("search");
    expect(key(document.activeElement as Element, "/").defaultPrevented).toBe(false); // typed into it
  });
});

describe("NoteFields", () => {
  function mountFields(onTagsEntered?: () => void) {
    const on = { note: vi.fn(), tags: vi.fn(), color: vi.fn() };
    act(() =>
      render(
        <form>
          <NoteFields
            note="A note"
            tags="raid, budget"
            color="blue"
            colors={DEFAULT_COLOR_LABELS.slice()}
            group="g1"
            onNote={on.note}
            onTags={on.tags}
            onColor={on.color}
            onTagsEntered={onTagsEntered}
          />
        </form>,
        document.body,
      ),
    );
    const field = (label: string) =>
      [...document.querySelectorAll("label.field")].find(
        (l) => l.querySelector(".label")?.textContent === label,
      )?.lastElementChild as HTMLInputElement | HTMLTextAreaElement;
    return { on, field };
  }

  it("shows the note, the colour picked among the reader's names, and the tags as typed", () => {
    const { on, field } = mountFields();
    expect(field("Note").value).toBe("A note");
    expect(field("Tags").value).toBe("raid, budget");
    const radios = [...document.querySelectorAll<HTMLInputElement>("input[type=radio]")];
    expect(radios.map((r) => [r.name, r.value, r.checked])).toEqual(
      DEFAULT_COLOR_LABELS.map((c) => ["g1", c.id, c.id === "blue"]),
    );
    const pink = radios.find((r) => r.value === "pink") as HTMLInputElement;
    pink.checked = true;
    act(() => {
      pink.dispatchEvent(new Event("change", { bubbles: true }));
    });
    expect(on.color).toHaveBeenCalledWith("pink");
    const note = field("Note");
    note.value = "A longer note";
    act(() => {
      note.dispatchEvent(new Event("input", { bubbles: true }));
    });
    expect(on.note).toHaveBeenCalledWith("A longer note");
  });

  it("enters the tags on Enter when asked to (the card), else leaves Enter to the form (the editor)", () => {
    const entered = vi.fn();
    expect(key(mountFields(entered).field("Tags"), "Enter").defaultPrevented).toBe(true);
    expect(entered).toHaveBeenCalledTimes(1);
    expect(key(mountFields().field("Tags"), "Enter").defaultPrevented).toBe(false);
  });
});

// @vitest-environment happy-dom
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CandidatesCard } from "../../../lib/ui/card/CandidatesCard";
import { ScopeConfirm, scopeLabel } from "../../../lib/ui/card/ScopeConfirm";
import { WrongMatch } from "../../../lib/ui/card/WrongMatch";
import { sentenceOf } from "../../../lib/ui/correct";
import { createToast, TOAST_MS } from "../../../lib/ui/toast";

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement("div");
  document.body.append(root);
  act(() => render(node, root));
  return root;
}
/** A click as a page script would make it: isTrusted is false. */
const forged = (el: Element | null) =>
  act(() => {
    el?.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
  });

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe("the scope confirm", () => {
  it("offers this page, this site (chosen, with its host) and everywhere, and focuses the choice", () => {
    const root = mount(
      <ScopeConfirm
        prompt="Unmark it where?"
        action="Unmark"
        host="news.example"
        onConfirm={() => {}}
        onCancel={() => {}}
      />,
    );
    const radios = [...root.querySelectorAll<HTMLInputElement>("input[type=radio]")];
    expect(radios.map((r) => r.value)).toEqual(["page", "site", "everywhere"]);
    expect(radios.filter((r) => r.checked).map((r) => r.value)).toEqual(["site"]);
    expect(new Set(radios.map((r) => r.name)).size).toBe(1);
    expect(root.querySelector("legend")?.textContent).toBe("Unmark it where?");
    expect(root.textContent).toContain("This site (news.example)");
    expect(document.activeElement).toBe(radios[1]);
    expect(scopeLabel("everywhere", "x")).toBe("Everywhere");
  });

  it("acts on no forged click", async () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    const root = mount(
      <ScopeConfirm prompt="?" action="Unmark" host="h" onConfirm={onConfirm} onCancel={onCancel} />,
    );
    await forged(root.querySelector(".al-primary"));
    await forged(root.querySelector(".al-cancel"));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(onCancel).not.toHaveBeenCalled();
  });

  it("hands its cancel to the card's Escape while open, and takes it back when gone", () => {
    const slot: { cancel?: () => void } = {};
    const onCancel = vi.fn();
    const root = mount(
      <ScopeConfirm
        prompt="?"
        action="Link"
        host="h"
        onConfirm={() => {}}
        onCancel={onCancel}
        escape={slot}
      />,
    );
    slot.cancel?.();
    expect(onCancel).toHaveBeenCalledOnce();
    act(() => render(null, root));
    expect(slot.cancel).toBeUndefined();
  });
});

describe("Wrong match and the possible mark's choices", () => {
  it("Wrong match is one button until the reader presses it for real", async () => {
    const onUnmark = vi.fn();
    const root = mount(<WrongMatch surface="KH" name="Kataib Hezbollah" host="h" onUnmark={onUnmark} />);
    expect(root.querySelector(".al-wrong")?.textContent).toBe("Wrong match");
    await forged(root.querySelector(".al-wrong"));
    expect(root.querySelector(".al-confirm")).toBeNull();
    expect(onUnmark).not.toHaveBeenCalled();
  });

  it("a possible mark's card offers This is … for each candidate and None of these", () => {
    const candidates = [
      { id: "a", name: "Abdul Karim al-Sudani", type: "person" as const, role: "secretary" },
      { id: "b", name: "Mohammed Shia al-Sudani", type: "person" as const, role: "prime minister" },
    ];
    const root = mount(
      <CandidatesCard
        surface="Al-Sudani"
        candidates={candidates}
        onNavigate={() => {}}
        onChoose={() => {}}
        host="h"
      />,
    );
    expect(
      [...root.querySelectorAll(".al-this")].map((b) => [b.getAttribute("data-target"), b.textContent]),
    ).toEqual([
      ["a", "This is Abdul Karim al-Sudani"],
      ["b", "This is Mohammed Shia al-Sudani"],
    ]);
    expect(root.querySelector(".al-wrong")?.textContent).toBe("None of these");
    // Without onChoose (a card reached from another), no correction is offered.
    const plain = mount(<CandidatesCard surface="Al-Sudani" candidates={candidates} onNavigate={() => {}} />);
    expect(plain.querySelector(".al-this, .al-wrong")).toBeNull();
  });
});

describe("the sentence of a mention", () => {
  it("is cut from the mention's text block, across inline elements", () => {
    const p = document.createElement("p");
    const b = document.createElement("b");
    b.textContent = "Kataib";
    const i = document.createElement("i");
    i.textContent = "Hezbollah";
    p.append("First one here. Then ", b, " ", i, " fired again. Last.");
    document.body.append(p);
    const range = document.createRange();
    range.setStart(p.querySelector("b")?.firstChild as Text, 0);
    range.setEnd(p.querySelector("i")?.firstChild as Text, 9);
    expect(range.toString()).toBe("Kataib Hezbollah");
    expect(sentenceOf(range)).toBe("Then Kataib Hezbollah fired again.");
  });
});

describe("the undo toast", () => {
  it("says what was done with an Undo, and goes after a few seconds", () => {
    vi.useFakeTimers();
    const host = document.createElement("div");
    document.body.append(host);
    const toast = createToast(host);
    act(() => toast.show("Done.", { undo: async () => {} }));
    expect(host.querySelector(".al-toast-text")?.textContent).toBe("Done.");
    expect(host.querySelector(".al-toast")?.getAttribute("role")).toBe("status");
    expect(host.querySelector(".al-undo")?.textContent).toBe("Undo");
    expect(toast.visible).toBe(true);
    act(() => {
      vi.advanceTimersByTime(TOAST_MS - 100);
    });
    expect(host.querySelector(".al-toast")).not.toBeNull();
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(host.querySelector(".al-toast")).toBeNull();
    expect(toast.visible).toBe(false);
  });

  it("stays while the focus is in it, and a forged click does not undo", async () => {
    vi.useFakeTimers();
    const host = document.createElement("div");
    document.body.append(host);
    const undo = vi.fn(async () => {});
    const toast = createToast(host);
    act(() => toast.show("Done.", { undo, focus: true }));
    expect(document.activeElement).toBe(host.querySelector(".al-undo"));
    act(() => {
      host.querySelector(".al-toast")?.dispatchEvent(new FocusEvent("focusin", { bubbles: true }));
    });
    act(() => {
      vi.advanceTimersByTime(TOAST_MS * 3);
    });
    expect(host.querySelector(".al-toast")).not.toBeNull();
    await forged(host.querySelector(".al-undo"));
    expect(undo).not.toHaveBeenCalled();
  });
});

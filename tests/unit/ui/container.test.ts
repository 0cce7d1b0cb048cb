// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { extractText } from "../../../lib/extract/text";
import { createContainer } from "../../../lib/ui/container";

describe("in-page container", () => {
  it("lives in a closed shadow root outside <body>, is skipped by text extraction, and leaves no trace", () => {
    document.body.innerHTML = "<p>Article text.</p>";
    const box = createContainer({ tag: "actor-lens-note-card", css: ".x { color: red }" });
    box.mount.textContent = "My private note";
    expect(box.host.parentNode).toBe(document.documentElement);
    expect(box.host.shadowRoot).toBeNull(); // closed: page scripts cannot reach the note
    expect(box.host.hasAttribute("data-actor-lens-ui")).toBe(true);
    expect(extractText(document.documentElement).text).not.toContain("My private note");
    box.place(10.4, 20.6);
    box.show(true);
    expect([box.host.style.left, box.host.style.top, box.visible]).toEqual(["10px", "21px", true]);
    expect(box.host.style.getPropertyPriority("left")).toBe("important");
    box.destroy();
    expect(document.querySelector("actor-lens-note-card")).toBeNull();
  });

  it("carries every style !important, and takes its style back when a page script rewrites it", async () => {
    const box = createContainer({ tag: "actor-lens-save-button", css: "" });
    box.place(40, 50);
    box.show(true);
    const style = box.host.getAttribute("style") ?? "";
    for (const d of ["display: block", "opacity: 1", "visibility: visible", "left: 40px", "position: fixed"])
      expect(style).toContain(`${d} !important`);
    box.host.setAttribute("style", "opacity: 0; left: -999px");
    box.host.style.transform = "scale(0)";
    await new Promise((ok) => setTimeout(ok, 0)); // mutation observers run after this task
    expect(box.host.getAttribute("style")).toBe(style);
    box.destroy();
  });

  it("is not editable even when the page is", () => {
    const box = createContainer({ tag: "actor-lens-save-button", css: "" });
    expect(box.mount.getAttribute("contenteditable")).toBe("false");
    box.destroy();
  });

  it("drops attributes a page script adds, and closes what it shows when the page moves it", async () => {
    let moved = 0;
    const box = createContainer({ tag: "actor-lens-card", css: "", onMoved: () => moved++ });
    box.show(true);
    box.host.setAttribute("hidden", "");
    box.host.setAttribute("class", "decoy");
    await new Promise((ok) => setTimeout(ok, 0));
    expect([box.host.hasAttribute("hidden"), box.host.hasAttribute("class")]).toEqual([false, false]);
    document.body.append(box.host);
    await new Promise((ok) => setTimeout(ok, 0));
    expect([moved, box.visible, box.host.parentNode === document.documentElement]).toEqual([1, false, true]);
    box.destroy();
  });
});

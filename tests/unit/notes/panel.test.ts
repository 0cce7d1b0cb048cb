// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { extractText } from "../../../lib/extract/text";
import { createPanel } from "../../../lib/notes-ui/panel";

describe("in-page panel", () => {
  it("lives in a closed shadow root outside <body>, is skipped by text extraction, and leaves no trace", () => {
    document.body.innerHTML = "<p>Article text.</p>";
    const panel = createPanel("actor-lens-note-card", ".x { color: red }");
    panel.mount.textContent = "My private note";
    expect(panel.host.parentNode).toBe(document.documentElement);
    expect(panel.host.shadowRoot).toBeNull(); // closed: page scripts cannot reach the note
    expect(panel.host.hasAttribute("data-actor-lens-ui")).toBe(true);
    expect(extractText(document.documentElement).text).not.toContain("My private note");
    panel.place(10.4, 20.6);
    panel.show(true);
    expect([panel.host.style.left, panel.host.style.top, panel.visible]).toEqual(["10px", "21px", true]);
    expect(panel.host.style.getPropertyPriority("left")).toBe("important");
    panel.destroy();
    expect(document.querySelector("actor-lens-note-card")).toBeNull();
  });

  it("carries every style !important, and takes its style back when a page script rewrites it", async () => {
    const panel = createPanel("actor-lens-save-button", "");
    panel.place(40, 50);
    panel.show(true);
    const style = panel.host.getAttribute("style") ?? "";
    for (const d of ["display: block", "opacity: 1", "visibility: visible", "left: 40px", "position: fixed"])
      expect(style).toContain(`${d} !important`);
    panel.host.setAttribute("style", "opacity: 0; left: -999px");
    panel.host.style.transform = "scale(0)";
    await new Promise((ok) => setTimeout(ok, 0)); // mutation observers run after this task
    expect(panel.host.getAttribute("style")).toBe(style);
    panel.destroy();
  });

  it("is not editable even when the page is", () => {
    const panel = createPanel("actor-lens-save-button", "");
    expect(panel.mount.getAttribute("contenteditable")).toBe("false");
    panel.destroy();
  });
});

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
    panel.destroy();
    expect(document.querySelector("actor-lens-note-card")).toBeNull();
  });

  it("keeps keystrokes typed in it from reaching the page's handlers", () => {
    const panel = createPanel("actor-lens-note-card", "");
    const input = document.createElement("textarea");
    panel.mount.append(input);
    let seen = 0;
    document.addEventListener("keydown", () => seen++);
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "j", bubbles: true, composed: true }));
    expect(seen).toBe(0);
    panel.destroy();
  });
});

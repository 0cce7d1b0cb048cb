// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { extractText } from "../../../lib/extract/text";

describe("reading what is drawn: shadow roots, slots and frames", () => {
  it("reads an open shadow root instead of the host's children, with slotted text in place", () => {
    const host = document.createElement("div");
    const light = document.createElement("span");
    light.textContent = "Hadi al-Amiri";
    host.append(light, document.createTextNode("unassigned text"));
    light.slot = "who";
    const root = host.attachShadow({ mode: "open" });
    const p = document.createElement("p");
    const slot = document.createElement("slot");
    slot.name = "who";
    p.append("Aides to ", slot, " urged calm.");
    root.append(p);
    const outer = document.createElement("article");
    outer.append(host);
    expect(extractText(outer).text).toBe("Aides to Hadi al-Amiri urged calm.");
  });

  it("reads a slot's fallback content when nothing is assigned to it", () => {
    const host = document.createElement("div");
    const root = host.attachShadow({ mode: "open" });
    const slot = document.createElement("slot");
    slot.append("Nothing slotted.");
    root.append(slot);
    expect(extractText(host).text).toBe("Nothing slotted.");
  });

  it("leaves iframes out of the text, and hands them to the caller", () => {
    const div = document.createElement("div");
    const frame = document.createElement("iframe");
    div.append("Before. ", frame, "After.");
    const frames: HTMLIFrameElement[] = [];
    expect(extractText(div, { frame: (f) => frames.push(f) }).text).toBe("Before. After.");
    expect(frames).toEqual([frame]);
  });
});

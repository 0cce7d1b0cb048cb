// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { extractText, locate, textBlocks } from "../../../lib/extract/text";

function dom(html: string): HTMLElement {
  const div = document.createElement("div");
  div.innerHTML = html; // test fixture only
  return div;
}

describe("extractText", () => {
  it("keeps prose and separates blocks so names never join across them", () => {
    const { text } = extractText(dom("<h1>Kadhimi</h1><p>Said <b>Mustafa</b> al-Kadhimi.</p>"));
    expect(text).toBe("Kadhimi\n\nSaid Mustafa al-Kadhimi.");
  });

  it.each([
    ["script", "<script>var Kadhimi = 1</script>"],
    ["style", "<style>.Kadhimi{}</style>"],
    ["noscript", "<noscript>Kadhimi</noscript>"],
    ["a textarea", "<textarea>Kadhimi</textarea>"],
    ["an input", '<input value="Kadhimi">'],
    ["a contenteditable region", '<div contenteditable="true">Kadhimi</div>'],
    ["a contenteditable with empty value", '<div contenteditable="">Kadhimi</div>'],
    ["code", "<code>Kadhimi</code>"],
    ["pre", "<pre>Kadhimi</pre>"],
    ["navigation", "<nav>Kadhimi</nav>"],
    ["role=navigation", '<div role="navigation">Kadhimi</div>'],
    ["the hidden attribute", "<p hidden>Kadhimi</p>"],
    ["aria-hidden", '<p aria-hidden="true">Kadhimi</p>'],
    ["inline display:none", '<p style="color:red; display: none">Kadhimi</p>'],
    ["our own UI", "<div data-actor-lens-ui>Kadhimi</div>"],
  ])("skips %s", (_what, html) => {
    expect(extractText(dom(`<p>Before</p>${html}<p>After</p>`)).text).toBe("Before\n\nAfter");
  });

  it("keeps contenteditable=false content", () => {
    expect(extractText(dom('<div contenteditable="false">Kadhimi</div>')).text).toBe("Kadhimi");
  });

  it("applies the caller's extra skip rule", () => {
    const root = dom('<p>One</p><p class="x">Two</p>');
    expect(extractText(root, { skip: (el) => el.classList.contains("x") }).text).toBe("One");
  });

  it("maps offsets back to text nodes, across inline elements", () => {
    const root = dom("<p>Said <b>Mustafa</b> al-Kadhimi.</p>");
    const { text, segments } = extractText(root);
    const start = text.indexOf("Mustafa");
    const end = text.indexOf(".");
    const a = locate(segments, start);
    const b = locate(segments, end, true);
    expect(a?.node.data).toBe("Mustafa");
    expect(a?.offset).toBe(0);
    expect(b?.node.data).toBe(" al-Kadhimi.");
    expect(b?.offset).toBe(" al-Kadhimi".length);
    for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.node.data);
  });

  it("at a boundary between two text nodes, a start goes forward and an end stays back", () => {
    const root = dom("<p><i>Abu</i><b>Mahdi</b></p>");
    const { segments } = extractText(root);
    expect(locate(segments, 3)?.node.data).toBe("Mahdi");
    expect(locate(segments, 3, true)?.node.data).toBe("Abu");
  });

  it("yields blocks lazily and walks very deep trees without recursion", () => {
    let html = "";
    for (let i = 0; i < 5000; i++) html += "<span>";
    html += "deep";
    const blocks = [...textBlocks(dom(`<p>first</p><div>${html}</div>`))];
    expect(blocks.map((b) => b.text)).toEqual(["first", "deep"]);
  });
});

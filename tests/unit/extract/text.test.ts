// @vitest-environment happy-dom

import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { extractText, locate, TextWalker, textBlocks } from "../../../lib/extract/text";

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

describe("TextWalker", () => {
  const all = (root: Node) => {
    const w = new TextWalker(root);
    const out: string[] = [];
    for (let b = w.next(); b; b = w.next()) out.push(b.text);
    return out;
  };

  it("gives one block per next(), nested blocks apart, then undefined for good", () => {
    const w = new TextWalker(dom("<div>a<p>b <i>c</i></p>d<ul><li>e</li></ul></div>"));
    const got = [w.next(), w.next(), w.next(), w.next()].map((b) => b?.text);
    expect(got).toEqual(["a", "b c", "d", "e"]);
    expect(w.next()).toBeUndefined();
    expect(w.next()).toBeUndefined();
  });

  it("leaves out blocks of whitespace only, and keeps a block whose ink comes after its spaces", () => {
    const root = dom("<p> </p><p>\n\t<b> </b></p><p>  <i>  </i>x</p><div>  </div>");
    expect(all(root)).toEqual(["    x"]);
  });

  it("keeps each segment's place in its block's text", () => {
    const w = new TextWalker(dom("<p>Said <b>Mustafa</b> al-<i>Kadhimi</i>.</p><p>Then</p>"));
    for (let b = w.next(); b; b = w.next())
      for (const s of b.segments) expect(b.text.slice(s.start, s.end)).toBe(s.node.data);
  });

  it("reads an XHTML document (lower-case tag names) the same way", () => {
    // linkedom keeps an XML document's tag names as written, as browsers do for XHTML.
    const doc = new DOMParser().parseFromString(
      '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>One</p><script>var Kadhimi</script>' +
        "<h2>Two</h2><code>Kadhimi</code><p>Three <b>four</b></p></body></html>",
      "text/xml",
    );
    const body = doc.getElementsByTagName("body")[0] as unknown as Node;
    expect((doc.getElementsByTagName("p")[0] as unknown as Element).tagName).toBe("p");
    expect(all(body)).toEqual(["One", "Two", "Three four"]);
  });

  it("gives what textBlocks yields", () => {
    const html = "<h1>T</h1><p>a <b>b</b></p><nav>n</nav><div>c<p>d</p></div><p hidden>h</p>";
    expect(all(dom(html))).toEqual([...textBlocks(dom(html))].map((b) => b.text));
  });
});

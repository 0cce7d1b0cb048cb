/**
 * What bench/page-cost.bench.ts loads and runs: generated article pages with names at a news
 * page's density (or none), and the two peers an extension's first scan is measured against,
 * as scripts injected into a page without the extension.
 */

/** An original paragraph with five names (two of them split by inline markup), about 45 words. */
const NAMES_PARA =
  'In Baghdad, aides to <a href="#">Mustafa al-Kadhimi</a> said talks with the Popular Mobilization ' +
  "Forces had stalled. A spokesman for <b>Kataib</b> Hezbollah denied any part in the rocket fire, " +
  "while <em>Hadi al-Amiri</em> urged calm and analysts recalled how Qassem Soleimani once settled such " +
  "disputes.";

const FILLER = (
  "the river rose slowly through spring and farmers along its banks watched water creep toward " +
  "fields planted in autumn each morning the council met in the old school to weigh reports count " +
  "sandbags and decide which roads should close first while traders in the market argued over the " +
  "price of flour rice and fuel as the weather turned"
).split(" ");

const wordCount = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .split(/\s+/)
    .filter(Boolean).length;

/** Two filler paragraphs of about 40 words each, varied by `i`. */
function filler(i: number, words: number): string {
  const out: string[] = [];
  for (let k = 0; k < words; k++) out.push(FILLER[(i * 7 + k * 3) % FILLER.length] as string);
  return out.join(" ");
}

/**
 * A page of about `words` words: headings, paragraphs, a list now and then. With names, each
 * group of one name paragraph and two filler ones (about 125 words) holds five names, about what
 * a news article on the subject carries; without, only filler.
 */
export function articlePage(words: number, names: boolean): string {
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; total < words; i++) {
    if (i % 12 === 0) parts.push(`<h2>Section ${i / 12 + 1}</h2>`);
    const group = [
      names ? NAMES_PARA : filler(i + 1000, 45),
      filler(i, 40),
      i % 5 === 0 ? `<ul><li>${filler(i + 1, 20)}</li><li>${filler(i + 2, 20)}</li></ul>` : filler(i + 3, 40),
    ];
    for (const g of group) {
      parts.push(g.startsWith("<ul>") ? g : `<p>${g}</p>`);
      total += wordCount(g);
    }
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>${words} words</title>
<style>body{font:16px/1.5 serif;max-width:44em;margin:2em auto}</style></head>
<body><article>${parts.join("\n")}</article></body></html>`;
}

/** Names a plain highlighter of the subject would look for: the page's five and others. */
const PEER_NAMES = [
  "Mustafa al-Kadhimi",
  "Popular Mobilization Forces",
  "Kataib Hezbollah",
  "Hadi al-Amiri",
  "Qassem Soleimani",
  "Muqtada al-Sadr",
  "Nouri al-Maliki",
  "Asaib Ahl al-Haq",
  "Badr Organization",
  "Abu Mahdi al-Muhandis",
  "Mohammed Shia al-Sudani",
  "Harakat al-Nujaba",
];

/**
 * The peers, as page scripts. `floor`: a TreeWalker that reads every text node. `regex`: one
 * regular expression over every text node, every hit a Range, all of them in one CSS Highlight
 * registered at the end. The script defines `window.__runPeer()`, which sets `__peerDone`; with
 * `atIdle`, it also runs it once the page has painted (as a content script at document_idle).
 */
export function peerScript(kind: "floor" | "regex", atIdle = true): string {
  const body =
    kind === "floor"
      ? `let n = 0; const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
         for (let t = w.nextNode(); t; t = w.nextNode()) n += t.data.length;
         window.__peerFound = n;`
      : `const re = new RegExp(${JSON.stringify(PEER_NAMES.map((n) => n.replace(/[-]/g, "\\-")).join("|"))}, "g");
         const h = new Highlight();
         const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
         for (let t = w.nextNode(); t; t = w.nextNode()) {
           re.lastIndex = 0;
           for (let m = re.exec(t.data); m; m = re.exec(t.data)) {
             const r = new Range(); r.setStart(t, m.index); r.setEnd(t, m.index + m[0].length); h.add(r);
           }
         }
         CSS.highlights.set("peer", h);
         window.__peerFound = h.size;`;
  return `(() => {
    window.__runPeer = () => {
      const style = document.createElement("style");
      style.textContent = "::highlight(peer){text-decoration:underline 2px orange}";
      document.head.append(style);
      window.__peerStart = performance.now();
      ${body}
      window.__peerDone = performance.now();
    };
    ${atIdle ? `addEventListener("DOMContentLoaded", () => requestAnimationFrame(() => setTimeout(window.__runPeer, 0)));` : ""}
  })();`;
}

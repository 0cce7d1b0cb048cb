/** The `nth` occurrence of `text` in one text node of the document, as a Range (for tests). */
export function select(text: string, nth = 0): Range {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    let i = data.indexOf(text);
    while (i >= 0) {
      if (seen++ === nth) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + text.length);
        return r;
      }
      i = data.indexOf(text, i + 1);
    }
  }
  throw new Error(`no ${text}`);
}

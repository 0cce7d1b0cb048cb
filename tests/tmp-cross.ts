import { readdirSync, readFileSync } from "node:fs";
import { compileIndex } from "../lib/matching/compile";
import { createMatcher } from "../lib/matching/matcher";
import { ARABIC, PERSIAN } from "./unit/arabic/spellings";
import { TRAPS } from "./unit/arabic/traps";
const dir = "/work/wt/ar-data/data/entities";
const entities = readdirSync(dir).map((f) => JSON.parse(readFileSync(`${dir}/${f}`, "utf8")));
const m = createMatcher(compileIndex({ entities }));
const scan = (t: string, b?: string) => { const s = m.session(); if (b) s.scan(b); return s.scan(t); };
let bad = 0;
for (const [id, marked, before] of [...ARABIC, ...PERSIAN]) {
  const start = marked.indexOf("["); const end = marked.indexOf("]") - 1;
  const text = marked.replace("[", "").replace("]", "");
  const ms = scan(text, before);
  if (!ms.some((x) => x.start === start && x.end === end && x.id === id)) { bad++; console.log("MISS", marked, "|", ms.map(x=>`${x.surface}→${x.id}`).join("; ")); }
}
for (const [text, forbid, before, instead] of TRAPS) {
  const ms = scan(text, before).filter((x) => x.id !== null || x.candidates.length);
  const wrong = ms.filter((x) => (forbid === "*" ? x.id !== instead : x.id === forbid || x.id === null));
  if (wrong.length) console.log("TRAP", text, "|", ms.map(x=>`${x.surface}→${x.id}`).join("; "));
}
console.log("misses", bad);

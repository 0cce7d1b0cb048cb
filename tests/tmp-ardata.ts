import { readdirSync, readFileSync } from "node:fs";
import { compileIndex } from "../lib/matching/compile";
import { createMatcher } from "../lib/matching/matcher";
const dir = "/work/wt/ar-data/data/entities";
const entities = readdirSync(dir).map((f) => JSON.parse(readFileSync(`${dir}/${f}`, "utf8")));
const m = createMatcher(compileIndex({ entities }));
const lines = readFileSync(0, "utf8").split("\n").filter(Boolean);
for (const s of lines) {
  const ses = m.session();
  const out: string[] = [];
  for (const part of s.split("|")) out.push(ses.scan(part).map((x) => `${x.surface}→${x.id ?? "?" + x.candidates.join("/")}${x.reason.kind === "exact" ? "" : ":" + x.reason.kind}`).join("; "));
  console.log(s, "\n   =>", out.join(" | "));
}

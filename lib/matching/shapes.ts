/** Alias texts cut into raw tokens once, at their first hit (by text index), for the case checks. */
import type { AliasShape } from "./match-types";
import { buildStream, makeInfo, TokCache, Tokens, type TokInfo, tokenizeRaw } from "./tokenize";

export function aliasShapes(texts: readonly string[]): (ti: number) => AliasShape {
  const shapes: (AliasShape | undefined)[] = [];
  return (ti) => {
    let s = shapes[ti];
    if (!s) {
      const text = texts[ti] as string;
      const t = new Tokens();
      tokenizeRaw(text, t, new TokCache((raw) => makeInfo(raw, () => -1)));
      buildStream(t, () => -1);
      const r0 = t.m > 0 ? (t.sRaw0[0] as number) : 0;
      const lights: string[] = [];
      const sh: string[] = [];
      const cap: boolean[] = [];
      const caps: boolean[] = [];
      for (let r = r0; r < t.n; r++) {
        const inf = t.rInfo[r] as TokInfo;
        lights.push(inf.light);
        sh.push(inf.bare);
        cap.push(inf.cap);
        caps.push(inf.caps);
      }
      s = { light: lights.join(" "), lights, distances: new Map(), shapes: sh, cap, caps };
      shapes[ti] = s;
    }
    return s;
  };
}

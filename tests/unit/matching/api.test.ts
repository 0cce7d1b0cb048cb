import { describe, expect, it } from "vitest";
import { compileIndex } from "../../../lib/matching/compile";
import { createMatcher } from "../../../lib/matching/index";
import { FIXTURE } from "./fixture";

const index = JSON.parse(JSON.stringify(compileIndex(FIXTURE)));
const matcher = createMatcher(index);

describe("createMatcher (public API)", () => {
  it("reports surface, offsets, id, kind and confidence", () => {
    const text = "Prime Minister Mustafa al-Kadhimi’s aides met.";
    const [m] = matcher.scan(text);
    expect(m).toEqual({
      surface: "Mustafa al-Kadhimi",
      start: 15,
      end: 33,
      id: "mustafa-al-kadhimi",
      candidates: [],
      match: "exact",
      confidence: 1,
      reason: { kind: "exact", text: "exact alias" },
    });
    expect(text.slice(m?.start, m?.end)).toBe(m?.surface);
  });

  it("keeps evidence across the texts of a session, not across scans", () => {
    const s = matcher.session();
    s.scan("Mohammed Shia al-Sudani arrived.");
    expect(s.scan("Then al-Sudani spoke.")[0]?.id).toBe("mohammed-shia-al-sudani");
    const alone = matcher.scan("Then al-Sudani spoke.")[0];
    expect(alone?.id).toBeNull();
    expect(alone?.candidates.sort()).toEqual(["abdul-karim-al-sudani", "mohammed-shia-al-sudani"]);
  });

  it("refuses an index built with other normalisation rules", () => {
    expect(() => createMatcher({ ...index, norm: "norm-0" })).toThrow(/norm-0/);
  });
});

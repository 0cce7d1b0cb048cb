import { describe, expect, it } from "vitest";
import aliasIndex from "../../../data/build/alias-index.json";
import { entityTagger } from "../../../lib/background/notes";
import type { PackedIndex } from "../../../lib/matching/index";

describe("entity tagging of highlights", () => {
  it("finds the entities the spotting engine links in a quote", () => {
    const tag = entityTagger(aliasIndex as PackedIndex);
    const ids = tag("Kataib Hezbollah called on the government of Mustafa al-Kadhimi to explain the delay.");
    expect(ids).toEqual(expect.arrayContaining(["kataib-hezbollah", "mustafa-al-kadhimi"]));
    expect(tag("Light rain is expected after three o'clock.")).toEqual([]);
  });
});

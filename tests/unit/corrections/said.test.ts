import { describe, expect, it } from "vitest";
import { noneOf, scopePhrase, thisIs, wrongMatch } from "../../../lib/corrections/said";
import { CORRECTION_LIMITS } from "../../../lib/corrections/types";

const KH = { id: "kataib-hezbollah", name: "Kataib Hezbollah" };

describe("what a reader's click says", () => {
  it("Wrong match from a card: one negative for the mention's spelling, with its sentence", () => {
    const said = wrongMatch(["KH"], KH, "page", "Officials blamed KH.");
    expect(said.inputs).toEqual([
      {
        kind: "not",
        spelling: "KH",
        entity: "kataib-hezbollah",
        scope: "page",
        sentence: "Officials blamed KH.",
      },
    ]);
    expect(said.done).toBe("“KH” is no longer marked as Kataib Hezbollah on this page");
  });

  it("does not name the actor twice when the spelling is its name", () => {
    const said = wrongMatch(["Kataib Hezbollah"], KH, "everywhere", "");
    expect(said.done).toBe("“Kataib Hezbollah” is no longer marked anywhere");
  });

  it("Wrong match from the popup: one negative per distinct spelling on the tab", () => {
    const said = wrongMatch(["Kataib Hezbollah", "KH", "Kataib Hezbollah", " KH ", ""], KH, "site");
    expect(said.inputs.map((i) => i.spelling)).toEqual(["Kataib Hezbollah", "KH"]);
    expect(said.inputs.every((i) => i.kind === "not" && i.entity === KH.id && i.scope === "site")).toBe(true);
    expect(said.done).toBe("“Kataib Hezbollah”, “KH” are no longer marked as Kataib Hezbollah on this site");
  });

  it("never asks for more than one request may hold", () => {
    const many = Array.from({ length: 60 }, (_, i) => `Name ${i}`);
    expect(wrongMatch(many, KH, "everywhere").inputs).toHaveLength(CORRECTION_LIMITS.perRequest);
  });

  it("This is …: the spelling names the chosen entity", () => {
    const said = thisIs(
      "Al-Sudani",
      { id: "abdul-karim-al-sudani", name: "Abdul-Karim al-Sudani" },
      "everywhere",
    );
    expect(said.inputs).toEqual([
      {
        kind: "spelling",
        spelling: "Al-Sudani",
        entity: "abdul-karim-al-sudani",
        scope: "everywhere",
        sentence: "",
      },
    ]);
    expect(said.done).toBe("“Al-Sudani” is now marked as Abdul-Karim al-Sudani anywhere");
  });

  it("None of these: one negative per candidate", () => {
    const said = noneOf("Al-Sudani", ["a", "b"], "site", "s");
    expect(said.inputs.map((i) => [i.kind, i.entity, i.spelling])).toEqual([
      ["not", "a", "Al-Sudani"],
      ["not", "b", "Al-Sudani"],
    ]);
    expect(said.done).toBe("“Al-Sudani” is no longer marked on this site");
  });

  it("says each scope", () => {
    expect(["page", "site", "everywhere"].map((s) => scopePhrase(s as "page"))).toEqual([
      "on this page",
      "on this site",
      "anywhere",
    ]);
  });
});

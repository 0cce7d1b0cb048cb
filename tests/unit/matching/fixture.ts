/** A small dataset in the real shape, for tests that must not depend on data/. */
import type { EntitySource } from "../../../lib/dataset/types";
import type { IndexSource } from "../../../lib/matching/compile";

type A = { text: string; ambiguous?: boolean; caseSensitive?: boolean };
function ent(id: string, name: string, aliases: (string | A)[], negatives?: string[]): EntitySource {
  return {
    id,
    type: "person",
    name,
    aliases: aliases.map((a) => (typeof a === "string" ? { text: a } : a)),
    ...(negatives ? { negatives } : {}),
    role: { text: "", cites: [] },
    summary: "",
    affiliations: [],
  };
}

export const FIXTURE: IndexSource = {
  entities: [
    ent("mustafa-al-kadhimi", "Mustafa al-Kadhimi", ["Kadhimi", "al-Kadhimi"]),
    ent("mohammed-shia-al-sudani", "Mohammed Shia al-Sudani", [
      { text: "al-Sudani", ambiguous: true },
      { text: "Sudani", ambiguous: true },
    ]),
    ent("abdul-karim-al-sudani", "Abdul Karim al-Sudani", [
      { text: "al-Sudani", ambiguous: true },
      { text: "Sudani", ambiguous: true },
    ]),
    ent("kataib-hezbollah", "Kataib Hezbollah", ["Kata’ib Hezbollah", "KH"]),
    ent("hezbollah", "Hezbollah", ["Lebanese Hezbollah"]),
    ent("popular-mobilization-forces", "Popular Mobilization Forces", ["PMF", "Hashd al-Shaabi"]),
    ent("islamic-state", "Islamic State", ["IS", "ISIS", "Daesh"]),
    ent("muqtada-al-sadr", "Muqtada al-Sadr", ["Sadr", "al-Sadr"], ["Sadr City"]),
    ent("fatah-alliance", "Fatah Alliance", [{ text: "Fatah", ambiguous: true }], ["Palestinian Fatah"]),
    ent("axis-of-resistance", "Axis of Resistance", [{ text: "Axis", ambiguous: true, caseSensitive: true }]),
    ent("hisham-al-hashimi", "Hisham al-Hashimi", ["Hashimi", { text: "Hisham", ambiguous: true }]),
    ent("adil-abdul-mahdi", "Adil Abdul-Mahdi", ["Abdul-Mahdi"]),
    ent("qassem-soleimani", "Qassem Soleimani", ["Soleimani"]),
    ent("kataib-sayyid-al-shuhada", "Kata'ib Sayyid al-Shuhada", []),
  ],
};

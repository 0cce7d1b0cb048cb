/**
 * The linker's word lists. They reach the content script as data in the packed alias index
 * (compile.ts puts them in, the matcher reads them from there): deflated with the index they
 * cost far fewer bytes than as code. Nothing the content script bundles imports this module.
 */

/**
 * Words that may stand right before a surname without being another person's given name:
 * titles, function words, demonyms ("Prime Minister Kadhimi", "When Kadhimi", "Iraqi Sadrists").
 */
export const NOT_GIVEN_WORDS: readonly string[] = (
  "mr mrs ms dr prime minister premier president vice secretary general gen lt col colonel commander " +
  "chief justice judge speaker senator sen rep ambassador envoy ayatollah grand sheikh shaykh sheik sayyid " +
  "sayed seyed imam cleric king prince emir leader spokesman deputy foreign interior defense defence " +
  "former late then militia party movement group brigade brigades forces force leaders " +
  "the a an and but or nor if when while as since after before because though although why how what who " +
  "whom where so yet that this these those for of in on at by with to from under over against says said " +
  "told asked also both either can could will would should may might must does did has have had is was " +
  "are were be been do neither not no only even than then there here his her their its our " +
  "iraqi iraqis iranian iranians american americans lebanese yemeni syrian kurdish kurd shia shiite shiites " +
  "sunni arab arabs israeli palestinian us u.s british turkish saudi western gulf baghdad tehran washington " +
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july " +
  "august september october november december"
).split(" ");

/** The same as a set (for the fuzzy layer, which runs outside the content script). */
export const NOT_GIVEN_NAMES: ReadonlySet<string> = new Set(NOT_GIVEN_WORDS);

/**
 * Capitalised words that may stand next to a name without making it part of a longer one:
 * titles, function words, demonyms (NOT_GIVEN_WORDS) and the type words of our names (here,
 * without those NOT_GIVEN_WORDS has).
 */
export const TYPE_WORDS: readonly string[] = (
  "battalion battalions movements organization organisation corps militias army alliance " +
  "coalition front council committee commission government administration cabinet ministry " +
  "office bloc list current trend faction factions groups fighters unit units command state " +
  "department house service services agency network members member official officials " +
  "spokesperson chairman head commanders generals ministers adviser advisor aide aides " +
  "supporters loyalists camp era regime sir lord st dear longtime yesterday today tonight " +
  "meanwhile however earlier later now last next instead still all many most some several new " +
  "old top senior junior north south east west northern southern eastern central upper lower " +
  "greater"
).split(" ");

/** Titles that make a following surname or short form a person's ("President Trump"). */
export const PERSON_TITLES: readonly string[] = (
  "mr mrs ms dr president prime minister premier secretary senator sen rep ambassador envoy ayatollah " +
  "sheikh shaykh sheik sayyid imam cleric general gen commander chief speaker judge justice leader"
).split(" ");

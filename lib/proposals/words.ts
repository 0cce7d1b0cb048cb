/**
 * The word lists the proposer reads names by: generic, never about one document (issue 13
 * forbids tuning lists per document). Light forms (lib/names `light`): lower case, no marks.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.split(" "));

/** Words that make a name a group's: "… Brigades", "Kata’ib …", "… Party". */
export const GROUP_WORDS = words(
  "brigades brigade movement organization organisation forces force party front kataib " +
    "saraya harakat asaib hezbollah hizballah hizbullah jihad army corps council commission " +
    "committee ministry institute institution foundation alliance coalition bloc union " +
    "authority directorate command service agency office university league militia group " +
    "network news center centre association court assembly parliament house department tank " +
    "bureau mission government guard guards battalion battalions division tribe clan current " +
    "trend jaish liwa tayar hashd interest resistance framework times post journal channel tv",
);

/** Title words written before a person's name ("Foreign Minister Fuad Hussein"); stripped from it. */
export const TITLE_WORDS = words(
  "prime minister president vice deputy gen general lt col colonel maj major brig brigadier " +
    "sgt capt captain sheikh shaykh sayyid sayed ayatollah grand mr mrs ms dr secretary " +
    "foreign defense defence interior chief justice commander senator sen rep king prince " +
    "emir imam mullah judge ambassador envoy speaker professor prof national security adviser " +
    "advisor of state former late cleric leader spokesman premier",
);

/** Lower-case nouns that say the name next to them is a person's ("researcher X", "X, an analyst"). */
export const PERSON_NOUNS = words(
  "leader commander chief head researcher analyst cleric spokesman spokeswoman spokesperson " +
    "fellow director minister president adviser advisor official general secretary-general " +
    "founder expert professor scholar journalist activist judge lawmaker politician mp deputy " +
    "colleague associate son daughter brother successor rebel militant envoy ambassador " +
    "author editor reporter historian strategist officer member legislator candidate premier " +
    "speaker businessman governor mayor curator artist writer economist diplomat scientist " +
    "lawyer doctor novelist poet counterpart man men woman women",
);

/** Verbs of speech after a name: "X said", "X told". */
export const SPEECH_VERBS = words(
  "said says told tells wrote writes added argued argues explained noted warned stated " +
    "believes thinks asked",
);

/** Words inside a name that are not capitalised: "Office of the Prime Minister", "Ahl al-Haq". */
export const CONNECTORS = words("of the al el bin ibn bint for and in on de wa");

/** Starts of a person's name by lineage: kunya (Abu X, Umm X) and nasab (bin / ibn). */
export const KUNYA = words("abu umm um");
export const NASAB = words("bin ibn bint");

/** Months and days: capitalised, never actors. */
export const CALENDAR = words(
  "january february march april may june july august september october november december " +
    "monday tuesday wednesday thursday friday saturday sunday",
);

/** Peoples and faiths, written like names but never one actor ("the Kurds", "Shiite …"). */
export const PEOPLES = words(
  "israelis emiratis sunnis shias shiites iraqis iranians kurds americans arabs syrians " +
    "palestinians lebanese turks saudis yemenis europeans russians kuwaitis qataris " +
    "jordanians egyptians yazidis christians muslims jews westerners baathists islamists " +
    "jihadists loyalists nationalists",
);

/** Titles proper; the other title words ("Foreign", "of State") only qualify one of these. */
export const TITLE_CORE = words(
  "minister president gen general lt col colonel maj major brig brigadier sgt capt captain " +
    "sheikh shaykh sayyid sayed ayatollah mr mrs ms dr secretary justice commander senator " +
    "sen rep king prince emir imam mullah judge ambassador envoy speaker professor prof " +
    "adviser advisor cleric leader spokesman premier chief",
);

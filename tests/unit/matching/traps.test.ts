/**
 * Traps: texts in which an entity must NOT be linked (common words, other people who share a
 * surname, negative phrases, a nested name). `forbid` is the entity that must not appear; "*"
 * means no entity at all may be linked.
 */
import { describe, expect, it } from "vitest";
import { createFuzzyMatcher } from "../../../lib/matching/fuzzy";
import { realIndex } from "./real-index";

const matcher = createFuzzyMatcher(realIndex());

// [text, forbidden id or "*"]
const TRAPS: [string, string][] = [
  // negative phrases
  ["Protesters gathered in Sadr City on Friday.", "muqtada-al-sadr"],
  ["Residents of Sadr City say the power is out.", "muqtada-al-sadr"],
  ["The Palestinian Fatah movement held talks in Cairo.", "fatah-alliance"],
  ["Palestinian Fatah officials met Hamas in Beijing.", "fatah-alliance"],
  // nested names: the longest wins
  ["Kataib Hezbollah fired rockets at the base.", "hezbollah"],
  ["Kata'ib Hizballah denied the claim.", "hezbollah"],
  ["Harakat Hezbollah al-Nujaba threatened US forces.", "hezbollah"],
  ["Lebanese Hezbollah fighters crossed the border.", "kataib-hezbollah"],
  ["Hezbollah in Lebanon said nothing.", "kataib-hezbollah"],
  ["Foreign Minister Fuad Hussein travelled to Tehran.", "saddam-hussein"],
  ["Abdul Karim al-Sudani spoke to reporters.", "mohammed-shia-al-sudani"],
  ["The Global Coalition to Defeat ISIS met in Rome.", "islamic-state"],
  ["The IRGC Quds Force commander arrived.", "irgc"],
  ["The Badr Organization and the Sadrist Movement disagreed.", "muqtada-al-sadr"],
  ["Asaib Ahl al-Haq spokesman said the leader had left.", "qais-al-khazali"],
  ["The weather in Baghdad was hot and the markets were busy.", "*"],
  // acronyms only in their case
  ["This is what it is.", "islamic-state"],
  ["Is it true? It is.", "islamic-state"],
  ["IRAQ IS BURNING AGAIN", "islamic-state"],
  ["Isis, the Egyptian goddess, was worshipped widely.", "islamic-state"],
  ["Send us the pmf file.", "popular-mobilization-forces"],
  ["The cts were counted.", "counter-terrorism-service"],
  ["The puk of the engine.", "patriotic-union-of-kurdistan"],
  // common words and capitalised common words
  ["He played his trump card at the meeting.", "donald-trump"],
  ["They formed an axis of corruption.", "axis-of-resistance"],
  ["The Axis powers lost the Second World War.", "axis-of-resistance"],
  ["It is almost like NATO in structure.", "nato-mission-iraq"],
  ["A new framework for talks was agreed.", "coordination-framework"],
  ["Framework agreements were signed in Vienna.", "coordination-framework"],
  ["The hamas of the word is unclear.", "hamas"],
  ["The kitchen was closed for repairs.", "klon-kitchen"],
  ["The journalist wrote a long piece.", "aziz-al-rubaye"],
  ["The Chief Justice ruled on Tuesday.", "faiq-zaidan"],
  ["The Washington Institute published a report.", "michael-knights"],
  ["A Telegram channel posted the video.", "sabereen-news"],
  ["The Pearson Institute hosted the panel.", "ramzy-mardini"],
  ["Chatham House hosted the panel.", "renad-mansour"],
  ["The University of Chicago published it.", "pearson-institute"],
  ["The Mahdi is awaited by believers.", "mahdi-army"],
  ["A Sudanese delegation arrived in Baghdad.", "mohammed-shia-al-sudani"],
  ["A Sudanese delegation arrived in Baghdad.", "abdul-karim-al-sudani"],
  ["Hashemite rulers once governed Iraq.", "hisham-al-hashimi"],
  ["Husseiniya halls filled with mourners.", "saddam-hussein"],
  // other people who share a surname or a first name
  ["Vice President Tariq al-Hashimi fled to Erbil.", "hisham-al-hashimi"],
  ["Nechirvan Barzani met the delegation.", "masoud-barzani"],
  ["Masrour Barzani met the delegation.", "masoud-barzani"],
  ["Hunter Biden testified on Tuesday.", "joe-biden"],
  ["Ivanka Trump attended the dinner.", "donald-trump"],
  ["Mohammed Baqir al-Sadr was executed in 1980.", "muqtada-al-sadr"],
  ["Grand Ayatollah Mohammad Sadiq al-Sadr was killed in 1999.", "muqtada-al-sadr"],
  ["Laith al-Khazali commands a brigade.", "qais-al-khazali"],
  ["King Hussein of Jordan visited Baghdad.", "saddam-hussein"],
  ["King Hussein of Jordan visited Baghdad.", "fuad-hussein"],
  ["Imam Hussein shrine in Karbala was crowded.", "saddam-hussein"],
  ["Ali Khamenei gave a speech.", "ali-al-sistani"],
  ["Ahmed al-Maliki joined the list.", "nouri-al-maliki"],
  ["Jawad al-Maliki was appointed.", "nouri-al-maliki"],
  ["Hisham Matar wrote a novel about Libya.", "hisham-al-hashimi"],
  ["Abd Rabbuh Mansur Hadi left Aden.", "hadi-al-amiri"],
  ["Kamal Kadhimi is a different man.", "mustafa-al-kadhimi"],
  ["Ali Mansour won the election.", "renad-mansour"],
  ["Sam Knights scored twice.", "michael-knights"],
  // ambiguous aliases without evidence stay unlinked
  ["Al-Sudani arrived late.", "mohammed-shia-al-sudani"],
  ["Al-Sudani arrived late.", "abdul-karim-al-sudani"],
  ["Fatah won the vote.", "fatah-alliance"],
];

describe("traps", () => {
  it("has at least 50 cases", () => {
    expect(TRAPS.length).toBeGreaterThanOrEqual(50);
  });
  it.each(TRAPS)("%s ✗ %s", (text, forbid) => {
    const linked = matcher.scan(text).map((m) => m.id);
    if (forbid === "*") expect(linked.filter(Boolean)).toEqual([]);
    else expect(linked).not.toContain(forbid);
  });
});

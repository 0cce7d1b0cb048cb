/**
 * Arabic- and Persian-script aliases in the dataset's shape (issue 16: `script`, `short`,
 * `ambiguous`), for the engine's tests until data/entities carries them. The forms are the
 * ones docs/research/arabic-persian-forms.md records as seen on real pages.
 */
import type { EntitySource } from "../../../lib/dataset/types";
import type { IndexSource } from "../../../lib/matching/compile";

/** "الحشد*" = short, "الحشد?" = ambiguous, "الحشد*?" = both; "fa:" = Persian script. */
function alias(spec: string) {
  let text = spec;
  let script = "ar";
  if (text.startsWith("fa:")) {
    script = "fa";
    text = text.slice(3);
  }
  const ambiguous = text.endsWith("?");
  if (ambiguous) text = text.slice(0, -1);
  const short = text.endsWith("*");
  if (short) text = text.slice(0, -1);
  return {
    text,
    script,
    fromDocuments: false,
    ...(short ? { short: true } : {}),
    ...(ambiguous ? { ambiguous: true } : {}),
  };
}

function ent(id: string, type: "person" | "group", name: string, aliases: string[]): EntitySource {
  return {
    id,
    type,
    name,
    aliases: [{ text: name }, ...aliases.map(alias)],
    role: { text: "", cites: [] },
    summary: "",
    affiliations: [],
  } as EntitySource;
}

export const ARABIC_FIXTURE: IndexSource = {
  entities: [
    ent("kataib-hezbollah", "group", "Kataib Hezbollah", [
      "كتائب حزب الله",
      "كتائب حزب الله في العراق",
      "كتائب حزب الله العراق",
      "كتائب حزب الله العراقي",
      "كتائب حزب الله العراقية",
      "حزب الله العراقي*?",
      "الكتائب*?",
      "fa:کتائب حزب‌الله",
      "fa:کتائب حزب‌الله عراق",
    ]),
    ent("kataib-sayyid-al-shuhada", "group", "Kata'ib Sayyid al-Shuhada", ["كتائب سيد الشهداء", "الكتائب*?"]),
    ent("hezbollah", "group", "Hezbollah", [
      "حزب الله",
      "حزب الله اللبناني",
      "حزب الله لبنان",
      "المقاومة الإسلامية في لبنان",
      "fa:حزب‌الله",
    ]),
    ent("harakat-hezbollah-al-nujaba", "group", "Harakat Hezbollah al-Nujaba", [
      "حركة حزب الله النجباء",
      "حزب الله النجباء",
      "النجباء*?",
    ]),
    ent("masoud-barzani", "person", "Masoud Barzani", [
      "مسعود بارزاني",
      "مسعود البارزاني",
      "بارزاني*?",
      "البارزاني*?",
    ]),
    ent("ayad-allawi", "person", "Ayad Allawi", ["إياد علاوي", "علاوي*?"]),
    ent("mahdi-army", "group", "Mahdi Army", ["جيش المهدي"]),
    ent("popular-mobilization-forces", "group", "Popular Mobilization Forces", [
      "الحشد الشعبي",
      "هيئة الحشد الشعبي",
      "قوات الحشد الشعبي",
      "الحشد*?",
      "هيئة الحشد*",
      "fa:حشد شعبی",
      "fa:حشد الشعبی",
      "fa:بسیج مردمی عراق",
    ]),
    ent("abu-mahdi-al-muhandis", "person", "Abu Mahdi al-Muhandis", [
      "أبو مهدي المهندس",
      "المهندس*?",
      "fa:ابومهدی المهندس",
      "fa:ابومهدی مهندس",
    ]),
    ent("qassem-soleimani", "person", "Qassem Soleimani", [
      "قاسم سليماني",
      "سليماني*",
      "fa:قاسم سلیمانی",
      "fa:سلیمانی*",
      "fa:حاج قاسم*",
    ]),
    ent("quds-force", "group", "Quds Force", [
      "فيلق القدس",
      "فيلق قدس",
      "قوة القدس",
      "fa:نیروی قدس",
      "fa:سپاه قدس",
    ]),
    ent("irgc", "group", "Islamic Revolutionary Guard Corps", [
      "الحرس الثوري الإيراني",
      "الحرس الثوري",
      "حرس الثورة الاسلامية",
      "fa:سپاه پاسداران انقلاب اسلامی",
      "fa:سپاه پاسداران",
    ]),
    ent("mustafa-al-kadhimi", "person", "Mustafa al-Kadhimi", [
      "مصطفى الكاظمي",
      "الكاظمي*",
      "fa:مصطفی الکاظمی",
      "fa:مصطفی کاظمی",
      "fa:الکاظمی*",
    ]),
    ent("mohammed-shia-al-sudani", "person", "Mohammed Shia al-Sudani", [
      "محمد شياع السوداني",
      "السوداني*?",
      "fa:محمد شیاع السودانی",
      "fa:السودانی*?",
    ]),
    ent("coordination-framework", "group", "Coordination Framework", [
      "الإطار التنسيقي",
      "قوى الإطار التنسيقي",
      "الإطار*?",
      "fa:چارچوب هماهنگی",
    ]),
    ent("muqtada-al-sadr", "person", "Muqtada al-Sadr", ["مقتدى الصدر", "الصدر*?", "fa:مقتدی صدر"]),
    ent("sadrist-movement", "group", "Sadrist Movement", ["التيار الصدري"]),
    ent("badr-organization", "group", "Badr Organization", [
      "منظمة بدر",
      "فيلق بدر",
      "بدر*?",
      "fa:سازمان بدر",
    ]),
    ent("hadi-al-amiri", "person", "Hadi al-Amiri", ["هادي العامري", "العامري*?", "fa:هادی عامری"]),
    ent("asaib-ahl-al-haq", "group", "Asa'ib Ahl al-Haq", [
      "عصائب أهل الحق",
      "حركة عصائب أهل الحق",
      "العصائب*",
      "fa:عصائب اهل حق",
    ]),
    ent("qais-al-khazali", "person", "Qais al-Khazali", ["قيس الخزعلي", "الخزعلي*?", "fa:قیس الخزعلی"]),
    ent("barham-salih", "person", "Barham Salih", ["برهم صالح", "برهم*?", "صالح*?"]),
    ent("mohammad-javad-zarif", "person", "Mohammad Javad Zarif", [
      "محمد جواد ظريف",
      "ظريف*?",
      "fa:محمدجواد ظریف",
    ]),
    ent("hamas", "group", "Hamas", ["حماس?", "حركة حماس", "fa:جنبش حماس"]),
    ent("islamic-state", "group", "Islamic State", [
      "داعش",
      "تنظيم داعش",
      "تنظيم الدولة الإسلامية",
      "fa:داعش",
    ]),
    ent("tishreen-movement", "group", "Tishreen Movement", ["انتفاضة تشرين", "ثورة تشرين", "تشرين*?"]),
    ent("hikma", "group", "Hikma Movement", ["تيار الحكمة", "تيار الحكمة الوطني", "الحكمة*?"]),
    ent("ali-al-sistani", "person", "Ali al-Sistani", [
      "علي السيستاني",
      "السيستاني*",
      "fa:سیستانی*",
      "fa:آیت‌الله سیستانی",
    ]),
    ent("ismail-qaani", "person", "Ismail Qaani", [
      "إسماعيل قاآني",
      "إسماعيل قاني",
      "قاآني*",
      "fa:اسماعیل قاآنی",
    ]),
    ent("nouri-al-maliki", "person", "Nouri al-Maliki", ["نوري المالكي", "المالكي*?", "fa:نوری المالکی"]),
    ent("adil-abdul-mahdi", "person", "Adil Abdul-Mahdi", [
      "عادل عبد المهدي",
      "عبد المهدي*?",
      "fa:عادل عبدالمهدی",
    ]),
    ent("bashar-al-assad", "person", "Bashar al-Assad", ["بشار الأسد", "الأسد*?"]),
    ent("saddam-hussein", "person", "Saddam Hussein", ["صدام حسين", "صدام*?"]),
    ent("houthis", "group", "Houthis", ["أنصار الله", "جماعة الحوثي", "الحوثيون", "الحوثيين"]),
    ent("hisham-al-hashimi", "person", "Hisham al-Hashimi", ["هشام الهاشمي", "الهاشمي*?"]),
    ent("donald-trump", "person", "Donald Trump", ["دونالد ترامب", "ترامب", "ترمب", "fa:دونالد ترامپ"]),
    ent("joe-biden", "person", "Joe Biden", ["جو بايدن", "بايدن", "fa:بایدن"]),
    ent("nato", "group", "NATO", ["الناتو", "حلف شمال الأطلسي"]),
  ],
};

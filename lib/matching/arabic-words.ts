/**
 * Word lists of the linker's Arabic-script rules (arabic-rules.ts), written as pages write
 * them and folded once. Arabic has no capitals: where the Latin linker asks "is the word before
 * a surname a capitalised given name?", these lists say which words before (or after) a short
 * form make it someone or something else ("محمد باقر الصدر", "مدينة الصدر", "نجل الصدر").
 */
import { lightArabic } from "../names/arabic";

const set = (words: string): ReadonlySet<string> =>
  new Set(words.split(/\s+/).filter(Boolean).map(lightArabic));

/** Given names (Arabic and Persian): before a surname they make another person's name. */
export const AR_GIVEN = set(`
محمد أحمد محمود حامد حميد حمدي علي حسن حسين حسان باقر صادق جعفر موسى عيسى كاظم رضا جواد هادي مهدي
تقي نقي عمار ليث قيس عادل إبراهيم إسماعيل اسماعيل إسحاق يعقوب يوسف يونس سليمان داود نوح عمر عثمان خالد
سعد سعيد سعود فيصل فهد ناصر نصر منصور مصطفى مرتضى مجتبى مقتدى محسن حيدر عباس حمزة طالب جلال كمال
جمال نوري فؤاد فواد فائق برهم مسعود نيجيرفان هوشيار إياد أياد عدنان عزيز عزت صدام طارق أسامة بشار
حافظ رفعت ماهر قاسم نبيه نعيم سمير سامي سالم صلاح فاضل فالح فلاح كريم رحيم جاسم حازم مجيد وليد زيد
زياد ضياء علاء همام هشام هاشم شاكر ثامر ثائر خضير خميس لطيف أكرم أمير أنور باسم بهاء تحسين جبار
رعد رياض سلام شهاب ظافر عامر عدي قصي كامل ماجد مؤيد نزار نجم هيثم وائل ياسر ياسين يحيى أيمن عمرو
منتظر مسلم مالك بدر حارث أسعد فارس غازي جابر مازن نبيل عماد إيهاد إيهاب أنس أيوب سجاد كرار مرتضی
عاشور واثق مسرور توفيق مسعود عبود كاظم جبر شعلان فرحان
فاطمة زينب مريم عائشة خديجة سكينة حنان ليلى رباب بتول
علی حسین مهدی مجتبی انسیه ابوالقاسم محمدرضا علیرضا غلامرضا غلامحسین حمیدرضا امیر ابراهیم اسماعیل روح‌الله
`);

/** Words that head another name when a surname or short form follows them. */
export const AR_HEADS = set(`
مدينة مدينه شارع ساحة حي منطقة محلة قضاء ناحية محافظة مطار جسر طريق مسجد جامع حسينية مرقد ضريح مقام
مستشفى حديقة متحف مكتبة جامعة كلية مدرسة معهد مركز مؤسسة مكتب دار بيت قصر فندق مقبرة سوق ملعب نادي قاعة شركة مصرف بنك
تيار حزب حركة جيش سرايا لواء فوج كتيبة فرقة قوات قوة مجلس هيئة منظمة مؤتمر جائزة يوم عيد ذكرى عملية
معركة آل بن ابن بنت أبو أم بني بنو عائلة أسرة عشيرة قبيلة نهر بحر جبل وادي سد باب ميدان قرية مخيم
نجل والد والدة شقيق شقيقة أخ أخو أخت عم عمه خال جد حفيد حفيدة زوج زوجة أرملة صهر نسيب
شهر شهرک خیابان میدان دانشگاه فرودگاه بیمارستان روستای پسر برادر همسر
`);

/** Definite words after which a definite short form is still our name: titles, the office. */
export const AR_TITLES = set(`
السيد الشيخ الزعيم القائد اللواء الحاج الجنرال الرئيس الوزراء الوزير العراقي الإيراني اللبناني العام الله
المرجع سماحة فخامة دولة معالي
`);

/**
 * Words after which a short form without the article ("سليماني", "صالح") reads as a name: titles
 * and the verbs and particles that introduce a person in news prose, and the nouns news put before
 * a person ("اغتيال سليماني", Persian "راه سلیمانی"). Anything else before such a word may take it
 * for an adjective ("وجه ظريف") or a noun ("بكل حماس").
 */
export const AR_BEFORE = set(`
السيد الشيخ الزعيم القائد اللواء الحاج الجنرال الرئيس رئيس الوزير وزير الشهيد شهيد الفريق العميد
قال قالت يقول أكد أكدت يؤكد أضاف أعلن أعلنت ذكرت اسم أشار ذكر صرح أوضح دعا طالب التقى استقبل زار بحث رأى اعتبر كشف نفى وصف
أن إن ان بأن لأن كان لكن بينما حيث كما عندما بعد قبل مع عن على إلى الى من بين أمام أما
سردار سرلشکر سرتیپ حاج آقای شهید سید دکتر گفت افزود کرد است
اغتيال مقتل قتل مصرع استشهاد رحيل خليفة
راه مکتب شهادت ترور قتل سالگرد جانشین
`);

/** Words after which a one-word form is no name of ours: "بدر الدين", "تشرين الأول". */
export const AR_AFTER = set("الدين الأول الثاني الاول");

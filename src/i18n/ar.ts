import { isolate, ltr, rightToLeft } from "./bidi.ts";
import type { Messages } from "./messages.ts";

/** Arabic seconds: one, two (dual), three to ten (plural), eleven and more (singular accusative). */
function seconds(n: number): string {
  if (n === 1) return "ثانية واحدة";
  if (n === 2) return "ثانيتين";
  if (n >= 3 && n <= 10) return `${n} ثوانٍ`;
  return `${n} ثانية`;
}

/**
 * Arabic. Discord clients have no Arabic, so the command names are the English ones the reader's client
 * shows. Written plainly here; `rightToLeft` marks every line right-to-left (see bidi.ts).
 */
export const ar: Messages = rightToLeft<Messages>({
  area: "المجال",
  kind: "النوع",
  kindArea: "مجال تركيز",
  kindTopic: "موضوع",
  fromSource: "من المصدر",
  topicsInArea: "موضوعات هذا المجال",
  related: "ذو صلة",
  asked: (q) => `السؤال: ${isolate(q)}`,
  source: (title, section) => `المصدر: «${ltr(title)}»${section ? ` § ${ltr(section)}` : ""}`,
  englishSourceNote: "الإجابات تقتبس من المصدر الإنجليزي.",
  andMore: (n) => `… و${n} أخرى`,
  areaNames: {
    overview: "نظرة عامة",
    "cooperation-and-alliances": "التعاون والتحالفات",
    "peaceful-coexistence": "التعايش السلمي",
    "countering-threats": "مواجهة التهديدات",
    "technological-cooperation": "التعاون التكنولوجي",
    conclusion: "الخاتمة",
  },

  noMatchTitle: "لا توجد إجابة مؤكدة",
  noMatchLead: (q) => `لم أجد في الوثيقة المصدر إجابة مؤكدة عن «${isolate(q)}».`,
  noMatchEmpty: "اطرح سؤالًا عن الوثيقة المصدر.",
  noMatchHelp: `يجيب سفير عن الأسئلة المتعلقة بالسياسة الخارجية والعلاقات الأمنية لدولة إسلامية. جرّب أحد المجالات أدناه باستخدام ${ltr("`/topic`")}، أو اسأل بكلمات أخرى.`,
  areas: "المجالات",
  closest: "أقرب المداخل",

  topicsTitle: "الموضوعات",
  topicsDescription: (n) =>
    `${n} مدخلًا في ستة مجالات، كُتبت كلها من وثيقة مصدر واحدة. اختر واحدًا أدناه، أو استخدم ${ltr("`/topic`")}.`,
  areaSummaryOnly: "_ملخص المجال نفسه._",
  topicsPlaceholder: "افتح مجالًا أو موضوعًا…",

  aboutTitle: "عن سفير",
  aboutIntro: "يجيب سفير عن الأسئلة المتعلقة بالسياسة الخارجية والعلاقات الأمنية لدولة إسلامية.",
  aboutSource: (title) =>
    `كل إجابة مأخوذة من وثيقة مصدر واحدة هي «${ltr(title)}»، وتذكر القسم الذي أُخذت منه لتتمكن من التحقق منها. لا يضيف سفير أي معلومات من عنده.`,
  commandsField: "الأوامر",
  commandLines: [
    `${ltr("`/ask question`")} — اسأل بكلماتك`,
    `${ltr("`/topic name`")} — افتح موضوعًا (ابدأ الكتابة لرؤية الاقتراحات)`,
    `${ltr("`/topics`")} — كل المجالات والموضوعات`,
    `${ltr("`/about`")} — هذه الرسالة`,
    `${ltr("Apps → **Answer with Safir**")} على أي رسالة — يجيب عن السؤال الوارد فيها`,
    `أضف ${ltr("`private: True`")} لترى الإجابة وحدك.`,
  ],
  knowledgeBase: "قاعدة المعرفة",
  knowledgeBaseValue: (e, t) => `${e} مدخلًا (${t} موضوعًا في ستة مجالات)`,
  version: "الإصدار",
  aboutFooter: "سفير مفتوح المصدر. تلخّص الإجابات المصدر، وليست تصريحات رسمية.",

  otherMatches: "موضوعات مطابقة أخرى…",
  areaTopicsPlaceholder: "افتح موضوعًا من هذا المجال…",
  relatedPlaceholder: "موضوعات ذات صلة…",
  suggestedFor: (id) => `مقترح لـ <@${id}>`,
  sharedBy: (id) => `شاركه <@${id}>`,
  postInChannel: "انشر في القناة",
  focusAreaChoice: (title) => `${ltr(title)} (مجال تركيز)`,

  askEmpty: `يُرجى كتابة سؤال، مثلًا ${ltr("`/ask question:`")} كيف تواجه الإرهاب؟`,
  topicEmpty: `يُرجى ذكر موضوع. ابدأ الكتابة بعد ${ltr("`/topic name:`")} لرؤية الاقتراحات.`,
  gone: `لم يعد هذا الموضوع موجودًا في قاعدة المعرفة. استخدم ${ltr("`/topics`")} لترى ما هو متاح الآن.`,
  cooldown: (s) => `تمهّل قليلًا: يمكنك السؤال مجددًا بعد ${seconds(s)}.`,
  somethingWentWrong: (ref) =>
    `حدث خطأ أثناء الإجابة. تم تسجيله (المرجع ${ltr(`\`${ref}\``)})؛ يُرجى المحاولة مجددًا بعد قليل.`,
  unknownInteraction: `لم أعد أعرف هذا الأمر أو الزر. جرّب ${ltr("`/topics`")} أو ${ltr("`/ask`")}.`,

  askedBy: (id) => `سأل <@${id}>:`,
  emptyMessage: `لا تحتوي هذه الرسالة على نص يمكنني الإجابة عنه (ربما صورة أو ملف أو محتوى مضمّن فقط). استخدم ${ltr("**Answer with Safir**")} على رسالة تطرح سؤالًا مكتوبًا، أو اسألني بنفسك عبر ${ltr("`/ask`")}.`,

  helpful: "مفيد",
  notHelpful: "غير مفيد",
  feedbackThanks: "شكرًا على ملاحظاتك!",
  feedbackDelayed:
    "شكرًا! لا يمكن حفظ الملاحظات الآن: ملاحظتك في قائمة الانتظار وستُحفظ عند عودة قاعدة البيانات.",
  feedbackRefused: "عذرًا، تعذّر تسجيل ملاحظتك الآن. يُرجى المحاولة لاحقًا.",
  feedbackOff: "لا يسجّل سفير هنا الملاحظات، لكن شكرًا لك على أي حال.",
  whyTitle: "غير مفيد — شكرًا لإخبارنا",
  whyLabel: "عمّ كنت تبحث؟",
  whyHint: "اختياري. يساعد المحررين على سد الثغرات.",
  privacyField: "الخصوصية",
  privacyRecording: (d) =>
    `يحتفظ سفير لمدة ${d} يومًا بالأسئلة المطروحة والإجابات المقدمة، وتصويتات 👍/👎 مع أي تعليق، وأعداد الأوامر؛ ومعرّفات المستخدمين فقط كتجزئة بمفتاح، وليس كنص صريح أبدًا.`,
  privacyOff: "لا يسجّل سفير أي شيء هنا: لا أسئلة ولا تصويتات ولا معرّفات مستخدمين.",

  notMentioned: (list, figures) =>
    figures ? `لا يذكر المصدر ${isolate(list)}، ولا يقدّم أي أرقام.` : `لا يذكر المصدر ${isolate(list)}.`,
  noFigures: (topic) => (topic ? `لا يقدّم المصدر أرقامًا عن ${isolate(topic)}.` : "لا يقدّم المصدر أي أرقام."),
  noOpinion: "لا يقدّم المصدر رأيًا في ذلك.",
  or: "أو",
});

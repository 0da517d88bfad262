import type { Messages } from "./messages.ts";

/** Turkish. Command and option names are the Turkish localisations a `tr` client shows (/sor, /konu …). */
export const tr: Messages = {
  area: "Alan",
  kind: "Tür",
  kindArea: "Odak alanı",
  kindTopic: "Konu",
  fromSource: "Kaynaktan",
  topicsInArea: "Bu alandaki konular",
  related: "İlgili",
  asked: (q) => `Soru: ${q}`,
  source: (title, section) => `Kaynak: “${title}”${section ? ` § ${section}` : ""}`,
  englishSourceNote: "Yanıtlar İngilizce kaynaktan alıntı yapar.",
  andMore: (n) => `… ve ${n} tane daha`,
  areaNames: {
    overview: "Genel bakış",
    "cooperation-and-alliances": "İş birliği ve ittifaklar",
    "peaceful-coexistence": "Barış içinde bir arada yaşama",
    "countering-threats": "Tehditlerle mücadele",
    "technological-cooperation": "Teknolojik iş birliği",
    conclusion: "Sonuç",
  },

  noMatchTitle: "Kesin bir yanıt yok",
  noMatchLead: (q) => `Kaynak belgede “${q}” sorusuna kesin bir yanıt bulamadım.`,
  noMatchEmpty: "Kaynak belge hakkında bir soru sorun.",
  noMatchHelp:
    "Safir, bir İslam ülkesinin dış politikası ve güvenlik ilişkileri hakkındaki soruları yanıtlar. Aşağıdaki alanlardan birini `/konu` ile deneyin ya da başka kelimelerle sorun.",
  areas: "Alanlar",
  closest: "En yakın kayıtlar",

  topicsTitle: "Konular",
  topicsDescription: (n) =>
    `Altı alanda ${n} kayıt; hepsi tek bir kaynak belgeden yazıldı. Aşağıdan birini seçin ya da \`/konu\` kullanın.`,
  areaSummaryOnly: "_Yalnızca alanın özeti._",
  topicsPlaceholder: "Bir alan ya da konu açın…",

  aboutTitle: "Safir hakkında",
  aboutIntro:
    "Safir, bir İslam ülkesinin dış politikası ve güvenlik ilişkileri hakkındaki soruları yanıtlar.",
  aboutSource: (title) =>
    `Her yanıt tek bir kaynak belgeden, “${title}” belgesinden gelir ve alındığı bölümü belirtir; böylece kontrol edebilirsiniz. Safir kendinden hiçbir bilgi eklemez.`,
  commandsField: "Komutlar",
  commandLines: [
    "`/sor soru` — kendi kelimelerinizle sorun",
    "`/konu ad` — bir konu açın (öneriler için yazmaya başlayın)",
    "`/konular` — tüm alanlar ve konular",
    "`/hakkında` — bu mesaj",
    "Herhangi bir mesajda Uygulamalar → **Safir ile yanıtla** — mesajdaki soruyu yanıtlar",
    "Yanıtı yalnızca sizin görmeniz için `gizli: True` ekleyin.",
  ],
  knowledgeBase: "Bilgi tabanı",
  knowledgeBaseValue: (e, t) => `${e} kayıt (altı alanda ${t} konu)`,
  version: "Sürüm",
  aboutFooter: "Safir açık kaynaklıdır. Yanıtlar kaynağı özetler; resmî açıklama değildir.",

  otherMatches: "Eşleşen diğer konular…",
  areaTopicsPlaceholder: "Bu alandan bir konu açın…",
  relatedPlaceholder: "İlgili konular…",
  suggestedFor: (id) => `<@${id}> için önerildi`,
  sharedBy: (id) => `<@${id}> paylaştı`,
  postInChannel: "Kanalda paylaş",
  focusAreaChoice: (title) => `${title} (odak alanı)`,

  askEmpty: "Lütfen bir soru yazın, örneğin `/sor soru: terörle nasıl mücadele ediyor?`",
  topicEmpty: "Lütfen bir konu adı yazın. Öneriler için `/konu ad:` sonrasında yazmaya başlayın.",
  gone: "Bu konu artık bilgi tabanında yok. Şu an neler olduğunu görmek için `/konular` kullanın.",
  cooldown: (s) => `Biraz yavaşlayın: ${s} saniye sonra yeniden sorabilirsiniz.`,
  somethingWentWrong: (ref) =>
    `Yanıtlanırken bir sorun oluştu. Kaydedildi (referans \`${ref}\`); lütfen birazdan yeniden deneyin.`,
  unknownInteraction: "Bu komutu ya da düğmeyi artık tanımıyorum. `/konular` ya da `/sor` deneyin.",

  askedBy: (id) => `<@${id}> sordu:`,
  emptyMessage:
    "Bu mesajda yanıtlayabileceğim bir metin yok (belki yalnızca bir görsel, dosya ya da gömülü içerik var). **Safir ile yanıtla** komutunu yazılı bir soru içeren bir mesajda kullanın ya da bana `/sor` ile kendiniz sorun.",

  helpful: "Yararlı",
  notHelpful: "Yararlı değil",
  feedbackThanks: "Geri bildiriminiz için teşekkürler!",
  feedbackDelayed:
    "Teşekkürler! Geri bildirim şu an kaydedilemiyor: sıraya alındı, veritabanı geri geldiğinde kaydedilecek.",
  feedbackRefused: "Üzgünüz, geri bildiriminiz şu an kaydedilemedi. Lütfen biraz sonra yeniden deneyin.",
  feedbackOff: "Bu Safir geri bildirim kaydetmiyor, yine de teşekkürler.",
  whyTitle: "Yararlı değil — söylediğiniz için sağ olun",
  whyLabel: "Ne arıyordunuz?",
  whyHint: "İsteğe bağlı. Editörlerin eksikleri tamamlamasına yardımcı olur.",
  privacyField: "Gizlilik",
  privacyRecording: (d) =>
    `Safir, sorulan soruları ve verilen yanıtları, 👍/👎 oylarını (varsa yorumlarıyla) ve komut sayılarını ${d} gün saklar; kullanıcı kimliklerini yalnızca anahtarlı bir özet (hash) olarak tutar, asla açık olarak değil.`,
  privacyOff: "Safir burada hiçbir şey kaydetmez: soru, oy ya da kullanıcı kimliği yok.",

  notMentioned: (list, figures) =>
    figures
      ? `Kaynak ${list} konusundan söz etmiyor ve rakam vermiyor.`
      : `Kaynak ${list} konusundan söz etmiyor.`,
  noFigures: (topic) => (topic ? `Kaynak ${topic} hakkında rakam vermiyor.` : "Kaynak rakam vermiyor."),
  noOpinion: "Kaynak bu konuda bir görüş bildirmiyor.",
  or: "ya da",
};

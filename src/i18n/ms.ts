import type { Messages } from "./messages.ts";

/**
 * Malay. Discord clients have no Malay, so a Malay reader's client shows the English command names:
 * the texts name `/ask`, `/topic` … as they appear.
 */
export const ms: Messages = {
  area: "Bidang",
  kind: "Jenis",
  kindArea: "Bidang tumpuan",
  kindTopic: "Topik",
  fromSource: "Daripada sumber",
  topicsInArea: "Topik dalam bidang ini",
  related: "Berkaitan",
  asked: (q) => `Soalan: ${q}`,
  source: (title, section) => `Sumber: “${title}”${section ? ` § ${section}` : ""}`,
  englishSourceNote: "Jawapan memetik sumber asal dalam bahasa Inggeris.",
  andMore: (n) => `… dan ${n} lagi`,
  areaNames: {
    overview: "Gambaran keseluruhan",
    "cooperation-and-alliances": "Kerjasama dan pakatan",
    "peaceful-coexistence": "Kewujudan bersama secara aman",
    "countering-threats": "Menangani ancaman",
    "technological-cooperation": "Kerjasama teknologi",
    conclusion: "Kesimpulan",
  },

  noMatchTitle: "Tiada jawapan yang pasti",
  noMatchLead: (q) => `Saya tidak menemui jawapan yang pasti bagi “${q}” dalam dokumen sumber.`,
  noMatchEmpty: "Tanya soalan tentang dokumen sumber.",
  noMatchHelp:
    "Safir menjawab soalan tentang dasar luar dan hubungan keselamatan sebuah negara Islam. Cuba salah satu bidang di bawah dengan `/topic`, atau tanya dengan perkataan lain.",
  areas: "Bidang",
  closest: "Entri terdekat",

  topicsTitle: "Topik",
  topicsDescription: (n) =>
    `${n} entri dalam enam bidang, semuanya ditulis daripada satu dokumen sumber. Pilih satu di bawah, atau gunakan \`/topic\`.`,
  areaSummaryOnly: "_Hanya ringkasan bidang ini._",
  topicsPlaceholder: "Buka bidang atau topik…",

  aboutTitle: "Mengenai Safir",
  aboutIntro: "Safir menjawab soalan tentang dasar luar dan hubungan keselamatan sebuah negara Islam.",
  aboutSource: (title) =>
    `Setiap jawapan datang daripada satu dokumen sumber, “${title}”, dan menyebut bahagian asalnya supaya anda boleh menyemaknya. Safir tidak menambah fakta sendiri.`,
  commandsField: "Arahan",
  commandLines: [
    "`/ask question` — tanya dengan perkataan anda sendiri",
    "`/topic name` — buka topik (mula menaip untuk cadangan)",
    "`/topics` — semua bidang dan topik",
    "`/about` — mesej ini",
    "Apps → **Answer with Safir** pada mana-mana mesej — menjawab soalan di dalamnya",
    "Tambah `private: True` supaya hanya anda yang melihat jawapan.",
  ],
  knowledgeBase: "Pangkalan pengetahuan",
  knowledgeBaseValue: (e, t) => `${e} entri (${t} topik dalam enam bidang)`,
  version: "Versi",
  aboutFooter: "Safir ialah sumber terbuka. Jawapan meringkaskan sumber; ia bukan kenyataan rasmi.",

  otherMatches: "Topik lain yang sepadan…",
  areaTopicsPlaceholder: "Buka topik dalam bidang ini…",
  relatedPlaceholder: "Topik berkaitan…",
  suggestedFor: (uid) => `Dicadangkan untuk <@${uid}>`,
  sharedBy: (uid) => `Dikongsi oleh <@${uid}>`,
  postInChannel: "Hantar ke saluran",
  focusAreaChoice: (title) => `${title} (bidang tumpuan)`,

  askEmpty: "Sila taip soalan, contohnya `/ask question: bagaimanakah ia menangani keganasan?`",
  topicEmpty: "Sila namakan topik. Mula menaip selepas `/topic name:` untuk melihat cadangan.",
  gone: "Topik itu sudah tiada dalam pangkalan pengetahuan. Gunakan `/topics` untuk melihat kandungan terkini.",
  cooldown: (s) => `Perlahan sedikit: anda boleh bertanya lagi dalam ${s} saat.`,
  somethingWentWrong: (ref) =>
    `Berlaku masalah semasa menjawab. Ia telah direkodkan (rujukan \`${ref}\`); sila cuba lagi sebentar nanti.`,
  unknownInteraction: "Saya tidak lagi mengenali arahan atau butang itu. Cuba `/topics` atau `/ask`.",

  askedBy: (uid) => `<@${uid}> bertanya:`,
  emptyMessage:
    "Mesej itu tiada teks untuk saya jawab (mungkin hanya gambar, fail atau embed). Gunakan **Answer with Safir** pada mesej yang mengandungi soalan bertulis, atau tanya saya sendiri dengan `/ask`.",

  helpful: "Membantu",
  notHelpful: "Tidak membantu",
  feedbackThanks: "Terima kasih atas maklum balas anda!",
  feedbackDelayed:
    "Terima kasih! Maklum balas tidak dapat disimpan sekarang: maklum balas anda dalam giliran dan akan disimpan apabila pangkalan data kembali.",
  feedbackRefused: "Maaf, maklum balas anda tidak dapat direkodkan sekarang. Sila cuba lagi sebentar lagi.",
  feedbackOff: "Safir ini tidak merekodkan maklum balas, tetapi terima kasih.",
  whyTitle: "Tidak membantu — terima kasih",
  whyLabel: "Apakah yang anda cari?",
  whyHint: "Pilihan. Ia membantu editor mengisi kekurangan.",
  privacyField: "Privasi",
  privacyRecording: (d) =>
    `Safir menyimpan selama ${d} hari soalan yang ditanya dan jawapan yang diberi, undian 👍/👎 berserta sebarang komen, dan kiraan arahan; ID pengguna hanya sebagai cincangan berkunci, tidak sekali-kali dalam bentuk asal.`,
  privacyOff: "Safir tidak merekodkan apa-apa di sini: tiada soalan, undian atau ID pengguna.",

  notMentioned: (list, figures) =>
    figures
      ? `Sumber tidak menyebut ${list}, dan tidak memberikan sebarang angka.`
      : `Sumber tidak menyebut ${list}.`,
  noFigures: (topic) =>
    topic
      ? `Sumber tidak memberikan sebarang angka tentang ${topic}.`
      : "Sumber tidak memberikan sebarang angka.",
  noOpinion: "Sumber ini tidak memberikan pendapat tentang perkara itu.",
  or: "atau",
};

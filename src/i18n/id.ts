import type { Messages } from "./messages.ts";

/** Indonesian. Command and option names are the Indonesian localisations an `id` client shows (/tanya …). */
export const id: Messages = {
  area: "Bidang",
  kind: "Jenis",
  kindArea: "Bidang fokus",
  kindTopic: "Topik",
  fromSource: "Dari sumber",
  topicsInArea: "Topik dalam bidang ini",
  related: "Terkait",
  asked: (q) => `Pertanyaan: ${q}`,
  source: (title, section) => `Sumber: “${title}”${section ? ` § ${section}` : ""}`,
  englishSourceNote: "Jawaban mengutip sumber berbahasa Inggris.",
  andMore: (n) => `… dan ${n} lainnya`,
  areaNames: {
    overview: "Ikhtisar",
    "cooperation-and-alliances": "Kerja sama dan aliansi",
    "peaceful-coexistence": "Hidup berdampingan secara damai",
    "countering-threats": "Menangkal ancaman",
    "technological-cooperation": "Kerja sama teknologi",
    conclusion: "Kesimpulan",
  },

  noMatchTitle: "Tidak ada jawaban yang pasti",
  noMatchLead: (q) => `Saya tidak menemukan jawaban yang pasti untuk “${q}” di dokumen sumber.`,
  noMatchEmpty: "Ajukan pertanyaan tentang dokumen sumber.",
  noMatchHelp:
    "Safir menjawab pertanyaan tentang kebijakan luar negeri dan hubungan keamanan sebuah negara Islam. Coba salah satu bidang di bawah dengan `/topik`, atau bertanyalah dengan kata-kata lain.",
  areas: "Bidang",
  closest: "Entri terdekat",

  topicsTitle: "Topik",
  topicsDescription: (n) =>
    `${n} entri dalam enam bidang, semuanya ditulis dari satu dokumen sumber. Pilih salah satu di bawah, atau gunakan \`/topik\`.`,
  areaSummaryOnly: "_Hanya ringkasan bidang ini._",
  topicsPlaceholder: "Buka bidang atau topik…",

  aboutTitle: "Tentang Safir",
  aboutIntro:
    "Safir menjawab pertanyaan tentang kebijakan luar negeri dan hubungan keamanan sebuah negara Islam.",
  aboutSource: (title) =>
    `Setiap jawaban berasal dari satu dokumen sumber, “${title}”, dan menyebut bagian asalnya, sehingga Anda dapat memeriksanya. Safir tidak menambahkan fakta sendiri.`,
  commandsField: "Perintah",
  commandLines: [
    "`/tanya pertanyaan` — bertanya dengan kata-kata Anda sendiri",
    "`/topik nama` — buka topik (mulai mengetik untuk melihat saran)",
    "`/daftar-topik` — semua bidang dan topik",
    "`/tentang` — pesan ini",
    "Aplikasi → **Jawab dengan Safir** pada pesan apa pun — menjawab pertanyaan di dalamnya",
    "Tambahkan `pribadi: True` agar hanya Anda yang melihat jawabannya.",
  ],
  knowledgeBase: "Basis pengetahuan",
  knowledgeBaseValue: (e, t) => `${e} entri (${t} topik dalam enam bidang)`,
  version: "Versi",
  aboutFooter: "Safir bersumber terbuka. Jawaban merangkum sumber; bukan pernyataan resmi.",

  otherMatches: "Topik lain yang cocok…",
  areaTopicsPlaceholder: "Buka topik dari bidang ini…",
  relatedPlaceholder: "Topik terkait…",
  suggestedFor: (uid) => `Disarankan untuk <@${uid}>`,
  sharedBy: (uid) => `Dibagikan oleh <@${uid}>`,
  postInChannel: "Kirim ke kanal",
  focusAreaChoice: (title) => `${title} (bidang fokus)`,

  askEmpty: "Silakan ketik pertanyaan, misalnya `/tanya pertanyaan: bagaimana negara ini melawan terorisme?`",
  topicEmpty: "Silakan sebutkan topik. Mulai mengetik setelah `/topik nama:` untuk melihat saran.",
  gone: "Topik itu sudah tidak ada di basis pengetahuan. Gunakan `/daftar-topik` untuk melihat isinya sekarang.",
  cooldown: (s) => `Pelan-pelan sedikit: Anda bisa bertanya lagi dalam ${s} detik.`,
  somethingWentWrong: (ref) =>
    `Terjadi kesalahan saat menjawab. Kesalahan ini sudah dicatat (referensi \`${ref}\`); silakan coba lagi sebentar lagi.`,
  unknownInteraction:
    "Saya tidak lagi mengenali perintah atau tombol itu. Coba `/daftar-topik` atau `/tanya`.",

  askedBy: (uid) => `<@${uid}> bertanya:`,
  emptyMessage:
    "Pesan itu tidak berisi teks yang bisa saya jawab (mungkin hanya gambar, berkas, atau embed). Gunakan **Jawab dengan Safir** pada pesan yang berisi pertanyaan tertulis, atau tanyakan sendiri dengan `/tanya`.",

  helpful: "Membantu",
  notHelpful: "Tidak membantu",
  feedbackThanks: "Terima kasih atas masukan Anda!",
  feedbackDelayed:
    "Terima kasih! Masukan belum bisa disimpan sekarang: masukan Anda masuk antrean dan akan disimpan saat basis data kembali.",
  feedbackRefused: "Maaf, masukan Anda tidak dapat dicatat sekarang. Silakan coba lagi nanti.",
  feedbackOff: "Safir ini tidak mencatat masukan, tetapi terima kasih.",
  whyTitle: "Tidak membantu — terima kasih",
  whyLabel: "Apa yang Anda cari?",
  whyHint: "Opsional. Ini membantu editor melengkapi kekurangan.",
  privacyField: "Privasi",
  privacyRecording: (d) =>
    `Safir menyimpan selama ${d} hari pertanyaan yang diajukan dan jawaban yang diberikan, suara 👍/👎 beserta komentarnya, dan jumlah perintah; ID pengguna hanya sebagai hash berkunci, tidak pernah dalam bentuk asli.`,
  privacyOff: "Safir tidak mencatat apa pun di sini: tidak ada pertanyaan, suara, atau ID pengguna.",

  notMentioned: (list, figures) =>
    figures ? `Sumber tidak menyebut ${list}, dan tidak memberikan angka.` : `Sumber tidak menyebut ${list}.`,
  noFigures: (topic) =>
    topic ? `Sumber tidak memberikan angka tentang ${topic}.` : "Sumber tidak memberikan angka.",
  noOpinion: "Sumber ini tidak memberikan pendapat tentang hal itu.",
  or: "atau",
};

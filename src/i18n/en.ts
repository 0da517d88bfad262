import type { Messages } from "./messages.ts";

export const en: Messages = {
  area: "Area",
  kind: "Kind",
  kindArea: "Focus area",
  kindTopic: "Topic",
  fromSource: "From the source",
  topicsInArea: "Topics in this area",
  related: "Related",
  asked: (q) => `Asked: ${q}`,
  source: (title, section) => `Source: “${title}”${section ? ` § ${section}` : ""}`,
  englishSourceNote: "",
  andMore: (n) => `… and ${n} more`,
  areaNames: {
    overview: "Overview",
    "cooperation-and-alliances": "Cooperation and alliances",
    "peaceful-coexistence": "Peaceful coexistence",
    "countering-threats": "Countering threats",
    "technological-cooperation": "Technological cooperation",
    conclusion: "Conclusion",
  },

  noMatchTitle: "No confident answer",
  noMatchLead: (q) => `I could not find a confident answer to “${q}” in the source document.`,
  noMatchEmpty: "Ask a question about the source document.",
  noMatchHelp:
    "Safir answers questions on the foreign policy and security relations of an Islamic nation. Try one of the areas below with `/topic`, or ask with other words.",
  areas: "Areas",
  closest: "Closest entries",

  topicsTitle: "Topics",
  topicsDescription: (n) =>
    `${n} entries in six areas, all written from one source document. Pick one below, or use \`/topic\`.`,
  areaSummaryOnly: "_The area summary itself._",
  topicsPlaceholder: "Open an area or topic…",

  aboutTitle: "About Safir",
  aboutIntro: "Safir answers questions on the foreign policy and security relations of an Islamic nation.",
  aboutSource: (title) =>
    `Every answer comes from one source document, “${title}”, and names the section it is drawn from, so you can check it. Safir adds no facts of its own.`,
  commandsField: "Commands",
  commandLines: [
    "`/ask question` — ask in your own words",
    "`/topic name` — open a topic (start typing for suggestions)",
    "`/topics` — every area and topic",
    "`/about` — this message",
    "Apps → **Answer with Safir** on any message — answer the question it asks",
    "Add `private: True` to see an answer only yourself.",
  ],
  knowledgeBase: "Knowledge base",
  knowledgeBaseValue: (e, t) => `${e} entries (${t} topics in six areas)`,
  version: "Version",
  aboutFooter: "Safir is open source. Answers summarise the source; they are not official statements.",

  otherMatches: "Other matching topics…",
  areaTopicsPlaceholder: "Open a topic of this area…",
  relatedPlaceholder: "Related topics…",
  suggestedFor: (id) => `Suggested for <@${id}>`,
  sharedBy: (id) => `Shared by <@${id}>`,
  postInChannel: "Post in channel",
  focusAreaChoice: (title) => `${title} (focus area)`,

  askEmpty: "Please type a question, for example `/ask question: how does it counter terrorism?`",
  topicEmpty: "Please name a topic. Start typing after `/topic name:` to see suggestions.",
  gone: "That topic is no longer in the knowledge base. Use `/topics` to see what there is now.",
  cooldown: (s) => `Slow down a little: you can ask again in ${s} second${s === 1 ? "" : "s"}.`,
  somethingWentWrong: (ref) =>
    `Something went wrong while answering. It has been logged (reference \`${ref}\`); please try again in a moment.`,
  unknownInteraction: "I don't know that command or button any more. Try `/topics` or `/ask`.",

  askedBy: (id) => `<@${id}> asked:`,
  emptyMessage:
    "That message has no text for me to answer (only an image, a file or an embed, perhaps). Use **Answer with Safir** on a message that asks a question in words, or ask me yourself with `/ask`.",

  helpful: "Helpful",
  notHelpful: "Not helpful",
  feedbackThanks: "Thanks for your feedback!",
  feedbackDelayed:
    "Thanks! Feedback can't be saved right now: yours is queued and will be saved when the database is back.",
  feedbackRefused: "Sorry, your feedback could not be recorded right now. Please try again in a while.",
  feedbackOff: "Feedback isn't recorded on this Safir, but thank you all the same.",
  whyTitle: "Not helpful — thanks for saying",
  whyLabel: "What were you looking for?",
  whyHint: "Optional. It helps the editors fill the gaps.",
  privacyField: "Privacy",
  privacyRecording: (d) =>
    `Safir keeps for ${d} days the questions asked and the answers given, 👍/👎 votes with any comment, and command counts; user ids only as a keyed hash, never in clear.`,
  privacyOff: "Safir records nothing here: no questions, no votes, no user ids.",

  notMentioned: (list, figures) =>
    figures
      ? `The source does not mention ${list}, and gives no figures.`
      : `The source does not mention ${list}.`,
  noFigures: (topic) => (topic ? `The source gives no figures on ${topic}.` : "The source gives no figures."),
  noOpinion: "The source gives no opinion on it.",
  or: "or",
};

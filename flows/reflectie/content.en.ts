// English copy of the reflection flow. Plain, warm, short sentences.
import type { Reflection } from "../../src/coaching/reflect.ts";
import { labelWith, sentenceWith } from "../../src/coaching/reflect-lead.ts";
import type { Region } from "../../src/locales.ts";
import { HELP_NUMBERS } from "../../src/safety/numbers.ts";
import type { Heard, ReflectieContent } from "./content.ts";

/** Who the person will see, as each region calls them in a sentence (content.careTeam is the full form). */
const shortCareTeam: Record<Region, string> = {
  NL: "your GP or practice nurse",
  BE: "your GP or the practice nurse",
};

/** The numbers come from the one dated table in src/safety. */
function urgentHelp(region: Region): string {
  const { emergency, suicide } = HELP_NUMBERS[region];
  const line = suicide.altPhone
    ? `${suicide.phone} or ${suicide.altPhone}`
    : `the ${suicide.name} on ${suicide.phone}`;
  return `Do you need urgent help? Call ${emergency.phone}. Are you thinking about suicide? Call ${line}.`;
}

export const en: ReflectieContent = {
  skip: "Skip",
  yes: "Yes",
  careTeam: {
    NL: "your GP or practice nurse",
    BE: "your GP or the practice nurse",
  },
  welcome: {
    greeting:
      "Welcome. Good to have you here. In this conversation you take time to think about what matters to you, before your appointment at the practice.",
    askLanguage: "Which language would you like to use?",
    askRegion: "Where do you live? Then the phone numbers and names we mention will be right.",
    regions: { NL: "The Netherlands", BE: "Belgium (Flanders)" },
    explain: (region) => [
      "First, so you know what to expect.",
      "This is a chat with a digital coach, not a person. Nobody reads along live. It is not a crisis service, and it gives no diagnosis or treatment advice.",
      urgentHelp(region),
      "We only keep your answers, without your name. At the end you and the coach make a summary. You decide whether to share it with your care provider. You can view, download and erase everything.",
      "It takes about 10 to 20 minutes. You can always pause, skip a question or go back.",
      "Would you like to take part?",
    ],
    agree: "Yes, let's start",
    decline: "No, I'd rather not",
    stopped: [
      "That is completely fine. We have not kept any answers of yours.",
      "You can close this window. If you change your mind, you can start again with the link from your practice.",
    ],
  },
  gg1: {
    intro: [
      "We start with you: with what makes your life good. There are no right or wrong answers.",
      "First I am mostly curious about you and what you find important. Say everything in your own words.",
    ],
    askHappy: [
      "What makes you happy?",
      "What brings you joy, even in small things?",
      "Which moments do you really enjoy?",
    ],
    heardHappy: (heard) => heardEn(heard, "You are happy with", "Thank you for sharing that."),
    askMore: ["What would you like more of in your life?", "What would you like more time or room for?"],
    heardMore: (heard) => heardEn(heard, "You would like more", "Thank you, I will keep that in mind."),
    askHealth: [
      "How do you experience your health at the moment?",
      "How is your health, the way you feel it yourself?",
    ],
    askGrade:
      "Would you like to give it a number from 0 to 10? It is not a measurement: it only helps us talk about it. You can also skip this.",
    gradeLow: "0 = very bad",
    gradeHigh: "10 = very good",
  },
  web: {
    intro: [
      "Here are six parts of your life. What number from 0 to 10 would you give each of them, as things are now? And which would you like to talk about? You can tick those, and leave a part empty if you prefer.",
      "How are the different sides of your life going? Which number from 0 to 10 fits each of the six parts below for you, and which of them would you like to discuss? You do not have to fill in everything.",
    ],
    dimensions: {
      lichaam: { name: "Body", about: "how you feel physically, how you sleep, eat and move" },
      mentaal: {
        name: "Feelings and thoughts",
        about: "how you feel, your memory and concentration, how you cope with change",
      },
      zingeving: {
        name: "Meaning",
        about: "what gives your life meaning, your ideals, what you are grateful for",
      },
      kwaliteit: {
        name: "Quality of life",
        about: "enjoying life, feeling safe, your home and making ends meet",
      },
      meedoen: {
        name: "Taking part",
        about: "contact with others, belonging, doing things that feel worthwhile",
      },
      dagelijks: {
        name: "Daily life",
        about: "looking after yourself, work or daytime activities, asking for help",
      },
    },
    low: "0 = very bad",
    high: "10 = very good",
    markLabel: "I want to talk about this",
  },
  doelzoeker: {
    // Both intros name the Doelzoeker's three questions and its past / now / later, so the person
    // knows what is coming before choosing where to start.
    intro: [
      "Now three questions about the past, now and later: what matters in your life, what do you like doing, and what gives your life quality? Where would you like to start?",
      "I would like to ask you about the past, about now and about later: what matters in your life, what you like doing and what gives your life quality. Where would you like to begin?",
    ],
    again: "Would you like to answer the same questions about another moment?",
    moments: {
      vroeger: {
        label: "The past",
        question:
          "Thinking back to the past: what mattered in your life then? What did you like doing? And what gave your life quality then?",
        beside: [
          "You may also stay with one of these questions, or tell me about a time you remember well.",
          "Was there a time when things were going well for you? What was part of it?",
        ],
      },
      nu: {
        label: "Now",
        question:
          "Looking at your life now: what matters in it? What do you like doing? And what gives your life quality?",
        beside: [
          "You may also stay with one of these questions, or tell me what a good day looks like for you.",
          "What was an ordinary day this week like, and what made it worth it?",
        ],
      },
      later: {
        label: "Later",
        question:
          "Looking ahead to later: what would you like to matter in your life then? What would you like to do (again)? And what would give your life quality then?",
        beside: [
          "You may also stay with one of these questions, or tell me what you hope for.",
          "What does your life look like a year from now, if things go well?",
        ],
      },
    },
    enough: "I'd like to move on",
    skipAll: "Skip these questions",
  },
  review: {
    intro: [
      "Let me put together what I heard from you, in your words.",
      "This is what I have picked up from you so far.",
    ],
    heard: {
      happy: (h) => review("You are happy with", h, "You told me what makes you happy."),
      more: (h) => review("You would like more", h, "You told me what you would like more of."),
      health: (h) =>
        review(
          "About your health you said:",
          h,
          "You told me how you experience your health.",
          "About your health:",
        ),
      grade: (grade) => `You gave your health a ${grade}.`,
      moment: {
        vroeger: (h) => review("About the past:", h, "You told me about the past.", "About the past:"),
        nu: (h) => review("About now:", h, "You told me about now.", "About now:"),
        later: (h) => review("About later:", h, "You told me about later.", "About later:"),
      },
      grades: (list) => `You gave these numbers: ${list}.`,
      talk: (list) => `You would like to talk about ${list}.`,
      addition: (h) => review("You added:", h, "You added something; it is in your summary."),
    },
    ask: "Is this right? Or would you like to add or correct something?",
    added: "Thank you, I have added it:",
    right: "Yes, that's right",
    change: "I'd like to add or correct something",
    askChange: "What would you like to add or correct, in your own words?",
    nothingYet: "You have not said much yet, and that is fine.",
  },
  shift2: {
    say: () => [
      "So far I have mainly listened to what matters to you.",
      "Now I would like to look with you at whether there is something you would like to be different, or to have more of. Is that all right?",
    ],
    yes: "Yes, that's fine",
    notNow: "Not right now",
  },
  gg2: {
    askTheme: [
      "What would you like to change, or have more of? Choose what fits best.",
      "If one thing could go a little better: what would it be?",
    ],
    themeMore: (heard) => labelWith("More", heard),
    themeMoreFallback: "What I would like more of",
    themeOwn: "Something else, in my own words",
    notNow: "I don't want to change anything now",
    askOwnTheme: "What is it about? Say it in a few words.",
    heardTheme: (theme) => {
      if (theme.kind === "name") return `You chose “${theme.name}”.`;
      if (theme.kind === "more") {
        const label = labelWith("More", theme.heard);
        return label
          ? `You chose: ${label[0]?.toLowerCase()}${label.slice(1)}.`
          : "You chose what you would like more of.";
      }
      return sentenceWith("It is about", theme.heard) ?? "You chose your own topic.";
    },
    askWish: "What would you like to change? What does it look like when things are better?",
    askImportance: "How important is this change to you, from 0 to 10?",
    importanceLow: "0 = not important",
    importanceHigh: "10 = very important",
    whyImportance: (grade) =>
      grade === 0
        ? "You gave it a 0. What would need to happen to make it a little more important?"
        : `You gave it a ${grade}. Why a ${grade}, and not a lower number?`,
    askConfidence: "How confident are you that you can do it, from 0 to 10?",
    confidenceLow: "0 = not confident",
    confidenceHigh: "10 = very confident",
    whyConfidence: (grade) =>
      grade === 0
        ? "You gave it a 0. What would give you a little more confidence?"
        : `You gave it a ${grade}. What makes it a ${grade}, and not a lower number?`,
    askStep: ["What could be a small first step?", "What is the smallest step you could take?"],
    stepNotYet: "No step yet, that comes later",
    heardStep: (heard) => sentenceWith("Your first step:", heard),
    askWhen: "When would you like to start with it?",
    askWho: "Who could help or support you with it?",
    notNowHeard: "That is fine. You don't have to change anything now; your summary will say so too.",
  },
  shift3: {
    say: (region) => [
      `Let's now look at your appointment. I'd like to work out with you what you want to ask ${shortCareTeam[region]}.`,
      "May I ask you a few questions about that?",
    ],
    yes: "Yes, fine",
    no: "No, go to the summary",
  },
  gg3: {
    askHelp: (region) => `What would you like help or information with from ${shortCareTeam[region]}?`,
    askMainQuestion: [
      "What is your main question for the appointment? Often there is time for one question, so choose the one that counts most for you.",
      "If you could ask only one question at the appointment: which would it be?",
    ],
    askOther: "Is there anything else you would like to discuss?",
    offerSocial: () => [
      "Sometimes it helps to find something outside the practice as well: meeting people, doing things together, someone who thinks along with you.",
      "Would you like to know where you can go in your neighbourhood? It is fine to say no; then we simply go on.",
    ],
    socialYes: "Yes, please",
    socialNo: "No, thank you",
    socialInfo: (region) =>
      region === "BE"
        ? [
            "In your municipality you can go to the Sociaal Huis or the OCMW, and to the CAW (the general welfare centre). They think along with you about company, activities and practical help. Your GP can refer you too.",
            "I will note in your summary that you would like to talk about this.",
          ]
        : [
            "Many GPs can refer you to welzijn op recept (wellbeing on prescription): a wellbeing coach looks with you for activities and contacts that suit you. The neighbourhood team or social work in your municipality can help too.",
            "I will note in your summary that you would like to talk about this.",
          ],
    askZz: "Do you also have questions about complaints or about medicines?",
    zzYes: "Yes",
    zzNo: "No",
    askComplaint: "Which complaint or which medicine is it about?",
    threeQuestions: () => [
      "Sometimes you and your care provider have to choose between treatments. Three questions help then:",
      "1. What are my options?\n2. What are their pros and cons?\n3. What does that mean for me, in my situation?",
      "Would you like these three questions in your summary?",
    ],
    threeYes: "Yes, add them",
    threeNo: "No, not needed",
  },
  summary: {
    intro: "This is your summary, in your own words.",
    ask: "Is everything right? You can still change something before you finish.",
    done: "Yes, that's right",
    change: "I'd like to change something",
    askWhich: "What would you like to change?",
    updated: "Changed. The rest of your summary stays as it was.",
    back: "Nothing after all, back to the summary",
    askNewText: (label) => `${label}: how would you like to write it?`,
    askNewGrade: (label) => `${label}: which number would you like to give?`,
  },
  experience: {
    ask: "One more question, if you like: how was this conversation for you? It helps the practice improve it.",
    options: { fijn: "Good", gaatwel: "It was all right", lastig: "Hard" },
    thanks: "Thank you for your answer.",
  },
  finished: (region) => [
    "Thank you. Your summary has been saved.",
    `Take it to your appointment, or show it to ${shortCareTeam[region]}. Only you decide who you share it with.`,
    "Good luck with your appointment.",
  ],
};

/** The reflection after the lead, or only thanks when the answer is better not repeated. */
function heardEn(heard: Reflection, lead: string, thanks: string): string {
  return sentenceWith(lead, heard) ?? thanks;
}

/**
 * A line of the review: the reflection when it reads well; else, not quoting what could not be
 * turned safely, only that it was heard (the summary keeps the person's own words).
 */
function review(lead: string, heard: Heard, heardOnly: string, about?: string): string {
  return sentenceWith(lead, heard.reflection, about) ?? heardOnly;
}

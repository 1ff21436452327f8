// Headings and item labels of the summary, per language: shared by the chat, the page and the PDF.
import type { Locale, Region } from "../locales.ts";

export interface SummaryLabels {
  /** The title, addressed to the care provider the person will see. */
  title: string;
  forCareTeam: Record<Region, string>;
  /** "Ingevuld op 3 december 2026". */
  madeOn: (date: string) => string;
  webList: string;
  webLegend: string;
  /** Said on a summary the person has not confirmed yet. */
  draft: string;
  sections: { matters: string; wants: string; firstStep: string; visit: string; spinnenweb: string };
  happy: string;
  more: string;
  past: string;
  present: string;
  future: string;
  addition: string;
  experience: string;
  healthGrade: string;
  theme: string;
  wish: string;
  notNow: string;
  importance: string;
  importanceWhy: string;
  confidence: string;
  confidenceWhy: string;
  stepWhat: string;
  stepWhen: string;
  stepWho: string;
  stepNotNow: string;
  mainQuestion: string;
  helpWith: string;
  otherTopics: string;
  complaint: string;
  threeQuestions: string;
  threeQuestionsList: string;
  socialHelp: string;
  socialHelpText: string;
  talk: string;
  noGrade: string;
}

export const summaryLabels: Record<Locale, SummaryLabels> = {
  nl: {
    title: "Mijn voorbereiding op de afspraak",
    forCareTeam: {
      NL: "Voor mijn huisarts of praktijkondersteuner (POH)",
      BE: "Voor mijn huisarts of de verpleegkundige van de praktijk",
    },
    madeOn: (date) => `Ingevuld op ${date}`,
    webList: "Mijn cijfers (0 = heel slecht, 10 = heel goed)",
    webLegend: "Vetgedrukt met een rode stip: hier wil ik over praten.",
    draft: "Nog niet afgerond: dit is wat er tot nu toe in staat.",
    sections: {
      matters: "Wat voor mij belangrijk is",
      wants: "Wat ik wil",
      firstStep: "Mijn eerste stap",
      visit: "Mijn vraag voor de afspraak",
      spinnenweb: "Mijn spinnenweb",
    },
    happy: "Ik word blij van",
    more: "Hier wil ik meer van",
    past: "Wat vroeger belangrijk was",
    present: "Wat nu belangrijk is en mijn leven kwaliteit geeft",
    future: "Wat later belangrijk mag zijn",
    addition: "Wat ik nog wil toevoegen",
    experience: "Zo ervaar ik mijn gezondheid",
    healthGrade: "Cijfer voor mijn gezondheid",
    theme: "Waar het om gaat",
    wish: "Wat ik wil veranderen",
    notNow: "Ik wil nu nog niets veranderen, en dat is goed zo.",
    importance: "Hoe belangrijk (0-10)",
    importanceWhy: "Waarom het zo belangrijk is",
    confidence: "Vertrouwen dat het lukt (0-10)",
    confidenceWhy: "Waarom ik dat vertrouwen heb",
    stepWhat: "Wat ik ga doen",
    stepWhen: "Wanneer",
    stepWho: "Wie kan helpen",
    stepNotNow: "Een eerste stap kies ik later.",
    mainQuestion: "Mijn belangrijkste vraag",
    helpWith: "Hierbij wil ik hulp of informatie",
    otherTopics: "Andere onderwerpen",
    complaint: "Klacht of medicijn",
    threeQuestions: "Bij een keuze over behandeling vraag ik",
    threeQuestionsList:
      "Wat zijn mijn mogelijkheden? Wat zijn de voor- en nadelen daarvan? Wat betekent dat voor mij?",
    socialHelp: "Ook bespreken",
    socialHelpText: "Informatie over hulp in mijn buurt, zoals een welzijnscoach of sociaal werk.",
    talk: "hier wil ik over praten",
    noGrade: "geen cijfer",
  },
  en: {
    title: "My preparation for the appointment",
    forCareTeam: {
      NL: "For my GP or practice nurse",
      BE: "For my GP or the practice nurse",
    },
    madeOn: (date) => `Filled in on ${date}`,
    webList: "My numbers (0 = very bad, 10 = very good)",
    webLegend: "In bold with a red dot: I want to talk about this.",
    draft: "Not finished yet: this is what it holds so far.",
    sections: {
      matters: "What matters to me",
      wants: "What I want",
      firstStep: "My first step",
      visit: "My question for the appointment",
      spinnenweb: "My health web",
    },
    happy: "What makes me happy",
    more: "What I would like more of",
    past: "What mattered in the past",
    present: "What matters now and gives my life quality",
    future: "What I would like to matter later",
    addition: "What I want to add",
    experience: "How I experience my health",
    healthGrade: "Grade for my health",
    theme: "What it is about",
    wish: "What I want to change",
    notNow: "I don't want to change anything right now, and that is fine.",
    importance: "How important (0-10)",
    importanceWhy: "Why it matters this much",
    confidence: "Confidence that it will work (0-10)",
    confidenceWhy: "Why I have that confidence",
    stepWhat: "What I will do",
    stepWhen: "When",
    stepWho: "Who can help",
    stepNotNow: "I will choose a first step later.",
    mainQuestion: "My main question",
    helpWith: "I would like help or information with",
    otherTopics: "Other topics",
    complaint: "Complaint or medicine",
    threeQuestions: "If there is a choice of treatment, I will ask",
    threeQuestionsList: "What are my options? What are their pros and cons? What does that mean for me?",
    socialHelp: "Also to discuss",
    socialHelpText: "Information about help in my neighbourhood, such as a wellbeing coach or social work.",
    talk: "I want to talk about this",
    noGrade: "no grade",
  },
};

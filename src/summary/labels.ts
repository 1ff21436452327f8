// Headings and item labels of the summary, per language.
import type { Locale } from "../locales.ts";

export interface SummaryLabels {
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
  talk: string;
  noGrade: string;
}

export const summaryLabels: Record<Locale, SummaryLabels> = {
  nl: {
    sections: {
      matters: "Wat voor mij belangrijk is",
      wants: "Wat ik wil",
      firstStep: "Mijn eerste stap",
      visit: "Mijn vraag voor het gesprek",
      spinnenweb: "Mijn spinnenweb",
    },
    happy: "Ik word blij van",
    more: "Hier wil ik meer van",
    past: "Vroeger deed ik graag",
    present: "Nu geeft mij energie",
    future: "Later wil ik graag",
    addition: "Wat ik nog wil toevoegen",
    experience: "Zo ervaar ik mijn gezondheid",
    healthGrade: "Cijfer voor mijn gezondheid",
    theme: "Waar het om gaat",
    wish: "Wat ik wil veranderen",
    notNow: "Ik wil nu nog niets veranderen, en dat is goed zo.",
    importance: "Hoe belangrijk (0-10)",
    importanceWhy: "Waarom dat cijfer",
    confidence: "Vertrouwen dat het lukt (0-10)",
    confidenceWhy: "Waarom dat cijfer",
    stepWhat: "Mijn eerste stap",
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
    talk: "hier wil ik over praten",
    noGrade: "geen cijfer",
  },
  en: {
    sections: {
      matters: "What matters to me",
      wants: "What I want",
      firstStep: "My first step",
      visit: "My question for the visit",
      spinnenweb: "My health web",
    },
    happy: "What makes me happy",
    more: "What I would like more of",
    past: "What I used to enjoy",
    present: "What gives me energy now",
    future: "What I would like to do later",
    addition: "What I want to add",
    experience: "How I experience my health",
    healthGrade: "Grade for my health",
    theme: "What it is about",
    wish: "What I want to change",
    notNow: "I don't want to change anything right now, and that is fine.",
    importance: "How important (0-10)",
    importanceWhy: "Why that number",
    confidence: "Confidence that it will work (0-10)",
    confidenceWhy: "Why that number",
    stepWhat: "My first step",
    stepWhen: "When",
    stepWho: "Who can help",
    stepNotNow: "I will choose a first step later.",
    mainQuestion: "My main question",
    helpWith: "I would like help or information with",
    otherTopics: "Other topics",
    complaint: "Complaint or medicine",
    threeQuestions: "If there is a choice of treatment, I will ask",
    threeQuestionsList: "What are my options? What are their pros and cons? What does that mean for me?",
    talk: "I want to talk about this",
    noGrade: "no grade",
  },
};

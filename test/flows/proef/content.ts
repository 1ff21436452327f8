// Copy of the test-only flow, in both languages.
import type { Locale } from "../../../src/locales.ts";

export interface ProefContent {
  welcome: string;
  yes: string;
  no: string;
  askValue: string;
  heard: (value: string) => string;
  askGrade: string;
  askTopics: string;
  topics: [string, string][];
  thanks: string;
  stopped: string;
  skip: string;
}

export const proefContent: Record<Locale, ProefContent> = {
  nl: {
    welcome: "Welkom bij de proef. Doe je mee?",
    yes: "Ja",
    no: "Nee",
    askValue: "Wat is belangrijk voor je?",
    heard: (value) => `Je zei: ${value}`,
    askGrade: "Welk cijfer geef je?",
    askTopics: "Waar wil je over praten?",
    topics: [
      ["bewegen", "Bewegen"],
      ["slapen", "Slapen"],
      ["contact", "Contact met anderen"],
    ],
    thanks: "Dank je wel.",
    stopped: "Jammer, tot een andere keer.",
    skip: "Sla over",
  },
  en: {
    welcome: "Welcome to the trial. Will you join?",
    yes: "Yes",
    no: "No",
    askValue: "What matters to you?",
    heard: (value) => `You said: ${value}`,
    askGrade: "What grade do you give?",
    askTopics: "What would you like to talk about?",
    topics: [
      ["bewegen", "Exercise"],
      ["slapen", "Sleep"],
      ["contact", "Contact with others"],
    ],
    thanks: "Thank you.",
    stopped: "A pity, another time then.",
    skip: "Skip",
  },
};

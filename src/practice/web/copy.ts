// The words of the practice side's pages (the invitation landing page, its 404), Dutch first.
import type { Locale } from "../../locales.ts";
import { HELP_NUMBERS } from "../../safety/numbers.ts";

const EMERGENCY = HELP_NUMBERS.NL.emergency.phone;

export interface PracticeCopy {
  landingTitle: (practice: string) => string;
  invitedBy: (practice: string) => string;
  intro: string[];
  privateUntilShared: (practice: string) => string;
  start: string;
  startHint: string;
  startError: string;
  continueTitle: string;
  continueButton: string;
  helpTitle: string;
  helpLines: (outOfHours: string, service: string) => string[];
  otherSide: string;
  unknownTitle: string;
  unknownText: string;
  unknownHome: string;
}

export const practiceCopy: Record<Locale, PracticeCopy> = {
  nl: {
    landingTitle: (practice) => `Je bezoek voorbereiden met ${practice}`,
    invitedBy: (practice) => `${practice} nodigt je uit om rustig na te denken over wat je wilt bespreken.`,
    intro: [
      "De coach stelt je een paar vragen: wat belangrijk voor je is, hoe het nu gaat en wat je graag anders ziet. Het duurt ongeveer tien minuten.",
      "Aan het eind krijg je een overzicht voor jezelf. Dat kun je printen of meenemen naar je afspraak.",
    ],
    privateUntilShared: (practice) =>
      `Wat je schrijft, ziet de praktijk niet. Pas als jij aan het eind kiest voor "Deel met mijn praktijk", kan ${practice} je overzicht lezen. Dat kun je altijd weer intrekken.`,
    start: "Beginnen",
    startHint: "Je hoeft geen naam of e-mailadres op te geven.",
    startError: "Het lukte niet om te beginnen. Probeer het nog een keer.",
    continueTitle: "Je was al bezig",
    continueButton: "Verder waar je was",
    helpTitle: "Heb je nu hulp nodig?",
    helpLines: (outOfHours, service) => [
      `Is het levensgevaarlijk? Bel ${EMERGENCY}.`,
      `Kan het niet wachten tot de praktijk open is? Bel de ${service}: ${outOfHours}.`,
      "Deze chat wordt niet live gelezen.",
    ],
    otherSide: "Deze pagina is van Gesprekscoach, in opdracht van je huisartsenpraktijk.",
    unknownTitle: "Deze uitnodiging kennen we niet",
    unknownText:
      "De link klopt niet of de praktijk gebruikt hem niet meer. Kijk of je hem goed hebt overgenomen, of vraag de praktijk om een nieuwe link. Je kunt ook zonder uitnodiging beginnen.",
    unknownHome: "Naar de beginpagina",
  },
  en: {
    landingTitle: (practice) => `Preparing your visit with ${practice}`,
    invitedBy: (practice) =>
      `${practice} invites you to take a quiet moment to think about what you want to discuss.`,
    intro: [
      "The coach asks you a few questions: what matters to you, how things are going and what you would like to change. It takes about ten minutes.",
      "At the end you get an overview for yourself. You can print it or take it to your appointment.",
    ],
    privateUntilShared: (practice) =>
      `The practice does not see what you write. Only if you choose "Share with my practice" at the end can ${practice} read your overview. You can take that back at any time.`,
    start: "Start",
    startHint: "You do not need to give a name or an email address.",
    startError: "Starting did not work. Please try again.",
    continueTitle: "You had already started",
    continueButton: "Continue where you were",
    helpTitle: "Do you need help now?",
    helpLines: (outOfHours) => [
      `Is it life-threatening? Call ${EMERGENCY}.`,
      `Can it not wait until the practice opens? Call the GP on duty: ${outOfHours}.`,
      "Nobody reads this chat live.",
    ],
    otherSide: "This page is run by Gesprekscoach on behalf of your GP practice.",
    unknownTitle: "We do not know this invitation",
    unknownText:
      "The link is not right, or the practice no longer uses it. Check that you copied it correctly, or ask the practice for a new link. You can also start without an invitation.",
    unknownHome: "To the start page",
  },
};

// The words of "Deel met mijn praktijk": what is shared, with whom, until when, and how to take it back.
import type { Locale } from "../../locales.ts";

export interface ShareCopy {
  title: string;
  link: string;
  what: string;
  notShared: string;
  withWhom: (practice: string) => string;
  untilLabel: string;
  days: (n: number) => string;
  untilHint: string;
  share: (practice: string) => string;
  sharedWith: (practice: string, until: string) => string;
  withdraw: string;
  withdrawn: string;
  codeTitle: string;
  codeText: string;
  codeButton: string;
  codeShown: (until: string) => string;
  codeOnce: string;
  codeWaiting: (until: string) => string;
  noSummary: string;
  back: string;
  unknownShare: string;
  chooseDays: string;
  noPractice: string;
}

export const shareCopy: Record<Locale, ShareCopy> = {
  nl: {
    title: "Delen met je praktijk",
    link: "Deel met mijn praktijk",
    what: "Je deelt je overzicht: wat voor jou belangrijk is, wat je wilt, je eerste stap, je vraag voor het gesprek en je spinnenweb. Het gesprek zelf, met alles wat je typte, deel je niet.",
    notShared: "Zolang je niets deelt, ziet niemand bij de praktijk je overzicht.",
    withWhom: (practice) =>
      `Alleen de medewerkers van ${practice} kunnen het lezen, nadat ze zich hebben aangemeld.`,
    untilLabel: "Hoe lang mag de praktijk het zien?",
    days: (n) => `${n} dagen`,
    untilHint: "Daarna verdwijnt het vanzelf. Je kunt het ook eerder intrekken.",
    share: (practice) => `Deel met ${practice}`,
    sharedWith: (practice, until) => `Gedeeld met ${practice}, tot ${until}.`,
    withdraw: "Intrekken",
    withdrawn: "Ingetrokken. De praktijk ziet je overzicht niet meer.",
    codeTitle: "Delen met een code",
    codeText:
      "Kwam je hier niet via een link van je praktijk? Maak dan een code van tien tekens. Lees die voor aan de balie of laat hem zien. De praktijk kan er je overzicht mee openen.",
    codeButton: "Maak een code",
    codeShown: (until) => `Je code. Hij werkt één keer, tot ${until}.`,
    codeOnce: "Schrijf hem op of maak een foto: we laten hem maar één keer zien.",
    codeWaiting: (until) => `Een code wacht tot de praktijk hem gebruikt, tot ${until}.`,
    noSummary: "Er is nog geen overzicht om te delen. Rond eerst je gesprek af.",
    back: "Terug naar je overzicht",
    unknownShare: "Dit gedeelde overzicht bestaat niet (meer).",
    chooseDays:
      "Kies hoe lang de praktijk je overzicht mag zien: 7, 30 of 90 dagen. Er is nog niets gedeeld.",
    noPractice:
      "Je begon dit gesprek niet via de link van een praktijk. Maak hieronder een code en laat die aan de balie zien.",
  },
  en: {
    title: "Sharing with your practice",
    link: "Share with my practice",
    what: "You share your overview: what matters to you, what you want, your first step, your question for the visit and your health web. The conversation itself, with everything you typed, is not shared.",
    notShared: "As long as you share nothing, nobody at the practice sees your overview.",
    withWhom: (practice) => `Only the staff of ${practice} can read it, after signing in.`,
    untilLabel: "How long may the practice see it?",
    days: (n) => `${n} days`,
    untilHint: "After that it disappears by itself. You can also take it back sooner.",
    share: (practice) => `Share with ${practice}`,
    sharedWith: (practice, until) => `Shared with ${practice}, until ${until}.`,
    withdraw: "Take back",
    withdrawn: "Taken back. The practice no longer sees your overview.",
    codeTitle: "Sharing with a code",
    codeText:
      "Did you not come here through your practice's link? Then make a ten-character code. Read it out at the desk or show it. The practice can open your overview with it.",
    codeButton: "Make a code",
    codeShown: (until) => `Your code. It works once, until ${until}.`,
    codeOnce: "Write it down or take a photo: we show it only once.",
    codeWaiting: (until) => `A code is waiting for the practice to use it, until ${until}.`,
    noSummary: "There is no overview to share yet. Finish your conversation first.",
    back: "Back to your overview",
    unknownShare: "This shared overview does not exist (any more).",
    chooseDays:
      "Choose how long the practice may see your overview: 7, 30 or 90 days. Nothing has been shared yet.",
    noPractice:
      "You did not start this conversation from a practice's link. Make a code below and show it at the desk.",
  },
};

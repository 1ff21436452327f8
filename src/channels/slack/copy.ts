// What the coach says in Slack around the flows (buttons, notes, App Home), in Dutch and English.
// The flows' own words come from the engine.
import type { Locale } from "../../locales.ts";

export interface SlackCopy {
  appName: string;
  choose: string;
  flowLabel: (flowId: string) => string;
  notMedicalRecord: string;
  typeAnswer: (maxLength: number) => string;
  scaleHint: (low: string | undefined, high: string | undefined) => string | undefined;
  pickMany: string;
  /** The spinnenweb step: the select's placeholder, and what to do before Klaar. */
  gradePlaceholder: string;
  scalesHint: string;
  submit: string;
  back: string;
  pause: string;
  continue: string;
  pausedHint: string;
  welcomeBack: string;
  answered: (label: string) => string;
  summaryHeading: string;
  useButtons: string;
  tooLong: (maxLength: number) => string;
  pickAtLeastOne: string;
  gradeAtLeastOne: string;
  stale: string;
  notCurrent: string;
  finished: string;
  busy: string;
  failed: string;
  openConversation: string;
  startOther: string;
  homeIntro: string;
  homeOpen: (flow: string) => string;
  homeNothingOpen: string;
  homeStart: string;
  homeSummaries: string;
  homeNoSummaries: string;
  /** One finished conversation in App Home: the flow and the day it started. */
  homeItem: (flow: string, date: string) => string;
  eraseOffer: string;
  eraseButton: string;
  eraseAsk: string;
  eraseYes: string;
  eraseNo: string;
  eraseConfirmTitle: string;
  eraseConfirmText: string;
  eraseDone: string;
  eraseUnfinished: string;
  /** What "delete my data" does not delete, and how to have a contribution removed. */
  eraseKeeps: string;
  downloadOffer: string;
  downloadButton: string;
  downloadLead: string;
  downloadTitle: string;
}

const flowNames: Record<Locale, Record<string, string>> = {
  nl: { reflectie: "Nadenken voor een afspraak", oefenen: "Gespreksvaardigheid oefenen" },
  en: { reflectie: "Reflect before a visit", oefenen: "Practise conversation skills" },
};

export const slackCopy: Record<Locale, SlackCopy> = {
  nl: {
    appName: "Gesprekscoach",
    choose: "Hallo! Waarmee wil je beginnen?",
    flowLabel: (id) => flowNames.nl[id] ?? id,
    notMedicalRecord:
      "Slack is geen medisch dossier en wordt niet live gelezen. Ben je patiënt? Gebruik dan de webchat die je van je praktijk kreeg, niet Slack.",
    typeAnswer: (max) => `Typ je antwoord als bericht hieronder (hooguit ${max} tekens).`,
    scaleHint: (low, high) => [low, high].filter(Boolean).join(" · ") || undefined,
    pickMany: "Kies er één of meer en druk dan op Klaar.",
    gradePlaceholder: "Cijfer",
    scalesHint: "Een cijfer per onderdeel, leeg laten mag ook. Druk daarna op Klaar.",
    submit: "Klaar",
    back: "Terug",
    pause: "Pauzeer",
    continue: "Verder",
    pausedHint: "Stuur een bericht of druk op Verder als je door wilt gaan.",
    welcomeBack: "Welkom terug. Hier waren we gebleven:",
    answered: (label) => `Jouw antwoord: ${label}`,
    summaryHeading: "Jouw samenvatting",
    useButtons: "Bij deze vraag kies je een antwoord met de knoppen.",
    tooLong: (max) => `Je antwoord is langer dan ${max} tekens. Kun je het korter zeggen?`,
    pickAtLeastOne: "Kies minstens één antwoord en druk dan op Klaar.",
    gradeAtLeastOne:
      "Kies bij minstens één onderdeel een cijfer en druk dan op Klaar, of sla deze vraag over.",
    stale: "Deze vraag is al beantwoord. Ga verder bij het nieuwste bericht.",
    notCurrent: "Dit gesprek loopt niet meer. Typ /coach om een nieuw gesprek te beginnen.",
    finished: "Je vorige gesprek is afgerond.",
    busy: "Je vorige antwoord werd nog verwerkt. Stuur dit bericht opnieuw als het nog nodig is.",
    failed: "Dat lukte niet. Probeer het nog eens.",
    openConversation: "Je hebt een gesprek dat nog loopt.",
    startOther: "Of begin iets anders:",
    homeIntro: "Denk rustig na of oefen gesprekken, in een privégesprek met deze app.",
    homeOpen: (flow) => `*Je gesprek loopt nog:* ${flow}`,
    homeNothingOpen: "Je hebt nu geen lopend gesprek.",
    homeStart: "Begin een nieuw gesprek:",
    homeSummaries: "Je afgeronde gesprekken",
    homeNoSummaries: "Nog geen afgeronde gesprekken. Alleen jij ziet ze hier.",
    homeItem: (flow, date) => `*${flow}* · ${date}`,
    eraseOffer:
      "*Wis mijn gegevens* wist je gesprekken met de coach en hun samenvattingen, en alle berichten en bestanden die de app je in dit privégesprek stuurde, ook herinneringen en beoordelingsvragen van intervisie.",
    eraseButton: "Wis mijn gegevens",
    eraseAsk:
      "*Weet je het zeker?* Dit wist al je gesprekken en samenvattingen, en alle berichten en bestanden van de app in je privégesprek (ook die van intervisie). Dit kun je niet ongedaan maken.",
    eraseYes: "Ja, wis alles",
    eraseNo: "Annuleer",
    eraseConfirmTitle: "Alles wissen?",
    eraseConfirmText:
      "Je gesprekken, samenvattingen en alle berichten van de app in je privégesprek worden definitief gewist.",
    eraseDone:
      "*Je gegevens zijn gewist:* je gesprekken, je samenvattingen en alle berichten en bestanden van de app in je privégesprek, ook die van intervisie.",
    eraseUnfinished:
      "*Je gesprekken zijn gewist*, maar nog niet alle berichten van de app konden worden verwijderd. Druk over een minuut nog eens op Wis mijn gegevens.",
    eraseKeeps:
      "Niet gewist worden je bijdragen aan intervisierondes: die horen bij het verslag van je team, en wat je zelf in een kanaal schreef is van de werkruimte. Wil je een bijdrage laten verwijderen, vraag het dan de gespreksleider van die ronde; die haalt hem uit het verslag en uit de draad.",
    downloadOffer:
      "*Download mijn gegevens:* je gesprekken met hun samenvattingen en je bijdragen aan intervisie, als één bestand in dit privégesprek.",
    downloadButton: "Download mijn gegevens",
    downloadLead: "Hier zijn je gegevens: alles wat deze app over jou bewaart, in één JSON-bestand.",
    downloadTitle: "Mijn gegevens bij Gesprekscoach",
  },
  en: {
    appName: "Conversation coach",
    choose: "Hello! What would you like to do?",
    flowLabel: (id) => flowNames.en[id] ?? id,
    notMedicalRecord:
      "Slack is not a medical record and nobody reads along live. Are you a patient? Then use the web chat your practice sent you, not Slack.",
    typeAnswer: (max) => `Type your answer as a message below (at most ${max} characters).`,
    scaleHint: (low, high) => [low, high].filter(Boolean).join(" · ") || undefined,
    pickMany: "Pick one or more, then press Done.",
    gradePlaceholder: "Number",
    scalesHint: "A number for each part; leaving one empty is fine. Then press Done.",
    submit: "Done",
    back: "Back",
    pause: "Pause",
    continue: "Continue",
    pausedHint: "Send a message or press Continue when you want to go on.",
    welcomeBack: "Welcome back. This is where we were:",
    answered: (label) => `Your answer: ${label}`,
    summaryHeading: "Your summary",
    useButtons: "For this question, pick an answer with the buttons.",
    tooLong: (max) => `Your answer is longer than ${max} characters. Could you say it more briefly?`,
    pickAtLeastOne: "Pick at least one answer, then press Done.",
    gradeAtLeastOne: "Choose a number for at least one part, then press Done, or skip this question.",
    stale: "This question has been answered already. Carry on at the newest message.",
    notCurrent: "This conversation is no longer running. Type /coach to start a new one.",
    finished: "Your previous conversation has ended.",
    busy: "Your previous answer was still being processed. Send this message again if it is still needed.",
    failed: "That did not work. Please try again.",
    openConversation: "You have a conversation that is still running.",
    startOther: "Or start something else:",
    homeIntro: "Reflect or practise conversations, in a private chat with this app.",
    homeOpen: (flow) => `*Your conversation is still running:* ${flow}`,
    homeNothingOpen: "You have no running conversation now.",
    homeStart: "Start a new conversation:",
    homeSummaries: "Your finished conversations",
    homeNoSummaries: "No finished conversations yet. Only you see them here.",
    homeItem: (flow, date) => `*${flow}* · ${date}`,
    eraseOffer:
      "*Delete my data* deletes your conversations with the coach and their summaries, and every message and file the app sent you in this private chat, intervision reminders and rating requests included.",
    eraseButton: "Delete my data",
    eraseAsk:
      "*Are you sure?* This deletes all your conversations and summaries, and every message and file of the app in your private chat (intervision's too). It cannot be undone.",
    eraseYes: "Yes, delete everything",
    eraseNo: "Cancel",
    eraseConfirmTitle: "Delete everything?",
    eraseConfirmText:
      "Your conversations, summaries and every message of the app in your private chat will be deleted for good.",
    eraseDone:
      "*Your data has been deleted:* your conversations, your summaries and every message and file of the app in your private chat, intervision's included.",
    eraseUnfinished:
      "*Your conversations have been deleted*, but not all of the app's messages could be removed yet. Press Delete my data again in a minute.",
    eraseKeeps:
      "Not deleted: your contributions to intervision rounds, which belong to your team's record, and what you wrote in a channel yourself, which is the workspace's. To have a contribution removed, ask the facilitator of that round; they can take it out of the record and the thread.",
    downloadOffer:
      "*Download my data:* your conversations with their summaries and your intervision contributions, as one file in this private chat.",
    downloadButton: "Download my data",
    downloadLead: "Here is your data: everything this app keeps about you, in one JSON file.",
    downloadTitle: "My data at Gesprekscoach",
  },
};

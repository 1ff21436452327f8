// The words of intervision in Slack, in Dutch and English: the modals, the parent and phase messages,
// the kind private notes, the reminder and rating messages, and App Home's list of rounds.

import type { IdentifierKind } from "../../../intervision/identifiers.ts";
import type { Rating } from "../../../intervision/record.ts";
import type { Locale } from "../../../locales.ts";

export interface IntervisionCopy {
  modalTitle: string;
  start: string;
  cancel: string;
  modalIntro: string;
  method: string;
  caseBringer: string;
  participants: string;
  participantsHint: string;
  duration: string;
  durationHint: string;
  hours: (n: number) => string;
  anonymous: string;
  anonymousYes: string;
  anonymousNo: string;
  tooFew: string;
  tooMany: (max: number) => string;
  useInChannel: string;
  notInChannel: string;

  header: (method: string) => string;
  people: (facilitator: string, caseBringer: string, n: number) => string;
  anonymousOn: string;
  until: (date: string) => string;
  closedUntil: (date: string) => string;
  endedOn: (date: string) => string;
  next: string;
  finish: string;
  extend: (hours: number) => string;
  close: string;
  end: string;
  parentFooter: string;

  phaseTitle: (n: number, of: number, name: string) => string;
  turnCaseBringer: (who: string) => string;
  turnGroup: (caseBringer: string) => string;
  turnEveryone: string;
  listens: (who: string) => string;
  phaseRunsUntil: (date: string) => string;
  timeUp: string;
  write: string;
  ask: string;
  phaseOver: string;

  extended: (phase: string, date: string) => string;
  closed: (phase: string, date: string) => string;
  facilitatorOnly: (facilitator: string) => string;
  stale: string;
  roundEnded: string;
  phaseClosedNote: string;
  adviceNote: string;
  listensNote: string;
  questionLimit: (max: number) => string;
  identifiers: (kinds: string) => string;
  identifiersInline: (kinds: string) => string;
  kinds: Record<IdentifierKind, string>;
  /** The word that joins the last two items of a list. */
  and: string;

  contributeTitle: string;
  askTitle: string;
  yourContribution: string;
  yourQuestion: string;
  anonymousHint: string;
  post: string;
  tooLong: (max: number) => string;
  contributionBy: (who: string) => string;
  anonymousQuestion: string;

  endTitle: string;
  nextSteps: string;
  nextStepsHint: string;
  endSubmit: string;

  rateAsk: (channel: string, phase: string) => string;
  rateQuestion: string;
  ratings: Record<Rating, string>;
  rated: (rating: string) => string;
  onlyCaseBringerRates: string;

  reminder: (channel: string, phase: string, date: string) => string;
  recordFollows: string;
  recordSent: string;
  markdownFor: (channel: string) => string;
  maskedNote: (n: number) => string;

  homeHeader: string;
  homeNone: string;
  homeItem: (method: string, channel: string, n: number, of: number, phase: string, date: string) => string;
  homeFacilitator: string;
  homeCaseBringer: string;
}

const nlKinds: Record<IdentifierKind, string> = {
  name: "een naam",
  birthdate: "een geboortedatum",
  bsn: "een BSN",
  phone: "een telefoonnummer",
  address: "een adres",
};
const enKinds: Record<IdentifierKind, string> = {
  name: "a name",
  birthdate: "a date of birth",
  bsn: "a citizen service number (BSN)",
  phone: "a phone number",
  address: "an address",
};

export const intervisionCopy: Record<Locale, IntervisionCopy> = {
  nl: {
    modalTitle: "Intervisie",
    start: "Start",
    cancel: "Annuleer",
    modalIntro:
      "Een intervisieronde in dit kanaal, verspreid over een paar dagen. Jij bent de gespreksleider: je kunt fases verlengen, sluiten, doorzetten en de ronde afronden.",
    method: "Methode",
    caseBringer: "Casusinbrenger",
    participants: "Deelnemers",
    participantsHint: "Standaard de leden van dit kanaal. De casusinbrenger doet altijd mee.",
    duration: "Duur per fase",
    durationHint: "De terugblik van de incidentmethode volgt na twee weken.",
    hours: (n) => `${n} uur`,
    anonymous: "Vragen anoniem stellen?",
    anonymousYes: "Ja, met een knop in de draad",
    anonymousNo: "Nee",
    tooFew: "Kies minstens drie deelnemers, de casusinbrenger meegerekend.",
    tooMany: (max) => `Kies hooguit ${max} deelnemers.`,
    useInChannel: "Start /intervisie in een kanaal van je team, niet in een privébericht.",
    notInChannel:
      "Ik kon de intervisie niet in dat kanaal plaatsen. Voeg de app eerst toe aan het kanaal (/invite @Gesprekscoach) en start dan opnieuw.",

    header: (method) => `Intervisie: ${method}`,
    people: (f, c, n) => `Gespreksleider: ${f} · Casusinbrenger: ${c} · ${n} deelnemers`,
    anonymousOn: "Vragen kunnen anoniem, met de knop in de draad.",
    until: (date) => `tot ${date}`,
    closedUntil: (date) => `gesloten voor bijdragen, volgende fase uiterlijk ${date}`,
    endedOn: (date) => `Afgerond op ${date}. Het verslag staat in de draad.`,
    next: "Volgende fase",
    finish: "Rond af",
    extend: (hours) => `Verleng ${hours} uur`,
    close: "Sluit fase",
    end: "Beëindig ronde",
    parentFooter:
      "Bijdragen schrijf je in de draad van dit bericht. Alleen de gespreksleider bedient de knoppen. Geen patiëntgegevens: gebruik pseudoniemen.",

    phaseTitle: (n, of, name) => `Fase ${n} van ${of}: ${name}`,
    turnCaseBringer: (who) => `Aan de beurt: ${who}.`,
    turnGroup: (c) => `Aan de beurt: iedereen behalve ${c}.`,
    turnEveryone: "Aan de beurt: iedereen.",
    listens: (who) => `${who} leest alleen mee.`,
    phaseRunsUntil: (date) => `Deze fase loopt tot ${date}.`,
    timeUp: "De tijd voor de vorige fase is om.",
    write: "Schrijf een bijdrage",
    ask: "Stel een anonieme vraag",
    phaseOver: "Deze fase is voorbij.",

    extended: (phase, date) => `De gespreksleider heeft fase ${phase} verlengd tot ${date}.`,
    closed: (phase, date) =>
      `De gespreksleider heeft fase ${phase} gesloten voor bijdragen. De volgende fase begint uiterlijk ${date}.`,
    facilitatorOnly: (f) => `Alleen de gespreksleider (${f}) kan de ronde bedienen.`,
    stale: "Deze knop hoort bij een eerdere stand van de ronde. Kijk naar het bijgewerkte bericht.",
    roundEnded: "Deze intervisieronde is afgerond; je bericht komt niet meer in het verslag.",
    phaseClosedNote:
      "Deze fase is gesloten voor bijdragen, dus je bericht telt niet mee. Je kunt weer bijdragen in de volgende fase.",
    adviceNote:
      "Dit klinkt als een advies. In deze fase stellen we alleen vragen; adviezen komen later. Kun je er een vraag van maken?",
    listensNote:
      "Je bent de casusinbrenger: in deze fase lees je alleen mee. Je reactie is van harte welkom in een volgende fase.",
    questionLimit: (max) =>
      `In deze methode stelt ieder hooguit ${max} vragen. Welke is voor jou de belangrijkste?`,
    identifiers: (kinds) =>
      `Je bericht lijkt ${kinds} van een patiënt te bevatten. Wil je het aanpassen en een pseudoniem gebruiken (bijvoorbeeld 'mevrouw A', 'een man van 70', 'begin maart')? Slack is geen medisch dossier.`,
    identifiersInline: (kinds) =>
      `Dit lijkt ${kinds} van een patiënt te bevatten. Gebruik een pseudoniem, bijvoorbeeld 'mevrouw A' of 'een man van 70'.`,
    kinds: nlKinds,
    and: "en",

    contributeTitle: "Bijdrage",
    askTitle: "Anonieme vraag",
    yourContribution: "Je bijdrage",
    yourQuestion: "Je vraag",
    anonymousHint:
      "De groep ziet niet wie deze vraag stelt. De app bewaart het alleen om herinneringen aan de juiste mensen te sturen.",
    post: "Plaats",
    tooLong: (max) => `Houd het korter dan ${max} tekens.`,
    contributionBy: (who) => `Bijdrage van ${who}`,
    anonymousQuestion: "Anonieme vraag",

    endTitle: "Ronde afronden",
    nextSteps: "Afgesproken vervolgstappen (optioneel)",
    nextStepsHint: "Eén per regel. Het verslag komt in de draad, en jij krijgt het ook als Markdown.",
    endSubmit: "Rond af",

    rateAsk: (channel, phase) => `Nieuwe vraag in de intervisie in ${channel} (fase ${phase}):`,
    rateQuestion: "Hoe warm is deze vraag voor jou?",
    ratings: { warm: "🔥 Warm", lauwarm: "Lauwarm", koud: "🧊 Koud" },
    rated: (rating) => `Jouw beoordeling: ${rating}. Je kunt die nog wijzigen.`,
    onlyCaseBringerRates: "Alleen de casusinbrenger beoordeelt de vragen.",

    reminder: (channel, phase, date) =>
      `Herinnering: in de intervisie in ${channel} loopt fase *${phase}* tot ${date}. Je hebt in deze fase nog niets bijgedragen; schrijf je bijdrage in de draad.`,
    recordFollows: "De ronde is afgerond. Dit is het verslag.",
    recordSent: "De gespreksleider heeft het verslag ook als Markdown gekregen.",
    markdownFor: (channel) => `Het verslag van de intervisie in ${channel}, als Markdown:`,
    maskedNote: (n) =>
      `${n} ${n === 1 ? "gegeven dat op een patiëntgegeven leek, is" : "gegevens die op een patiëntgegeven leken, zijn"} in dit verslag weggelaten.`,

    homeHeader: "Intervisie",
    homeNone:
      "Je hebt geen lopende intervisierondes. Start er een met /intervisie in een kanaal van je team.",
    homeItem: (method, channel, n, of, phase, date) =>
      `*${method}* in ${channel} · fase ${n} van ${of}: ${phase} · tot ${date}`,
    homeFacilitator: "jij bent gespreksleider",
    homeCaseBringer: "jij bent casusinbrenger",
  },
  en: {
    modalTitle: "Intervision",
    start: "Start",
    cancel: "Cancel",
    modalIntro:
      "An intervision round in this channel, spread over a few days. You are the facilitator: you can extend, close and advance phases and end the round.",
    method: "Method",
    caseBringer: "Presenter",
    participants: "Participants",
    participantsHint: "By default the members of this channel. The presenter always takes part.",
    duration: "Length of a phase",
    durationHint: "The incident method's look back comes after two weeks.",
    hours: (n) => `${n} hours`,
    anonymous: "Ask questions anonymously?",
    anonymousYes: "Yes, with a button in the thread",
    anonymousNo: "No",
    tooFew: "Choose at least three participants, the presenter included.",
    tooMany: (max) => `Choose at most ${max} participants.`,
    useInChannel: "Start /intervisie in a channel of your team, not in a direct message.",
    notInChannel:
      "I could not post the intervision in that channel. Add the app to the channel first (/invite @Gesprekscoach), then start again.",

    header: (method) => `Intervision: ${method}`,
    people: (f, c, n) => `Facilitator: ${f} · Presenter: ${c} · ${n} participants`,
    anonymousOn: "Questions can be anonymous, with the button in the thread.",
    until: (date) => `until ${date}`,
    closedUntil: (date) => `closed for contributions, next phase by ${date}`,
    endedOn: (date) => `Ended on ${date}. The record is in the thread.`,
    next: "Next phase",
    finish: "Finish",
    extend: (hours) => `Extend ${hours} hours`,
    close: "Close phase",
    end: "End round",
    parentFooter:
      "Write your contributions in this message's thread. Only the facilitator uses the buttons. No patient data: use pseudonyms.",

    phaseTitle: (n, of, name) => `Phase ${n} of ${of}: ${name}`,
    turnCaseBringer: (who) => `Whose turn: ${who}.`,
    turnGroup: (c) => `Whose turn: everyone but ${c}.`,
    turnEveryone: "Whose turn: everyone.",
    listens: (who) => `${who} only reads along.`,
    phaseRunsUntil: (date) => `This phase runs until ${date}.`,
    timeUp: "The time for the previous phase is up.",
    write: "Write a contribution",
    ask: "Ask anonymously",
    phaseOver: "This phase is over.",

    extended: (phase, date) => `The facilitator extended phase ${phase} until ${date}.`,
    closed: (phase, date) =>
      `The facilitator closed phase ${phase} for contributions. The next phase starts by ${date}.`,
    facilitatorOnly: (f) => `Only the facilitator (${f}) can run the round.`,
    stale: "This button belongs to an earlier state of the round. Look at the updated message.",
    roundEnded: "This intervision round has ended; your message will not be in the record.",
    phaseClosedNote:
      "This phase is closed for contributions, so your message does not count. You can contribute again in the next phase.",
    adviceNote:
      "This sounds like advice. In this phase we only ask questions; advice comes later. Could you make it a question?",
    listensNote:
      "You are the presenter: in this phase you only read along. Your response is welcome in a later phase.",
    questionLimit: (max) =>
      `In this method everyone asks at most ${max} questions. Which one matters most to you?`,
    identifiers: (kinds) =>
      `Your message seems to contain ${kinds} of a patient. Would you edit it and use a pseudonym (for example 'Mrs A', 'a man of 70', 'early March')? Slack is not a medical record.`,
    identifiersInline: (kinds) =>
      `This seems to contain ${kinds} of a patient. Use a pseudonym, for example 'Mrs A' or 'a man of 70'.`,
    kinds: enKinds,
    and: "and",

    contributeTitle: "Contribution",
    askTitle: "Anonymous question",
    yourContribution: "Your contribution",
    yourQuestion: "Your question",
    anonymousHint:
      "The group does not see who asks this. The app keeps it only to send reminders to the right people.",
    post: "Post",
    tooLong: (max) => `Keep it under ${max} characters.`,
    contributionBy: (who) => `Contribution from ${who}`,
    anonymousQuestion: "Anonymous question",

    endTitle: "End the round",
    nextSteps: "Agreed next steps (optional)",
    nextStepsHint: "One per line. The record goes to the thread, and you also get it as Markdown.",
    endSubmit: "Finish",

    rateAsk: (channel, phase) => `New question in the intervision in ${channel} (phase ${phase}):`,
    rateQuestion: "How warm is this question for you?",
    ratings: { warm: "🔥 Warm", lauwarm: "Lukewarm", koud: "🧊 Cold" },
    rated: (rating) => `Your rating: ${rating}. You can still change it.`,
    onlyCaseBringerRates: "Only the presenter rates the questions.",

    reminder: (channel, phase, date) =>
      `Reminder: in the intervision in ${channel}, phase *${phase}* runs until ${date}. You have not contributed to this phase yet; write your contribution in the thread.`,
    recordFollows: "The round has ended. This is the record.",
    recordSent: "The facilitator also received the record as Markdown.",
    markdownFor: (channel) => `The record of the intervision in ${channel}, as Markdown:`,
    maskedNote: (n) =>
      `${n} ${n === 1 ? "item that looked" : "items that looked"} like patient data ${n === 1 ? "was" : "were"} left out of this record.`,

    homeHeader: "Intervision",
    homeNone: "You have no running intervision rounds. Start one with /intervisie in a channel of your team.",
    homeItem: (method, channel, n, of, phase, date) =>
      `*${method}* in ${channel} · phase ${n} of ${of}: ${phase} · until ${date}`,
    homeFacilitator: "you facilitate",
    homeCaseBringer: "you present",
  },
};

/** "een naam en een BSN": the kinds found, joined the way the language does it. */
export function kindList(copy: IntervisionCopy, kinds: IdentifierKind[]): string {
  const words = kinds.map((k) => copy.kinds[k]);
  if (words.length <= 1) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")} ${copy.and} ${words[words.length - 1]}`;
}

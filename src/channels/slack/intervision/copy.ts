// The words of intervision in Slack, in Dutch and English: the modals, the parent and phase messages,
// the kind private notes, the reminder and rating messages, and App Home's list of rounds.

import type { IdentifierKind } from "../../../intervision/identifiers.ts";
import type { Rating } from "../../../intervision/record.ts";
import type { Locale } from "../../../locales.ts";

export interface IntervisionCopy {
  modalTitle: string;
  loading: string;
  /** The close button of a modal with nothing to submit. */
  dismiss: string;
  modalFailed: string;
  /** A button's or shortcut's modal did not open. */
  pressAgain: string;
  archived: string;
  visibilityPublic: string;
  visibilityPrivate: string;
  cases: string;
  casesMethod: string;
  casesCollect: string;
  casesFixed: string;
  caseBringerHint: string;
  caseBringerNeeded: string;
  caseBringerNotPerson: string;
  workHours: string;
  workOffice: string;
  workAlways: string;
  anonymousReviewed: string;
  startRetrying: string;
  notStartedTooFew: string;
  start: string;
  cancel: string;
  modalIntro: string;
  method: string;
  caseBringer: string;
  participants: string;
  participantsHint: string;
  participantsHintCrowded: string;
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
  /** Slack refused the round's first message itself (not the channel). */
  startRefused: string;

  header: (method: string) => string;
  people: (facilitator: string, caseBringer: string, n: number) => string;
  caseBringerToChoose: string;
  confidentiality: string;
  confirm: string;
  confirmedCount: (n: number, of: number) => string;
  confirmedNote: string;
  confirmFirst: string;
  onlyParticipantsConfirm: string;
  previousSteps: (date: string) => string;
  previousAsk: string;
  andOthers: (n: number) => string;
  threadLink: (url: string) => string;
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
  /** Whose turn it is: the participants who should act now, as mentions. */
  turnPeople: (who: string) => string;
  listens: (who: string) => string;
  phaseRunsUntil: (date: string) => string;
  timeUp: string;
  write: string;
  ask: string;
  propose: string;
  phaseOver: string;

  extended: (phase: string, date: string) => string;
  closed: (phase: string, date: string) => string;
  facilitatorOnly: (facilitator: string) => string;
  stale: string;
  busy: string;
  retrying: string;
  blocked: (channel: string, reason: string) => string;
  blockedReasons: Record<string, string>;
  blockedOther: string;
  roundEnded: string;
  /** The facilitator approves a waiting question after the round ended or stopped. */
  approveTooLate: string;
  phaseClosedNote: string;
  adviceNote: string;
  listensNote: string;
  questionLimit: (max: number) => string;
  identifiers: (kinds: string) => string;
  identifiersInline: (kinds: string) => string;
  kinds: Record<IdentifierKind, string>;
  /** The word that joins the last two items of a list. */
  and: string;
  notParticipant: string;
  fileNotKept: string;
  afterRecord: string;
  postFailed: string;

  contributeTitle: string;
  askTitle: string;
  yourContribution: string;
  yourQuestion: string;
  anonymousHint: string;
  post: string;
  tooLong: (max: number) => string;
  contributionBy: (who: string) => string;
  anonymousQuestion: string;

  proposeTitle: string;
  yourProposal: string;
  proposalHint: string;
  proposalHeading: (n: number) => string;
  proposalPosted: string;
  vote: string;
  pick: string;
  voted: (n: number) => string;
  noProposals: string;
  noProposalsExtended: (channel: string) => string;
  casePicked: (who: string) => string;
  onlyParticipantsVote: string;

  pendingReview: string;
  reviewAsk: (channel: string, phase: string) => string;
  approve: string;
  reject: string;
  reviewApproved: string;
  reviewRejected: string;
  questionRejected: (channel: string) => string;

  removeTitle: string;
  removeText: string;
  removeSubmit: string;
  notAContribution: string;
  removedFromThread: string;
  removedAskAuthor: (author: string) => string;
  removedDm: (channel: string) => string;

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
  recordContinued: string;
  recordSent: string;
  markdownFor: (channel: string) => string;
  maskedNote: (n: number) => string;

  homeHeader: string;
  homeNone: string;
  homeItem: (method: string, channel: string, n: number, of: number, phase: string, date: string) => string;
  homeFacilitator: string;
  homeCaseBringer: string;
  homeEnded: string;
  homeEndedItem: (method: string, channel: string, date: string, link: string) => string;
  homeRecord: string;
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
    loading: "Even geduld: ik kijk wie er in dit kanaal zit.",
    dismiss: "Sluit",
    modalFailed:
      "Het venster van /intervisie ging niet open: Slack gaf er te weinig tijd voor. Typ /intervisie nog eens.",
    pressAgain:
      "Het venster ging niet open: Slack gaf er te weinig tijd voor. Er is niets veranderd; probeer het gerust nog eens.",
    archived: "Dit kanaal is gearchiveerd, dus hier kan geen intervisie meer lopen. Kies een ander kanaal.",
    visibilityPublic:
      "*Let op:* dit is een openbaar kanaal. Iedereen in de werkruimte kan de draad lezen, ook wie niet meedoet. Kies voor intervisie liever een privékanaal met alleen de deelnemers.",
    visibilityPrivate: "Iedereen in dit kanaal kan de draad lezen, ook wie niet meedoet.",
    cases: "Casus",
    casesMethod: "Zoals de methode het doet (de incidentmethode kiest eerst samen een casus)",
    casesCollect: "Eerst samen een casus kiezen",
    casesFixed: "De casusinbrenger staat al vast",
    caseBringerHint: "Laat dit leeg als jullie eerst samen een casus kiezen.",
    caseBringerNeeded: "Kies een casusinbrenger, of laat de groep eerst samen een casus kiezen.",
    caseBringerNotPerson: "Kies een collega: een bot of app kan geen casus inbrengen.",
    workHours: "Deadlines en herinneringen",
    workOffice: "Binnen werktijd: werkdagen 08:00-18:00, in ieders eigen tijdzone",
    workAlways: "Op elk moment, ook 's avonds en in het weekend",
    anonymousReviewed: "Ja, maar de gespreksleider keurt ze eerst goed",
    startRetrying:
      "Ik kon de ronde nog niet in het kanaal zetten: Slack gaf een fout. Ik probeer het over een minuut opnieuw; lukt dat niet, dan hoor je het van me.",
    notStartedTooFew:
      "De intervisieronde is niet gestart: er bleven minder dan drie mensen over, want bots en apps doen niet mee. Start opnieuw met /intervisie.",
    start: "Start",
    cancel: "Annuleer",
    modalIntro:
      "Een intervisieronde in dit kanaal, verspreid over een paar dagen. Jij bent de gespreksleider: je kunt fases verlengen, sluiten, doorzetten en de ronde afronden.",
    method: "Methode",
    caseBringer: "Casusinbrenger",
    participants: "Deelnemers",
    participantsHint:
      "Standaard de mensen in dit kanaal, zonder bots en apps. De casusinbrenger doet altijd mee.",
    participantsHintCrowded:
      "Dit kanaal heeft veel leden, dus kies zelf wie meedoet. De casusinbrenger doet altijd mee.",
    duration: "Duur per fase",
    durationHint: "De terugblik van de incidentmethode volgt na twee weken.",
    hours: (n) => `${n} uur`,
    anonymous: "Vragen anoniem stellen?",
    anonymousYes: "Ja, met een knop in de draad",
    anonymousNo: "Nee",
    tooFew: "Kies minstens drie mensen, de casusinbrenger meegerekend. Bots en apps tellen niet mee.",
    tooMany: (max) => `Kies hooguit ${max} deelnemers.`,
    useInChannel: "Start /intervisie in een kanaal van je team, niet in een privébericht.",
    notInChannel:
      "Ik kon de intervisie niet in dat kanaal plaatsen. Voeg de app eerst toe aan het kanaal (/invite @Gesprekscoach) en start dan opnieuw.",
    startRefused:
      "Slack nam het eerste bericht van de intervisie niet aan, dus de ronde is niet begonnen. Start gerust opnieuw met /intervisie. Gebeurt het weer, meld het dan bij wie de app beheert.",

    header: (method) => `Intervisie: ${method}`,
    people: (f, c, n) => `Gespreksleider: ${f} · Casusinbrenger: ${c} · ${n} deelnemers`,
    caseBringerToChoose: "nog te kiezen",
    confidentiality:
      "🔒 *Vertrouwelijk:* wat in deze ronde gedeeld wordt, blijft binnen de groep. Gebruik pseudoniemen, nooit patiëntgegevens. Bevestig dat je je hieraan houdt.",
    confirm: "Ik ga akkoord",
    confirmedCount: (n, of) => `${n} van ${of} deelnemers akkoord.`,
    confirmedNote: "Dank je: je hebt de afspraak over vertrouwelijkheid bevestigd.",
    confirmFirst:
      "Je bijdrage is bewaard. Bevestig nog even de afspraak over vertrouwelijkheid bovenaan de draad, met Ik ga akkoord.",
    onlyParticipantsConfirm: "Alleen deelnemers aan deze ronde bevestigen de afspraak.",
    previousSteps: (date) => `*Afspraken uit de vorige ronde in dit kanaal (${date}):*`,
    previousAsk: "Hoe is het daarmee gegaan? Vertel het in de draad.",
    andOthers: (n) => `en ${n} anderen`,
    threadLink: (url) => `<${url}|Naar de draad>`,
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
    turnPeople: (who) => `Aan de beurt: ${who}.`,
    listens: (who) => `${who} leest alleen mee.`,
    phaseRunsUntil: (date) => `Deze fase loopt tot ${date}.`,
    timeUp: "De tijd voor de vorige fase is om.",
    write: "Schrijf een bijdrage",
    ask: "Stel een anonieme vraag",
    propose: "Stel een casus voor",
    phaseOver: "Deze fase is voorbij.",

    extended: (phase, date) => `De gespreksleider heeft fase ${phase} verlengd tot ${date}.`,
    closed: (phase, date) =>
      `De gespreksleider heeft fase ${phase} gesloten voor bijdragen. De volgende fase begint uiterlijk ${date}.`,
    facilitatorOnly: (f) => `Alleen de gespreksleider (${f}) kan de ronde bedienen.`,
    stale: "Deze knop hoort bij een eerdere stand van de ronde. Kijk naar het bijgewerkte bericht.",
    busy: "Even geduld: je vorige klik wordt nog verwerkt.",
    retrying: "Slack nam de wijziging nog niet aan. Ik probeer het over een minuut opnieuw.",
    blocked: (channel, reason) =>
      `De intervisieronde in ${channel} is gestopt: ${reason}. Er gaan geen herinneringen en deadlines meer uit. Hieronder staat het verslag tot nu toe.`,
    blockedReasons: {
      is_archived: "het kanaal is gearchiveerd",
      not_in_channel: "de app is uit het kanaal gehaald",
      channel_not_found: "het kanaal bestaat niet meer of de app kan het niet meer zien",
      restricted_action: "de app mag in dat kanaal niet meer posten",
      msg_blocks_too_long: "Slack vond een bericht van de app te lang en nam het niet aan",
      msg_too_long: "Slack vond een bericht van de app te lang en nam het niet aan",
      invalid_blocks: "Slack nam een bericht van de app niet aan",
    },
    blockedOther: "Slack weigert berichten van de app in dat kanaal",
    roundEnded: "Deze intervisieronde is afgerond; je bericht komt niet meer in het verslag.",
    approveTooLate:
      "Deze ronde loopt niet meer, dus de vraag komt niet meer in de draad of in het verslag. Je kunt hem nog wel weigeren, dan wordt hij gewist.",
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
    notParticipant:
      "Je doet niet mee aan deze intervisieronde, dus je bericht komt niet in het verslag. Wil je meedoen? Vraag het de gespreksleider.",
    fileNotKept:
      "Bestanden bewaart de app niet: alleen je tekst komt in het verslag. Staan er patiëntgegevens in het bestand, verwijder het dan.",
    afterRecord:
      "Je bericht kwam binnen nadat het verslag er al stond. Het is bewaard, maar staat niet in het geplaatste verslag.",
    postFailed:
      "Je bijdrage is bewaard, maar Slack nam het bericht in de draad niet aan. Probeer het zo nog eens.",

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

    proposeTitle: "Casusvoorstel",
    yourProposal: "Je casus, in een paar zinnen",
    proposalHint: "De groep ziet niet van wie het voorstel is, tot het gekozen wordt.",
    proposalHeading: (n) => `Casusvoorstel ${n}`,
    proposalPosted: "Je voorstel staat in de draad, zonder je naam.",
    vote: "Stem hierop",
    pick: "Kies deze casus",
    voted: (n) => `Je stem staat bij dit voorstel (${n} ${n === 1 ? "stem" : "stemmen"}).`,
    noProposals: "Er is nog geen casus voorgesteld. Wacht op een voorstel of verleng de fase.",
    noProposalsExtended: (channel) =>
      `In de intervisie in ${channel} is nog geen casus voorgesteld. Ik heb het kiezen van een casus verlengd.`,
    casePicked: (who) => `De casus is gekozen: ${who} is de casusinbrenger.`,
    onlyParticipantsVote: "Alleen deelnemers aan deze ronde stemmen.",

    pendingReview: "Je vraag wacht op de gespreksleider, die hem zonder je naam in de draad zet.",
    reviewAsk: (channel, phase) =>
      `Een anonieme vraag voor de intervisie in ${channel} (fase ${phase}) wacht op jouw goedkeuring:`,
    approve: "Plaats",
    reject: "Niet plaatsen",
    reviewApproved: "Geplaatst in de draad, zonder naam.",
    reviewRejected: "Niet geplaatst; de vraag is verwijderd.",
    questionRejected: (channel) =>
      `De gespreksleider heeft je anonieme vraag in de intervisie in ${channel} niet geplaatst. De vraag is verwijderd.`,

    removeTitle: "Bijdrage verwijderen",
    removeText:
      "Deze bijdrage gaat uit het verslag, en wat erin stond wordt niet bewaard. In het auditlog staat alleen dat er iets verwijderd is, niet wat.",
    removeSubmit: "Verwijder",
    notAContribution: "Dit bericht staat niet in het verslag van een intervisieronde.",
    removedFromThread: "Verwijderd uit het verslag en uit de draad.",
    removedAskAuthor: (author) =>
      `Verwijderd uit het verslag. Het bericht zelf kan alleen ${author} (of een beheerder) in Slack verwijderen; ik heb het gevraagd.`,
    removedDm: (channel) =>
      `De gespreksleider heeft een bijdrage van je in de intervisie in ${channel} uit het verslag gehaald, omdat er mogelijk patiëntgegevens in stonden. Verwijder het bericht ook zelf in de draad.`,

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
    recordContinued: "Vervolg van het verslag.",
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
    homeEnded: "Afgeronde intervisierondes",
    homeEndedItem: (method, channel, date, link) => `*${method}* in ${channel} · afgerond op ${date}${link}`,
    homeRecord: "verslag",
  },
  en: {
    modalTitle: "Intervision",
    loading: "One moment: I am checking who is in this channel.",
    dismiss: "Close",
    modalFailed:
      "The /intervisie window did not open: Slack gave it too little time. Type /intervisie again.",
    pressAgain:
      "The window did not open: Slack gave it too little time. Nothing has changed; just try once more.",
    archived: "This channel is archived, so no intervision can run here. Choose another channel.",
    visibilityPublic:
      "*Note:* this is a public channel. Everyone in the workspace can read the thread, including people who do not take part. Prefer a private channel with only the participants.",
    visibilityPrivate: "Everyone in this channel can read the thread, including people who do not take part.",
    cases: "Case",
    casesMethod: "As the method does it (the incident method chooses a case together first)",
    casesCollect: "Choose a case together first",
    casesFixed: "The presenter is already known",
    caseBringerHint: "Leave this empty if you choose a case together first.",
    caseBringerNeeded: "Choose a presenter, or let the group choose a case together first.",
    caseBringerNotPerson: "Choose a colleague: a bot or app cannot present a case.",
    workHours: "Deadlines and reminders",
    workOffice: "Within working hours: weekdays 08:00-18:00, in everyone's own time zone",
    workAlways: "At any time, evenings and weekends included",
    anonymousReviewed: "Yes, but the facilitator approves them first",
    startRetrying:
      "I could not post the round in the channel yet: Slack gave an error. I will try again in a minute; if that fails, I will let you know.",
    notStartedTooFew:
      "The intervision round did not start: fewer than three people were left, as bots and apps do not take part. Start again with /intervisie.",
    start: "Start",
    cancel: "Cancel",
    modalIntro:
      "An intervision round in this channel, spread over a few days. You are the facilitator: you can extend, close and advance phases and end the round.",
    method: "Method",
    caseBringer: "Presenter",
    participants: "Participants",
    participantsHint:
      "By default the people in this channel, without bots and apps. The presenter always takes part.",
    participantsHintCrowded:
      "This channel has many members, so choose who takes part. The presenter always takes part.",
    duration: "Length of a phase",
    durationHint: "The incident method's look back comes after two weeks.",
    hours: (n) => `${n} hours`,
    anonymous: "Ask questions anonymously?",
    anonymousYes: "Yes, with a button in the thread",
    anonymousNo: "No",
    tooFew: "Choose at least three people, the presenter included. Bots and apps do not count.",
    tooMany: (max) => `Choose at most ${max} participants.`,
    useInChannel: "Start /intervisie in a channel of your team, not in a direct message.",
    notInChannel:
      "I could not post the intervision in that channel. Add the app to the channel first (/invite @Gesprekscoach), then start again.",
    startRefused:
      "Slack did not accept the intervision's first message, so the round has not started. Feel free to start again with /intervisie. If it happens again, tell whoever manages the app.",

    header: (method) => `Intervision: ${method}`,
    people: (f, c, n) => `Facilitator: ${f} · Presenter: ${c} · ${n} participants`,
    caseBringerToChoose: "to be chosen",
    confidentiality:
      "🔒 *Confidential:* what is shared in this round stays within the group. Use pseudonyms, never patient data. Confirm that you keep to this.",
    confirm: "I agree",
    confirmedCount: (n, of) => `${n} of ${of} participants agreed.`,
    confirmedNote: "Thank you: you confirmed the confidentiality agreement.",
    confirmFirst:
      "Your contribution is saved. Please also confirm the confidentiality agreement at the top of the thread, with I agree.",
    onlyParticipantsConfirm: "Only participants of this round confirm the agreement.",
    previousSteps: (date) => `*Agreements from the previous round in this channel (${date}):*`,
    previousAsk: "How did it go? Tell in the thread.",
    andOthers: (n) => `and ${n} others`,
    threadLink: (url) => `<${url}|Open the thread>`,
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
    turnPeople: (who) => `Whose turn: ${who}.`,
    listens: (who) => `${who} only reads along.`,
    phaseRunsUntil: (date) => `This phase runs until ${date}.`,
    timeUp: "The time for the previous phase is up.",
    write: "Write a contribution",
    ask: "Ask anonymously",
    propose: "Propose a case",
    phaseOver: "This phase is over.",

    extended: (phase, date) => `The facilitator extended phase ${phase} until ${date}.`,
    closed: (phase, date) =>
      `The facilitator closed phase ${phase} for contributions. The next phase starts by ${date}.`,
    facilitatorOnly: (f) => `Only the facilitator (${f}) can run the round.`,
    stale: "This button belongs to an earlier state of the round. Look at the updated message.",
    busy: "One moment: your previous click is still being handled.",
    retrying: "Slack did not take the change yet. I will try again in a minute.",
    blocked: (channel, reason) =>
      `The intervision round in ${channel} has stopped: ${reason}. No more reminders or deadlines go out. Below is the record so far.`,
    blockedReasons: {
      is_archived: "the channel was archived",
      not_in_channel: "the app was removed from the channel",
      channel_not_found: "the channel no longer exists or the app can no longer see it",
      restricted_action: "the app may no longer post in that channel",
      msg_blocks_too_long: "Slack found one of the app's messages too long and refused it",
      msg_too_long: "Slack found one of the app's messages too long and refused it",
      invalid_blocks: "Slack refused one of the app's messages",
    },
    blockedOther: "Slack refuses the app's messages in that channel",
    roundEnded: "This intervision round has ended; your message will not be in the record.",
    approveTooLate:
      "This round is no longer running, so the question will not go into the thread or the record. You can still decline it, which deletes it.",
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
    notParticipant:
      "You do not take part in this intervision round, so your message is not in the record. Want to join? Ask the facilitator.",
    fileNotKept:
      "The app does not keep files: only your text goes into the record. If the file holds patient data, please delete it.",
    afterRecord:
      "Your message arrived after the record was posted. It is saved, but it is not in the posted record.",
    postFailed:
      "Your contribution is saved, but Slack did not take the message in the thread. Please try again shortly.",

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

    proposeTitle: "Case proposal",
    yourProposal: "Your case, in a few sentences",
    proposalHint: "The group does not see whose proposal it is until it is chosen.",
    proposalHeading: (n) => `Case proposal ${n}`,
    proposalPosted: "Your proposal is in the thread, without your name.",
    vote: "Vote for this",
    pick: "Choose this case",
    voted: (n) => `Your vote is with this proposal (${n} ${n === 1 ? "vote" : "votes"}).`,
    noProposals: "No case has been proposed yet. Wait for a proposal or extend the phase.",
    noProposalsExtended: (channel) =>
      `No case has been proposed yet in the intervision in ${channel}. I extended choosing a case.`,
    casePicked: (who) => `The case is chosen: ${who} is the presenter.`,
    onlyParticipantsVote: "Only participants of this round vote.",

    pendingReview: "Your question waits for the facilitator, who posts it in the thread without your name.",
    reviewAsk: (channel, phase) =>
      `An anonymous question for the intervision in ${channel} (phase ${phase}) waits for your approval:`,
    approve: "Post",
    reject: "Do not post",
    reviewApproved: "Posted in the thread, without a name.",
    reviewRejected: "Not posted; the question was deleted.",
    questionRejected: (channel) =>
      `The facilitator did not post your anonymous question in the intervision in ${channel}. The question was deleted.`,

    removeTitle: "Remove contribution",
    removeText:
      "This contribution leaves the record, and what it said is not kept. The audit log only says that something was removed, not what.",
    removeSubmit: "Remove",
    notAContribution: "This message is not in the record of an intervision round.",
    removedFromThread: "Removed from the record and from the thread.",
    removedAskAuthor: (author) =>
      `Removed from the record. Only ${author} (or an admin) can delete the message itself in Slack; I have asked.`,
    removedDm: (channel) =>
      `The facilitator removed a contribution of yours in the intervision in ${channel} from the record, as it may hold patient data. Please delete the message in the thread yourself too.`,

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
    recordContinued: "The record, continued.",
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
    homeEnded: "Ended intervision rounds",
    homeEndedItem: (method, channel, date, link) => `*${method}* in ${channel} · ended on ${date}${link}`,
    homeRecord: "record",
  },
};

/** "een naam en een BSN": the kinds found, joined the way the language does it. */
export function kindList(copy: IntervisionCopy, kinds: IdentifierKind[]): string {
  const words = kinds.map((k) => copy.kinds[k]);
  if (words.length <= 1) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")} ${copy.and} ${words[words.length - 1]}`;
}

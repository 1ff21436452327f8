// The words of the web pages (not of the flows), Dutch first.
import { type PhaseName, partNames, phaseNames } from "../../coaching/part-labels.ts";
import type { PartKind } from "../../coaching/parts.ts";
import type { Locale } from "../../locales.ts";
import { HELP_NUMBERS } from "../../safety/numbers.ts";

// The same in the Netherlands and Belgium; taken from the one dated table of help numbers.
const EMERGENCY = HELP_NUMBERS.NL.emergency.phone;

export interface PageCopy {
  lang: Locale;
  siteName: string;
  tagline: string;
  skipToContent: string;
  landing: {
    title: string;
    intro: string[];
    notList: string[];
    startReflect: string;
    startReflectHint: string;
    /** The one discreet line on the patients' landing page that leads to /oefenen. */
    practiceLink: string;
    practiceTitle: string;
    practiceText: string;
    startPractice: string;
    startQuiz: string;
    continueTitle: string;
    continueButton: string;
    resumeTitle: string;
    resumeLabel: string;
    resumeHint: string;
    resumeButton: string;
    resumeUnknown: string;
    startError: string;
    /** Asked when "start" is pressed while a conversation is still open in this browser. */
    open: { title: string; text: string; codeText: string; keep: string; startNew: string };
  };
  phases: Record<string, string>;
  chat: {
    title: string;
    logLabel: string;
    you: string;
    coach: string;
    answerLabel: string;
    send: string;
    next: string;
    back: string;
    pause: string;
    scaleLegend: string;
    choiceLegend: string;
    multipleHint: string;
    /** Above the spinnenweb's scales: what to do, and that a part may stay empty. */
    scalesLegend: string;
    scalesHint: string;
    /** The choice each scale starts on, so a browser that ticks the first radio sends no 0. */
    noGrade: string;
    charactersLeft: (max: number) => string;
    resumeCodeTitle: string;
    resumeCodeText: string;
    toSummary: string;
    conflict: string;
    noConversation: string;
    startOver: string;
    helpTitle: string;
    /** The page after declining at the start: the conversation has been erased at once. */
    stoppedTitle: string;
  };
  feedback: {
    title: string;
    remarks: string;
    strength: string;
    tip: string;
    counts: string;
    openQuestions: string;
    closedQuestions: string;
    reflections: string;
    advice: string;
    adviceWithoutPermission: string;
    information: string;
    ratio: string;
    openShare: string;
    met: string;
    notMet: string;
    timeline: string;
    turn: string;
    phase: string;
    stance: string;
    behaviour: string;
    shift: string;
    named: string;
    unnamed: string;
    behaviours: Record<"question" | "reflection" | "input" | "other", string>;
    /** The phase column: "fase 1 (volgend)", so a phase is never mistaken for "the next one". */
    phases: Record<PhaseName, string>;
    /** The trainee's words per turn, each part with its label (as MITI counts them). */
    words: string;
    parts: Record<PartKind, string>;
    /** The patient's hidden profile at the end, what the trainee found out and what stayed hidden. */
    profile: string;
    found: string;
    missed: string;
    /** A ketenzorg check-up's protocol: covered and still open. */
    protocol: string;
    protocolDone: string;
    protocolOpen: string;
    /** The links to the session as Markdown and as PDF, for supervision, after a line that says so. */
    takeAlong: string;
    markdown: string;
    pdf: string;
    /** A trainee's note on a label: the button, the field's label, save, and how a kept note is shown. */
    meantOtherwise: string;
    noteField: string;
    noteSave: string;
    quizScore: (correct: number, total: number) => string;
    yourAnswer: string;
    expected: string;
  };
  summary: {
    title: string;
    webDescription: (items: string[]) => string;
    notFinished: string;
    print: string;
    pdf: string;
    download: string;
    erase: string;
    eraseConfirm: string;
    erased: string;
    backToChat: string;
    resumeText: string;
  };
  footer: { privacy: string; notCrisis: string };
  /** A form post refused as possibly coming from another site. */
  refused: { title: string; text: string };
}

export const pageCopy: Record<Locale, PageCopy> = {
  nl: {
    lang: "nl",
    siteName: "Gesprekscoach",
    tagline: "Rustig nadenken over wat voor jou belangrijk is, vóór je afspraak.",
    skipToContent: "Naar de inhoud",
    landing: {
      title: "Bereid je afspraak voor",
      intro: [
        "Je praktijk heeft je uitgenodigd om vóór je afspraak even na te denken over wat voor jou belangrijk is.",
        "Een digitale coach stelt je vragen. Aan het eind heb je een samenvatting met je eigen doelen en je vraag voor de afspraak. Het duurt 10 tot 20 minuten.",
      ],
      notList: [
        "Niemand leest live mee.",
        `Dit is geen crisisdienst. Bel bij gevaar ${EMERGENCY}.`,
        "Je krijgt hier geen diagnose of behandeladvies.",
      ],
      startReflect: "Begin met nadenken",
      startReflectHint: "We bewaren alleen je antwoorden, zonder je naam.",
      practiceLink: "Zorgverlener in opleiding? Oefenen doe je hier.",
      practiceTitle: "Voor zorgverleners in opleiding",
      practiceText:
        "Oefen de drie fasen van het GG/ZZ-gesprek met een gesimuleerde patiënt en krijg daarna feedback, of test of je de fase van een uitspraak herkent.",
      startPractice: "Oefen een gesprek",
      startQuiz: "Herken de fase",
      continueTitle: "Je was al begonnen",
      continueButton: "Ga verder waar je was",
      resumeTitle: "Verder op een ander apparaat?",
      resumeLabel: "Je hervatcode",
      resumeHint: "12 tekens, bijvoorbeeld ABCD-EFGH-JKMN",
      resumeButton: "Ga verder",
      resumeUnknown: "Deze hervatcode kennen we niet. Kijk hem nog eens na.",
      startError: "Het starten lukte niet. Probeer het nog een keer.",
      open: {
        title: "Je hebt al een gesprek open",
        text: "Wil je verder met dat gesprek, of een nieuw gesprek beginnen?",
        codeText:
          "Begin je opnieuw, dan blijft je eerste gesprek bewaard. Je opent het later weer met deze hervatcode:",
        keep: "Verder met mijn gesprek",
        startNew: "Begin een nieuw gesprek",
      },
    },
    phases: {
      welkom: "Welkom",
      gg1: "Fase 1 van 3: vertellen",
      gg2: "Fase 2 van 3: wat je wilt veranderen",
      gg3: "Fase 3 van 3: je vraag voor de afspraak",
      samenvatting: "Samenvatting",
      afsluiting: "Afronden",
      crisis: "Hulp",
      voorbereiding: "Oefenen: voorbereiding",
      volgend: "Oefenen: fase 1, volgend",
      activerend: "Oefenen: fase 2, activerend",
      expert: "Oefenen: fase 3, expert",
      feedback: "Oefenen: feedback",
      quiz: "Herken de fase",
      uitslag: "Herken de fase: uitslag",
    },
    chat: {
      title: "Gesprek",
      logLabel: "Gesprek met de coach",
      you: "Jij",
      coach: "Coach",
      answerLabel: "Je antwoord",
      send: "Versturen",
      next: "Verder",
      back: "Terug",
      pause: "Pauzeren",
      scaleLegend: "Kies een cijfer van 0 tot 10",
      choiceLegend: "Kies een antwoord",
      multipleHint: "Je kunt meer dan één antwoord kiezen.",
      scalesLegend: "Een cijfer per onderdeel, van 0 tot 10",
      scalesHint: "Een onderdeel zonder cijfer is ook goed.",
      noGrade: "geen cijfer",
      charactersLeft: (max) => `Maximaal ${max} tekens.`,
      resumeCodeTitle: "Later verder?",
      resumeCodeText:
        "In deze browser ga je vanzelf verder waar je was. Op een ander apparaat gebruik je deze hervatcode. Schrijf hem op:",
      toSummary: "Bekijk je samenvatting",
      conflict: "Dit antwoord hoorde bij een eerdere vraag. Hieronder zie je waar je nu bent.",
      noConversation: "We vinden geen gesprek in deze browser.",
      startOver: "Naar de startpagina",
      helpTitle: "Hulp",
      stoppedTitle: "Je doet niet mee",
    },
    feedback: {
      title: "Feedback op je oefengesprek",
      remarks: "Wat opviel",
      strength: "Goed",
      tip: "Tip",
      counts: "In getallen",
      openQuestions: "Open vragen",
      closedQuestions: "Gesloten vragen",
      reflections: "Reflecties",
      advice: "Adviezen",
      adviceWithoutPermission: "waarvan zonder toestemming",
      information: "Informatie",
      ratio: "Reflecties per vraag",
      openShare: "Aandeel open vragen",
      met: "drempel gehaald",
      notMet: "drempel nog niet gehaald",
      timeline: "Verloop van het gesprek",
      turn: "Beurt",
      phase: "Fase",
      stance: "Houding",
      behaviour: "Soort uitspraak",
      shift: "Wissel",
      named: "benoemd",
      unnamed: "niet benoemd",
      behaviours: {
        question: "vraag",
        reflection: "reflectie",
        input: "advies of informatie",
        other: "overig",
      },
      phases: phaseNames.nl,
      words: "Wat je zei",
      parts: partNames.nl,
      profile: "Wie de patiënt was",
      found: "Dit kwam je te weten",
      missed: "Dit bleef nog verborgen",
      protocol: "Protocol van de ketenzorgcontrole",
      protocolDone: "Besproken",
      protocolOpen: "Nog open",
      takeAlong: "Neem dit gesprek mee naar je opleider of naar supervisie:",
      markdown: "als Markdown",
      pdf: "als PDF",
      meantOtherwise: "Dat bedoelde ik anders",
      noteField: "Wat bedoelde je? Eén regel is genoeg.",
      noteSave: "Bewaar",
      quizScore: (correct, total) => `Je had ${correct} van de ${total} goed.`,
      yourAnswer: "Jouw antwoord",
      expected: "Juist",
    },
    summary: {
      title: "Je samenvatting",
      webDescription: (items) => `Spinnenweb met cijfers van 0 tot 10: ${items.join("; ")}.`,
      notFinished: "Je bent nog niet klaar met het gesprek. Dit is wat er tot nu toe in staat.",
      print: "Afdrukken",
      pdf: "Download als PDF",
      download: "Download al je gegevens (JSON)",
      erase: "Wis al mijn gegevens",
      eraseConfirm: "Ja, wis alles definitief",
      erased: "Alles is gewist. Er is niets meer van je bewaard.",
      backToChat: "Terug naar het gesprek",
      resumeText: "Met deze hervatcode open je je samenvatting later weer, ook op een ander apparaat:",
    },
    footer: { privacy: "Privacy", notCrisis: `Geen crisisdienst. Bij gevaar: bel ${EMERGENCY}.` },
    refused: {
      title: "Dit formulier kwam niet van deze site",
      text: "Voor je veiligheid hebben we het niet verwerkt. Ga terug naar de startpagina en probeer het daar opnieuw; je eerdere antwoorden zijn bewaard.",
    },
  },
  en: {
    lang: "en",
    siteName: "Gesprekscoach",
    tagline: "Take a quiet moment to think about what matters to you, before your appointment.",
    skipToContent: "Skip to content",
    landing: {
      title: "Prepare for your appointment",
      intro: [
        "Your practice has invited you to think about what matters to you before your appointment.",
        "A digital coach asks you questions. At the end you have a summary with your own goals and your question for the appointment. It takes 10 to 20 minutes.",
      ],
      notList: [
        "Nobody reads along live.",
        `This is not a crisis service. In danger, call ${EMERGENCY}.`,
        "You get no diagnosis or treatment advice here.",
      ],
      startReflect: "Start reflecting",
      startReflectHint: "We only keep your answers, without your name.",
      practiceLink: "Care professional in training? Practise here.",
      practiceTitle: "For care professionals in training",
      practiceText:
        "Practise the three phases of the GG/ZZ conversation with a simulated patient and get feedback afterwards, or test whether you recognise the phase of an utterance.",
      startPractice: "Practise a conversation",
      startQuiz: "Recognise the phase",
      continueTitle: "You had already started",
      continueButton: "Continue where you were",
      resumeTitle: "Continue on another device?",
      resumeLabel: "Your resume code",
      resumeHint: "12 characters, for example ABCD-EFGH-JKMN",
      resumeButton: "Continue",
      resumeUnknown: "We do not know this resume code. Please check it.",
      startError: "Starting did not work. Please try again.",
      open: {
        title: "You already have a conversation open",
        text: "Would you like to continue that conversation, or start a new one?",
        codeText:
          "If you start again, your first conversation is kept. You can open it later with this resume code:",
        keep: "Continue my conversation",
        startNew: "Start a new conversation",
      },
    },
    phases: {
      welkom: "Welcome",
      gg1: "Part 1 of 3: telling",
      gg2: "Part 2 of 3: what you want to change",
      gg3: "Part 3 of 3: your question for the appointment",
      samenvatting: "Summary",
      afsluiting: "Finishing",
      crisis: "Help",
      voorbereiding: "Practice: preparation",
      volgend: "Practice: phase 1, following",
      activerend: "Practice: phase 2, activating",
      expert: "Practice: phase 3, expert",
      feedback: "Practice: feedback",
      quiz: "Recognise the phase",
      uitslag: "Recognise the phase: result",
    },
    chat: {
      title: "Conversation",
      logLabel: "Conversation with the coach",
      you: "You",
      coach: "Coach",
      answerLabel: "Your answer",
      send: "Send",
      next: "Next",
      back: "Back",
      pause: "Pause",
      scaleLegend: "Choose a number from 0 to 10",
      choiceLegend: "Choose an answer",
      multipleHint: "You can choose more than one answer.",
      scalesLegend: "A number for each part, from 0 to 10",
      scalesHint: "A part without a number is fine too.",
      noGrade: "no number",
      charactersLeft: (max) => `At most ${max} characters.`,
      resumeCodeTitle: "Continue later?",
      resumeCodeText:
        "In this browser you will continue where you were. On another device, use this resume code. Write it down:",
      toSummary: "See your summary",
      conflict: "That answer belonged to an earlier question. Below you can see where you are now.",
      noConversation: "We cannot find a conversation in this browser.",
      startOver: "To the start page",
      helpTitle: "Help",
      stoppedTitle: "You are not taking part",
    },
    feedback: {
      title: "Feedback on your practice conversation",
      remarks: "What stood out",
      strength: "Well done",
      tip: "Tip",
      counts: "In numbers",
      openQuestions: "Open questions",
      closedQuestions: "Closed questions",
      reflections: "Reflections",
      advice: "Advice",
      adviceWithoutPermission: "of which without permission",
      information: "Information",
      ratio: "Reflections per question",
      openShare: "Share of open questions",
      met: "threshold met",
      notMet: "threshold not met yet",
      timeline: "How the conversation went",
      turn: "Turn",
      phase: "Phase",
      stance: "Stance",
      behaviour: "Kind of utterance",
      shift: "Shift",
      named: "named",
      unnamed: "not named",
      behaviours: {
        question: "question",
        reflection: "reflection",
        input: "advice or information",
        other: "other",
      },
      phases: phaseNames.en,
      words: "What you said",
      parts: partNames.en,
      profile: "Who the patient was",
      found: "What you found out",
      missed: "What stayed hidden",
      protocol: "Protocol of the chronic-care check-up",
      protocolDone: "Covered",
      protocolOpen: "Still open",
      takeAlong: "Take this conversation to your trainer or to supervision:",
      markdown: "as Markdown",
      pdf: "as PDF",
      meantOtherwise: "I meant this differently",
      noteField: "What did you mean? One line is enough.",
      noteSave: "Save",
      quizScore: (correct, total) => `You got ${correct} out of ${total} right.`,
      yourAnswer: "Your answer",
      expected: "Correct",
    },
    summary: {
      title: "Your summary",
      webDescription: (items) => `Health web with numbers from 0 to 10: ${items.join("; ")}.`,
      notFinished: "You have not finished the conversation yet. This is what it holds so far.",
      print: "Print",
      pdf: "Download as PDF",
      download: "Download all your data (JSON)",
      erase: "Erase all my data",
      eraseConfirm: "Yes, erase everything for good",
      erased: "Everything has been erased. Nothing of yours is kept.",
      backToChat: "Back to the conversation",
      resumeText: "With this resume code you can open your summary again later, also on another device:",
    },
    footer: { privacy: "Privacy", notCrisis: `Not a crisis service. In danger: call ${EMERGENCY}.` },
    refused: {
      title: "This form did not come from this site",
      text: "To keep you safe we did not process it. Go back to the start page and try again from there; your earlier answers are safe.",
    },
  },
};

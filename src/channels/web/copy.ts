// The words of the web pages (not of the flows), Dutch first.
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
    charactersLeft: (max: number) => string;
    resumeCodeTitle: string;
    resumeCodeText: string;
    toSummary: string;
    conflict: string;
    noConversation: string;
    startOver: string;
    helpTitle: string;
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
    quizScore: (correct: number, total: number) => string;
    yourAnswer: string;
    expected: string;
  };
  summary: {
    title: string;
    webTitle: string;
    webDescription: (items: string[]) => string;
    notFinished: string;
    print: string;
    download: string;
    erase: string;
    eraseConfirm: string;
    erased: string;
    backToChat: string;
  };
  privacy: { title: string; paragraphs: (retentionDays: number, idleDays: number) => string[]; link: string };
  footer: { privacy: string; notCrisis: string };
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
    },
    phases: {
      welkom: "Welkom",
      gg1: "Fase 1 van 3: vertellen",
      gg2: "Fase 2 van 3: wat je wilt veranderen",
      gg3: "Fase 3 van 3: je vraag voor de afspraak",
      samenvatting: "Samenvatting",
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
      charactersLeft: (max) => `Maximaal ${max} tekens.`,
      resumeCodeTitle: "Later verder?",
      resumeCodeText:
        "In deze browser ga je vanzelf verder waar je was. Op een ander apparaat gebruik je deze hervatcode. Schrijf hem op:",
      toSummary: "Bekijk je samenvatting",
      conflict: "Dit antwoord hoorde bij een eerdere vraag. Hieronder zie je waar je nu bent.",
      noConversation: "We vinden geen gesprek in deze browser.",
      startOver: "Naar de startpagina",
      helpTitle: "Hulp",
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
      quizScore: (correct, total) => `Je had ${correct} van de ${total} goed.`,
      yourAnswer: "Jouw antwoord",
      expected: "Juist",
    },
    summary: {
      title: "Je samenvatting",
      webTitle: "Je spinnenweb",
      webDescription: (items) => `Spinnenweb met cijfers van 0 tot 10: ${items.join("; ")}.`,
      notFinished: "Je bent nog niet klaar met het gesprek. Dit is wat er tot nu toe in staat.",
      print: "Afdrukken",
      download: "Download je gegevens (JSON)",
      erase: "Wis al mijn gegevens",
      eraseConfirm: "Ja, wis alles definitief",
      erased: "Alles is gewist. Er is niets meer van je bewaard.",
      backToChat: "Terug naar het gesprek",
    },
    privacy: {
      title: "Privacy",
      paragraphs: (retentionDays, idleDays) => [
        "We bewaren alleen wat je in dit gesprek antwoordt, zonder je naam. Je gesprek is alleen te openen met de sleutel in je browser of met je hervatcode.",
        `Een afgerond gesprek wissen we automatisch na ${retentionDays} dagen, een onafgemaakt gesprek na ${idleDays} dagen zonder nieuwe antwoorden.`,
        "Je kunt alles wat we van je bewaren downloaden en op elk moment laten wissen, via je samenvatting.",
        "Je antwoorden komen nooit in onze logbestanden. Je samenvatting gaat alleen naar je zorgverlener als jij hem deelt.",
      ],
      link: "Privacy",
    },
    footer: { privacy: "Privacy", notCrisis: `Geen crisisdienst. Bij gevaar: bel ${EMERGENCY}.` },
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
    },
    phases: {
      welkom: "Welcome",
      gg1: "Part 1 of 3: telling",
      gg2: "Part 2 of 3: what you want to change",
      gg3: "Part 3 of 3: your question for the appointment",
      samenvatting: "Summary",
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
      charactersLeft: (max) => `At most ${max} characters.`,
      resumeCodeTitle: "Continue later?",
      resumeCodeText:
        "In this browser you will continue where you were. On another device, use this resume code. Write it down:",
      toSummary: "See your summary",
      conflict: "That answer belonged to an earlier question. Below you can see where you are now.",
      noConversation: "We cannot find a conversation in this browser.",
      startOver: "To the start page",
      helpTitle: "Help",
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
      quizScore: (correct, total) => `You got ${correct} out of ${total} right.`,
      yourAnswer: "Your answer",
      expected: "Correct",
    },
    summary: {
      title: "Your summary",
      webTitle: "Your health web",
      webDescription: (items) => `Health web with numbers from 0 to 10: ${items.join("; ")}.`,
      notFinished: "You have not finished the conversation yet. This is what it holds so far.",
      print: "Print",
      download: "Download your data (JSON)",
      erase: "Erase all my data",
      eraseConfirm: "Yes, erase everything for good",
      erased: "Everything has been erased. Nothing of yours is kept.",
      backToChat: "Back to the conversation",
    },
    privacy: {
      title: "Privacy",
      paragraphs: (retentionDays, idleDays) => [
        "We only keep what you answer in this conversation, without your name. Your conversation can only be opened with the key in your browser or with your resume code.",
        `A finished conversation is erased automatically after ${retentionDays} days, an unfinished one after ${idleDays} days without new answers.`,
        "You can download everything we keep about you and have it erased at any time, from your summary.",
        "Your answers never go into our log files. Your summary only goes to your care provider if you share it.",
      ],
      link: "Privacy",
    },
    footer: { privacy: "Privacy", notCrisis: `Not a crisis service. In danger: call ${EMERGENCY}.` },
  },
};

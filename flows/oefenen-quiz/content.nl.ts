// Dutch copy of the quiz "herken de fase" (first language): the coach's words and the items in context.
import type { QuizContent } from "./content.ts";

export const nl: QuizContent = {
  locale: "nl",
  intro: [
    "Welkom bij de quiz ‘herken de fase’.",
    "Je ziet telkens wat een patiënt zegt en wat de zorgverlener daarop antwoordt. Jij kiest in welke fase van het GG/ZZ-gespreksmodel de zorgverlener dan zit:",
    "Volgend: luisteren en verkennen, met open vragen, reflecties en samenvattingen over wat de ander ervaart en belangrijk vindt.\nActiverend: wensen, verandering, een cijfer voor belang of vertrouwen, een eerste stap en wie kan helpen.\nExpert: kennis toevoegen, advies of informatie geven, keuzes voorleggen, of checklistvragen over klachten en medicijnen.",
    "Na elk antwoord lees je waarom. Er zijn tien vragen.",
  ],
  start: "Begin de quiz",
  phase: { volgend: "Volgend", activerend: "Activerend", expert: "Expert" },
  dontKnow: "Weet ik niet",
  progress: (number, total) => `Vraag ${number} van ${total}`,
  patient: (line) => `Patiënt: „${line}”`,
  professional: (line) => `Zorgverlener: „${line}”`,
  ask: "In welke fase zit de zorgverlener hier?",
  right: "Goed!",
  wrong: (expected) => `Niet helemaal: dit is ${expected}.`,
  skipped: (expected) => `Dit is ${expected}.`,
  result: (correct, total) => `Je had er ${correct} van de ${total} goed.`,
  verdict: {
    low: "Dat is een begin. Let bij elke uitspraak op wat de zorgverlener doet: luistert hij, zet hij aan tot verandering, of voegt hij zelf iets toe?",
    mid: "Mooi. Je herkent de fasen al vaak. De twijfelgevallen zitten meestal tussen volgend en activerend: gaat het over hoe het nu is, of over wat de ander wil?",
    high: "Alles goed. Je herkent de fasen feilloos. Probeer het nu zelf in een oefengesprek.",
  },
  again: "Wil je nog een ronde? Begin dan een nieuwe quiz: je krijgt andere vragen.",
  items: {
    moe: {
      patient: "Ik ben de laatste tijd zo moe, ik kom nergens meer aan toe.",
      professional: "Je merkt dat je energie op is.",
      explanation:
        "Een reflectie: de zorgverlener geeft terug wat de patiënt ervaart, zonder richting te geven. Dat is volgen.",
    },
    zwemmen: {
      patient: "Eigenlijk zou ik wel weer willen gaan zwemmen.",
      professional: "Wat zou een eerste kleine stap kunnen zijn?",
      explanation:
        "De patiënt noemt een wens, en de zorgverlener vraagt naar een eerste stap. Zo help je iemand in beweging komen: activerend.",
    },
    suiker: {
      patient: "Mijn suiker is weer te hoog, zei de assistente.",
      professional: "Als je elke dag een half uur wandelt, daalt je suiker.",
      explanation:
        "De zorgverlener geeft informatie en eigenlijk een advies, terwijl niemand erom vroeg. Dat is de expertrol.",
    },
    stilte: {
      patient: "Sinds mijn man er niet meer is, is het zo stil in huis.",
      professional: "Hoe is dat voor je, die stilte?",
      explanation:
        "Een open vraag naar de beleving. De zorgverlener sluit aan bij wat de patiënt vertelt: volgend.",
    },
    schaal: {
      patient: "Ik wil best minder roken, maar ik weet niet of ik het volhoud.",
      professional: "Hoe zeker ben je dat het je lukt, op een schaal van 0 tot 10?",
      explanation:
        "Een schaalvraag over vertrouwen hoort bij het activeren: het gaat over verandering en wat daarvoor nodig is.",
    },
    pufjes: {
      patient: "Welke pufjes zijn er eigenlijk nog meer?",
      professional: "Er zijn nog twee andere soorten. Zal ik je de verschillen uitleggen?",
      explanation:
        "De patiënt stelt zelf een hulpvraag, en de zorgverlener voegt kennis toe en legt keuzes voor. Dat is expert, en hier ook op het goede moment.",
    },
    "wie-helpt": {
      patient: "Ik weet niet hoe ik dat in mijn eentje moet volhouden.",
      professional: "Wie in je omgeving zou je daarbij kunnen helpen?",
      explanation: "Vragen wie kan steunen hoort bij het plannen van een verandering: activerend.",
    },
    kleinkinderen: {
      patient: "Ik vind het zo belangrijk dat ik voor mijn kleinkinderen kan zorgen.",
      professional: "Je kleinkinderen geven je leven veel betekenis.",
      explanation:
        "Een reflectie van wat de patiënt waardevol vindt. De zorgverlener volgt en verdiept, zonder naar verandering te sturen.",
    },
    avond: {
      patient: "Overdag lukt het wel, maar 's avonds ga ik snoepen.",
      professional: "Zullen we kijken wat je 's avonds anders zou willen doen?",
      explanation:
        "De zorgverlener benoemt de overstap en vraagt toestemming om naar verandering te kijken. Daarmee begint de activerende fase.",
    },
    artrose: {
      patient: "Ik wil weer gaan fietsen. Maar kan dat eigenlijk wel met mijn knie?",
      professional: "Mag ik je iets vertellen over fietsen met artrose?",
      explanation:
        "De patiënt heeft een doel en een vraag. De zorgverlener vraagt toestemming om kennis toe te voegen: de overstap naar de expertrol.",
    },
    blij: {
      patient: "Ik kom eigenlijk voor mijn controle.",
      professional: "Dat komt straks. Eerst ben ik benieuwd: waar word jij de laatste tijd blij van?",
      explanation:
        "Een open vraag naar wat iemands leven goed maakt, nog voor de klachten. Zo begint een GG-gesprek: volgend.",
    },
    slaapuren: {
      patient: "Ik slaap al weken slecht.",
      professional: "Hoeveel uur slaap je per nacht?",
      explanation:
        "Een gesloten vraag naar één feit, zoals op een checklist. Dat is de expertrol, het ZZ-deel van het gesprek.",
    },
    "gewone-dag": {
      patient: "Het gaat wel, denk ik.",
      professional: "Vertel eens, hoe ziet een gewone dag er voor jou uit?",
      explanation:
        "Een uitnodiging om te vertellen, zonder doel of advies. De zorgverlener verkent de wereld van de patiënt: volgend.",
    },
    dirigent: {
      patient: "Ik zou eigenlijk wel weer naar het koor willen.",
      professional: "Wanneer zou je de dirigent kunnen bellen?",
      explanation:
        "De patiënt noemt een wens, de zorgverlener maakt die concreet met een wanneer-vraag: activerend.",
    },
    rust: {
      patient: "Ik heb al van alles geprobeerd tegen de pijn.",
      professional: "U moet echt meer rust nemen.",
      explanation:
        "Een advies met ‘moet’, zonder dat erom gevraagd werd. Dat is de expertrol, en hier te vroeg.",
    },
    belangrijkst: {
      patient: "Ik weet het allemaal niet meer.",
      professional: "Wat is op dit moment het belangrijkste voor jou?",
      explanation:
        "Een open vraag naar wat ertoe doet. De zorgverlener volgt de patiënt en laat hem zelf ordenen.",
    },
    "vorige-keer": {
      patient: "Ik heb al zo vaak geprobeerd te stoppen met roken.",
      professional: "Wat hielp je de vorige keer, toen het een paar weken lukte?",
      explanation:
        "Vragen naar eerdere successen versterkt het vertrouwen om te veranderen. Dat hoort bij activeren.",
    },
    dochter: {
      patient: "Mijn dochter zegt dat ik te veel drink.",
      professional: "Je dochter maakt zich zorgen, en jij weet nog niet goed wat je daarvan vindt.",
      explanation:
        "Een reflectie die beide kanten teruggeeft, zonder te duwen. De zorgverlener blijft volgen tot de patiënt zelf weet wat hij wil.",
    },
  },
};

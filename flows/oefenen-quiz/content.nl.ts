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
  another: "Nog een ronde, met tien vragen die je nog niet had?",
  anotherRound: "Nog een ronde",
  stop: "Klaar",
  again: "Wil je later nog eens? Begin dan een nieuwe quiz.",
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
      professional: "Het is je allemaal even te veel. Wat is op dit moment het belangrijkste voor jou?",
      explanation:
        "Eerst een reflectie van wat de patiënt voelt, dan een open vraag naar wat ertoe doet. De zorgverlener volgt en laat de patiënt zelf ordenen.",
    },
    "vorige-keer": {
      patient: "Ik wil het nog één keer proberen, stoppen met roken. Het lukte toen een paar weken.",
      professional: "Wat hielp je de vorige keer, in die weken dat het lukte?",
      explanation:
        "De patiënt wil zelf stoppen en vertelt dat het eerder lukte. Vragen wat toen hielp bouwt aan het plan en het vertrouwen: activerend. Zonder die wens zou dezelfde vraag verkennen, en dus volgen.",
    },
    dochter: {
      patient: "Mijn dochter zegt dat ik te veel drink.",
      professional: "Je dochter maakt zich zorgen, en jij weet nog niet goed wat je daarvan vindt.",
      explanation:
        "Een reflectie die beide kanten teruggeeft, zonder te duwen. De zorgverlener blijft volgen tot de patiënt zelf weet wat hij wil.",
    },
    "benoemd-na-waarde": {
      patient: "Ik wil echt dat die wandelingen weer lukken, voor de kleinkinderen.",
      professional:
        "Je vertelde wat je belangrijk vindt. Is het goed als we nu kijken wat je daarvoor zou willen doen?",
      explanation:
        "De zorgverlener benoemt de overstap en vraagt toestemming, nadat de patiënt zei wat ertoe doet. Zo begint de activerende fase op het goede moment.",
    },
    "toestemming-uitleg": {
      patient: "Ik wil minder snoepen, maar ik weet niet wat er dan wel mag.",
      professional: "Daar weet ik wel iets van. Wil je dat ik iets vertel over tussendoortjes?",
      explanation:
        "De patiënt vraagt om kennis, en de zorgverlener vraagt eerst of hij die mag geven. Een benoemde overstap naar de expertrol.",
    },
    "andere-kant": {
      patient: "Nou, nu heb ik je wel zo'n beetje alles verteld.",
      professional: "Dank je. Mag ik nu de andere kant op, naar wat je zelf zou willen?",
      explanation:
        "De zorgverlener zegt hardop dat het gesprek een andere kant op gaat, en vraagt of dat mag. Wat je zelf zou willen: dat is activeren.",
    },
    dokterspet: {
      patient: "Nu weet ik wat ik wil: weer zingen in het koor. Maar mijn adem...",
      professional:
        "Dan zet ik even mijn dokterspet op, als je dat goed vindt. Over zingen met COPD weet ik wel wat.",
      explanation:
        "De zorgverlener benoemt de wisseling naar zijn eigen kennis en vraagt of dat goed is, en sluit aan bij wat de patiënt wil. Dat is de expertrol.",
    },
    "glazen-minder": {
      patient: "Ik drink wel eens een glaasje te veel, ja.",
      professional: "Hoeveel glazen minder zou je per week kunnen drinken?",
      explanation:
        "De zorgverlener springt meteen naar minderen, zonder te benoemen dat het gesprek die kant op gaat en zonder te weten wat de patiënt wil. Een niet benoemde overstap naar activeren.",
    },
    folder: {
      patient: "Ik slaap gewoon slecht, al maanden.",
      professional: "Ik geef je deze folder over slaaphygiëne mee.",
      explanation:
        "De zorgverlener geeft kennis mee zonder dat erom gevraagd werd en zonder de overstap te benoemen. Dat is de expertrol, ongevraagd.",
    },
    "wanneer-beginnen": {
      patient: "Tja, mijn vrouw wil dat ik ga bewegen.",
      professional: "Wanneer wil je daarmee beginnen?",
      explanation:
        "Een planningsvraag terwijl de wens van de partner komt, niet van de patiënt, en zonder de overstap te benoemen. Activerend, maar niet benoemd en te vroeg.",
    },
    "meteen-anders": {
      patient: "Goedemorgen. Ik kom voor mijn bloeddruk.",
      professional: "Zullen we meteen kijken wat je anders wilt gaan doen?",
      explanation:
        "De overstap is benoemd, maar er is nog niets verkend: de patiënt heeft nog niet gezegd wat hij belangrijk vindt. Activerend, en te vroeg.",
    },
    bereiken: {
      patient: "Het gaat wel, hoor. Een beetje moe.",
      professional: "Mag ik voorstellen dat we bespreken wat je wilt bereiken?",
      explanation:
        "Netjes gevraagd, maar na één zin van de patiënt. Wie nog niet weet wat er voor de ander toe doet, stapt te vroeg over naar activeren.",
    },
    "waarom-gekomen": {
      patient: "Weet je, ik zie eigenlijk niet in waarom ik iets zou moeten doen.",
      professional: "Je ziet het nut er nog niet van. Wat maakt dat je vandaag toch gekomen bent?",
      explanation:
        "De patiënt is er niet aan toe. De zorgverlener stapt niet over, maar geeft terug wat hij hoort en verkent verder. Zo blijf je volgen tot het moment er is.",
    },
    "pleisters-overwogen": {
      patient: "Ik rook nog steeds een pakje per dag.",
      professional: "Heb je er al eens over nagedacht om nicotinepleisters te proberen?",
      explanation:
        "Het klinkt als een vraag, maar het is een voorstel van de zorgverlener: advies in vraagvorm. Dat is de expertrol.",
    },
    "glas-laten-staan": {
      patient: "'s Avonds drink ik een paar wijntjes om te ontspannen.",
      professional: "Zou het niet verstandiger zijn om dat glas te laten staan?",
      explanation:
        "Een vraag waar het antwoord al in zit. De zorgverlener zegt eigenlijk wat de patiënt moet doen: expert.",
    },
    "fiets-naar-werk": {
      patient: "Ik kom gewoon niet aan bewegen toe.",
      professional: "Wat als je gewoon op de fiets naar je werk gaat?",
      explanation:
        "‘Wat als je...’ draagt hier de oplossing van de zorgverlener aan. Een voorstel in vraagvorm hoort bij de expertrol.",
    },
    "hoe-was-dat": {
      patient: "Ik heb al eens pleisters geprobeerd.",
      professional: "Hoe was dat voor je, met die pleisters?",
      explanation:
        "Een echte open vraag naar de ervaring van de patiënt, zonder voorstel erin. De zorgverlener volgt.",
    },
    "snel-moe": {
      patient: "Ik ben 's middags al helemaal op.",
      professional: "Je bent snel moe. Hoe gaat dat op je werk?",
      explanation:
        "Eerst een reflectie, dan een open vraag die het verhaal verder verkent. Beide delen volgen de patiënt.",
    },
    "hond-deze-week": {
      patient: "Ik zou best weer willen wandelen, met de hond.",
      professional: "Dat wandelen met de hond trekt je. Wat zou je deze week kunnen doen?",
      explanation:
        "De reflectie volgt, maar de vraag erna gaat over wat de patiënt deze week gaat doen. Het laatste deel bepaalt waar het gesprek heen gaat: activerend.",
    },
    "samenvatting-pufjes": {
      patient: "Dus eigenlijk weet ik niet welke pufjes ik nodig heb.",
      professional:
        "Je wilt weer kunnen fietsen en je twijfelt over je pufjes. Mag ik je vertellen hoe ze werken?",
      explanation:
        "Een samenvatting, en dan een vraag om kennis te mogen toevoegen over wat de patiënt zelf vroeg. Dat is de overstap naar de expertrol.",
    },
    "goed-zo-elke-dag": {
      patient: "Ik heb deze week twee keer gewandeld.",
      professional: "Goed zeg! Probeer het nu elke dag.",
      explanation:
        "Na het compliment komt een opdracht van de zorgverlener. Die opdracht bepaalt de fase: expert, en ongevraagd.",
    },
    "checklist-roken": {
      patient: "Ik kom voor mijn longcontrole.",
      professional: "Rookt u nog, en zo ja, hoeveel per dag?",
      explanation:
        "Een checklistvraag naar een feit: het ZZ-spoor van het consult, bij de expertrol. Nodig voor de controle, maar geen verkenning van de persoon.",
    },
    plastabletten: {
      patient: "Mijn benen zijn weer dik.",
      professional: "Neemt u de plastabletten elke ochtend in?",
      explanation: "Een gesloten vraag naar therapietrouw, zoals in een protocol. ZZ, en dus de expertrol.",
    },
    "vissen-beweegprogramma": {
      patient: "Ik wil in de zomer weer met mijn kleinzoon vissen. Wat kan ik doen aan mijn adem?",
      professional:
        "Voor dat vissen met je kleinzoon: er is een beweegprogramma voor mensen met COPD. Zal ik vertellen hoe dat gaat?",
      explanation:
        "Geen ZZ-checklist: de patiënt heeft een eigen wens en een vraag, en de zorgverlener voegt kennis toe die daarbij aansluit, met toestemming. Dat is fase 3 van het GG-gesprek, de expertrol.",
    },
    "welke-klachten": {
      patient: "Goedemiddag, dokter.",
      professional: "Goedemiddag. Wat zijn uw klachten?",
      explanation:
        "Het gesprek opent bij de klacht: de ZZ-opening. De zorgverlener zit meteen in de rol van deskundige.",
    },
    "los-van-klachten": {
      patient: "Goedemiddag, dokter.",
      professional: "Goedemiddag. Hoe gaat het met u, los van uw klachten?",
      explanation:
        "Het gesprek opent bij de persoon, niet bij de klacht: de GG-opening. De zorgverlener volgt.",
    },
    buitenmens: {
      patient: "Vroeger was ik echt een buitenmens.",
      professional: "Hoe was dat, toen je nog zoveel buiten was?",
      explanation:
        "Een open vraag naar vroeger, zonder dat er al een wens op tafel ligt: de zorgverlener verkent het verhaal. Dat is volgen.",
    },
  },
};

// Dutch copy of the reflection flow (first language). Plain, warm, short sentences; "je" form.
import type { Reflection } from "../../src/coaching/reflect.ts";
import type { Region } from "../../src/locales.ts";
import { HELP_NUMBERS } from "../../src/safety/numbers.ts";
import type { ReflectieContent } from "./content.ts";

/** Who the person will see, as each region calls them in a sentence (content.careTeam is the full form). */
const shortCareTeam: Record<Region, string> = {
  NL: "je huisarts of praktijkondersteuner",
  BE: "je huisarts of de verpleegkundige",
};

/** The numbers come from the one dated table in src/safety. */
function urgentHelp(region: Region): string {
  const { emergency, suicide } = HELP_NUMBERS[region];
  const line = suicide.altPhone
    ? `${suicide.phone} of ${suicide.altPhone}`
    : `de ${suicide.name} op ${suicide.phone}`;
  return `Heb je dringend hulp nodig? Bel dan ${emergency.phone}. Denk je aan zelfdoding? Bel ${line}.`;
}

export const nl: ReflectieContent = {
  skip: "Sla over",
  yes: "Ja",
  careTeam: {
    NL: "je huisarts of praktijkondersteuner (POH)",
    BE: "je huisarts of de verpleegkundige van de praktijk",
  },
  welcome: {
    greeting:
      "Welkom. Fijn dat je er bent. In dit gesprek denk je rustig na over wat voor jou belangrijk is, vóór je afspraak in de praktijk.",
    askLanguage: "In welke taal wil je het gesprek voeren?",
    askRegion: "Waar woon je? Dan kloppen de telefoonnummers en namen die we noemen.",
    regions: { NL: "Nederland", BE: "België (Vlaanderen)" },
    explain: (region) => [
      "Even vooraf, zodat je weet waar je aan begint.",
      "Dit is een chatgesprek met een digitale coach, geen mens. Niemand leest live mee. Het is geen crisisdienst en je krijgt hier geen diagnose of behandeladvies.",
      urgentHelp(region),
      "We bewaren alleen je antwoorden, zonder je naam. Aan het eind maak je samen met de coach een samenvatting. Jij beslist of je die deelt met je zorgverlener. Je kunt alles inzien, downloaden en laten wissen.",
      "Het duurt ongeveer 10 tot 20 minuten. Je kunt altijd pauzeren, een vraag overslaan of terug gaan.",
      "Wil je meedoen?",
    ],
    agree: "Ja, ik doe mee",
    decline: "Nee, liever niet",
    stopped: [
      "Dat is helemaal goed. We hebben geen antwoorden van je bewaard.",
      "Je kunt dit venster sluiten. Wil je het later toch doen? Dan kun je via de link van je praktijk opnieuw beginnen.",
    ],
  },
  gg1: {
    intro: [
      "We beginnen bij jou: bij wat je leven fijn maakt. Er zijn geen goede of foute antwoorden.",
      "Eerst ben ik vooral benieuwd naar jou en naar wat jij belangrijk vindt. Je mag alles in je eigen woorden zeggen.",
    ],
    askHappy: [
      "Waar word jij blij van?",
      "Wat maakt jou gelukkig, ook in kleine dingen?",
      "Van welke momenten geniet je echt?",
    ],
    heardHappy: (heard) => heardNl(heard, "Je wordt blij van", "Fijn dat je dat deelt."),
    askMore: [
      "Waar zou je graag meer van willen in je leven?",
      "Als je mocht kiezen: waar zou je meer tijd of ruimte voor willen hebben?",
    ],
    heardMore: (heard) => heardNl(heard, "Je zou graag meer willen van", "Dank je, dat neem ik mee."),
    askHealth: [
      "Hoe ervaar jij je gezondheid op dit moment?",
      "Hoe gaat het met je gezondheid, zoals jij het zelf beleeft?",
    ],
    askGrade:
      "Wil je er een cijfer aan geven, van 0 tot 10? Het is geen meting: het helpt alleen om erover te praten. Je mag dit ook overslaan.",
    gradeLow: "0 = heel slecht",
    gradeHigh: "10 = heel goed",
  },
  web: {
    intro: [
      "Zullen we zes onderdelen van je leven kort langslopen? Per onderdeel geef je een cijfer van 0 tot 10, en daarna kies je waar je het over wilt hebben.",
      "Heb je zin om zes delen van je leven een cijfer te geven, van 0 tot 10? Je kiest daarna zelf welke je belangrijk vindt om te bespreken.",
    ],
    start: "Ja, graag",
    dimensions: {
      lichaam: { name: "Lichaam", about: "hoe je je lichamelijk voelt, hoe je slaapt, eet en beweegt" },
      mentaal: {
        name: "Gevoel en gedachten",
        about: "hoe je je voelt, je geheugen en concentratie, hoe je omgaat met veranderingen",
      },
      zingeving: {
        name: "Zingeving",
        about: "wat je leven betekenis geeft, je idealen, waar je dankbaar voor bent",
      },
      kwaliteit: {
        name: "Kwaliteit van leven",
        about: "genieten, je veilig voelen, hoe je woont en rondkomt",
      },
      meedoen: {
        name: "Meedoen",
        about: "contact met anderen, erbij horen, dingen doen die je zinvol vindt",
      },
      dagelijks: {
        name: "Dagelijks leven",
        about: "voor jezelf zorgen, werk of dagbesteding, om hulp vragen",
      },
    },
    askGrade: (name, about) => `${name}: ${about}. Welk cijfer geef je dit nu?`,
    low: "0 = heel slecht",
    high: "10 = heel goed",
    askTalk: "Over welke onderdelen wil je het graag hebben?",
  },
  doelzoeker: {
    intro: [
      "Nu een paar vragen over vroeger, nu en later. Waar wil je beginnen?",
      "Ik wil je graag vragen naar vroeger, naar nu en naar later. Waar wil jij beginnen?",
    ],
    again: "Wil je nog iets vertellen over een ander moment?",
    moments: {
      vroeger: {
        label: "Vroeger",
        question: [
          "Wat deed je vroeger graag? Waar kreeg je toen energie van?",
          "Als je terugdenkt: welke dingen deed je vroeger met plezier?",
        ],
      },
      nu: {
        label: "Nu",
        question: [
          "Wat geeft je nu energie? Waar geniet je van op een gewone dag?",
          "Wat maakt je leven op dit moment de moeite waard?",
        ],
      },
      later: {
        label: "Later",
        question: [
          "Wat zou je later (weer) graag willen kunnen doen?",
          "Als je vooruitkijkt: wat hoop je over een tijdje te kunnen doen?",
        ],
      },
    },
    enough: "Ik wil verder",
    skipAll: "Sla deze vragen over",
  },
  review: {
    intro: [
      "Ik zet even op een rij wat ik van je gehoord heb, in jouw woorden.",
      "Dit is wat ik tot nu toe van je heb opgepikt.",
    ],
    heard: {
      happy: (words) => `Je wordt blij van “${words}”.`,
      more: (words) => `Je zou graag meer willen van “${words}”.`,
      health: (words) => `Je ervaart je gezondheid zo: “${words}”.`,
      grade: (grade) => `Je gaf je gezondheid een ${grade}.`,
      moment: {
        vroeger: (words) => `Vroeger deed je graag: “${words}”.`,
        nu: (words) => `Nu geeft dit je energie: “${words}”.`,
        later: (words) => `Later zou je graag dit willen: “${words}”.`,
      },
      grades: (list) => `Je gaf deze cijfers: ${list}.`,
      talk: (list) => `Je wilt graag praten over ${list}.`,
      addition: (words) => `Je voegde toe: “${words}”.`,
    },
    ask: "Klopt dit? Of wil je iets aanvullen of verbeteren?",
    right: "Ja, dit klopt",
    change: "Ik wil iets aanvullen of verbeteren",
    askChange: "Wat wil je aanvullen of verbeteren, in je eigen woorden?",
    nothingYet: "Je hebt nog niet veel verteld, en dat mag.",
  },
  shift2: {
    say: () => [
      "Tot nu toe heb ik vooral geluisterd naar wat jij belangrijk vindt.",
      "Nu wil ik met je kijken of er iets is dat je anders zou willen, of waar je meer van zou willen. Is dat goed?",
    ],
    yes: "Ja, dat is goed",
    notNow: "Nu even niet",
  },
  gg2: {
    askTheme: [
      "Waar zou je iets in willen veranderen, of meer van willen hebben? Kies wat het beste past.",
      "Als er één ding iets beter zou mogen gaan: wat zou dat zijn?",
    ],
    themeMore: (words) => `Meer van: ${words}`,
    themeOwn: "Iets anders, in mijn eigen woorden",
    notNow: "Ik wil nu niets veranderen",
    askOwnTheme: "Waar gaat het om? Zeg het in een paar woorden.",
    askWish: (theme) =>
      theme
        ? `Wat zou je willen veranderen rond “${theme}”? Hoe ziet het eruit als het beter gaat?`
        : "Wat zou je willen veranderen? Hoe ziet het eruit als het beter gaat?",
    askImportance: "Hoe belangrijk is deze verandering voor jou, van 0 tot 10?",
    importanceLow: "0 = niet belangrijk",
    importanceHigh: "10 = heel belangrijk",
    whyImportance: (grade) =>
      grade === 0
        ? "Je gaf een 0. Wat zou er moeten gebeuren om het iets belangrijker te maken?"
        : `Je gaf een ${grade}. Waarom een ${grade}, en geen lager cijfer?`,
    askConfidence: "Hoeveel vertrouwen heb je dat het je lukt, van 0 tot 10?",
    confidenceLow: "0 = geen vertrouwen",
    confidenceHigh: "10 = veel vertrouwen",
    whyConfidence: (grade) =>
      grade === 0
        ? "Je gaf een 0. Wat zou je een klein beetje meer vertrouwen geven?"
        : `Je gaf een ${grade}. Wat maakt dat het een ${grade} is, en geen lager cijfer?`,
    askStep: [
      "Wat zou een eerste kleine stap kunnen zijn?",
      "Wat is het kleinste stapje dat je zou kunnen zetten?",
    ],
    stepNotYet: "Nog geen stap, dat komt later",
    askWhen: (step) => (step ? `Wanneer zou je “${step}” willen doen?` : "Wanneer zou je willen beginnen?"),
    askWho: "Wie zou je daarbij kunnen helpen of steunen?",
    notNowHeard: "Dat is goed. Je hoeft nu niets te veranderen; dat zetten we ook zo in je samenvatting.",
  },
  shift3: {
    say: (region) => [
      `We gaan nu kijken naar je afspraak. Ik wil samen met je bepalen wat je aan ${shortCareTeam[region]} wilt vragen.`,
      "Mag ik je daar een paar vragen over stellen?",
    ],
    yes: "Ja, goed",
    no: "Nee, ga naar de samenvatting",
  },
  gg3: {
    askHelp: (region) => `Waarmee zou je hulp of informatie willen van ${shortCareTeam[region]}?`,
    askMainQuestion: [
      "Wat is je belangrijkste vraag voor de afspraak? Er is vaak tijd voor één vraag, dus kies de vraag die voor jou het meest telt.",
      "Als je maar één vraag kon stellen tijdens de afspraak: welke zou dat zijn?",
    ],
    askOther: "Zijn er nog andere dingen die je wilt bespreken?",
    askZz: "Heb je ook vragen over klachten of over medicijnen?",
    zzYes: "Ja",
    zzNo: "Nee",
    askComplaint: "Over welke klacht of welk medicijn gaat het?",
    threeQuestions: () => [
      "Soms moet je samen met je zorgverlener kiezen uit verschillende behandelingen. Drie vragen helpen je dan:",
      "1. Wat zijn mijn mogelijkheden?\n2. Wat zijn de voor- en nadelen daarvan?\n3. Wat betekent dat voor mij, in mijn situatie?",
      "Wil je deze drie vragen in je samenvatting zetten?",
    ],
    threeYes: "Ja, zet ze erin",
    threeNo: "Nee, niet nodig",
  },
  summary: {
    intro: "Dit is je samenvatting, in je eigen woorden.",
    ask: "Klopt alles? Je kunt nog iets aanpassen voordat je afrondt.",
    done: "Ja, zo klopt het",
    change: "Ik wil iets aanpassen",
    askWhich: "Wat wil je aanpassen?",
    back: "Toch niets, terug naar de samenvatting",
    askNewText: (label) => `${label}: hoe wil je het opschrijven?`,
    askNewGrade: (label) => `${label}: welk cijfer wil je geven?`,
  },
  finished: (region) => [
    "Dank je wel. Je samenvatting is bewaard.",
    `Neem hem mee naar je afspraak, of laat hem zien aan ${shortCareTeam[region]}. Alleen jij beslist met wie je hem deelt.`,
    "Veel succes met je afspraak.",
  ],
};

/** A whole sentence about the person stands alone; a phrase ("mijn kleinkinderen") follows the lead. */
function heardNl(heard: Reflection, lead: string, thanks: string): string {
  if (heard.kind === "acknowledged") return thanks;
  if (heard.sentence) return `${heard.text}.`;
  return `${lead} ${heard.text.replace(/^(Je|Jullie) /, (w) => w.toLowerCase())}.`;
}

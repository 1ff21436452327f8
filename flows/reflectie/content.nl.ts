// Dutch copy of the reflection flow (first language). Plain, warm, short sentences; "je" form.
import type { Reflection } from "../../src/coaching/reflect.ts";
import { labelWith, sentenceWith } from "../../src/coaching/reflect-lead.ts";
import type { Region } from "../../src/locales.ts";
import { HELP_NUMBERS } from "../../src/safety/numbers.ts";
import type { Heard, ReflectieContent } from "./content.ts";

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
    heardMore: (heard) => heardNl(heard, "Je wilt graag meer", "Dank je, dat neem ik mee."),
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
      "Hieronder staan zes onderdelen van je leven. Welk cijfer van 0 tot 10 geef je elk onderdeel, zoals het nu is? En waar wil je het graag over hebben? Dat kun je aanvinken. Een onderdeel leeg laten mag ook.",
      "Hoe gaat het met de verschillende kanten van je leven? Welk cijfer van 0 tot 10 past voor jou bij elk van de zes onderdelen hieronder, en welke wil je graag bespreken? Je hoeft niet alles in te vullen.",
    ],
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
    low: "0 = heel slecht",
    high: "10 = heel goed",
    markLabel: "Hier wil ik over praten",
  },
  doelzoeker: {
    // Both intros name the Doelzoeker's three questions and its past / now / later, so the person
    // knows what is coming before choosing where to start.
    intro: [
      "Nu drie vragen over vroeger, nu en later: wat is belangrijk in je leven, wat doe je graag, en wat geeft je leven kwaliteit? Waar wil je beginnen?",
      "Ik wil je graag vragen naar vroeger, naar nu en naar later: wat belangrijk is in je leven, wat je graag doet en wat je leven kwaliteit geeft. Waar wil jij beginnen?",
    ],
    again: "Wil je dezelfde vragen ook beantwoorden over een ander moment?",
    moments: {
      vroeger: {
        label: "Vroeger",
        question:
          "Als je terugdenkt aan vroeger: wat was toen belangrijk in je leven? Wat deed je graag? En wat gaf je leven toen kwaliteit?",
        beside: [
          "Je mag ook bij één van die vragen blijven, of vertellen over een tijd die je goed is bijgebleven.",
          "Was er een periode waarin het goed met je ging? Wat hoorde daarbij?",
        ],
      },
      nu: {
        label: "Nu",
        question:
          "Als je kijkt naar nu: wat is belangrijk in je leven? Wat doe je graag? En wat geeft je leven kwaliteit?",
        beside: [
          "Je mag ook bij één van die vragen blijven, of vertellen hoe een goede dag er voor je uitziet.",
          "Hoe zag een gewone dag van deze week eruit, en wat maakte die de moeite waard?",
        ],
      },
      later: {
        label: "Later",
        question:
          "Als je vooruitkijkt naar later: wat wil je dat dan belangrijk is in je leven? Wat zou je (weer) graag doen? En wat zou je leven dan kwaliteit geven?",
        beside: [
          "Je mag ook bij één van die vragen blijven, of vertellen waar je op hoopt.",
          "Hoe ziet je leven er over een jaar uit, als het goed met je gaat?",
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
      happy: (h) => review("Je wordt blij van", h, "Je vertelde waar je blij van wordt."),
      more: (h) => review("Je wilt graag meer", h, "Je vertelde waar je meer van wilt."),
      health: (h) =>
        review(
          "Over je gezondheid zeg je:",
          h,
          "Je vertelde hoe je je gezondheid ervaart.",
          "Over je gezondheid:",
        ),
      grade: (grade) => `Je gaf je gezondheid een ${grade}.`,
      moment: {
        vroeger: (h) => review("Over vroeger:", h, "Je vertelde over vroeger.", "Over vroeger:"),
        nu: (h) => review("Over nu:", h, "Je vertelde over nu.", "Over nu:"),
        later: (h) => review("Over later:", h, "Je vertelde over later.", "Over later:"),
      },
      grades: (list) => `Je gaf deze cijfers: ${list}.`,
      talk: (list) => `Je wilt graag praten over ${list}.`,
      addition: (h) => review("Je voegde toe:", h, "Je voegde iets toe; het staat in je samenvatting."),
    },
    ask: "Klopt dit? Of wil je iets aanvullen of verbeteren?",
    added: "Dank je, dat zet ik erbij:",
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
    themeMore: (heard) => labelWith("Meer", heard),
    themeMoreFallback: "Waar je meer van wilt",
    themeOwn: "Iets anders, in mijn eigen woorden",
    notNow: "Ik wil nu niets veranderen",
    askOwnTheme: "Waar gaat het om? Zeg het in een paar woorden.",
    heardTheme: (theme) => {
      if (theme.kind === "name") return `Je koos “${theme.name}”.`;
      if (theme.kind === "more") {
        const label = labelWith("Meer", theme.heard);
        return label
          ? `Je koos: ${label[0]?.toLowerCase()}${label.slice(1)}.`
          : "Je koos waar je meer van wilt.";
      }
      return sentenceWith("Het gaat om", theme.heard) ?? "Je koos je eigen onderwerp.";
    },
    askWish: "Wat zou je willen veranderen? Hoe ziet het eruit als het beter gaat?",
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
    heardStep: (heard) => sentenceWith("Je eerste stap:", heard),
    askWhen: "Wanneer zou je daarmee willen beginnen?",
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
    offerSocial: () => [
      "Soms helpt het om ook buiten de praktijk iets te vinden: mensen ontmoeten, samen iets doen, iemand die met je meedenkt.",
      "Wil je weten waar je in je buurt terecht kunt? Het mag ook niet, dan gaan we gewoon verder.",
    ],
    socialYes: "Ja, graag",
    socialNo: "Nee, dank je",
    socialInfo: (region) =>
      region === "BE"
        ? [
            "In je gemeente kun je terecht bij het Sociaal Huis of het OCMW, en bij het CAW (Centrum Algemeen Welzijnswerk). Daar denken ze met je mee over contact, activiteiten en praktische hulp. Je huisarts kan je ook doorverwijzen.",
            "Ik zet in je samenvatting dat je hierover wilt praten.",
          ]
        : [
            "Veel huisartsen kunnen je doorverwijzen naar welzijn op recept: een welzijnscoach zoekt samen met jou naar activiteiten en contacten die bij je passen. Ook het sociaal wijkteam of het maatschappelijk werk in je gemeente kan helpen.",
            "Ik zet in je samenvatting dat je hierover wilt praten.",
          ],
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
    updated: "Aangepast. De rest van je samenvatting blijft zoals hij was.",
    back: "Toch niets, terug naar de samenvatting",
    askNewText: (label) => `${label}: hoe wil je het opschrijven?`,
    askNewGrade: (label) => `${label}: welk cijfer wil je geven?`,
  },
  experience: {
    ask: "Nog één vraag, als je wilt: hoe was dit gesprek voor jou? Zo kan de praktijk het verbeteren.",
    options: { fijn: "Fijn", gaatwel: "Het ging wel", lastig: "Lastig" },
    thanks: "Dank je voor je antwoord.",
  },
  finished: (region) => [
    "Dank je wel. Je samenvatting is bewaard.",
    `Neem hem mee naar je afspraak, of laat hem zien aan ${shortCareTeam[region]}. Alleen jij beslist met wie je hem deelt.`,
    "Veel succes met je afspraak.",
  ],
};

/** The reflection after the lead, or only thanks when the answer is better not repeated. */
function heardNl(heard: Reflection, lead: string, thanks: string): string {
  return sentenceWith(lead, heard) ?? thanks;
}

/**
 * A line of the review: the reflection when it reads well; else, not quoting what could not be
 * turned safely, only that it was heard (the summary keeps the person's own words).
 */
function review(lead: string, heard: Heard, heardOnly: string, about?: string): string {
  return sentenceWith(lead, heard.reflection, about) ?? heardOnly;
}

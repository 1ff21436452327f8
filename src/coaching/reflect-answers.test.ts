// Hand-written answers, typed the way patients type them to the reflection's questions (NL, Flemish,
// texting spellings, English), each with the line the coach should say back, lead included.
// `null`: the answer cannot be turned safely, so the coach thanks without quoting it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Locale } from "../locales.ts";
import { reflect } from "./reflect.ts";
import { sentenceWith } from "./reflect-lead.ts";

// The coach's leads per question (flows/reflectie/content.*.ts): [lead, about for a whole sentence].
const LEADS: Record<Locale, Record<string, [string, string?]>> = {
  nl: {
    blij: ["Je wordt blij van"], // Waar word jij blij van?
    meer: ["Je wilt graag meer"], // Waar zou je graag meer van willen in je leven?
    gezondheid: ["Over je gezondheid zeg je:", "Over je gezondheid:"], // Hoe ervaar jij je gezondheid?
    vroeger: ["Over vroeger:", "Over vroeger:"], // Doelzoeker, vroeger
    nu: ["Over nu:", "Over nu:"],
    later: ["Over later:", "Over later:"],
    stap: ["Je eerste stap:"], // Wat zou een eerste kleine stap kunnen zijn?
    toe: ["Je voegde toe:"], // Wat wil je aanvullen of verbeteren?
    om: ["Het gaat om"], // Waar gaat het om? Zeg het in een paar woorden.
  },
  en: {
    blij: ["You are happy with"],
    meer: ["You would like more"],
    gezondheid: ["About your health you said:", "About your health:"],
    vroeger: ["About the past:", "About the past:"],
    nu: ["About now:", "About now:"],
    later: ["About later:", "About later:"],
    stap: ["Your first step:"],
    toe: ["You added:"],
    om: ["It is about"],
  },
};

type Row = [question: string, answer: string, said: string | null];

const NL: Row[] = [
  // Waar word jij blij van?
  ["blij", "Van mijn kleinkinderen", "Je wordt blij van je kleinkinderen."],
  ["blij", "mn kleinkinderen", "Je wordt blij van je kleinkinderen."],
  ["blij", "m'n kleinzoon en m'n hond", "Je wordt blij van je kleinzoon en je hond."],
  ["blij", "wandelen met de hond", "Je wordt blij van wandelen met de hond."],
  ["blij", "Ik word blij van mijn tuin", "Je wordt blij van je tuin."],
  ["blij", "Als de zon schijnt", "Je wordt blij als de zon schijnt."],
  ["blij", "als ik met mijn kleinkinderen ben", "Je wordt blij als je met je kleinkinderen bent."],
  ["blij", "Wanneer ik kan fietsen", "Je wordt blij wanneer je kunt fietsen."],
  ["blij", "Dat mijn kinderen gezond zijn", "Je wordt blij dat je kinderen gezond zijn."],
  ["blij", "Mijn vrouw", "Je wordt blij van je vrouw."],
  ["blij", "mijne vent en de kinders", "Je wordt blij van je vent en de kinders."],
  ["blij", "Ik zie mijne kleinzoon graag", "Je ziet je kleinzoon graag."],
  ["blij", "Mij maakt muziek altijd blij", "Jou maakt muziek altijd blij."],
  ["blij", "Ik geniet van de natuur", "Je geniet van de natuur."],
  ["blij", "koken voor mijn gezin", "Je wordt blij van koken voor je gezin."],
  ["blij", "Van lekker eten en een goed boek", "Je wordt blij van lekker eten en een goed boek."],
  ["blij", "wandelen, lezen en puzzelen", "Je wordt blij van wandelen, lezen en puzzelen."],
  [
    "blij",
    "fietsen, zwemmen, en mijn kleinkinderen",
    "Je wordt blij van fietsen, zwemmen en je kleinkinderen.",
  ],
  [
    "blij",
    "- tuinieren\n- mijn kleinkinderen\n- een goed gesprek",
    "Je wordt blij van tuinieren, je kleinkinderen en een goed gesprek.",
  ],
  ["blij", "Kleinkinderen!", "Je wordt blij van kleinkinderen."],
  ["blij", "Muziek", "Je wordt blij van muziek."],
  ["blij", "Weet ik niet", null],
  ["blij", "geen idee eigenlijk", null],
  ["blij", "niks", null],
  ["blij", "Waar ik blij van word? Mijn kleinkinderen", "Je wordt blij van je kleinkinderen."],
  ["blij", "Wat bedoel je precies?", null],
  ["blij", "Hoezo", null],
  ["blij", "Ik ben blij als ik kan werken in de tuin", "Je bent blij als je kunt werken in de tuin."],
  ["blij", "Van de zee, daar word ik rustig van", "Je wordt blij van de zee, daar word je rustig van."],
  [
    "blij",
    "Mijn kleinkinderen, die maken mij aan het lachen",
    "Je wordt blij van je kleinkinderen, die maken je aan het lachen.",
  ],
  ["blij", "Ik kan mezelf zijn bij mijn vriendinnen", "Je kunt jezelf zijn bij je vriendinnen."],
  ["blij", "Als ik mag helpen in de buurt", "Je wordt blij als je mag helpen in de buurt."],
  ["blij", "Graag zit ik in de tuin", "Graag zit je in de tuin."],
  ["blij", "Vraag dat maar aan mijn vrouw", null],
  ["blij", "Zie je wel, ik weet het niet", null],
  ["blij", "Goh, moeilijke vraag. Mijn kleinkinderen denk ik", "Je wordt blij van je kleinkinderen."],
  ["blij", "Nou, gewoon lekker buiten zijn", "Je wordt blij van gewoon lekker buiten zijn."],
  ["blij", "Mijn vrouw en ik zijn vijftig jaar getrouwd", "Je vrouw en jij zijn vijftig jaar getrouwd."],
  [
    "blij",
    "Mijn zus. We bellen elke zondag en lachen ons krom",
    "Je wordt blij van je zus, jullie bellen elke zondag en lachen je krom.",
  ],
  ["blij", "Mijn vader knutselt graag aan oude radio's", "Je vader knutselt graag aan oude radio's."],
  ["blij", "Ik hou van fotograferen", "Je houdt van fotograferen."],
  ["blij", "Mijnen hond en mijn kleinkinderen", "Je wordt blij van je hond en je kleinkinderen."],
  ["blij", "Ik zit graag in mijnen hof", "Je zit graag in je hof."],
  [
    "meer",
    "'k zou graag nog eens naar de zee gaan met heel de familie",
    "Je zou graag nog eens naar de zee gaan met heel de familie.",
  ],
  ["stap", "'k ga mij inschrijven bij de seniorenclub", "Je gaat je inschrijven bij de seniorenclub."],
  [
    "gezondheid",
    "Ik heb mijn eigen tempo, 't is wat het is",
    "Over je gezondheid: je hebt je eigen tempo, 't is wat het is.",
  ],
  [
    "blij",
    "Geachte dokter, mijn grootste genoegen is mijn postzegelverzameling",
    "Je grootste genoegen is je postzegelverzameling.",
  ],
  [
    "gezondheid",
    "Als het vochtig weer is heb ik meer last van mijn gewrichten",
    "Over je gezondheid: als het vochtig weer is heb je meer last van je gewrichten.",
  ],
  [
    "gezondheid",
    "De longverpleegkundige heeft me geleerd hoe ik rustig ademhaal",
    "Over je gezondheid: de longverpleegkundige heeft je geleerd hoe je rustig ademhaalt.",
  ],

  // Waar zou je graag meer van willen in je leven?
  ["meer", "Rust.", "Je wilt graag meer rust."],
  ["meer", "Geef mij maar rust", "Je wilt vooral rust."],
  ["meer", "Doe mij maar wat meer tijd voor mezelf", "Je wilt vooral wat meer tijd voor jezelf."],
  ["meer", "Meer bewegen", "Je wilt graag meer bewegen."],
  ["meer", "tijd met mijn kleinkinderen", "Je wilt graag meer tijd met je kleinkinderen."],
  ["meer", "Ik wil meer tijd voor mezelf", "Je wilt meer tijd voor jezelf."],
  ["meer", "Ik zou graag weer willen dansen", "Je zou graag weer willen dansen."],
  ["meer", "Energie!!", "Je wilt graag meer energie."],
  ["meer", "Dat ik weer kan fietsen", "Je wilt graag dat je weer kunt fietsen."],
  ["meer", "rust in mn hoofd", "Je wilt graag meer rust in je hoofd."],
  ["meer", "Contact met andere mensen", "Je wilt graag meer contact met andere mensen."],
  ["meer", "Wil graag meer wandelen", "Je wilt graag meer wandelen."],
  ["meer", "Tijd voor mijn hobby's", "Je wilt graag meer tijd voor je hobby's."],
  [
    "meer",
    "Meer tijd met mijn vrienden, maar dat lukt niet door mijn werk",
    "Je wilt graag meer tijd met je vrienden, maar dat lukt niet door je werk.",
  ],
  ["meer", "Wij willen vaker op vakantie", "Jullie willen vaker op vakantie."],
  [
    "meer",
    "Leuke dingen doen met onze kinderen",
    "Je wilt graag meer leuke dingen doen met jullie kinderen.",
  ],
  ["meer", "Laat me maar even", null],
  ["meer", "Zeg jij het maar", null],
  ["meer", "Help me gewoon", null],
  ["meer", "Slaap", "Je wilt graag meer slaap."],
  ["meer", "Mensen die mij begrijpen", "Je wilt graag meer mensen die je begrijpen."],
  ["meer", "Niet meer alleen zijn", "Je wilt graag niet meer alleen zijn."],
  ["meer", "minder pijn", "Je wilt graag minder pijn."],
  ["meer", "Weer kunnen wandelen zonder pijn", "Je wilt graag weer kunnen wandelen zonder pijn."],
  ["meer", "Ik zou vaker naar buiten willen", "Je zou vaker naar buiten willen."],
  ["meer", "Tijd om te fietsen met mijn maten", "Je wilt graag meer tijd om te fietsen met je maten."],

  // Hoe ervaar jij je gezondheid op dit moment?
  [
    "gezondheid",
    "Niet zo best... rug doet vaak pijn... snel moe",
    "Over je gezondheid zeg je: niet zo best, je rug doet vaak pijn en je bent snel moe.",
  ],
  ["gezondheid", "Gaat wel", "Over je gezondheid zeg je: het gaat wel."],
  ["gezondheid", "Gaat wel denk ik", "Over je gezondheid zeg je: het gaat wel."],
  ["gezondheid", "Mij gaat het goed", "Over je gezondheid: het gaat goed met je."],
  ["gezondheid", "Met mij gaat het redelijk", "Over je gezondheid: het gaat redelijk met je."],
  ["gezondheid", "Het gaat goed met mij", "Over je gezondheid: het gaat goed met jou."],
  ["gezondheid", "Ik heb veel pijn in mijn knie", "Over je gezondheid: je hebt veel pijn in je knie."],
  ["gezondheid", "ben vaak moe", "Over je gezondheid: je bent vaak moe."],
  ["gezondheid", "Heb suiker en last van mijn rug", "Over je gezondheid: je hebt suiker en last van je rug."],
  ["gezondheid", "k voel me niet lekker", "Over je gezondheid: je voelt je niet lekker."],
  ["gezondheid", "'k ben op", "Over je gezondheid: je bent op."],
  ["gezondheid", "Slecht", "Over je gezondheid zeg je: slecht."],
  [
    "gezondheid",
    "Redelijk, maar ik slaap slecht",
    "Over je gezondheid zeg je: redelijk, maar je slaapt slecht.",
  ],
  ["gezondheid", "Ik heb diabetes en COPD", "Over je gezondheid: je hebt diabetes en COPD."],
  ["gezondheid", "Mijn suikers zijn slecht geregeld", "Over je gezondheid: je suikers zijn slecht geregeld."],
  [
    "gezondheid",
    "Wisselend. Soms goed, soms slecht",
    "Over je gezondheid zeg je: wisselend, soms goed, soms slecht.",
  ],
  [
    "gezondheid",
    "Ik ben sinds de operatie snel moe, en mijn conditie is weg",
    "Over je gezondheid: je bent sinds de operatie snel moe, en je conditie is weg.",
  ],
  ["gezondheid", "Goed hoor!", "Over je gezondheid zeg je: goed."],
  [
    "gezondheid",
    "Sinds mijn hartinfarct ben ik voorzichtig",
    "Over je gezondheid: sinds je hartinfarct ben je voorzichtig.",
  ],
  ["gezondheid", "Ge moet dat zelf weten, gij kent mij", null],
  ["gezondheid", "Ge weet hoe dat gaat, ik zit vaak in de zetel", null],
  ["gezondheid", "Ik zit de hele dag in mijne zetel", "Over je gezondheid: je zit de hele dag in je zetel."],
  ["gezondheid", "'t Gaat, ik ben rap moe", "Over je gezondheid: 't gaat, je bent rap moe."],
  [
    "gezondheid",
    "Mijn dokter zegt dat ik moet afvallen",
    "Over je gezondheid: je dokter zegt dat je moet afvallen.",
  ],
  [
    "gezondheid",
    "Ik kan niet meer zo ver lopen als vroeger",
    "Over je gezondheid: je kunt niet meer zo ver lopen als vroeger.",
  ],
  ["gezondheid", "Kortademig bij traplopen", "Over je gezondheid zeg je: kortademig bij traplopen."],
  ["gezondheid", "Ik rook nog steeds, helaas", "Over je gezondheid: je rookt nog steeds, helaas."],
  ["gezondheid", "Is dit normaal?", null],
  ["gezondheid", "Vraag het mijn vrouw maar", null],
  ["gezondheid", "U moet dat aan de dokter vragen", null],
  ["gezondheid", "Jij bent geen dokter", null],
  [
    "gezondheid",
    "Mijn knieën doen pijn en ik slaap slecht",
    "Over je gezondheid: je knieën doen pijn en je slaapt slecht.",
  ],
  ["gezondheid", "Ik voel mij niet goed", "Over je gezondheid: je voelt je niet goed."],
  ["gezondheid", "Ik schaam me voor mijn gewicht", "Over je gezondheid: je schaamt je voor je gewicht."],
  ["gezondheid", "Mijn vrouw helpt me veel", "Over je gezondheid: je vrouw helpt je veel."],
  ["gezondheid", "Ik heb geen pijn meer", "Over je gezondheid: je hebt geen pijn meer."],
  [
    "gezondheid",
    "Niet goed, ik slaap bijna niet",
    "Over je gezondheid zeg je: niet goed, je slaapt bijna niet.",
  ],
  ["gezondheid", "Ik moet elke dag spuiten", "Over je gezondheid: je moet elke dag spuiten."],
  [
    "gezondheid",
    "Ik hoef gelukkig nog geen insuline",
    "Over je gezondheid: je hoeft gelukkig nog geen insuline.",
  ],
  [
    "gezondheid",
    "Soms kan ik niet slapen van de pijn",
    "Over je gezondheid: soms kun je niet slapen van de pijn.",
  ],

  // The Doelzoeker: vroeger, nu, later.
  [
    "vroeger",
    "Ik werkte in de bouw en ging elk weekend vissen",
    "Over vroeger: je werkte in de bouw en ging elk weekend vissen.",
  ],
  ["vroeger", "Toen danste ik elke zaterdag", "Over vroeger: toen danste je elke zaterdag."],
  [
    "vroeger",
    "Mijn werk als verpleegkundige, dat was mijn leven",
    "Over vroeger: je werk als verpleegkundige, dat was je leven.",
  ],
  [
    "vroeger",
    "we gingen elk jaar kamperen met de kinderen",
    "Over vroeger: jullie gingen elk jaar kamperen met de kinderen.",
  ],
  ["vroeger", "Toen ik jong was voetbalde ik", "Over vroeger: toen je jong was voetbalde je."],
  ["nu", "Mijn kleinkinderen en mijn tuin", "Over nu: je kleinkinderen en je tuin."],
  ["nu", "Dat ik nog zelfstandig woon", "Over nu: dat je nog zelfstandig woont."],
  ["nu", "Gezondheid, familie en rust", "Over nu: gezondheid, familie en rust."],
  ["nu", "Mij gaat het om mijn gezin", "Over nu: het gaat je om je gezin."],
  ["nu", "Voor mij is mijn familie het belangrijkst", "Over nu: voor jou is je familie het belangrijkst."],
  ["nu", "Ik maak me zorgen om mijn zoon", "Over nu: je maakt je zorgen om je zoon."],
  ["nu", "Mijn dochter komt elke dag bij mij langs", "Over nu: je dochter komt elke dag bij jou langs."],
  ["nu", "Ik mag niet meer autorijden", "Over nu: je mag niet meer autorijden."],
  ["nu", "Nu werk ik nog drie dagen", "Over nu: nu werk je nog drie dagen."],
  [
    "nu",
    "Elke dag doe ik boodschappen met mijn buurman",
    "Over nu: elke dag doe je boodschappen met je buurman.",
  ],
  ["later", "Dat ik mijn kleinkinderen zie opgroeien", "Over later: dat je je kleinkinderen ziet opgroeien."],
  ["later", "Weer kunnen fietsen", "Over later: weer kunnen fietsen."],
  [
    "later",
    "ik hoop dat ik dan nog thuis kan wonen",
    "Over later: je hoopt dat je dan nog thuis kunt wonen.",
  ],
  [
    "later",
    "Samen met mijn man reizen als we met pensioen zijn",
    "Over later: samen met je man reizen als jullie met pensioen zijn.",
  ],
  ["later", "Geen idee, daar denk ik liever niet aan", "Over later: daar denk je liever niet aan."],
  ["later", "Gewoon gezond blijven", "Over later: gewoon gezond blijven."],

  // Wat zou een eerste kleine stap kunnen zijn?
  [
    "stap",
    "Twee keer per week wandelen met mijn buurvrouw.",
    "Je eerste stap: twee keer per week wandelen met je buurvrouw.",
  ],
  ["stap", "Morgen bel ik de fysio", "Morgen bel je de fysio."],
  ["stap", "Ik ga elke ochtend een rondje lopen", "Je gaat elke ochtend een rondje lopen."],
  ["stap", "Ik meld me aan bij de sportschool", "Je meldt je aan bij de sportschool."],
  ["stap", "Minder suiker in mn koffie", "Je eerste stap: minder suiker in je koffie."],
  ["stap", "Ik ga mijn dochter vragen of ze meegaat", "Je gaat je dochter vragen of ze meegaat."],
  ["stap", "Stoppen met roken!", "Je eerste stap: stoppen met roken."],
  ["stap", "Weet nog niet", null],
  ["stap", "Ik wil het eerst met de huisarts bespreken", "Je wilt het eerst met de huisarts bespreken."],
  ["stap", "Ik ga me inschrijven voor yoga", "Je gaat je inschrijven voor yoga."],
  ["stap", "Ik zal de trap nemen in plaats van de lift", "Je zult de trap nemen in plaats van de lift."],
  ["stap", "Ik stop met roken", "Je stopt met roken."],
  ["stap", "Niet meer snoepen 's avonds", "Je eerste stap: niet meer snoepen 's avonds."],

  // Wat wil je aanvullen? / Waar gaat het om?
  ["toe", "ik kook ook graag", "Je kookt ook graag."],
  ["toe", "Ik mis mijn vrouw heel erg", "Je mist je vrouw heel erg."],
  [
    "toe",
    "Ik heb het moeilijk sinds mijn man er niet meer is",
    "Je hebt het moeilijk sinds je man er niet meer is.",
  ],
  ["toe", "Ik kijk uit naar de zomer", "Je kijkt uit naar de zomer."],
  ["om", "mijn gewicht", "Het gaat om je gewicht."],
  ["om", "Beter slapen", "Het gaat om beter slapen."],
  ["om", "Om mijn conditie", "Het gaat om je conditie."],
  ["om", "mn stress op het werk", "Het gaat om je stress op het werk."],
];

const EN: Row[] = [
  ["blij", "My grandkids", "You are happy with your grandkids."],
  ["blij", "walking the dog", "You are happy with walking the dog."],
  ["blij", "When I'm with my family", "You are happy when you're with your family."],
  ["blij", "I love gardening", "You love gardening."],
  ["blij", "Being with my wife", "You are happy with being with your wife."],
  ["blij", "Music, books and my cat", "You are happy with music, books and your cat."],
  [
    "blij",
    "- my garden\n- my grandchildren\n- a good walk",
    "You are happy with your garden, your grandchildren and a good walk.",
  ],
  ["blij", "dunno", null],
  ["blij", "no idea really", null],
  ["blij", "nothing", null],
  ["blij", "What do you mean?", null],
  ["blij", "That my kids are healthy", "You are happy that your kids are healthy."],
  [
    "blij",
    "Spending time with my grandchildren, they make me laugh",
    "You are happy with spending time with your grandchildren, they make you laugh.",
  ],
  ["blij", "It makes me happy to cook for others", "It makes you happy to cook for others."],
  ["blij", "Being outside, I guess", "You are happy with being outside."],
  ["blij", "What makes me happy? My grandkids", "You are happy with your grandkids."],
  ["meer", "More exercise!", "You would like more exercise."],
  ["meer", "time with my friends", "You would like more time with your friends."],
  ["meer", "less pain", "You would like less pain."],
  ["meer", "Not to feel so alone", "You would like not to feel so alone."],
  ["meer", "Give me some peace and quiet", "You mostly want some peace and quiet."],
  ["meer", "I want to see my friends", "You want to see your friends."],
  ["meer", "I'd like to travel again with my husband", "You'd like to travel again with your husband."],
  ["meer", "Leave me alone", null],
  ["meer", "energy!!!", "You would like more energy."],
  ["meer", "Sleep", "You would like more sleep."],
  ["meer", "To walk again without pain", "You would like to walk again without pain."],
  ["meer", "we want to go on holiday more", "You want to go on holiday more."],
  ["meer", "People who understand me", "You would like more people who understand you."],
  [
    "gezondheid",
    "Not great tbh, my knees hurt and I'm always tired",
    "About your health you said: not great tbh, your knees hurt and you're always tired.",
  ],
  ["gezondheid", "Not too bad", "About your health you said: not too bad."],
  ["gezondheid", "im always tired", "About your health: you're always tired."],
  ["gezondheid", "i cant walk far anymore", "About your health: you cant walk far anymore."],
  [
    "gezondheid",
    "I have diabetes and my back is bad",
    "About your health: you have diabetes and your back is bad.",
  ],
  ["gezondheid", "My breathing is getting worse", "About your health: your breathing is getting worse."],
  ["gezondheid", "Ok I guess", "About your health you said: ok."],
  ["gezondheid", "Why do you ask?", null],
  ["gezondheid", "You tell me", null],
  [
    "gezondheid",
    "Mostly fine. Some pain in my hip. Sleeping badly",
    "About your health you said: mostly fine, some pain in your hip and sleeping badly.",
  ],
  ["gezondheid", "I feel rubbish to be honest", "About your health: you feel rubbish to be honest."],
  [
    "gezondheid",
    "My back gets stiff if I sit too long",
    "About your health: your back gets stiff if you sit too long.",
  ],
  [
    "gezondheid",
    "I take insulin three times a day, I'm used to it by now",
    "About your health: you take insulin three times a day, you're used to it by now.",
  ],
  [
    "blij",
    "Fishing. Quiet, no phone, just me and the water",
    "You are happy with fishing, quiet, no phone, just you and the water.",
  ],
  [
    "gezondheid",
    "My husband says I'm stubborn about it",
    "About your health: your husband says you're stubborn about it.",
  ],
  [
    "gezondheid",
    "It's been hard since my wife died",
    "About your health: it's been hard since your wife died.",
  ],
  ["gezondheid", "My daughter helps me a lot", "About your health: your daughter helps you a lot."],
  [
    "gezondheid",
    "I don't sleep well and I worry a lot",
    "About your health: you don't sleep well and you worry a lot.",
  ],
  ["vroeger", "I was a nurse for 30 years", "About the past: you were a nurse for 30 years."],
  ["vroeger", "We used to go camping with the kids", "About the past: you used to go camping with the kids."],
  ["vroeger", "Football, every Saturday", "About the past: football, every Saturday."],
  ["vroeger", "When I was young I danced a lot", "About the past: when you were young you danced a lot."],
  ["nu", "My grandkids and my garden", "About now: your grandkids and your garden."],
  ["nu", "That I can still live on my own", "About now: that you can still live on your own."],
  ["nu", "Family. Health. Peace.", "About now: family, health and peace."],
  ["nu", "Honestly my family is everything to me", "About now: your family is everything to you."],
  ["later", "Seeing my grandchildren grow up", "About later: seeing your grandchildren grow up."],
  ["later", "I hope I can still travel", "About later: you hope you can still travel."],
  ["later", "Just staying healthy", "About later: just staying healthy."],
  ["stap", "Walk twice a week with my neighbour.", "Your first step: walk twice a week with your neighbour."],
  ["stap", "I'll call the physio tomorrow", "You'll call the physio tomorrow."],
  ["stap", "I'm going to cut down on sugar", "You're going to cut down on sugar."],
  ["stap", "Sign up for the walking group", "Your first step: sign up for the walking group."],
  ["stap", "dunno yet", null],
  ["stap", "Stop smoking!", "Your first step: stop smoking."],
  ["stap", "I'm signing myself up for yoga", "You're signing yourself up for yoga."],
  ["toe", "I also like cooking", "You also like cooking."],
  ["toe", "I miss my wife a lot", "You miss your wife a lot."],
  ["om", "my weight", "It is about your weight."],
  ["om", "About my sleep", "It is about your sleep."],
  ["om", "Sleeping better", "It is about sleeping better."],
];

function said(locale: Locale, question: string, answer: string): string | null {
  const [lead, about] = LEADS[locale][question] ?? [""];
  return sentenceWith(lead, reflect(answer, locale), about) ?? null;
}

describe.each([
  ["nl", NL, 100],
  ["en", EN, 60],
] as const)("real answers said back (%s)", (locale, rows, least) => {
  it(`has at least ${least} hand-written answers`, () => expect(rows.length).toBeGreaterThanOrEqual(least));
  it.each(rows)("%s: %j", (question, answer, expected) => {
    expect(said(locale, question, answer)).toBe(expected);
  });
  it("never leaves a first-person word, never quotes, ends once", () => {
    const first =
      locale === "nl" ? /\b(ik|mij|mijn|mijne|mn|m'n|me|mezelf|'k)\b/i : /\b(i|me|my|myself|mine|im)\b/i;
    for (const [question, answer] of rows) {
      const line = said(locale, question, answer);
      if (line === null) continue;
      expect(line, answer).not.toMatch(first);
      expect(line, answer).not.toMatch(/["“”„]/);
      expect(line, answer).toMatch(/[^.!?,;:]\.$/);
      // "dat je je kleinkinderen ziet" is Dutch; any other word twice in a row is an echo.
      expect(line.replace(/\bje je\b/g, "je"), answer).not.toMatch(/\b(\p{L}+) \1\b/iu);
    }
  });
});

describe("answers built from real pieces, any order", () => {
  // Pronouns, verbs, joints and the punctuation people type, so the rules meet every mix of them.
  const pieces: Record<Locale, string[]> = {
    nl: (
      "ik mij me mijn mn m'n mijne 'k k mezelf wij we ons onze ben heb kan wil ga voel slaap gaat word " +
      "als dat omdat toen maar en van met voor meer niet geen weer rust moe pijn rug kleinkinderen " +
      "graag vaak , ... . ! ; : -"
    ).split(" "),
    en: (
      "i I'm im I've me my mine myself we us our am was can want feel sleep go when that because but and " +
      "with of about more not less to again rest tired pain back grandkids often really , ... . ! ; : -"
    ).split(" "),
  };
  const first: Record<Locale, RegExp> = {
    nl: /(^|[^\p{L}'])(ik|mij|mijn|mijne|mn|m'n|mezelf|'k)(?![\p{L}'])/iu,
    en: /\b(i|i'm|im|i've|me|my|myself|mine)\b/i,
  };
  for (const locale of ["nl", "en"] as const) {
    it(`leaves no first person, doubles no link word and ends once (${locale})`, () => {
      const answer = fc
        .array(fc.constantFrom(...pieces[locale]), { minLength: 1, maxLength: 20 })
        // The person's own "with with" is theirs; what is checked is what the joining adds.
        .filter((ws) => ws.every((w, i) => w !== ws[i - 1]))
        .chain((ws) => fc.constantFrom(ws.join(" "), ws.join(" ").replace(/ - /g, "\n- ")));
      fc.assert(
        fc.property(answer, (text) => {
          const heard = reflect(text, locale);
          if (heard.kind !== "reflected") return;
          expect(heard.text).not.toMatch(first[locale]);
          for (const [lead, about] of Object.values(LEADS[locale])) {
            const line = sentenceWith(lead, heard, about);
            if (line === undefined) continue;
            expect(line).toMatch(/[^.!?,;:\s]\.$/);
            expect(line).not.toMatch(/\b(van van|meer meer|with with|more more)\b/i);
          }
        }),
        { numRuns: 400 },
      );
    });
  }
});

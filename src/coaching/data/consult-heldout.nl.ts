// A held-out block of realistic Dutch and Flemish trainee turns from practice consults (diabetes and COPD
// check-ups, unexplained complaints, loneliness), many of several parts, labelled by hand per part, with
// the topic. Written for issue 19 and never used for tuning: `npm run accuracy` scores it per part and turn.
/*
 * Each row: the turn, the label of each part in order (the codes of ./label.ts, plus "P-e" for a request
 * for permission to inform or advise, its own kind), and what the turn is about (../topic.ts conventions).
 * Parts are what a MITI coder would count: sentences, and clauses joined by "en"/"maar" when the two sides
 * do different things. A check after a summary or reflection ("klopt dat?") is part of it, not a part.
 * The whole turn's label follows from the parts by the rule of ../parts.ts (turnCodeOf below): input
 * anywhere makes the turn input; otherwise the last part that is not "other" decides.
 */

import type { LabelCode } from "./label.ts";
import type { Topic } from "./topic-cues.ts";

export type PartCode = LabelCode | "P-e";
export type ConsultRow = readonly [text: string, parts: readonly PartCode[], topic: Topic];

export const consultHeldOutNl: readonly ConsultRow[] = [
  // Openings
  ["Goedemorgen, mevrouw Jansen. Fijn dat u er bent.", ["O-v", "O-v"], "none"],
  ["Goedemiddag. Wat kan ik voor u doen?", ["O-v", "Qo-e"], "complaint"],
  ["Dag meneer. Hoe gaat het met u?", ["O-v", "Qo-v"], "general"],
  ["Kom binnen, ga zitten. Waar wilt u het vandaag over hebben?", ["O-v", "Qo-v"], "none"],
  [
    "U komt voor de driemaandelijkse controle. Hoe is het gegaan sinds de vorige keer?",
    ["O-v", "Qo-v"],
    "past",
  ],
  ["Hoe gaat het nu met u, zo in het algemeen?", ["Qo-v"], "general"],
  ["Zeg het maar, waarmee kan ik u helpen?", ["Qo-e"], "complaint"],
  ["Vertel eens, hoe is het thuis?", ["Qo-v"], "family"],
  ["Dag Henk. Ik zie dat u voor uw longen komt.", ["O-v", "O-v"], "complaint"],
  ["Hoe is het met je, los van de suiker?", ["Qo-v"], "general"],
  // Following: open questions
  ["Hoe ziet een gewone dag er bij u uit?", ["Qo-v"], "daily"],
  ["Wat doet u zoal op een doordeweekse dag?", ["Qo-v"], "daily"],
  ["Hoe is dat voor u, dat u zo moe bent?", ["Qo-v"], "complaint"],
  ["Wat vindt u het lastigst aan die pijn?", ["Qo-v"], "complaint"],
  ["Waar maakt u zich de meeste zorgen over?", ["Qo-v"], "feelings"],
  ["Wat betekenen uw kleinkinderen voor u?", ["Qo-v"], "family"],
  ["Hoe gaat het op je werk?", ["Qo-v"], "work"],
  ["Wat doet dat met je, als je collega's dat zeggen?", ["Qo-v"], "work"],
  ["Hoe was het vroeger, toen u nog viste?", ["Qo-v"], "past"],
  ["Wat geeft u energie?", ["Qo-v"], "values"],
  ["Waar kijkt u naar uit in de week?", ["Qo-v"], "values"],
  ["Wat is voor u echt belangrijk in het leven?", ["Qo-v"], "values"],
  ["Hoe kijkt ge zelf naar die klachten?", ["Qo-v"], "ideas"],
  ["Wat denkt u zelf dat er aan de hand is?", ["Qo-v"], "ideas"],
  ["Hoe reageert uw vrouw daarop?", ["Qo-v"], "family"],
  ["Kunt u daar wat meer over vertellen?", ["Qo-v"], "none"],
  ["Vertel eens over die zaterdagen met uw zoon.", ["Qo-v"], "family"],
  ["Wat mist u het meest van toen?", ["Qo-v"], "past"],
  ["Hoe verlopen de avonden bij u?", ["Qo-v"], "daily"],
  ["Wie heeft u om u heen?", ["Qo-v"], "family"],
  ["Hoe is het voor je om alleen te eten?", ["Qo-v"], "eating"],
  ["Wat maakt een dag voor u de moeite waard?", ["Qo-v"], "values"],
  ["Hoe slaapt ge de laatste tijd?", ["Qo-v"], "sleep"],
  ["Wat merkt u van de kortademigheid in het dagelijks leven?", ["Qo-v"], "complaint"],
  ["Wat heeft u tot nu toe zelf al geprobeerd?", ["Qo-v"], "ideas"],
  // Following: closed questions about experience, and checklist questions
  ["Vindt u dat lastig?", ["Qc-v"], "none"],
  ["Is dat belangrijk voor u?", ["Qc-v"], "none"],
  ["Rookt u nog?", ["Qc-e"], "smoking"],
  ["Hoeveel sigaretten rookt u per dag?", ["Qc-e"], "smoking"],
  ["Drinkt u alcohol?", ["Qc-e"], "alcohol"],
  ["Hoeveel glazen drinkt u per week?", ["Qc-e"], "alcohol"],
  ["Neemt u de metformine elke dag in?", ["Qc-e"], "medication"],
  ["Gebruikt ge uw puffer zoals afgesproken?", ["Qc-e"], "medication"],
  ["Heeft u koorts gehad?", ["Qc-e"], "complaint"],
  ["Bent u kortademig bij het traplopen?", ["Qc-e"], "complaint"],
  ["Hoe lang heeft u die pijn al?", ["Qc-e"], "complaint"],
  ["Slaapt u goed door?", ["Qc-e"], "sleep"],
  ["Beweegt u voldoende?", ["Qc-e"], "moving"],
  ["Hoe vaak per week wandelt u?", ["Qc-e"], "moving"],
  ["Heeft u last van uw voeten?", ["Qc-e"], "complaint"],
  ["Meet u thuis zelf uw suiker?", ["Qc-e"], "complaint"],
  ["Werkt u nog?", ["Qc-e"], "work"],
  // Reflections
  ["U bent vaak moe.", ["R-v"], "complaint"],
  ["Het klinkt alsof het u allemaal te veel wordt.", ["R-v"], "none"],
  ["Je mist de zaterdagen met je zoon.", ["R-v"], "family"],
  ["Dat is zwaar, zo alleen in dat stille huis.", ["R-v"], "none"],
  ["U doet er luchtig over, maar het zit u dwars.", ["R-v"], "none"],
  ["Je voelt je niet serieus genomen.", ["R-v"], "feelings"],
  ["Dus de avonden zijn het moeilijkst.", ["R-v"], "daily"],
  ["U wilt er zijn voor uw kleinkinderen.", ["R-v"], "family"],
  ["Je zou graag weer met de fiets gaan.", ["R-a"], "moving"],
  ["U bent bang dat het net zo gaat als bij uw moeder.", ["R-v"], "family"],
  ["Als ik u goed begrijp, is het werk het eerste dat eronder lijdt.", ["R-v"], "work"],
  ["Samengevat: u bent vaak moe en u baalt daarvan. Klopt dat?", ["R-v"], "complaint"],
  ["Je zegt eigenlijk: ik weet het wel, maar het lukt me niet.", ["R-v"], "none"],
  ["Het zingen in het koor gaf u het gevoel dat u erbij hoorde.", ["R-v"], "values"],
  ["U heeft al van alles geprobeerd en niets hielp echt.", ["R-v"], "ideas"],
  // Activating
  ["Zullen we eens kijken wat u zelf zou willen veranderen?", ["Qc-a"], "none"],
  ["Wat zou u willen bereiken?", ["Qo-a"], "future"],
  ["Wat zou een eerste kleine stap kunnen zijn?", ["Qo-a"], "future"],
  ["Op een schaal van 0 tot 10, hoe belangrijk is het voor u om te stoppen met roken?", ["Qo-a"], "smoking"],
  ["En hoeveel vertrouwen heeft u dat het lukt, van 0 tot 10?", ["Qo-a"], "none"],
  ["Wie kan u daarbij helpen?", ["Qo-a"], "family"],
  ["Stel dat het lukt, wat is er dan anders?", ["Qo-a"], "future"],
  ["Wanneer zou u daarmee willen beginnen?", ["Qo-a"], "future"],
  ["Wat hielp u de vorige keer, toen het stoppen een paar weken lukte?", ["Qo-a"], "ideas"],
  ["Hoe zou u de fiets weer in uw week kunnen passen?", ["Qo-a"], "moving"],
  ["Wilt u iets aan uw conditie doen?", ["Qc-a"], "moving"],
  ["Wat zijn voor u de voordelen van minder drinken?", ["Qo-a"], "alcohol"],
  ["Goed dat u die stap wilt zetten.", ["O-a"], "none"],
  // Expert: advice, information, options
  ["U moet echt stoppen met roken.", ["Ia-e"], "smoking"],
  ["Ik schrijf u nicotinepleisters voor.", ["Ia-e"], "smoking"],
  ["Probeer eens elke dag een half uur te wandelen.", ["Ia-e"], "moving"],
  ["Het is beter om 's avonds geen koekjes meer in huis te hebben.", ["Ia-e"], "eating"],
  ["Heeft u al eens overwogen om te stoppen?", ["Ia-e"], "none"],
  ["Zou het niet verstandiger zijn om minder te drinken?", ["Ia-e"], "alcohol"],
  ["Waarom probeert u het niet eens met een stoppen-met-rokencursus?", ["Ia-e"], "smoking"],
  ["Uw HbA1c is gestegen naar 58.", ["Ii-e"], "complaint"],
  ["Veel mensen met COPD merken dat bewegen juist helpt.", ["Ii-e"], "moving"],
  ["Er is ook een cursus voor mensen die willen stoppen met roken.", ["Ii-e"], "smoking"],
  ["U kunt kiezen uit pleisters, kauwgom of een cursus.", ["Io-e"], "smoking"],
  ["Sommige mensen gaan zwemmen, anderen kiezen voor wandelen.", ["Io-e"], "moving"],
  ["Ik verwijs u naar de fysiotherapeut.", ["Ia-e"], "none"],
  ["Mag ik u iets vertellen over slapen?", ["P-e"], "sleep"],
  ["Is het goed als ik iets uitleg over de pufjes?", ["P-e"], "medication"],
  ["Zal ik een afspraak bij de diëtist voor u maken?", ["Qc-e"], "eating"],
  // Other
  ["Mm-hm.", ["O-v"], "none"],
  ["Oké.", ["O-v"], "none"],
  ["Goed zo.", ["O-v"], "none"],
  ["Ik pak even uw dossier erbij.", ["O-v"], "none"],
  ["Dank u wel voor uw openheid.", ["O-v"], "none"],
  // Several parts: reflection then question
  ["U bent vaak moe. Hoe slaapt u eigenlijk?", ["R-v", "Qo-v"], "sleep"],
  ["Dat klinkt vervelend. Hoe gaat het op uw werk?", ["R-v", "Qo-v"], "work"],
  ["Je mist het vissen. Wat betekent dat voor je?", ["R-v", "Qo-v"], "values"],
  ["U zegt het luchtig. Hoe was dat vroeger?", ["R-v", "Qo-v"], "past"],
  ["Het is stil in huis sinds Jan er niet meer is. Hoe zijn de avonden nu?", ["R-v", "Qo-v"], "daily"],
  ["Je bent het zat dat niemand iets vindt. Wat hoop je dat ik voor je kan doen?", ["R-v", "Qo-v"], "ideas"],
  ["U maakt zich zorgen om uw voeten. Wat weet u daar al over?", ["R-v", "Qo-v"], "ideas"],
  ["Het lopen gaat steeds moeilijker. Vindt u dat erg?", ["R-v", "Qc-v"], "moving"],
  ["U wilt weer fietsen met de kleinkinderen. Wat zou een eerste stap zijn?", ["R-a", "Qo-a"], "future"],
  ["Je wilt eigenlijk wel minderen. Hoe belangrijk is dat voor je, van 0 tot 10?", ["R-a", "Qo-a"], "none"],
  ["U baalt ervan, en tegelijk wilt u het graag anders.", ["R-a"], "none"],
  ["Je bent moe, maar wat zou je willen veranderen?", ["R-v", "Qo-a"], "none"],
  // Several parts: question then question, or question then check
  ["Rookt u nog? En hoeveel dan per dag?", ["Qc-e", "Qc-e"], "smoking"],
  ["Hoe slaapt u? Wordt u 's nachts wakker?", ["Qo-v", "Qc-e"], "sleep"],
  ["Hoe gaat het met het eten? Wat eet u 's avonds zoal?", ["Qo-v", "Qo-v"], "eating"],
  ["Wat doet u overdag? En 's avonds?", ["Qo-v", "Qo-v"], "daily"],
  // Several parts: advice mixed in
  ["Goed dat u er bent. U moet echt minder gaan roken.", ["O-v", "Ia-e"], "smoking"],
  ["Dat snap ik. Toch raad ik u aan om vaker te wandelen.", ["O-v", "Ia-e"], "moving"],
  ["U bent moe. Probeer eens wat eerder naar bed te gaan.", ["R-v", "Ia-e"], "sleep"],
  ["Hoe vaak beweegt u? Want bewegen is heel goed voor uw suiker.", ["Qc-e", "Ii-e"], "moving"],
  ["Uw longfunctie is wat achteruitgegaan. Wat vindt u daarvan?", ["Ii-e", "Qo-v"], "complaint"],
  ["Er zijn twee soorten pufjes. Welke wilt u proberen?", ["Io-e", "Qc-e"], "medication"],
  ["Mag ik u een tip geven? Zet de koektrommel eens hoog in de kast.", ["P-e", "Ia-e"], "eating"],
  [
    "Mag ik iets vertellen over bewegen met COPD? Veel mensen merken dat het juist helpt.",
    ["P-e", "Ii-e"],
    "moving",
  ],
  [
    "Ik hoor dat u graag weer wilt vissen. Mag ik u iets vertellen over een beweegprogramma?",
    ["R-a", "P-e"],
    "moving",
  ],
  [
    "Samengevat: u wilt weer mee kunnen met Mark. Mag ik u wat uitleggen over de pufjes?",
    ["R-a", "P-e"],
    "medication",
  ],
  ["Dat zal wel meevallen. U moet gewoon wat meer rusten.", ["O-v", "Ia-e"], "none"],
  ["Wat fijn dat u dat zegt. Er is trouwens een wandelgroep in de wijk.", ["O-v", "Ii-e"], "moving"],
  // Several parts: shifts named
  ["Dank u voor uw verhaal. Zullen we nu kijken wat u zelf zou willen?", ["O-v", "Qc-a"], "none"],
  [
    "U heeft verteld wat voor u belangrijk is. Is het goed als we nu kijken wat u daarvoor wilt doen?",
    ["R-v", "Qc-a"],
    "values",
  ],
  ["Ik stel voor dat we nu even naar de medicatie kijken.", ["O-e"], "medication"],
  ["Dan wil ik nu even de checklist doorlopen. Rookt u?", ["O-e", "Qc-e"], "smoking"],
  // Several parts: summaries and checks
  ["Als ik het goed begrijp, slaapt u slecht sinds Jan overleden is. Klopt dat?", ["R-v"], "sleep"],
  ["Dus het werk kost je alle energie. Is dat zo?", ["R-v"], "work"],
  [
    "Even samenvatten: u rookt tien per dag en u wilt eigenlijk minderen. Heb ik dat goed?",
    ["R-a"],
    "smoking",
  ],
  // Several parts: other then question
  ["Oké. En hoe gaat het met uw knie?", ["O-v", "Qo-v"], "complaint"],
  ["Mm. Wat doet dat met u?", ["O-v", "Qo-v"], "feelings"],
  ["Goed zo. Wie kan u daarbij steunen?", ["O-v", "Qo-a"], "family"],
  ["Dank je. Wat zou je over een half jaar anders willen zien?", ["O-v", "Qo-a"], "future"],
  // Flemish and colloquial
  ["Hoe is 't nu met u?", ["Qo-v"], "general"],
  ["Rookt ge nog veel?", ["Qc-e"], "smoking"],
  ["Hoeveel pintjes drinkt ge zo in het weekend?", ["Qc-e"], "alcohol"],
  ["Wat doet ge graag in uw vrije tijd?", ["Qo-v"], "daily"],
  ["Ge zijt het beu, precies.", ["R-v"], "none"],
  ["Allee, vertel eens wat er scheelt.", ["Qo-e"], "complaint"],
  ["Ge moet echt wat meer bewegen, hè.", ["Ia-e"], "moving"],
  ["Wat vindt ge zelf het belangrijkste?", ["Qo-v"], "values"],
  // Long mixed turns
  [
    "Ik hoor dat de trap steeds zwaarder wordt. U doet er luchtig over. Hoe is dat echt voor u?",
    ["R-v", "R-v", "Qo-v"],
    "feelings",
  ],
  [
    "U bent 78 en sinds negen maanden weduwe. Dat is veel. Hoe komt u de dagen door?",
    ["R-v", "R-v", "Qo-v"],
    "daily",
  ],
  [
    "Je hebt fysio gehad, bloedonderzoek, rust. Niks hielp. Wat verwacht je nu van mij?",
    ["R-v", "R-v", "Qo-v"],
    "ideas",
  ],
  [
    "Uw suiker is wat hoger. U weet zelf ook wel hoe dat komt. Wat denkt u dat er speelt?",
    ["Ii-e", "R-v", "Qo-v"],
    "ideas",
  ],
  ["U rookt nog. Dat is slecht voor uw longen. U moet stoppen.", ["R-v", "Ii-e", "Ia-e"], "smoking"],
  [
    "Fijn dat u er bent. Ik zie in uw dossier dat u COPD heeft. Hoe gaat het daarmee?",
    ["O-v", "O-v", "Qo-v"],
    "complaint",
  ],
  [
    "Je mist je oude zelf. Je was vroeger de vrolijke van de groep. Wat zou je daarvan terug willen?",
    ["R-v", "R-v", "Qo-a"],
    "future",
  ],
  ["Dat is een mooi plan. Wanneer begint u? En wie gaat er mee?", ["O-a", "Qo-a", "Qo-a"], "none"],
  ["Het klinkt alsof uw adem u in de weg zit. Wat zou u nog graag willen kunnen?", ["R-v", "Qo-a"], "future"],
  ["U eet gezond, zegt u. En hoe gaat het met bewegen?", ["R-v", "Qo-v"], "moving"],
  ["Sinds de begrafenis bent u niet meer naar het koor geweest. Wat houdt u tegen?", ["R-v", "Qo-v"], "none"],
  ["Uw dochters helpen veel thuis. Hoe is dat voor u?", ["R-v", "Qo-v"], "family"],
  [
    "Dat hoor ik vaker. De meeste mensen met diabetes zijn wel eens moe. Wat merkt u er zelf van?",
    ["O-v", "Ii-e", "Qo-v"],
    "complaint",
  ],
  ["Neemt u de pufjes elke dag? En de blauwe alleen als het nodig is?", ["Qc-e", "Qc-e"], "medication"],
  ["Het gaat dus eigenlijk best goed. Wat zou u nog willen verbeteren?", ["R-v", "Qo-a"], "none"],
  ["Ik begrijp het. Toch zou het goed zijn om te stoppen.", ["O-v", "Ia-e"], "none"],
];

const INPUT_ORDER = ["Io", "Ia", "Ii"] as const;

/** The whole turn's label from its parts, by the rule of ../parts.ts (see the comment at the top). */
export function turnCodeOf(parts: readonly PartCode[]): LabelCode {
  for (const input of INPUT_ORDER) if (parts.some((p) => p.startsWith(`${input}-`))) return `${input}-e`;
  const substantive = parts.filter((p) => !p.startsWith("O-"));
  const last = substantive.at(-1) ?? parts.at(-1) ?? "O-v";
  return last === "P-e" ? "Qc-e" : last;
}

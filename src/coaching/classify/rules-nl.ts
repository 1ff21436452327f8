// The classifier's Dutch and Flemish rules: word lists and cue patterns for the normalised text.
// The engine (./engine.ts) reads them; the labelling conventions they follow are in ../classify.ts.
import { alt, rx, set } from "./build.ts";
import type { Rules } from "./types.ts";

const NL_SUBJ = set("je jij u ge gij jullie we wij ze zij hij ik men");
/** Pronouns that, right after a wh-word, mark a relative clause ("wat mij betreft", "wat je zegt"). */
const NL_EMBED = set("je jij u ge gij jullie we wij ze zij hij ik men mij me ons");
const NL_FINITE = set(`
  is was zijn waren heeft hebt heb hebben had kan kun kunt kunnen zal zult zullen zou zoudt zouden wil wilt
  willen mag moogt mogen moet moeten doet gaat komt klopt lukt helpt werkt speelt valt maakt voelt kost
  wordt blijft staat zit ligt past scheelt geeft zijt zijde hoort merkt ziet vindt weet denkt snap begrijp`);
const NL_NONVERB = set(`
  je jij u ge gij jullie we wij ze zij hij ik men het er dat dit die deze de een
  als of omdat want maar en dus toen terwijl zodat nu wanneer zoals tenzij hoewel voordat nadat sinds zodra
  totdat mits indien zolang doordat opdat hetzij ofwel zowel noch
  met voor van in op bij aan naar over door uit om tot na zonder tegen onder achter naast tussen per
  ook alleen zelfs juist misschien eigenlijk toch wel niet nog al echt gewoon vooral zeker dan daarom anders
  soms vaak altijd nooit straks nou ja nee oke zo hier daar thuis elke iedere alle veel weinig meer minder
  wat hoe waar wie waarom welke welk hoeveel hoezo waarmee waarover waardoor waarin waarop waaraan
  sommige enkele beide geen mijn jouw uw zijn haar ons onze hun samen dat's da's vandaag morgen gisteren
  laten laat dank sorry`);
const NL_IMPERATIVE = set(`
  probeer neem ga kom bel zorg drink eet beweeg stop begin bouw let vergeet denk hou houd blijf maak schrijf
  gebruik pak plan doe leg zet smeer wandel fiets rust vermijd controleer meet volg lees loop kies check
  spreek vraag bespreek hervat verminder beperk start kijk`);
const NL_EVAL_ADJ = set(`
  vervelend naar rot moeilijk lastig verdrietig pijnlijk zwaar akelig frustrerend jammer erg fijn goed mooi
  knap leuk super sterk geweldig top heerlijk bijzonder fantastisch spannend eng heftig vreselijk
  verschrikkelijk`);
const NL_EXCL_NEXT = set("dat voor van om zeg hoor allemaal he zo toch");

const NL_CLINICAL_WORD =
  /^(?:bloeddruk|bloedsuiker|suiker|suikers|cholesterol|hba1c|nierfunctie|leverfunctie|longfunctie|hartslag|gewicht|bmi|uitslag|uitslagen|waarden|longen|hart|lichaam|knie|knieen|rug|medicatie|medicijnen)$/;

const NL_ADV =
  "(?:(?:dan|nu|echt|dus|wel|gewoon|misschien|eigenlijk|toch|daarom|anders|ook|en|maar|nou|ja|zeker|vooral)\\s+)*";
const NL_YOU = "(?:je|jij|u|ge|gij)";

export const nl: Rules = {
  strongFillers: set(`eh ehm euh uh uhm um hm hmm mm mmm mm-hm mm-hmm hm-hm hmhm nou oke ok okay ja jaja jawel
    tja ach ah oh o en maar of goedemorgen goedemiddag goedenavond hallo hoi`),
  weakFillers: set(`nee goed prima juist precies inderdaad klopt allee awel bon amai zo kijk zeker duidelijk
    helder mooi fijn top super`),
  fillerPhrases: rx(
    "^(?:ja ja|ja nee|nou ja|oke dan|nou goed|ik snap het|ik begrijp het|dat begrijp ik|ik zie het)(?:[,]\\s*|\\s+|$)",
  ),
  wh: set(
    "wat hoe waar wanneer wie waarom welke welk hoeveel hoezo waarmee waarover waarvan waardoor waarin waarop waaraan waarnaar wiens hoelang",
  ),
  subj: NL_SUBJ,
  embed: NL_EMBED,
  isVerbFirst: (tokens, clause) => {
    const [t0, t1] = tokens;
    if (!t0 || NL_NONVERB.has(t0) || !/^[a-z]+$/.test(t0)) return false;
    if (clause.startsWith(`${t0},`)) return false;
    if (NL_FINITE.has(t0)) return true;
    return t1 !== undefined && NL_SUBJ.has(t1);
  },
  exclamation: (tokens) => {
    const [t0, t1, t2] = tokens;
    if (t0 !== "wat" && t0 !== "hoe") return false;
    if (t0 === "wat" && t1 === "een") return true;
    return t1 !== undefined && NL_EVAL_ADJ.has(t1) && (t2 === undefined || NL_EXCL_NEXT.has(t2));
  },
  quantity: rx(
    "^(?:hoeveel|hoelang|hoe (?:vaak|lang|oud|laat|veel|ver)|sinds wanneer|om hoe laat|tot wanneer)\\b",
  ),
  degree: rx(
    "^(?:hoeveel|hoe veel) (?:vertrouwen|zin|moeite|motivatie|ruimte|invloed|last|steun|energie)\\b",
  ),
  tellRequest: rx(
    `^(?:vertel|vertelt u|beschrijf|omschrijf|leg (?:eens )?uit)\\b|^(?:kun|kunt|kan|zou|zoudt|wil|wilt)\\s+${NL_YOU}\\s+(?:\\S+\\s+){0,6}(?:vertellen|beschrijven|omschrijven|uitleggen|toelichten|uitweiden|zeggen over)\\b|^(?:en )?(?:verder|wat nog meer|wat verder)\\s*\\??$|^en (?:toen|dan)\\s*\\??$`,
  ),
  indirect: rx(
    "^(?:ik ben (?:\\S+ )?(?:benieuwd|nieuwsgierig)|ik vraag me af|ik zou (?:graag )?(?:willen )?weten|ik wil (?:graag )?weten|ik hoor (?:het )?graag|mag ik (?:je |u )?vragen (?:hoe|wat|waar|waarom|wanneer|wie|welke|of))\\b",
  ),
  indirectClosed: rx(
    "^(?:ik ben (?:\\S+ )?(?:benieuwd|nieuwsgierig)|ik vraag me af|ik zou (?:graag )?(?:willen )?weten|ik wil (?:graag )?weten|ik hoor (?:het )?graag|mag ik (?:je |u )?vragen) of\\b",
  ),
  openPhrase: rx("^(?:in hoeverre|op welke manier|in welke mate|wat voor)\\b"),
  disguisedAdvice: rx(
    alt([
      `^waarom (?!wil|wilt|kun|kunt|kan|mag|moet|durf|ben|bent|heb|hebt|heeft|vind|vindt|weet|is|zijn)\\S+ ${NL_YOU} (?:\\S+ ){0,2}niet\\b`,
      `^wat als ${NL_YOU} (?:nou |nu |dan )?(?:eens|gewoon|zou|probeert|begint|start|stopt)\\b`,
      `^wat dacht ${NL_YOU} (?:ervan|van)\\b`,
      `^(?:zou|zoudt|kun|kunt|kan) ${NL_YOU} niet (?:eens|beter|liever|gewoon|gewoonweg)\\b`,
      `^is het (?:geen|niet een) (?:idee|optie) om\\b`,
      `^(?:denk|vind|vindt|denkt) ${NL_YOU} niet dat ${NL_YOU} (?:beter|moet|zou moeten)\\b`,
    ]),
  ),
  tag: rx(
    "(?:,\\s*|\\s+)(?:klopt (?:dat|het)|is dat (?:zo|juist|correct)|toch|he|of niet|niet dan|snap je|begrijp je|begrijpt u|weet je|zie ik dat goed|heb ik dat goed(?: begrepen)?|oke|of)\\s*\\?$",
  ),
  check: rx(
    "^(?:klopt (?:dat|het)|is dat (?:zo|juist|correct)|toch|he|of niet|snap je|begrijp je|begrijpt u|weet je|oke|ok|ja|goed|akkoord|zie ik dat goed|heb ik (?:dat|het) goed(?: begrepen)?)$",
  ),
  politeImperative: (tokens, terminal) => {
    const [t0, t1] = tokens;
    if (!t0 || !t1 || (terminal !== "." && terminal !== "!")) return false;
    const particle = tokens.slice(2, 6).some((t) => /^(?:maar|gerust|eens|even|vooral|eventjes)$/.test(t));
    if (t1 === "u" || t1 === "ge" || t1 === "gij") {
      const stem = t0.endsWith("t") ? t0.slice(0, -1) : t0;
      return particle || NL_IMPERATIVE.has(stem);
    }
    return t1 === "je" && particle;
  },
  other: rx(
    alt([
      "^(?:dank (?:je|u|jullie)|bedankt|merci|doei|dag|welkom)\\b",
      "^tot (?:ziens|straks|de volgende keer|volgende keer|over|dan|morgen|gauw|zo)\\b",
      "^(?:kom (?:maar )?(?:binnen|verder|erbij)|gaat u (?:maar )?zitten|ga (?:maar )?zitten|neem (?:maar )?plaats)\\b",
      "^neemt? (?:u )?(?:(?:maar|gerust|rustig|even)\\s+)*(?:de|je|uw) tijd\\b",
      "^gaa?t? (?:u )?(?:maar )?(?:verder|door|je gang)\\b|^vertel maar verder\\b",
      "^(?:sorry|excuus|pardon|geen probleem|maakt niet uit|momentje|ogenblikje|even kijken)\\b",
      "^we zien (?:elkaar|mekaar)\\b|^(?:dan )?(?:zie|spreek) ik (?:je|u|jullie)\\b",
      "^ik (?:pak|kijk|ga|zal|schrijf|noteer|zet|leg|print|check|meet|zoek) (?:\\S+ ){0,4}(?:even|eventjes|efkes)\\b",
      "^(?:fijn|leuk) (?:dat|om|je|u)\\b",
      "^goed (?:zo|dat|gedaan|van je|van u|om te horen)\\b|^heel goed\\b|^(?:knap|super|top|prima|bravo|chapeau|complimenten|petje af)\\b",
      "^wat (?:knap|goed|fijn|mooi|leuk|super|sterk|geweldig|top|heerlijk|bijzonder)\\b",
      "^mooi (?:zo|dat|om te horen)\\b",
      `^${NL_YOU} (?:hebt|heeft) (?:het |dat )?(?:\\S+ ){0,3}(?:goed|knap|fantastisch|super|prima|geweldig) gedaan\\b`,
      "^dat is (?:heel |echt |een |helemaal |prima )?(?:knap|goed|mooi|fantastisch|geweldig|super|sterk|prima|oke|in orde|een mooie stap|een hele prestatie|een prestatie)\\b(?! voor\\b)",
      "^wat een (?:prestatie|mooie|goede)\\b|^(?:dat|het) is (?:\\S+ )?(?:vooruitgang|een verbetering|winst)\\b",
      "^laten we (?:(?:eerst|nu|even|dan|eens|samen)\\s+)*(?:kijken|beginnen|praten|het hebben|terugkijken|stilstaan|verder)\\b",
      "^ik wil (?:\\S+ ){0,4}(?:informatie|advies|uitleg|tips|meedenken)\\b",
    ]),
  ),
  options: rx(
    alt([
      "kiezen (?:uit|tussen|voor)",
      `${NL_YOU} (?:kunt|kan|kun) (?:ook )?(?:zelf )?kiezen`,
      "keuze (?:uit|tussen)",
      "de keuze (?:is )?aan (?:jou|u)",
      "(?:een paar|een aantal|twee|drie|verschillende|meerdere|andere|diverse|allerlei) (?:mogelijkheden|opties|manieren|keuzes|wegen|routes|alternatieven|varianten)",
      "(?:een|de|andere|nog een) (?:optie|mogelijkheid) (?:is|zou zijn|kan zijn)",
      "\\bofwel\\b",
      "\\bhetzij\\b",
      "\\b(?:sommige mensen|sommigen)\\b.*\\b(?:anderen|andere mensen)\\b",
      "het kan op (?:\\S+ )?manieren",
      "wat heeft (?:uw|je|jouw) voorkeur",
      "waar gaat (?:uw|je|jouw) voorkeur naar",
      "(?:een paar|een aantal|verschillende|meerdere) dingen (?:die|wat) (?:je|u|ge) (?:kunt|kan|zou kunnen)",
      "^(?:er zijn|er is|je hebt|u heeft|we hebben)\\b[^,]*,[^,]*,.*\\bof\\b",
      "^(?:je|u|ge|we|wij|jij) (?:kunt|kun|kan|kunnen|zou|zouden|zoudt)\\b.*(?<!kijken|weten|zien|nagaan|checken|vragen|afvragen|twijfelen|beslissen|bepalen|testen|benieuwd) of (?!niet\\b)",
    ]),
  ),
  advice: rx(
    alt([
      `(?:^|, )${NL_ADV}${NL_YOU}\\s+(?:(?:echt|toch|wel|gewoon|dus|dan|zeker|echt)\\s+)*(?:moet|moeten|moest|zou\\s+(?:\\S+\\s+){0,3}(?:moeten|kunnen)|zoudt\\s+(?:\\S+\\s+){0,3}(?:moeten|kunnen)|(?:kunt|kan|kun) (?:\\S+ )?(?:beter|het beste|best|altijd|eventueel|gerust|proberen)|(?:mag|moogt) (?:\\S+ ){0,3}(?:niet|geen)|zou eens|zou beter|zou best|doet (?:\\S+ )?best|\\S+ (?:dat |het |die )?best niet)\\b`,
      `^(?:dan|misschien|daarom|anders|echt)\\s+(?:moet|moeten|zou|zoudt|kun|kunt|kan|mag|moogt)\\s+${NL_YOU}\\b`,
      "^(?:(?:dan|nou|eh|dus)\\s+)*ik zou (?!(?:\\S+ )?(?:graag (?:willen )?weten|me (?:kunnen )?voorstellen|het (?:\\S+ ){0,2}vinden|ook))",
      "\\bzou ik (?!(?:\\S+ )?(?:graag (?:willen )?weten|me (?:kunnen )?voorstellen|het (?:\\S+ ){0,2}vinden|ook|ook niet))",
      "\\bik raad (?:je|u|jou|jullie)\\b",
      "\\bik (?:zou )?(?:je|u|jou) (?:willen )?(?:aanraden|adviseren)\\b",
      "\\bik adviseer\\b|\\bmijn advies\\b|\\bik stel voor\\b|\\bmijn voorstel\\b",
      "\\bals ik (?:jou|u) was\\b",
      "\\bik denk dat (?:het|je|u) (?:\\S+ ){0,3}(?:goed|beter|verstandig|belangrijk|slim|handig|nodig|moet)\\b",
      "\\bik wil (?:graag )?dat (?:je|u)\\b",
      "\\bhet is (?:\\S+ )?(?:beter|verstandig|belangrijk|goed|slim|raadzaam|handig|aan te raden|wijs|nodig|het beste) (?:om|dat|als)\\b",
      "\\bhet (?:zou|zal) (?:\\S+ )?(?:beter|verstandig|goed|slim|handig|wijs|fijn) zijn (?:om|als|dat)\\b",
      `\\b(?:kun|kunt|kan|mag|moogt) ${NL_YOU} (?:(?:gewoon|gerust|rustig|best|prima|dus)\\s+)*(?:weer|gerust|rustig|gewoon)\\b`,
      "\\bhet beste is (?:om|dat|als|het)\\b|^het beste kun|\\bhet beste (?:moment|tijdstip|manier)\\b",
      `\\b(?:moet|moeten|kunt|kun|kan) ${NL_YOU} (?:\\S+ )?(?:beter|het beste)\\b|, (?:moet|moeten) ${NL_YOU}\\b`,
      "\\b(?:het|dat) lijkt me (?:\\S+ )?(?:goed|verstandig|beter|slim|handig|een goed idee|wijs)\\b",
      "\\bhet (?:kan|zou) (?:\\S+ )?helpen (?:om|als)\\b|\\bhet helpt (?:vaak |soms |meestal )?(?:om|als)\\b|\\bhelpt het (?:vaak |soms |meestal )?(?:om|als)\\b",
      "\\bmisschien is het (?:een )?(?:idee|goed|verstandig|handig)\\b|\\been (?:goed )?idee (?:is|zou zijn) om\\b",
      "\\b(?:mijn|een) tip\\b|^tip\\b",
      "^denk (?:erom|eraan|er ?aan)\\b|\\bvergeet niet\\b|\\bniet vergeten\\b",
      "^let (?:er )?(?:(?:wel|goed|even)\\s+)*op\\b",
      "^zorg (?:er )?(?:(?:wel|goed|even)\\s+)*(?:voor|dat)\\b",
      "\\blaten we (?:afspreken|het zo doen|dat zo doen|een afspraak)\\b|\\bwe spreken af\\b|^spreek af\\b",
      "^we gaan het (?:zo|als volgt) doen\\b|^zo gaan we het doen\\b|^het plan is\\b|^mijn plan is\\b",
    ]),
  ),
  imperative: NL_IMPERATIVE,
  explicitReflection: rx(
    alt([
      `^${NL_YOU} (?:zegt|zei|geeft aan|gaf aan|vertelt|vertelde|noemt|noemde|beschrijft|gaf net aan)\\b`,
      "^het klinkt (?:alsof|als|of|dat|naar|voor)\\b|^dat klinkt\\b|^klinkt (?:alsof|als|of)\\b",
      "^het lijkt (?:alsof|of|erop dat|wel alsof|me dat (?:je|u))\\b|^het voelt (?:alsof|als|of)\\b",
      "^als ik (?:je|jou|u|het) (?:\\S+ )?(?:goed )?(?:begrijp|hoor|volg)\\b|^als ik het goed heb\\b",
      "^ik hoor (?:je|u) (?:zeggen|vertellen)\\b|^ik hoor\\b(?! (?:het )?graag)|^wat ik hoor\\b|^wat (?:mij|me) opvalt\\b",
      "^ik weet dat (?:je|u|jij|het|dit)\\b|^ik (?:begrijp|snap) (?:dat|uit|goed dat)\\b|^ik merk dat (?:je|u|het)\\b|^ik kan me (?:voorstellen|indenken)\\b",
      "^(?:even )?samenvatten\\b|^samengevat\\b|^kortom\\b|^om samen te vatten\\b",
      "^aan de ene kant\\b|^enerzijds\\b|^een (?:deel|kant) van (?:je|jou|u)\\b",
      "^dus\\b",
      `^eigenlijk (?:ben|heb|wil|wilt|zou|voel|vind|zeg|zit) ${NL_YOU}\\b`,
      `^(?:je|u|ge|jij) (?:\\S+ ){1,2}eigenlijk\\b`,
      "^(?:\\S+ ){1,3}dus\\b",
      "^dat moet (?:\\S+ )?(?:\\S+ )?(?:zwaar|moeilijk|lastig|pijnlijk|fijn|vervelend|naar|frustrerend|eng)\\b",
      "^wat (?:vervelend|naar|rot|moeilijk|lastig|verdrietig|pijnlijk|zwaar|akelig|frustrerend|jammer|erg|een gedoe)\\b",
      "^da's\\b|^amai\\b",
    ]),
  ),
  strongInfo: rx(
    alt([
      "\\d+\\s*(?:over|op|/)\\s*\\d+",
      "\\b(?:\\d+(?:[.,]\\d+)?|twee|drie|vier|vijf|zes|tien|veertien|twintig)\\s*(?:%|procent|mmol|eenheden|mg)\\b",
      "(?:verhoogd|hoger|groter) risico",
      "\\b(?:\\d+(?:[.,]\\d+)?|een|twee|drie|vier|vijf|zes|tien|halve|anderhalve?) (?:kilo|kg|cm|centimeter|liter|mmol)\\b",
      "\\b(?:bloeddruk|bloedsuiker|suiker|suikers|cholesterol|hba1c|nierfunctie|leverfunctie|longfunctie|hartslag|saturatie|gewicht|bmi|waarde|waarden|uitslag|uitslagen)\\b(?:\\s+\\S+){0,4}\\s+(?:is|was|zijn|waren|ligt|lag|blijft)\\s+(?:\\S+\\s+)?(?:goed|prima|normaal|hoog|laag|te|verhoogd|verlaagd|in orde|mooi|aan|binnen|onder|boven|stabiel|hetzelfde|gelijk|achteruitgegaan|vooruitgegaan|gestegen|gedaald|verbeterd|verslechterd|\\d)",
      "\\b(?:bloeddruk|bloedsuiker|suiker|cholesterol|hba1c|nierfunctie|waarde)\\b(?:\\s+\\S+){0,5}\\s+(?:verhoogd|verlaagd|gestegen|gedaald|te hoog|te laag)\\b",
    ]),
  ),
  secondPersonSubject: (tokens) => {
    const [t0, t1] = tokens;
    if (t0 === "jij" || t0 === "ge" || t0 === "gij" || t0 === "jullie" || t0 === "u") return true;
    return t0 === "je" && t1 !== undefined && !NL_CLINICAL_WORD.test(t1);
  },
  hardInfo: rx(
    alt([
      "\\b(?:verhoogt|verhogen|verlaagt|verlagen|vergroot|vergroten|verkleint|verkleinen|vermindert|verminderen|verergert|verbetert)\\b",
      "\\b(?:het|een|je|uw) risico\\b|\\brisico op\\b|\\b(?:de|een) kans op\\b",
      "\\buit onderzoek\\b|\\bonderzoek (?:laat|toont|wijst)\\b|\\bblijkt (?:dat|uit)\\b|\\bbewezen\\b|\\bwetenschappelijk\\b",
      "\\bwerkt (?:door|doordat|zo)\\b|\\bzorgt (?:er ?voor|ervoor) dat\\b|\\bzorgen (?:er ?voor|ervoor) dat\\b|\\bkan (?:er ?voor|ervoor) zorgen\\b",
      "\\b(?:komt|ontstaat|komen) (?:\\S+ )?(?:door|doordat)\\b|\\bwordt veroorzaakt\\b|\\bveroorzaakt\\b|\\bverslavend\\b",
      "\\brichtlijn|\\bde norm (?:is|ligt)\\b|\\bnormaal gesproken\\b|\\bhet advies (?:is|van|luidt)\\b|\\badviesgrens\\b",
      "\\bhet is (?:\\S+ )?(?:normaal|gebruikelijk) (?:dat|om)\\b|\\bdat is (?:heel |vrij |best |helemaal )?normaal\\b",
      "\\b(?:komt|komen) (?:\\S+ )?(?:vaak|veel|regelmatig) voor\\b|\\bde meeste mensen\\b|\\bveel mensen\\b|\\bgemiddeld\\b",
      "\\bbijwerking|\\bfolder\\b|\\bbrochure\\b|\\binformatie mee\\b",
      "\\bna (?:een paar|enkele|een aantal|\\S+ tot \\S+|\\d+|twee|drie|vier|vijf|zes) (?:dagen|weken|maanden)\\b",
      "\\bop den duur\\b|\\b(?:kan|kunnen) (?:\\S+ )?leiden tot\\b|\\bleidt tot\\b|\\bbeschadig|\\bbevat\\b",
      "\\ber (?:zit|zitten) (?:\\S+ ){1,4}in\\b",
      "\\buitslag(?:en)? (?:is|zijn|van)\\b|\\bziet er goed uit\\b|\\bhoeft (?:u|je) (?:zich |je )?geen zorgen\\b",
      "\\b(?:geeft|geven) (?:\\S+ ){0,2}(?:dosis|druk|risico)\\b|\\b(?:ligt|lag|blijft) (?:onder|boven|tussen|rond)\\b",
      "\\b(?:is|zijn) (?:\\S+ )?(?:slecht|goed|gezond|ongezond|schadelijk) voor (?:je|jouw|uw|de|het)\\b",
      "\\b(?:werkt|werken) (?:\\S+ )?(?:pas|alleen|beter|het best|het beste)\\b",
      "\\b(?:vernauwt|vernauwen|verstopt|beschadigt|beschadigen|verzwakt|verzwakken|verslechtert|verstijven|verstijft)\\b",
      "\\bdaardoor (?:krijg|heb|word|wordt|krijgt|heeft|gaat|ga)\\b|\\bdat is (?:ook )?(?:waarom|de reden)\\b",
      "\\b(?:de helft|een derde|een kwart|een op de \\S+|ongeveer \\d+) (?:van )?(?:de )?(?:mensen|patienten|rokers)\\b",
      "\\b(?:\\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen) op de (?:\\d+|tien|twintig|honderd|vijf|drie|vier)\\b",
      "\\bbinnen (?:een paar|enkele|\\d+|een|twee|drie|vier|zes) (?:dagen|weken|maanden)\\b|\\b(?:heeft|hebben|kost|kosten) (?:\\S+ )?tijd (?:nodig )?om\\b",
    ]),
  ),
  empathic: rx(
    "^(?:dat|het|'t|dit) (?:is|was|lijkt|klinkt|zijn) (?:\\S+ ){0,3}(?:zwaar|lastig|moeilijk|veel|niet niks|naar|rot|pijnlijk|verdrietig|eng|eenzaam|frustrerend|vervelend|heftig|ingewikkeld|een hoop|een gedoe|spannend|onzeker|confronterend|taai|pittig|balen|klote|stom|oneerlijk|afschuwelijk)\\b",
  ),
  secondPersonStart: rx("^(?:je|jij|jouw|u|uw|ge|gij|jullie|uzelf|jezelf)\\b"),
  softInfo: rx(
    `^(?:bij|met|tijdens|door|na)?\\s*(?:de |het |een |die |deze |te veel |extra |regelmatig )?(?:\\S+e )?${alt(
      [
        "roken",
        "nicotine",
        "alcohol",
        "suiker",
        "suikers",
        "insuline",
        "metformine",
        "medicijnen",
        "medicatie",
        "tabletten",
        "pillen",
        "pleisters",
        "kauwgom",
        "overgewicht",
        "copd",
        "diabetes",
        "suikerziekte",
        "astma",
        "longaanval",
        "longen",
        "hart",
        "vaten",
        "bloeddruk",
        "cholesterol",
        "beweging",
        "stress",
        "antidepressiva",
        "antibiotica",
        "betablokker",
        "betablokkers",
        "bloedverdunners",
        "pijnstillers",
        "ibuprofen",
        "paracetamol",
        "ontsteking",
        "infectie",
        "griep",
        "vaccin",
        "vaccinatie",
        "pees",
        "botten",
        "spier",
        "spieren",
        "gewrichten",
        "nieren",
        "zout",
        "vezels",
        "cafeine",
        "vruchtensap",
        "frisdrank",
        "\\w*pijn",
        "de klachten",
        "klachten",
      ],
    )}\\b`,
  ),
  measureStart: rx(
    "^(?:je|jouw|uw) (?:bloeddruk|bloedsuiker|suiker|suikers|suikerwaarden|cholesterol|hba1c|nierfunctie|leverfunctie|longfunctie|hartslag|saturatie|gewicht|bmi|waarden|uitslag|uitslagen|bloedwaarden|ecg|hartfilmpje)\\b",
  ),
  secondPersonAnywhere: rx("\\b(?:je|jij|jou|jouw|u|uw|ge|gij|jullie|uzelf|jezelf)\\b"),
  firstPerson: rx("^(?:ik|we|wij|mijn|laat me|laten we)\\b"),
  midWh: rx(
    "\\s(?=(?:wat|hoe|waar|wanneer|wie|waarom|welke)\\s(?!je\\b|jij\\b|u\\b|ge\\b|ik\\b|we\\b|ze\\b|het\\b|er\\b|dat\\b|de\\b|een\\b)\\S+\\s(?:je|jij|u|ge|gij|jullie|we|ik)\\b)",
  ),
  activating: rx(
    alt([
      "\\bveranderen\\b",
      "\\bverandering(?:en)?\\b",
      "\\banders (?:aanpakken|doen|zien|willen|gaan|zou|is|zijn|worden)\\b",
      "\\bzou (?:er )?anders\\b",
      "\\b(?:zou|zoudt|wil|wilt) (?:\\S+ ){0,3}anders\\b",
      "\\bstoppen\\b|\\bstopt met\\b",
      "\\bminderen\\b|\\bminder (?:gaan )?(?:drinken|roken|eten|snoepen|suiker|zout|alcohol|snacken|gamen|werken)\\b",
      "\\bafbouwen\\b|\\bafvallen\\b",
      "\\b(?:weer|terug) (?:te )?(?:beginnen|gaan|starten|oppakken|opbouwen)\\b",
      "\\bbeginnen\\b|\\bstarten\\b",
      "\\baan (?:\\S+ )?pakken\\b|\\baanpakken\\b",
      "\\b(?:eerste|kleine|volgende|concrete) stap\\b|\\bstapje\\b",
      "\\bdoel(?:en)?\\b|\\bplan(?:nen)?\\b|\\bvoornemen\\b|\\bbereik(?:en|t)\\b",
      `\\b(?:zou|zoudt) ${NL_YOU} (?:(?:\\S+)\\s+){0,2}(?:graag|willen|het liefst)\\b`,
      "\\bhet liefst\\b|\\bgraag (?:willen|zou)\\b|\\bzou (?:\\S+ )?willen\\b|\\b(?:wil|wilt|wou) (?:\\S+ )?graag\\b|\\bwel (?:wil|wilt)\\b|\\b(?:wil|wilt) (?:het )?wel\\b",
      "\\b(?:er|daar|hier) (?:\\S+ ){0,2}iets aan (?:\\S+ )?doen\\b|\\biets aan (?:\\S+ )?doen\\b",
      `\\bwat (?:zou|kun|kunt|kan) ${NL_YOU} (?:\\S+ ){0,4}doen\\b|\\b(?:ga|gaat) ${NL_YOU} (?:dat|het) doen\\b`,
      `\\b(?:wil|wilt) ${NL_YOU} (?:(?:daar|er|iets|graag|nog|het|dat|die)\\s+)`,
      "\\bwens(?:en)?\\b|\\btoekomst\\b",
      "\\bover (?:een|twee|drie|zes|vier) (?:jaar|half jaar|maanden)\\b|\\bover een half jaar\\b",
      "\\bschaal\\b|\\bcijfer\\b|\\bvan (?:0|1|nul|een) tot (?:10|tien)\\b|\\b[01] ?- ?10\\b",
      "\\b(?:een|geen) (?:[0-9]|10|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\\b",
      "\\bhoe (?:belangrijk|zeker|gemotiveerd)\\b|\\bvertrouwen\\b|\\bgemotiveerd\\b|\\bmotivatie\\b",
      "\\bklaar (?:voor|om)\\b|\\bbereid\\b|\\bvolhoud(?:en|t)?\\b|\\bvolgehouden\\b|\\bvol te houden\\b|\\bhaalbaar\\b",
      "\\b(?:zou|zal|gaat) (?:\\S+ ){0,3}lukken\\b|\\blukken om\\b|\\blukt het\\b|\\bgelukt\\b|\\blukte\\b|\\beerder (?:gewerkt|geholpen)\\b",
      "\\b(?:zou|zouden) (?:\\S+ ){0,4}eruit ?zien\\b|\\b(?:wil|wilt|willen) (?:\\S+ ){0,3}weer\\b",
      "\\bzou (?:het |dat )?(?:je |u )?helpen\\b|\\bhelpen om\\b|\\bhelpt (?:je|u) om\\b",
      "\\bwie (?:\\S+ ){0,4}(?:helpen|steunen)\\b|\\b(?:steunen|ondersteunen)\\b",
      "\\bnodig (?:om|hebt|heeft|heb)\\b|\\b(?:heb|hebt|heeft) (?:je|u|ge) (?:daar |daarvoor |dan )?nodig\\b",
      "\\b(?:voordelen|nadelen|goede kanten) (?:\\S+ )?(?:zou|van|aan) (?:het )?(?:\\S+ )?(?:stoppen|minderen|veranderen|afvallen|bewegen|hebben als)\\b|\\bopleveren\\b|\\bde moeite waard\\b",
      "\\bwat (?:\\S+ )?(?:houdt|weerhoudt) (?:je|u|jou) (?:\\S+ )?tegen\\b|\\bdrempel\\b",
      "\\bstel (?:dat|je voor)\\b|\\bgoesting\\b|\\bzin om\\b",
      `\\b(?:heb|hebt|heeft) ${NL_YOU} (?:\\S+ ){0,3}zin in\\b`,
      "\\bin de weg (?:\\S+ )?(?:zitten|staan)\\b|\\bpoging(?:en)?\\b|\\b(?:alcohol|rook|drank)vrij\\w*|\\bzonder (?:alcohol|drank|sigaretten|roken)\\b",
      "\\bgeprobeerd\\b|\\b(?:zelf|eerst) proberen\\b",
      `\\bwat (?:kun|kunt|kan) ${NL_YOU} zelf\\b|\\bzelf doen\\b`,
      "\\bzou (?:\\S+ )?(?:\\S+ )?zijn als\\b|\\bals (?:dit|het) (?:zou )?lukt?\\b|\\bals het (?:zou )?lukken\\b",
      "\\b(?:zie|ziet) (?:het|je het) (?:wel )?zitten\\b|\\bhet (?:wel )?zitten\\b",
    ]),
  ),
  futureTime: rx("\\bvolgende week\\b|\\bmorgen\\b|\\bkomende (?:weken|maanden|tijd)\\b"),
  expertShift: rx(
    alt([
      `\\bmag ik (?:je|jou|u|jullie) (?:\\S+ ){0,3}(?:informatie|advies|tips?|vertellen|uitleggen|uitleg|meegeven|voorstellen|suggestie)\\b`,
      `\\b(?:vind|vindt) ${NL_YOU} het (?:goed|oke|ok|prima|fijn) als ik\\b`,
      "\\bis het (?:goed|oke|ok|prima) als ik\\b",
      "\\bzal ik (?:\\S+ ){0,3}(?:uitleggen|vertellen|uitleg|informatie)\\b",
      "^zal ik (?:\\S+ ){0,6}(?:inplannen|plannen|afspraak|doorverwijzen|verwijzen|voorschrijven|recept|aanvragen|regelen|meten)\\b",
      `\\b(?:zou|wil|wilt) ${NL_YOU} (?:\\S+ ){0,2}(?:horen|weten) (?:wat|hoe|welke)\\b`,
      "\\bmee ?(?:denk|denken|denkt)\\b",
      "\\binformatie (?:geven|over)\\b|\\badvies geven\\b|\\buitleg geven\\b|\\bals deskundige\\b|\\bals expert\\b|\\bmijn pet\\b",
      "\\bwat kan ik voor (?:je|jou|u|jullie) (?:doen|betekenen)\\b",
      "\\bwaarmee kan ik (?:je|jou|u) (?:\\S+ )?helpen\\b|\\bhoe kan ik (?:je|jou|u) helpen\\b",
    ]),
  ),
  clinical: rx(
    alt([
      "\\bpijn\\w*",
      "\\bklacht(?:en)?\\b",
      "\\bmedicijn(?:en)?\\b",
      "\\bmedicatie\\b",
      "\\btablet(?:ten)?\\b",
      "\\bpil(?:len)?\\b",
      "\\bmetformine\\b",
      "\\binsuline\\b",
      "\\bpuffer\\b|\\bpufjes\\b|\\binhalator\\b",
      "\\bbloeddruk\\b|\\bbloedsuiker\\b|\\bsuiker(?:s)?\\b|\\bglucose\\b|\\bcholesterol\\b|\\bhba1c\\b",
      "\\beenheden\\b|\\bbijwerking(?:en)?\\b|\\bdosis\\b|\\bdosering\\b",
      "\\bkoorts\\b|\\bkortademig\\w*|\\bbenauwd\\w*|\\bduizelig\\w*|\\bhoest\\w*|\\bslijm\\b|\\bborst\\b|\\bhartklopping\\w*",
      "\\bplassen\\b|\\bontlasting\\b|\\bgewicht\\b|\\bkilo\\b|\\bbmi\\b",
      "\\bvaccin\\w*|\\bgevaccineerd\\b|\\bgriepprik\\b|\\bvoeten\\b|\\boogarts\\b|\\bbloedverdunner\\w*|\\bantibiotica\\b",
      "\\buitslag(?:en)?\\b|\\bbloedonderzoek\\b|\\bdiabetes\\b|\\bcopd\\b|\\bastma\\b|\\b(?:hart)?infarct\\b|\\bberoerte\\b",
      "\\bstatines?\\b|\\bmaag\\b|\\bknie\\b|\\brug\\b|\\bheup\\b|\\bzwanger\\w*|\\bapotheek\\b|\\bdrogist\\b|\\ballergie\\w*|\\bsigaretten\\b",
    ]),
  ),
  experience: rx(
    alt([
      `\\b(?:vind|vindt|vond) ${NL_YOU}\\b`,
      `\\b${NL_YOU} (?:\\S+ )?(?:vindt|vind)\\b`,
      "\\bvoel\\w*",
      "\\bervaar\\w*|\\bbeleef\\w*|\\bbeleving\\b|\\bbelangrijk\\w*|\\bbeteken\\w*",
      "\\bgeniet\\w*|\\bplezier\\b|\\bblij\\b|\\bgelukkig\\b|\\btevreden\\b",
      "\\blastig\\b|\\bmoeilijk\\b|\\bzwaar\\b|\\bfijn\\w*|\\bleuk\\w*|\\bprettig\\b",
      "\\bzorgen\\b|\\bbang\\b|\\bverdrietig\\b|\\bboos\\b|\\beenzaam\\b|\\btrots\\b|\\bonzeker\\b|\\bnerveus\\b|\\bgespannen\\b|\\bangstig\\b|\\bschuldig\\b|\\bschaam\\w*",
      `\\bmis ${NL_YOU}\\b|\\bmist (?:u|ge)\\b|\\bgevoel\\b|\\blast van\\b|\\bgesteund\\b`,
      "\\biemand om mee te praten\\b|\\balleen voor\\b|\\bklopt (?:dat|het)\\b|\\bis dat zo\\b",
      "\\bmet iemand\\b|\\b(?:gepraat|praten|gesproken)\\b|\\bhoe (?:gaat|ging|is|was) het\\b|\\bhoe (?:het|dat) (?:\\S+ )?(?:gaat|ging|is|was)\\b",
      "\\bvoor (?:je|jou|u)\\b|\\bdagelijks leven\\b|\\benergie\\b",
    ]),
  ),
};

// Rule-based classifier for one utterance of a professional (Dutch/Flemish or English) into conversation
// behaviour, question type, input type and GG stance. Pure and synchronous: lexical cues plus light syntax.
import type { Locale } from "../locales.ts";
/*
 * Why rules and not a model: the coach must explain its feedback ("cues"), run in a Worker without
 * downloads, and cost microseconds. The categories follow MI coding practice (question / reflection /
 * therapist input / other, as in MITI and AnnoMI) mapped onto the three GG phases.
 *
 * Labelling conventions (the hand-labelled sets in ./data follow these):
 *
 * Behaviour
 * - question: interrogative form. Open = wh-word first with inverted order ("wat vind je", "what do you"),
 *   "in hoeverre"/"to what extent", tell-me requests ("vertel eens", "kun je daar meer over vertellen",
 *   "could you describe"), and indirect wh-questions ("ik ben benieuwd hoe", "I wonder what").
 *   Closed = finite verb first ("heb je", "rookt u", "zijt gij", "do you", "are you"), yes/no and choice
 *   questions, tag questions, a question mark on a plain statement, and quantity/frequency/duration
 *   questions even though they start with a wh-word ("hoeveel", "hoe vaak", "hoe lang", "sinds wanneer",
 *   "how many/much/often/long"): they ask for one fact, as MI coding treats them. Degree questions
 *   ("hoe belangrijk", "hoeveel vertrouwen") stay open.
 * - reflection: a statement that mirrors the person: explicit openers ("je zegt", "het klinkt alsof",
 *   "dus...", "als ik je goed begrijp", "samengevat", "it sounds like", "so you", "on the one hand"),
 *   second-person statements ("je bent het beu", "you feel..."), empathic evaluations ("dat is zwaar",
 *   "that must be hard"). A question mark keeps it a reflection only with an explicit opener ("dus je
 *   wilt stoppen?"); a bare statement with a question mark or a check tag ("..., klopt dat?") is a closed
 *   question, because nothing but the intonation marks it as mirroring.
 * - input: advice (modals "je moet / u zou moeten / you should", "ik raad aan", "het is beter om",
 *   imperatives "probeer eens", proposals "ik stel voor", and advice dressed as a question: "waarom probeer
 *   je niet...", "wat als je eens...", "why don't you", "how about"), information (facts, risks, results,
 *   normalising "veel mensen merken...", leaflets), options (choices laid out: "je kunt kiezen uit",
 *   "er zijn een paar mogelijkheden", "sommige mensen..., anderen...", "either...or").
 *   Permission to give input ("mag ik je iets vertellen over...?") is a closed question, not input.
 * - other: greetings, thanks, backchannels ("mm-hm", "oké"), affirmations ("goed zo", "well done",
 *   "je hebt het goed gedaan"), agenda and procedure ("ik pak even uw dossier erbij", "laten we eerst kijken
 *   naar..."), and statements about the professional's own actions.
 * - Information versus reflection: a health fact about the world is information even when it uses a
 *   generic "you" ("spieren worden sterker als je ze belast"); the same topic framed as what it does for
 *   this person is a reflection ("het roken geeft je even rust"). Results and measurements ("je HbA1c is
 *   58", "I can see your weight has gone up two kilos") are information.
 * - Proposals and arrangements the professional decides ("ik stel voor...", "laten we afspreken...",
 *   "we gaan het zo doen: ...") are advice; offers phrased as questions ("zal ik een afspraak inplannen?")
 *   are closed questions in the expert stance.
 *
 * Multi-sentence utterances: each clause gets an act; pure fillers are ignored. Input anywhere makes the
 * whole utterance input (options > advice > information), because a trailing "wat vind je daarvan?" does
 * not undo unsolicited advice and the GG-1 guard must see it. Otherwise the last question or reflection
 * decides; a question is open if any question in it is open. A trailing check ("klopt dat?", "is that
 * right?") does not override the clause before it, except that it turns a bare statement into a closed
 * question (same as the tag rule).
 *
 * Stance (GG phase the utterance belongs to)
 * - input is always expert.
 * - activerend: change, wishes for the future, goals, plans, first steps, scaling (0-10, importance,
 *   confidence), readiness, who/what can help, pros of changing, past successes, hypotheticals ("stel dat").
 *   This wins for questions, reflections (mirroring change talk) and other (affirming a step).
 * - expert (questions, other): asking permission to advise or inform, naming the shift to the expert role,
 *   the complaint-first ZZ opener ("wat kan ik voor u doen?"), clinical checklist topics (symptoms,
 *   medication, measurements). Closed questions without an experience cue are checklist-style: expert.
 * - volgend: open questions about experience, values, what matters and how things are; closed questions
 *   about experience ("vind je dat lastig?", "is that important to you?"); reflections and summaries of
 *   experience; encouragers, greetings and other talk. An open question about a clinical topic stays
 *   volgend when it asks how it is experienced ("wat vindt u het vervelendste aan de pijn?").
 *
 * Known limits: no context from earlier turns (a bare "en verder?" is read on its own), no irony, and
 * elliptic questions without verb or question mark ("you okay") are read as statements.
 * Accuracy per field on the labelled sets: node --import tsx src/coaching/accuracy-report.ts
 */

export type Behaviour = "question" | "reflection" | "input" | "other";
export type QuestionType = "open" | "closed";
export type InputType = "advice" | "information" | "options";
export type Stance = "volgend" | "activerend" | "expert";

export interface Classification {
  behaviour: Behaviour;
  question: QuestionType | null;
  input: InputType | null;
  stance: Stance;
  cues: string[];
}

type Lang = Locale;
type Act = "open" | "closed" | "reflection" | "advice" | "information" | "options" | "other";

interface ClauseResult {
  act: Act;
  /** reflection carried by an explicit opener, so a question mark or check tag does not undo it */
  explicit: boolean;
  /** a bare check such as "klopt dat?" that leans on the clause before it */
  check: boolean;
  cues: string[];
}

interface Rules {
  strongFillers: Set<string>;
  weakFillers: Set<string>;
  fillerPhrases: RegExp;
  wh: Set<string>;
  subj: Set<string>;
  embed: Set<string>;
  isVerbFirst: (tokens: string[], clause: string) => boolean;
  exclamation: (tokens: string[]) => boolean;
  quantity: RegExp;
  degree: RegExp;
  tellRequest: RegExp;
  indirect: RegExp;
  indirectClosed: RegExp;
  openPhrase: RegExp;
  disguisedAdvice: RegExp;
  tag: RegExp;
  check: RegExp;
  politeImperative: (tokens: string[], terminal: string) => boolean;
  other: RegExp;
  options: RegExp;
  advice: RegExp;
  imperative: Set<string>;
  explicitReflection: RegExp;
  strongInfo: RegExp;
  secondPersonSubject: (tokens: string[]) => boolean;
  hardInfo: RegExp;
  empathic: RegExp;
  secondPersonStart: RegExp;
  softInfo: RegExp;
  measureStart: RegExp;
  secondPersonAnywhere: RegExp;
  firstPerson: RegExp;
  midWh: RegExp;
  activating: RegExp;
  futureTime: RegExp;
  expertShift: RegExp;
  clinical: RegExp;
  experience: RegExp;
}

/** Joins regex fragments into one non-capturing alternation. */
const alt = (parts: readonly string[]): string => `(?:${parts.join("|")})`;
const rx = (source: string): RegExp => new RegExp(source);
const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

// ---------------------------------------------------------------------------------------------------------
// Dutch and Flemish

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

const nl: Rules = {
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
    `^(?:vertel|vertelt u|beschrijf|omschrijf|leg (?:eens )?uit)\\b|^(?:kun|kunt|kan|zou|zoudt|wil|wilt)\\s+${NL_YOU}\\s+(?:\\S+\\s+){0,6}(?:vertellen|beschrijven|omschrijven|uitleggen|toelichten|uitweiden|zeggen over)\\b`,
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

// ---------------------------------------------------------------------------------------------------------
// English

const EN_SUBJ = set(`you i we they he she it there that this your my his her their any anyone anybody
  anything someone something everything everyone both all either these those the you're you'd you've
  you'll i'm i'd i've we're they're it's`);
const EN_AUX = set(`do does did are is was were have has had can could will would shall should may might must
  am don't doesn't didn't aren't isn't wasn't weren't haven't hasn't can't couldn't won't wouldn't shouldn't`);
const EN_IMPERATIVE = set(`try take make keep avoid stop start cut drink eat go come call book get use check
  remember aim build put walk stick write bring give limit reduce swap switch add apply rest plan pick
  consider ring phone ask spread finish wear hold leave skip do`);
const EN_EVAL_ADJ = set(`nice lovely great wonderful awful sad frustrating hard difficult brilliant terrible
  good exciting scary annoying`);

const EN_LEAD =
  "(?:(?:so|then|really|honestly|maybe|perhaps|now|and|but|well|i think|i really think|i feel like|i'm afraid|obviously|basically|definitely)\\s+)*";

const en: Rules = {
  strongFillers: set(`um umm uh uhm er erm hmm hm mm mmm mm-hmm mhm uh-huh okay ok alright yeah yep yup oh ah
    and but well hi hello hey just please`),
  weakFillers: set(`right sure exactly absolutely no nope yes wow now anyway great good fine
    gotcha indeed true cool lovely`),
  fillerPhrases: rx(
    "^(?:all right|i see|got it|you know|i mean|as far as i'm concerned|good (?:morning|afternoon|evening)|fair enough|of course|ok so|okay so|right so)(?:[,]\\s*|\\s+|$)",
  ),
  wh: set("what how why where when who whom whose which what's how's where's who's why's when's"),
  subj: EN_SUBJ,
  embed: EN_SUBJ,
  isVerbFirst: (tokens, clause) => {
    const [t0, t1] = tokens;
    if (!t0 || !EN_AUX.has(t0)) return false;
    if (t0 === "don't" && t1 !== undefined && !EN_SUBJ.has(t1)) return false;
    // "Do the exercises twice a day." is an instruction; "Do the exercises hurt?" keeps its question mark.
    if (
      t0 === "do" &&
      (t1 === "the" || t1 === "this" || t1 === "that" || t1 === "your") &&
      !clause.endsWith("?")
    ) {
      return false;
    }
    return t1 === undefined || EN_SUBJ.has(t1);
  },
  exclamation: (tokens) => {
    const [t0, t1, t2] = tokens;
    if (t0 === "what" && (t1 === "a" || t1 === "an")) return true;
    return (
      t0 === "how" &&
      t1 !== undefined &&
      EN_EVAL_ADJ.has(t1) &&
      (t2 === undefined || t2 === "that" || t2 === "to" || t2 === "for")
    );
  },
  quantity: rx("^(?:how (?:many|much|often|long|old|far)|since when|what time)\\b"),
  degree: rx(
    "^how much (?:do you (?:want|care|think|feel)|does (?:it|that|this) (?:matter|bother|worry|affect)|confidence|effort|support|energy|of a)\\b",
  ),
  tellRequest: rx(
    "^(?:tell me|tell us|describe|talk me through|walk me through|say (?:a bit |a little )?more|explain to me|give me an example)\\b|^(?:can|could|would|will)\\s+you\\s+(?:\\S+\\s+){0,3}(?:tell|describe|explain|say (?:a bit |a little )?more|talk (?:me )?(?:through|about)|walk me|give me an example|elaborate|expand)\\b",
  ),
  indirect: rx(
    "^(?:i'm (?:\\S+ )?curious|i am (?:\\S+ )?curious|i wonder|i'm wondering|i was wondering|i'd (?:like|love) to (?:know|hear|understand)|i would (?:like|love) to (?:know|hear|understand)|(?:can|could|may) i ask (?:you )?(?:how|what|where|why|when|who|which|if|whether))\\b",
  ),
  indirectClosed: rx(
    "^(?:i'm (?:\\S+ )?curious|i am (?:\\S+ )?curious|i wonder|i'm wondering|i was wondering|i'd (?:like|love) to know|i would (?:like|love) to know|(?:can|could|may) i ask (?:you )?) (?:if|whether)\\b",
  ),
  openPhrase: rx("^(?:to what extent|in what way|in what ways|how come|what kind of|what sort of)\\b"),
  disguisedAdvice: rx(
    alt([
      "^why don't you\\b|^why not\\b|^how about\\b",
      "^what about (?:\\S+ing)\\b",
      "^what if you (?:just |tried|were to|started|cut|took|went|had|gave|switched|swapped)",
      "^wouldn't it be (?:better|good|nice|wise) (?:to|if)\\b",
      "^don't you think (?:you|it) (?:should|would be better|'d be better|might be better)\\b",
      "^shouldn't you\\b|^couldn't you just\\b",
    ]),
  ),
  tag: rx(
    "(?:,\\s*|\\s+)(?:right|isn't it|aren't you|don't you|didn't you|haven't you|is that right|is that correct|am i right|correct|yeah|no|ok|okay|huh|is it|isn't that right|does that make sense|you know|have i got that right|did i get that right|is that fair)\\s*\\?$",
  ),
  check: rx(
    "^(?:is that right|is that correct|right|correct|am i right|does that make sense|make sense|you know|ok|okay|yeah|is that fair|have i got that right|did i get that right|fair|does that sound right)$",
  ),
  politeImperative: () => false,
  other: rx(
    alt([
      "^(?:thanks|thank you|cheers|bye|goodbye|take care|welcome)\\b",
      "^see you\\b|^i'll see you\\b",
      "^(?:come (?:on )?in|have a seat|take a seat|sit down|take your time|go on|go ahead|carry on|keep going)\\b",
      "^(?:sorry|pardon|excuse me|no problem|no worries|don't worry|bear with me)\\b",
      "^let me (?:just )?(?:pull|check|get|grab|have a look|look|find|write|note|jot)\\b|^i'll just\\b|^just a (?:moment|sec|second)\\b|^one (?:moment|sec|second)\\b",
      "^(?:nice|good|great|lovely) to (?:see|meet|hear)\\b|^glad to hear\\b",
      "^you(?:'ve| have| did) (?:done )?(?:really |so |very |extremely )?(?:well|great|brilliantly|a (?:great|good|fantastic) job)\\b",
      "^(?:well done|good job|great job|nice work|nice one|good for you|brilliant|excellent|fantastic|wonderful|amazing|awesome|great|perfect|lovely|congratulations)\\b",
      "^that's (?:really |so |very |absolutely |totally |perfectly )?(?:great|brilliant|fantastic|wonderful|excellent|amazing|impressive|awesome|good|fine|ok|okay|a big step|a great step|an achievement|lovely|nice)\\b(?! for\\b)|^that is (?:great|brilliant|fine)\\b",
      "^that's (?:\\S+ )?(?:progress|an improvement)\\b",
      "^let's (?:have a look|look|talk|go through|start|turn|move|see|come back|focus|think|begin|spend|take a (?:look|moment))\\b",
      "^i'd like to (?:give|share|tell|talk|go through|explain|offer)\\b",
      "^i'm going to (?:\\S+ ){0,4}(?:hat|expert|information|advice|explain)\\b",
    ]),
  ),
  options: rx(
    alt([
      "\\bchoose (?:between|from)\\b|\\bpick (?:between|from)\\b",
      "\\b(?:you can|you could) (?:choose|pick|decide between)\\b",
      "\\bup to you (?:whether|which|if)\\b|^it's up to you$",
      "\\b(?:a couple of|a few|several|some|two|three|different|other|various|many|lots of|a number of|a range of) (?:options|choices|possibilities|ways|approaches|alternatives|routes)\\b",
      "\\b(?:one|another|the other|an) option (?:is|would be|could be)\\b|\\bthere's also the option\\b",
      "\\beither\\b.*\\bor\\b",
      "\\balternatively\\b",
      "\\bsome people\\b.*\\bothers\\b",
      "\\bwhich (?:would you prefer|do you prefer|appeals|sounds better)\\b|\\bwhat would you prefer\\b",
      "\\b(?:a few|some|several|a couple of) things (?:you|we) (?:could|can|might)\\b|\\bthings you could try\\b",
      "^(?:you|we) (?:could|can|might)\\b.*\\bor\\b",
      "^(?:there's|there are|there is|you've got|you have|we have|we've got)\\b[^,]*,[^,]*,.*\\bor\\b",
    ]),
  ),
  advice: rx(
    alt([
      `(?:^|, )${EN_LEAD}(?:you|u)\\s+(?:(?:really|just|definitely|probably|still|do|absolutely|certainly|seriously)\\s+)*(?:should|shouldn't|need to|must|mustn't|have to|ought to|'ve got to|have got to|gotta|had better|can't keep|could try|might want to|may want to|might try|might consider|could consider|could always)\\b`,
      "^(?:you'd|you had) (?:\\S+ )?(?:better|be better off|do well to|want to make sure)\\b|^you've got to\\b|^you'll (?:need|have) to\\b",
      "^(?:maybe|perhaps) (?:you|we) could\\b",
      `(?:^|\\s)(?:i'd|i would) (?!say (?:that )?(?:you|it|that)|like to (?:know|hear|ask|understand|check|give|share|talk|go|look|explore|move|come|tell|explain)|love to|be (?:interested|curious)|imagine|guess|think|be\\b|have\\b)`,
      "\\bi (?:would |'d )?(?:really |strongly )?(?:recommend|suggest|advise|encourage you)\\b",
      "\\bwhat i(?:'d| would) (?:recommend|suggest)\\b",
      "\\bmy (?:advice|recommendation|suggestion)\\b|\\bif i were you\\b|\\bi want you to\\b|\\bi'd like you to\\b",
      "\\blet's (?:agree|plan|arrange|book|schedule|set up|make|try|aim|get you|start you)\\b",
      "^here's (?:what we'll do|what we're going to do|the plan)\\b|^(?:the|my) plan is\\b|^what we'll do is\\b",
      "\\bi think (?:you|it|it'd|it would|it's|it is)\\s+(?:\\S+\\s+){0,3}(?:should|need|better|best|good|wise|sensible|important|helpful)\\b",
      "\\b(?:it's|it is|it'd be|it would be|it might be|it may be|it could be) (?:\\S+ )?(?:better|best|important|a good idea|wise|sensible|advisable|worth|helpful|good) (?:to (?!you\\b)|that|if)",
      "\\b(?:it|that) (?:might|may|could|would|can|will) (?:\\S+ )?help (?:to|if)\\b|\\bit (?:\\S+ )?helps (?:to|if)\\b",
      "\\bthe best (?:thing|way|option|time|moment|place)\\b|\\b(?:your|the) best bet\\b",
      "\\b(?:you're|you are|you'd be|you would be) (?:\\S+ )?better off\\b",
      "\\byou can (?:(?:just|safely|always|go ahead and)\\s+)?(?:start|go back|carry on|resume|stop taking|get back)\\b",
      "\\bmake sure\\b|\\bbe sure to\\b|\\bdon't forget\\b|\\bremember to\\b|^try (?:to|and)\\b|\\bworth (?:trying|a try|considering)\\b",
    ]),
  ),
  imperative: EN_IMPERATIVE,
  explicitReflection: rx(
    alt([
      "^(?:it|that) (?:sounds|seems|looks|feels)\\b|^sounds like\\b|^seems like\\b|^looks like you\\b|^feels like\\b",
      "^you(?:'re| are) (?:saying|telling me)\\b|^you (?:said|say|mentioned|told me)\\b|^you've (?:told me|said|mentioned)\\b",
      "^what (?:i'm hearing|i hear|you're saying|you are saying|you're telling)\\b|^i'm hearing\\b|^i hear (?:you|that|what)\\b|^i can hear\\b",
      "^if i (?:understand|understood|heard|hear)\\b|^if i've got (?:this|that|it|you) right\\b",
      "^let me (?:see if i|summari[sz]e|make sure i|check i|just check i)\\b",
      "^(?:so )?to sum (?:it )?up\\b|^in summary\\b|^to summari[sz]e\\b|^summing up\\b",
      "^on (?:the )?one hand\\b|^(?:a )?part of you\\b|^in other words\\b",
      "^so\\b",
      "^(?:that|it) must (?:be|have been|feel)\\b|^you must (?:be|feel|have been)\\b",
      "^i know (?:that )?(?:you|this|it's|it is)\\b|^i can (?:see|imagine|understand|tell)\\b|^i get (?:that|the sense)\\b(?=\\s\\S)|^i(?:'m| am) getting the sense\\b|^i sense\\b|^i understand (?:that|how|why)\\b",
      "^you (?:\\S+ ){1,2}so\\b",
    ]),
  ),
  strongInfo: rx(
    alt([
      "\\d+\\s*(?:over|/)\\s*\\d+",
      "\\b(?:\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|twenty)\\s*(?:%|percent|mmol|units|mg)\\b",
      "\\b(?:higher|increased|greater|raised) risk\\b",
      "\\b(?:\\d+(?:\\.\\d+)?|a|one|two|three|four|five|six|ten|half a) (?:kilos?|kg|pounds|lbs|stone|cm|litres?)\\b",
      "\\b(?:blood pressure|blood sugar|sugars?|cholesterol|hba1c|kidney function|liver function|lung function|heart rate|oxygen|weight|bmi|levels?|results?|readings?)\\b(?:\\s+\\S+){0,3}\\s+(?:is|was|are|were|came|looks?|looked|has|have|had)\\s+(?:\\S+\\s+)?(?:fine|normal|good|ok|okay|high|low|raised|elevated|too|on the|back|below|above|stable|the same|dropped|risen|gone|improved|worse|better|\\d)",
    ]),
  ),
  secondPersonSubject: (tokens) => {
    const t0 = tokens[0];
    return t0 === "you" || t0 === "you're" || t0 === "you've" || t0 === "you'd" || t0 === "you'll";
  },
  hardInfo: rx(
    alt([
      "\\b(?:raises?|increases?|lowers?|reduces?|decreases?|worsens?|improves?)\\b (?:\\S+ )?(?:risk|chance|blood|sugar|pressure|cholesterol|levels?)\\b",
      "\\b(?:the|your|a) risk of\\b|\\bchances? of\\b",
      "\\bresearch (?:shows|suggests|has shown)\\b|\\bstudies (?:show|suggest)\\b|\\bevidence (?:shows|suggests)\\b",
      "\\bworks by\\b|\\bcaused by\\b|\\bcomes? from\\b|\\bwhich means\\b|\\baddictive\\b",
      "\\bguidelines?\\b|\\bguidance\\b|\\brecommended (?:limit|amount|dose)\\b|\\bthe (?:limit|advice) is\\b",
      "\\b(?:it's|it is|that's|that is) (?:completely |perfectly |quite |very |really )?(?:normal|common|usual|typical)\\b",
      "\\bmost people\\b|\\ba lot of people\\b|\\blots of people\\b|\\bmany people\\b|\\bon average\\b",
      "\\bside effects?\\b|\\bleaflet\\b|\\binformation sheet\\b",
      "\\bafter (?:a few|a couple of|\\d+|two|three|four|six) (?:days|weeks|months)\\b|\\btakes? (?:\\S+ ){0,4}(?:days|weeks|months) to\\b",
      "\\bover time\\b|\\bcan lead to\\b|\\bleads to\\b|\\bdamage\\b|\\bcontains\\b",
      "\\bthere's (?:\\S+ ){0,4}(?:sugar|salt|fat|calories|alcohol|caffeine) in\\b",
      "\\bputs? (?:more |extra )?(?:strain|pressure)\\b|\\bmakes? your (?:sleep|blood|heart|sugar)\\b",
      "\\bcan (?:push|make|cause|affect|raise|lower)\\b|\\bresults (?:are|were) back\\b|\\bnothing to worry about\\b",
      "\\b(?:is|are) (?:\\S+ )?(?:bad|good|harmful|unhealthy) for (?:your|you|the)\\b",
      "\\bonly (?:\\S+ )?works? (?:if|when)\\b|\\bworks? (?:best|better) (?:if|when)\\b",
      "\\b(?:narrows?|damages?|clogs?|weakens?|blocks?|thickens?|stiffens?)\\b",
      "\\b(?:that's|which is|that is) (?:why|what (?:gives|causes|makes))\\b",
      "\\b(?:about |around |roughly )?(?:half|a third|a quarter|one in \\S+|\\d+ in \\d+) of (?:people|patients|smokers)\\b",
      "\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine) (?:out of|in) (?:\\d+|ten|twenty|a hundred|five|three|four)\\b",
      "\\bwithin (?:a few|\\d+|a|one|two|three|four|six) (?:days|weeks|months)\\b|\\b(?:needs?|takes?) (?:\\S+ )?time to\\b",
    ]),
  ),
  empathic: rx(
    "^(?:that's|that is|it's|it is|this is|that was|it was|that's been|it's been|this has been) (?:\\S+ ){0,3}(?:hard|tough|difficult|tricky|awkward|a lot|frustrating|scary|lonely|heavy|painful|sad|rough|no small|exhausting|overwhelming|stressful|upsetting|confusing|worrying|unsettling|draining|tiring|a struggle|much|weighing|horrible|awful|unfair|rubbish|a pain)\\b",
  ),
  secondPersonStart: rx("^(?:you|your|yours|yourself|you're|you've|you'd|you'll)\\b"),
  softInfo: rx(
    `^(?:with|during|in|after|for)?\\s*(?:the |a |an |extra |too much |regular |being )?(?:(?!your\\b)\\S+ )?${alt(
      [
        "smoking",
        "nicotine",
        "alcohol",
        "sugar",
        "sugars",
        "insulin",
        "metformin",
        "statins",
        "medication",
        "medicine",
        "tablets",
        "pills",
        "patches",
        "gum",
        "vaping",
        "weight",
        "obesity",
        "copd",
        "diabetes",
        "asthma",
        "flare-ups?",
        "lungs",
        "heart",
        "blood vessels",
        "arteries",
        "blood pressure",
        "cholesterol",
        "exercise",
        "physical activity",
        "stress",
        "antidepressants",
        "antibiotics",
        "beta blockers?",
        "blood thinners",
        "painkillers",
        "ibuprofen",
        "paracetamol",
        "infection",
        "flu",
        "vaccine",
        "tendons?",
        "bones",
        "muscles",
        "joints",
        "kidneys",
        "salt",
        "fibre",
        "caffeine",
        "fruit juice",
        "fizzy drinks",
        "pain",
        "symptoms",
      ],
    )}\\b`,
  ),
  measureStart: rx(
    "^your (?:blood pressure|blood sugars?|sugars?|cholesterol|hba1c|kidney function|liver function|lung function|heart rate|oxygen|weight|bmi|levels|results?|readings?|ecg|bloods)\\b",
  ),
  secondPersonAnywhere: rx("\\b(?:you|your|yours|yourself|you're|you've|you'd|you'll)\\b"),
  firstPerson: rx("^(?:i|i'm|i'll|i've|i'd|we|we'll|we're|let me|let's|my)\\b"),
  midWh: rx(
    "\\s(?=(?:what|how|why|where|when|who|which)\\s(?:do|does|did|are|is|was|were|would|could|can|will|should|have|has|might)\\s(?:you|we|i|they|it|he|she)\\b)",
  ),
  activating: rx(
    alt([
      "\\bchange\\b|\\bchanges\\b|\\bchanging\\b|\\bdifferent(?:ly)?\\b",
      "\\bquit(?:ting)?\\b|\\bstop(?:ping)? (?:smoking|drinking|eating|vaping)\\b|\\bstopping you\\b",
      "\\bcut(?:ting)? (?:down|back)\\b|\\b(?:drink|drinking|smoke|smoking|eat|eating) less\\b|\\blos(?:e|ing) weight\\b",
      "\\btake up\\b|\\bget(?:ting)? back (?:to|on|into)\\b",
      "\\b(?:to|you|i) start\\b|\\bstart (?:with|next|tomorrow|on)\\b|\\bget(?:ting)? started\\b",
      "\\b(?:are you|you're|you are) going to\\b|\\bwork on\\b|\\bdo something about\\b|'d want\\b|\\byou do want\\b",
      "\\bif you (?:\\S+ed|quit|cut|did|gave|went|took|stopped|managed)\\b",
      "\\b(?:first|next|small|little) step\\b|\\bone thing you could\\b",
      "\\bgoals?\\b|\\bplans?\\b|\\bplanning\\b|\\bachiev\\w*",
      "\\bhop(?:e|ing) to\\b|\\bhoping\\b|\\bwould (?:you )?like\\b|'d like\\b|\\bwould you want\\b|\\byou want (?:to )?(?:things|it)\\b",
      "\\bwant to (?:change|quit|stop|do|be|get|start|lose|cut|try|achieve|feel|make)\\b|\\bwish\\b|\\bfuture\\b",
      "\\b(?:a|one|two|five) years? from now\\b|\\bin (?:a year|two|three|six|a few|five|ten)(?: (?:months?|years?))?(?:'s)? time\\b|\\bin (?:two|three|six|a few) (?:months|years)\\b",
      "\\bscale\\b|\\b(?:0|1|zero|one) to (?:10|ten)\\b|\\bfrom (?:0|1|zero|one) to\\b",
      "\\b(?:a|an|not a|not an) (?:zero|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]|10)\\b(?! of\\b|-)",
      "\\bhow (?:important|confident|motivated|ready|willing)\\b|\\bconfiden\\w*|\\bmotivat\\w*|\\bready\\b|\\bwilling\\b",
      "\\bkeep (?:it|that) (?:up|going)\\b|\\bstick (?:with|to) it\\b|\\bmanag\\w*|\\bto be able to\\b",
      "\\bsupport you\\b|\\bback you up\\b|\\bhelp you\\b|\\b(?:could|would|might) (?:it |that )?help\\b|\\bwho could\\b",
      "\\bneed to (?:keep|make|get)\\b|\\b(?:good things|benefits?|pros|upsides?|downsides?) (?:about|of|to) (?:stopping|quitting|changing|cutting|losing|being|getting|exercising|making|giving)\\b",
      "\\b(?:might|could|would|will) (?:\\S+ )?get in the way\\b|\\battempts?\\b|\\btried (?:before|to)\\b|\\b(?:alcohol|drink|smoke)-free\\b",
      "\\bwhat would you gain\\b|\\byou'd gain\\b|\\bwhat would it take\\b|\\bget in the way of (?:changing|doing)\\b",
      "\\bsuppose\\b|(?<!can |could |i )\\bimagine\\b|\\bwhat if\\b|\\bif (?:this|it) worked\\b|\\bif things (?:were|went) (?:going )?well\\b",
      "\\bgive it a go\\b|\\bup for\\b|\\btry(?:ing)? it\\b|\\btackle\\b|\\bgo about\\b|\\bhandle it\\b|\\bcravings?\\b",
      "\\blike the idea\\b|\\bworked for you\\b|\\b(?:can|could) you do\\b|\\bdo yourself\\b",
      "\\b(?:might|could|would|will|going to) (?:\\S+ )?try\\b|\\b(?:doable|achievable|realistic|manageable)\\b|\\bwhat would (?:\\S+ ){0,4}look like\\b|\\bhow would (?:\\S+ ){0,4}look\\b",
    ]),
  ),
  futureTime: rx("\\bnext week\\b|\\btomorrow\\b"),
  expertShift: rx(
    alt([
      "\\b(?:would|will) it be (?:ok|okay|alright|all right) (?:with you )?if i\\b",
      "\\bis it (?:ok|okay|alright|all right) (?:with you )?if i\\b",
      "\\b(?:can|may|could) i (?:\\S+ ){0,2}(?:tell|share|give|offer|suggest|explain|make a suggestion)\\b",
      "\\bshall i (?:\\S+ ){0,2}(?:explain|tell|go through)\\b|\\bdo you mind if i\\b",
      "^(?:shall|should) (?:i|we) (?:\\S+ ){0,3}(?:book|refer|prescribe|arrange|order|schedule|measure|check)\\b",
      "\\bwould you like (?:me to|some) (?:\\S+ )?(?:information|advice|tips|ideas|explain|suggest)\\b",
      "\\bwould you (?:be interested in|like to|want to) (?:hear|hearing|know|knowing|learn)\\b",
      "\\bshare (?:some|a few) (?:ideas|information|thoughts)\\b|\\bgive you (?:some )?(?:information|advice)\\b",
      "\\bexpert\\b|\\bwhat can i do for you\\b|\\bhow can i help\\b|\\bwhat can i help you with\\b",
    ]),
  ),
  clinical: rx(
    alt([
      "\\bpain\\w*|\\bache\\w*|\\bsymptoms?\\b",
      "\\bmedication\\b|\\bmedicines?\\b|\\bmeds\\b|\\btablets?\\b|\\bpills?\\b|\\bmetformin\\b|\\binsulin\\b",
      "\\binhaler\\b|\\bpuffs\\b|\\bblood pressure\\b|\\bblood sugar\\b|\\bsugars\\b|\\bglucose\\b|\\bcholesterol\\b|\\bhba1c\\b",
      "\\bunits\\b|\\bside effects?\\b|\\bdose\\b|\\bdosage\\b|\\bfever\\b|\\bshort of breath\\b|\\bbreathless\\w*",
      "\\bdizzy\\b|\\bcough\\w*|\\bchest\\b|\\bpalpitations\\b|\\bpee\\b|\\burine\\b|\\bbowels?\\b|\\bweight\\b|\\bkilos?\\b|\\bbmi\\b",
      "\\bflu jab\\b|\\bvaccin\\w*|\\bfeet\\b|\\beye clinic\\b|\\bblood thinners\\b|\\bantibiotics\\b|\\bresults\\b|\\bblood test\\b",
      "\\bdiabetes\\b|\\bcopd\\b|\\basthma\\b|\\bheart attack\\b|\\bstroke\\b|\\bstomach\\b|\\bknee\\b|\\bhip\\b|\\bpregnan\\w*",
      "\\bstatins?\\b|\\bbloods\\b|\\bthe pill\\b|\\bpharmacy\\b|\\ballerg\\w*|\\bcigarettes\\b",
    ]),
  ),
  experience: rx(
    alt([
      "\\bfeel\\w*|\\bfind (?:that|it|this)\\b|\\benjoy\\w*|\\blike about\\b|\\blove\\b|\\bmiss\\b",
      "\\bimportant to you\\b|\\bmatters? to you\\b|\\bmeans? to you\\b|\\bmean to you\\b",
      "\\bhappy\\b|\\bunhappy\\b|\\bunsure\\b|\\binsecure\\b|\\bnervous\\b|\\banxious\\b|\\bguilty\\b|\\bashamed\\b|\\bworr\\w*|\\bscared\\b|\\bafraid\\b|\\bsad\\b|\\bangry\\b|\\bupset\\b|\\blonely\\b",
      "\\bhard on you\\b|\\bdifficult\\b|\\btough\\b|\\bhard\\b|\\bsupported\\b|\\bon your own\\b|\\bsomeone to talk to\\b",
      "\\bget in the way\\b|\\bdaily life\\b|\\bgood time\\b|\\bis that right\\b|\\blike for you\\b|\\bfor you\\b|\\bto you\\b",
      "\\benergy\\b|\\bproud\\b|\\bfrustrat\\w*|\\bcop(?:e|ing)\\b",
      "\\btalk(?:ed)? (?:to|with) (?:anyone|someone|somebody|anybody)\\b|\\bhow (?:things|it|that) (?:are|is|was|went|feels?)\\b",
      "\\bhow(?:'s| is| has| have| are| was) (?:\\S+ ){0,3}(?:been|going|doing)\\b",
    ]),
  ),
};

const RULES: Record<Lang, Rules> = { nl, en };

// ---------------------------------------------------------------------------------------------------------
// Pipeline

const KEEP_PHRASE = /^(?:well done|just a (?:moment|sec|second)|ja hoor)\b/;
const GENERIC_YOU = /\b(?:als|wanneer|zodra|if|when|once|whenever) (?:je|u|ge|you)\b.*$/;

/** Lowercase, fold diacritics and quotes, drop transcript annotations, keep sentence punctuation. */
function normalize(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d"«»]/g, " ")
    .replace(/\[[^\]]*\]|\((?:lacht|laughs|pauze|pause|stilte|silence|zucht|sighs)[^)]*\)/g, " ")
    .replace(/\u2026|\.{2,}/g, ". ")
    .replace(/[–—]/g, ", ")
    .replace(/\s+/g, " ")
    .trim();
}

function tokenize(clause: string): string[] {
  const out: string[] = [];
  for (const raw of clause.split(/[^a-z0-9'-]+/)) {
    const t = raw.replace(/^[-']+(?!s\b|t\b)|[-']+$/g, "");
    if (t) out.push(t);
  }
  return out;
}

interface Clause {
  text: string;
  terminal: string;
  tagged: boolean;
}

function splitSentences(text: string): { body: string; terminal: string }[] {
  const out: { body: string; terminal: string }[] = [];
  const re = /[^.!?;:]+(?:[.!?;:]+|$)/g;
  for (const m of text.matchAll(re)) {
    const chunk = m[0].trim();
    if (!chunk) continue;
    const punct = /[.!?;:]+$/.exec(chunk);
    const terminal = punct ? (punct[0].includes("?") ? "?" : (punct[0].at(-1) ?? "")) : "";
    const body = (punct ? chunk.slice(0, punct.index) : chunk).trim();
    if (body) out.push({ body, terminal });
  }
  return out;
}

function stripFillers(clause: string, r: Rules): string {
  let s = clause.trim();
  for (let i = 0; i < 8; i++) {
    const phrase = r.fillerPhrases.exec(s);
    if (phrase) {
      s = s.slice(phrase[0].length).trim();
      continue;
    }
    const m = /^([a-z0-9'-]+)(,?)\s*/.exec(s);
    if (!m) break;
    const word = m[1] ?? "";
    const comma = m[2] === ",";
    const rest = s.slice(m[0].length);
    // "well done" and "just a moment" are the message, not a run-up to it.
    if (!comma && KEEP_PHRASE.test(s)) break;
    if (r.strongFillers.has(word) || (r.weakFillers.has(word) && (comma || rest === ""))) {
      s = rest.trim();
      continue;
    }
    break;
  }
  return s.replace(/^[,\s]+/, "");
}

/** Strips "dus"/"so" when a question follows, so the question itself is analysed. */
function stripSoBeforeQuestion(s: string, r: Rules): string {
  const m = /^(dus|so)\b,?\s*/.exec(s);
  if (!m) return s;
  const rest = stripFillers(s.slice(m[0].length), r);
  return questionStartsAt(rest, r) || r.indirect.test(rest) ? rest : s;
}

function questionStartsAt(text: string, r: Rules): boolean {
  const s = stripFillers(text, r);
  const tokens = tokenize(s);
  const t0 = tokens[0];
  if (!t0) return false;
  if (r.tellRequest.test(s) || r.openPhrase.test(s)) return true;
  if (r.wh.has(t0) && !r.exclamation(tokens)) {
    const t1 = tokens[1];
    return t0.includes("'") || !(t1 && r.embed.has(t1));
  }
  return r.isVerbFirst(tokens, s);
}

/** Splits a sentence into clauses where a direct question starts after a comma or, unpunctuated, mid-way. */
function splitClauses(body: string, terminal: string, r: Rules): Clause[] {
  let text = body;
  let tagged = false;
  if (terminal === "?") {
    const tag = r.tag.exec(`${text}?`);
    if (tag && tag.index > 0) {
      tagged = true;
      text = text.slice(0, tag.index).trim();
    }
  }
  const pieces: string[] = [];
  if (terminal === "?" || terminal === "") {
    const parts = text.split(/,\s*/);
    let current = parts[0] ?? "";
    for (const part of parts.slice(1)) {
      if (current.trim() && tokenize(part).length >= 2 && questionStartsAt(part, r)) {
        pieces.push(current);
        current = part;
      } else {
        current = `${current}, ${part}`;
      }
    }
    pieces.push(current);
  } else {
    pieces.push(text);
  }
  const out: Clause[] = [];
  pieces.forEach((piece, i) => {
    const last = i === pieces.length - 1;
    let rest = piece.trim();
    // Unpunctuated speech: "je bent moe wat zou je willen" holds a direct question mid-way.
    if (last && !piece.includes(",") && (terminal === "" || terminal === "?")) {
      const m = r.midWh.exec(rest);
      if (m && m.index > 0 && tokenize(rest.slice(0, m.index)).length >= 2) {
        out.push({ text: rest.slice(0, m.index).trim(), terminal: ",", tagged: false });
        rest = rest.slice(m.index).trim();
      }
    }
    out.push({ text: rest, terminal: last ? terminal : ",", tagged: last && tagged });
  });
  return out;
}

function quote(m: RegExpExecArray | null): string {
  const t = (m?.[0] ?? "").trim().replace(/\s+/g, " ");
  return t.length > 32 ? `${t.slice(0, 30)}…` : t;
}

function result(act: Act, cues: string[], explicit = false, check = false): ClauseResult {
  return { act, cues, explicit, check };
}

/** Declarative clauses: what the professional states rather than asks. */
function declarative(s: string, tokens: string[], r: Rules, lang: Lang): ClauseResult {
  const t0 = tokens[0] ?? "";
  let m = r.other.exec(s);
  if (m) return result("other", [`social or procedural '${quote(m)}'`]);
  m = r.options.exec(s);
  if (m) return result("options", [`options '${quote(m)}'`]);
  m = r.advice.exec(s);
  if (m) return result("advice", [`advice '${quote(m)}'`]);
  const t1 = tokens[1];
  if (r.imperative.has(t0) && !(t1 && r.subj.has(t1) && lang === "nl")) {
    return result("advice", [`imperative '${t0}'`]);
  }
  if (lang === "nl" && (t1 === "u" || t1 === "ge") && r.imperative.has(t0.replace(/t$/, ""))) {
    return result("advice", [`polite imperative '${t0} ${t1}'`]);
  }
  m = r.strongInfo.exec(s);
  if (m) return result("information", [`information '${quote(m)}'`]);
  m = r.explicitReflection.exec(s);
  if (m) return result("reflection", [`reflection opener '${quote(m)}'`], true);
  m = r.measureStart.exec(s);
  if (m) return result("information", [`information about '${quote(m)}'`]);
  if (r.secondPersonSubject(tokens)) return result("reflection", [`second-person statement '${t0}'`]);
  m = r.hardInfo.exec(s);
  if (m) return result("information", [`information '${quote(m)}'`]);
  m = r.empathic.exec(s);
  if (m) return result("reflection", [`empathic evaluation '${quote(m)}'`]);
  if (r.secondPersonStart.test(s)) return result("reflection", [`second-person statement '${t0}'`]);
  m = r.softInfo.exec(s);
  // "Smoking gives you some peace" mirrors the person; "smoking narrows the arteries" informs, and so does a
  // generic "you" in a condition ("muscles get stronger when you load them").
  if (m && !r.secondPersonAnywhere.test(s.replace(GENERIC_YOU, ""))) {
    return result("information", [`information about '${quote(m)}'`]);
  }
  if (r.firstPerson.test(s)) return result("other", [`own statement '${t0}'`]);
  if (r.secondPersonAnywhere.test(s)) return result("reflection", ["statement about the person"]);
  if (tokens.length >= 4) return result("reflection", ["statement about the situation"]);
  return result("other", ["short statement"]);
}

function analyseClause(clause: Clause, r: Rules, lang: Lang): ClauseResult {
  let s = stripFillers(clause.text, r);
  if (!s) return result("other", ["backchannel or filler"]);
  s = stripSoBeforeQuestion(s, r);
  const tokens = tokenize(s);
  const t0 = tokens[0] ?? "";
  const isQ = clause.terminal === "?";

  if (isQ && !clause.tagged && r.check.test(s)) return result("closed", [`check '${s}'`], false, true);

  let m = r.disguisedAdvice.exec(s);
  if (m) return result("advice", [`advice as a question '${quote(m)}'`]);

  if (r.tellRequest.test(s)) return result("open", ["tell-me request"]);
  if (r.indirect.test(s)) {
    return r.indirectClosed.test(s)
      ? result("closed", ["indirect yes/no question"])
      : result("open", ["indirect open question"]);
  }
  m = r.openPhrase.exec(s);
  if (m && !r.exclamation(tokens)) return result("open", [`open question '${quote(m)}'`]);

  if (r.wh.has(t0) && !r.exclamation(tokens)) {
    const t1 = tokens[1];
    // "wat je zegt" / "what you could do" is a clause, not a question; "what's" already carries its verb.
    const embedded = !t0.includes("'") && t1 !== undefined && r.embed.has(t1) && !isQ;
    if (!embedded) {
      if (r.quantity.test(s) && !r.degree.test(s)) {
        return result("closed", [`quantity question '${quote(r.quantity.exec(s))}'`]);
      }
      return result("open", [`open question word '${t0}'`]);
    }
  }

  if (r.isVerbFirst(tokens, s) && !r.politeImperative(tokens, clause.terminal)) {
    return result("closed", [`finite verb first '${t0}'`]);
  }

  const decl = declarative(s, tokens, r, lang);
  if (isQ || clause.tagged) {
    if (decl.act === "reflection" && decl.explicit) return decl;
    if (decl.act === "advice" || decl.act === "information" || decl.act === "options") return decl;
    return result("closed", [clause.tagged ? "tag question" : "question mark on a statement"]);
  }
  return decl;
}

const INPUT_ORDER: InputType[] = ["options", "advice", "information"];
/** Which activating cues to name as scaling in the feedback. */
const SCALING =
  /schaal|scale|cijfer|number|\d|tot (?:10|tien)|to (?:10|ten)|een (?:twee|drie|vier|vijf|zes|zeven|acht|negen)|a (?:one|two|three|four|five|six|seven|eight|nine)/;

function stanceFor(
  behaviour: Behaviour,
  question: QuestionType | null,
  text: string,
  r: Rules,
  cues: string[],
): Stance {
  if (behaviour === "input") {
    cues.push("input → expert");
    return "expert";
  }
  if (behaviour !== "reflection") {
    const shift = r.expertShift.exec(text);
    if (shift) {
      cues.push(`expert role '${quote(shift)}'`);
      return "expert";
    }
  }
  const act = r.activating.exec(text);
  if (act) {
    cues.push(SCALING.test(act[0]) ? "scaling 0-10" : `change/activation '${quote(act)}'`);
    return "activerend";
  }
  if (behaviour !== "other") {
    const time = r.futureTime.exec(text);
    if (time) {
      cues.push(`change/activation '${quote(time)}'`);
      return "activerend";
    }
  }
  if (behaviour === "reflection" || behaviour === "other") return "volgend";
  const clinical = r.clinical.exec(text);
  const experience = r.experience.exec(text);
  if (question === "open") {
    if (experience) {
      cues.push(`experience '${quote(experience)}'`);
      return "volgend";
    }
    if (clinical) {
      cues.push(`clinical checklist '${quote(clinical)}'`);
      return "expert";
    }
    return "volgend";
  }
  if (clinical) {
    cues.push(`clinical checklist '${quote(clinical)}'`);
    return "expert";
  }
  if (experience) {
    cues.push(`experience '${quote(experience)}'`);
    return "volgend";
  }
  cues.push("closed factual question → expert");
  return "expert";
}

export function classify(utterance: string, lang: Locale): Classification {
  const r = RULES[lang];
  const text = normalize(utterance);
  const clauses: Clause[] = [];
  for (const { body, terminal } of splitSentences(text)) clauses.push(...splitClauses(body, terminal, r));
  const results = clauses.map((c) => analyseClause(c, r, lang));

  // A check question leans on the clause before it: it turns a bare statement into a closed question.
  const acts: ClauseResult[] = [];
  for (const res of results) {
    const prev = acts.at(-1);
    if (res.check && prev && prev.act !== "other") {
      if (prev.act === "reflection" && !prev.explicit) {
        acts[acts.length - 1] = result("closed", [...prev.cues, "followed by a check question"]);
      }
      continue;
    }
    acts.push(res);
  }
  const substantive = acts.filter((a) => a.act !== "other");
  const cues: string[] = [];
  let behaviour: Behaviour = "other";
  let question: QuestionType | null = null;
  let input: InputType | null = null;

  const inputs = substantive.filter(
    (a) => a.act === "advice" || a.act === "information" || a.act === "options",
  );
  if (inputs.length > 0) {
    behaviour = "input";
    input = INPUT_ORDER.find((t) => inputs.some((a) => a.act === t)) ?? "information";
    for (const a of inputs) cues.push(...a.cues);
    if (substantive.length > inputs.length) cues.push("multi-sentence: input anywhere wins");
  } else if (substantive.length > 0) {
    const last = substantive.at(-1);
    if (last?.act === "reflection") {
      behaviour = "reflection";
      cues.push(...last.cues);
    } else {
      behaviour = "question";
      const questions = substantive.filter((a) => a.act === "open" || a.act === "closed");
      question = questions.some((a) => a.act === "open") ? "open" : "closed";
      for (const a of questions) cues.push(...a.cues);
    }
    if (substantive.length > 1) cues.push("multi-sentence: last act decides");
  } else {
    for (const a of acts) cues.push(...a.cues);
    if (cues.length === 0) cues.push("empty utterance");
  }
  const stance = stanceFor(behaviour, question, text, r, cues);
  return { behaviour, question, input, stance, cues: [...new Set(cues)] };
}

// How an acute medical sign is framed in its sentence: denied, wished away, feared, clearly happening now,
// or just mentioned. Chronic patients describe their goals with the very words of an emergency ("zonder
// benauwd te worden"); only a sign that is present and severe stops coaching at once.

export type SignFrame = "denied" | "now" | "goal" | "wish" | "feared" | "habit" | "not_now";

/** Now, suddenly, worse: a familiar complaint has turned into an emergency. */
export const INTENSE =
  /\b(?:nu(?! [a-z0-9]+ (?:jaar|maanden|weken) geleden)|nu net|net|zojuist|plotseling|plots|ineens|opeens|sinds vanochtend|sinds vannacht|sinds vanmiddag|sinds vanavond|sinds een (?:uur|uurtje|half uur|halfuur|halfuurtje|kwartier|kwartiertje)|sinds [0-9]+ (?:uur|minuten)|al een uur|steeds erger|erger dan ooit|veel erger|heel erg|ernstig|vanochtend|vannacht|vandaag|op dit moment|momenteel|right now|now|suddenly|all of a sudden|since this morning|since last night|for an hour|for the last hour|getting worse|much worse|worse than ever|severe|an hour ago|minutes ago|this morning|tonight|today|at the moment)\b/;

/** A present emergency in the words themselves: nobody says these of a goal or of last year. */
const SEVERE_NOW = new RegExp(
  String.raw`\b(?:(?:krijg|krijgt|krijgen) (?:bijna |haast |echt )?geen (?:lucht|adem)|(?:kan|kunt|kan ik|kan hij|kan ze) (?:bijna |haast )?(?:niet|nie|ni) (?:meer )?(?:praten|ademen|slikken|spreken)|kan geen (?:zin|woord|woorden) (?:meer )?(?:zeggen|uitbrengen|afmaken)|(?:reageert|reageer) (?:niet|nie|nergens)|(?:niet|nie) (?:meer )?aanspreekbaar|komt (?:niet|nie) (?:meer )?bij|(?:niet|nie) (?:meer )?bij te krijgen|bewusteloos|buiten bewustzijn|(?:wordt|word) (?:niet|nie) (?:meer )?wakker|ademt (?:niet|nie)|(?:stopt|stop) (?:maar )?(?:niet|nie)|blijft (?:maar )?bloeden|blauwe lippen|lippen (?:worden|zijn|kleuren) blauw|(?:loopt|kleurt) blauw|keel (?:zwelt|zit dicht|wordt dik|knijpt dicht|gaat dicht|zwelt op)|opgezwollen keel|dikke keel|tong (?:zwelt|wordt dik)|can not (?:breathe|speak|talk|swallow)|not breathing|stopped breathing|(?:is|are) unconscious|unresponsive|not responding|will not wake|(?:will not|does not|did not) stop bleeding|keeps bleeding|lips (?:are |turning |going )?blue|turning blue|throat (?:is )?(?:swelling|closing|tight)|tongue (?:is )?swelling|passed out|ik stik|i am choking|choking|(?:kan|kun|kon) (?:amper|nauwelijks|bijna niet|haast niet) (?:nog )?(?:ademen|lucht krijgen|ademhalen)|can (?:barely|hardly) breathe|barely breathing|krijg (?:hem|haar) (?:niet|nie) wakker|can not wake (?:him|her)|reageert (?:bijna |haast )?(?:niet|nie|nauwelijks|amper)|(?:denk|vrees) dat ik (?:nu )?een (?:hartaanval|hartinfarct|beroerte|herseninfarct) (?:heb|krijg)|think i am having|(?:vlekjes|vlekken|puntjes) ${"(?:[a-z]+ ){0,3}"}(?:niet|nie) (?:weg ?drukken|wegdrukbaar|verdwijnen)|(?:spots|rash) ${"(?:[a-z]+ ){0,3}"}(?:not|does not|do not) fade|(?:am|is|are) (?:[a-z]+ )?(?:having|bleeding|hurting|drooping|slurring|choking|swelling|collapsing|fitting|seizing|turning))\b`,
);

/** How bad it is, said of the sign itself ("een beklemmend gevoel", "crushing", "heel erg"). */
const QUALIFIER =
  /\b(?:heel|erg|zo|zon|hevig|hevige|vreselijk|vreselijke|verschrikkelijk|enorm|enorme|ontzettend|zwaar|zware|knellend|knellende|beklemmend|beklemmende|drukkend|drukkende|olifant|ondraaglijk|really|very|badly|bad|heavily|terrible|awful|unbearable|crushing|heavy|so (?:bad|much|tight|breathless|heavy)|gaat (?:niet|nie) weg|will not go away)\b/;
/** A second sign beside the first: sweating, radiation, nausea, blue lips, another BE-FAST sign. */
const COMPANION =
  /\b(?:misselijk|ademen|ademhalen|adem|lucht|breathe|breathing|zweet|zweten|zweterig|klam|grauw|lijkbleek|uitstraalt|uitstralend|uitstralende|straalt|trekt|kaak|arm|armen|linkerarm|rechterarm|been|benen|duizelig|blauw|blauwe|braak|overgeven|kortademig|benauwd|verward|wartaal|slap|woorden|spraak|praat|praten|gezicht|mond|sick|sweat|sweats|sweating|sweaty|clammy|pale|grey|gray|jaw|dizzy|blue|vomiting|throwing up|breathless|confused|not making sense|floppy|speech|words|face|leg|legs)\b/;

const NEGATOR =
  /^(?:geen|gene|genen|zonder|niet|nie|ni|nooit|minder|voorkomen|vermijden|no|not|without|never|less|nor|prevent|avoid)$/;
/** Small words between a negator and the sign it denies ("zonder dat ik ... ben", "without getting"). */
const BRIDGE = new Set(
  (
    "ik je jij u hij ze zij we wij ge gij k da dat te meer langer zo erg echt heel nog weer ooit last van hebben heb had heeft hebt krijgen " +
    "moet moeten kan kun kunt zal zou ga gaan blijf steeds telkens een nieuwe nieuw raken komen " +
    "krijg krijgt word wordt worden ben bent is zijn was waren raak raken een de het er op mijn me mij " +
    "i me my you he she it we they to be being been get getting got feel feeling felt having have has had any more " +
    "a the so too that any ever again anymore much as longer of another new keep keeps running out waking up worrying worry about"
  ).split(" "),
);
const COORDINATOR = new Set(["en", "of", "and", "or"]);
const WIDE_NEGATOR = new Set(["zonder", "geen", "gene", "genen", "without", "no"]);
/** After the sign: "... heb ik niet meer", "... not anymore", "... is weg". */
const DENIED_AFTER =
  /^(?:(?:heb|had|ben|was|is|krijg) (?:ik |het |hij |ze )?(?:al )?(?:(?:niet|nie|geen) ?(?:meer|gehad)?|nooit (?:meer )?gehad)|(?:heb|had|krijg) (?:ik )?nooit|(?:niet|nie) meer|nooit meer|no more|not any more|anymore|any more|no longer|(?:is|zijn|was|are) (?:nu |helemaal |all )?(?:weg|over|verdwenen|gone|over now))\b/;
/** A goal or wish: the person wants to be able to do something, or wants something to change. */
const WISH =
  /\b(?:wil|wilt|willen|wou|zou (?:graag|willen)|graag|hoop|hoopt|wens|wenst|mijn doel|doel is|zodat|weer kunnen|om weer|want to|wants to|would like|wish|hope to|hoping to|hope|goal|so that|so i can|so i could|able to|in order to|(?:to )?know when|weten wanneer|herkennen wanneer|leren wanneer)\b/;
/** Named as something to work on, after the sign: "..., daar wil ik aan werken". */
const GOAL_AFTER =
  /\b(?:(?:daar|dat|hier) wil ik (?:graag )?(?:aan werken|iets aan doen|vanaf|mee leren omgaan|beter in worden)|wil ik (?:graag )?(?:verbeteren|veranderen|aanpakken)|(?:i want|i d like|i would like|id like) to (?:work on|improve|change|fix|get better at) (?:that|this|it))\b/;

/** A fear, a question about one day, a hypothetical. */
const FEARED =
  /\b(?:als ik ooit|stel dat|wat als|wat moet ik doen als|wat doe ik als|voor het geval|bang (?:dat|om|voor)|vrees dat|ongerust (?:dat|over)|zorgen (?:dat|over|om)|what if|in case|afraid (?:of|that|i)|scared (?:of|that|i)|worried (?:about|that|i)|what should i do if|what do i do if|if i ever|should i ever|one day)\b/;

const MARKS = [" . ", " , ", " maar ", " but ", " en toen ", " and then ", " omdat ", " because "];

/** The way back to how it was, or a sign that may come: "weer", "again", "als ik ... krijg". */
const RETURN_OR_IF =
  /\b(?:weer|opnieuw|terug|nog een|nog eens|een nieuwe|als|wanneer|mocht|again|back|another|if|when|whenever|in case|anymore|any more)\b/;
/** Bound to effort: "bij het traplopen", "als ik de trap op loop", "when I climb the stairs". */
const EFFORT =
  "bij (?:inspanning|het traplopen|het fietsen|het wandelen)|als ik (?:[a-z]+ ){0,4}(?:traploop|de trap op|fiets|loop|wandel|sport|speel|til|haast)|on the stairs|when i (?:[a-z]+ ){0,2}(?:climb|walk|run|exercise|hurry|play|lift)";
/** A condition the person names that explains breathlessness or chest symptoms. */
const CONDITION =
  "copd|astma|hartfalen|hooikoorts|because of my|heart failure|asthma|emphysema|hay fever|hayfever";
/** Habitual, effort-bound or part of a known condition: for the GP in the normal way, not an emergency. */
const HABIT = new RegExp(
  `\\b(?:vaak|soms|regelmatig|altijd|meestal|geregeld|af en toe|snel|gauw|bij het minste|al (?:jaren|maanden|lang)|jarenlang|chronisch|door (?:mijn|de) (?:copd|astma|hartfalen|longziekte|longen|ziekte|conditie)|often|sometimes|always|usually|regularly|easily|quickly|for years|${EFFORT}|${CONDITION})\\b`,
);
/**
 * Bound to effort or to a condition the person names, or already looked at: a known pattern, not a new
 * one to ask about. How often it comes does not count here, unlike in HABIT.
 */
export const KNOWN_PATTERN = new RegExp(
  `\\b(?:${EFFORT}|${CONDITION}|bij (?:het sporten|het minste)|bij de minste inspanning|door (?:mijn|de) [a-z]+|angina|migraine|paniek[a-z]*|angst|stress|spanning|bekend|cardioloog|onderzocht|nagekeken|gecontroleerd|panic|anxiety|checked|cardiologist|known)\\b`,
);

/** Over and done with, or someone else's past: "sinds ik ben flauwgevallen", "drie jaar geleden". */
const BEFORE_NOW =
  /\b(?:sinds ik(?! (?:net |zojuist )?(?:boven kwam|binnen kwam|thuiskwam|thuis kwam|opstond|wakker werd|opgestaan ben))|since i(?! (?:just )?(?:came (?:up|in|home|upstairs)|got (?:up|in|home)|woke))|(?:voor|sinds) (?:mijn|de|het|die) (?:beroerte|herseninfarct|hartinfarct|hartaanval|infarct|tia)|(?:before|since) (?:my|the) (?:stroke|heart attack|tia)|[a-z0-9]+ (?:jaar|maanden|weken) geleden|[a-z0-9]+ (?:years|months|weeks) ago|in the spring|last spring|last summer|vorige (?:lente|zomer|winter|herfst)|vorig najaar|vorig voorjaar)\b/;
/** Better again: "nu kan ik hem weer gebruiken", "it is completely gone". Read before "now" is. */
const RECOVERED_NOW =
  /\b(?:(?:mostly |almost |nearly |pretty much )?back to normal|(?:bijna |grotendeels |weer )(?:helemaal )?(?:normaal|de oude)|(?:is|zijn|was) (?:nu )?(?:helemaal |volledig )?(?:weg|over|verdwenen)|(?:is|are) (?:now )?(?:completely |totally |all )?gone|kan (?:ik|hij|ze) (?:hem|het|haar|alles) (?:nu )?weer|can use it (?:again|now)|weer (?:gebruiken|bewegen))\b/;

function clauseStart(s: string, at: number): number {
  let start = 0;
  for (const mark of MARKS) {
    const i = s.lastIndexOf(mark, at - mark.length);
    if (i >= 0 && i + mark.length > start) start = i + mark.length;
  }
  return start;
}

function deniedBefore(before: string): boolean {
  const words = before
    .trim()
    .split(" ")
    .filter((w) => w !== "");
  let overSibling = false;
  for (let i = words.length - 1, seen = 0; i >= 0 && seen < 6; i--, seen++) {
    const word = words[i] as string;
    // Across "en" only "zonder" and "geen" carry over: "niet vinden en zijn gezicht hangt" denies nothing.
    if (NEGATOR.test(word)) return !overSibling || WIDE_NEGATOR.has(word);
    // "zonder dat ik ga hoesten en benauwd word": a sibling sign before "en" is part of the same denial
    if (COORDINATOR.has(word)) {
      overSibling = true;
      i--;
      continue;
    }
    if (!BRIDGE.has(word)) return false;
  }
  return false;
}

/** A matched sign: [start, end) in normalize() output `s`, inside the sentence at `sentence`. */
export interface Sign {
  s: string;
  start: number;
  end: number;
  sentence: readonly [start: number, end: number];
}

/** A severity word in the sentence, or a second sign in `rest` (which leaves the sign itself out). */
const severeBeside = (sentence: string, rest: string): boolean =>
  QUALIFIER.test(sentence) || COMPANION.test(rest);

/**
 * How the sign is framed in its sentence.
 * "goal": wished back or away ("ik wil weer ... als ik ..."); "habit": part of a known condition.
 */
export function frameOfSign({ s, start, end, sentence: bounds }: Sign): SignFrame {
  const sentence = s.slice(...bounds);
  const before = s.slice(clauseStart(s, start), start);
  if (deniedBefore(before) || DENIED_AFTER.test(s.slice(end).trimStart())) return "denied";
  if (RECOVERED_NOW.test(sentence) && !SEVERE_NOW.test(sentence)) return "denied";
  if (SEVERE_NOW.test(sentence) || INTENSE.test(sentence)) return "now";
  if (BEFORE_NOW.test(sentence)) return "denied";
  if (GOAL_AFTER.test(s.slice(end, bounds[1]))) return "goal";
  if (WISH.test(before)) return RETURN_OR_IF.test(sentence) || HABIT.test(sentence) ? "goal" : "wish";
  if (FEARED.test(before) || FEARED.test(sentence)) return "feared";
  // A familiar complaint stays familiar unless something anywhere in the text makes it severe.
  if (HABIT.test(sentence) && !severeBeside(sentence, `${s.slice(0, start)} ${s.slice(end)}`)) return "habit";
  return "not_now";
}

/**
 * Said of the sign itself, anywhere in a sentence: it is over or was never there ("benauwd ben ik niet
 * meer", "I haven't had it since"). Not "kan niet meer praten" or "geeft geen antwoord meer": a function
 * that is gone is a sign that is here.
 */
const OVER_IN =
  /\b(?:(?:heb|had|ben|was|is) (?:ik |het |hij |ze )?(?:al )?(?:(?:niet|nie|geen) meer|nooit (?:meer )?gehad)|(?:have|has) not had|never had|no longer (?:have|get|had)|[a-z0-9]+ (?:jaar|maanden|weken) geleden|[a-z0-9]+ (?:years|months|weeks) ago)\b/;

/** A limb, the face, speech or sight that fails now and then: a warning sign (TIA) even when it passes. */
const PASSING_DEFICIT =
  /\b(?:arm|armen|been|benen|gezicht|mond|zicht|dubbel|slap|tintel[a-z]*|gevoelloos|verlamd|spraak|lallen|face|arm|arms|leg|legs|vision|double|numb|tingl[a-z]*|weak|speech|slurr[a-z]*)\b/;

/**
 * How a sentence frames an acute sign whose place in it is not known (the model heard one, no rule did):
 * clearly over, a goal, or a familiar pattern; otherwise "now" or "not_now".
 */
export function frameOfSentence(sentence: string): SignFrame {
  if (SEVERE_NOW.test(sentence)) return "now";
  if (RECOVERED_NOW.test(sentence) || OVER_IN.test(sentence)) return "denied";
  if (INTENSE.test(sentence)) return "now";
  if (WISH.test(sentence) || GOAL_AFTER.test(sentence)) return "goal";
  if (HABIT.test(sentence) && !QUALIFIER.test(sentence) && !PASSING_DEFICIT.test(sentence)) return "habit";
  return "not_now";
}

/** Whether a bare sign (no time, no severity, no second sign in its sentence) is all there is. */
export function isBare({ s, start, end, sentence: [from, to] }: Sign): boolean {
  return !severeBeside(s.slice(from, to), `${s.slice(from, start)} ${s.slice(end, to)}`);
}

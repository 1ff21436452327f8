// The red-flag rules the screener runs, Dutch (Netherlands and Flanders) and English, over normalized text.
// Rules pair stems (a wish word near a death word, a harm verb with a self pronoun) instead of listing sentences.
import type { ScreenCategory } from "./screen.ts";

export type RuleLevel = "check" | "crisis" | "acute";

export interface Rule {
  /** Short label stored with the decision instead of the text. */
  cue: string;
  category: ScreenCategory;
  level: RuleLevel;
  /**
   * Words one of which every match contains, as token beginnings ("zelfmoord" also fires on
   * "zelfmoordgedachten") or, with "=", as whole tokens ("=me"). The screener runs the rule's regex only
   * when one of them is in the text: most answers then skip most rules.
   */
  keys: readonly string[];
  /** Global regex over normalize() output. */
  re: RegExp;
  /**
   * How a negation lowers crisis to check. "around": in the few words before or after the match ("geen
   * zelfmoordgedachten", "suicidal? I'm not"). "inner": also inside the match, for rules whose gap can hold
   * one ("ik wil niet dood"). Absent: the negation is part of the signal ("ik wil niet meer leven").
   */
  negation?: "around" | "inner";
  /**
   * A concrete method, means or plan. Never lowered by a negation: "ik ga mezelf niet ophangen, maar het
   * touw ligt klaar" names a method whatever the "niet" says.
   */
  method?: boolean;
  /** A weak acute signal that a habitual or effort-bound context in its sentence silences ("vaak", "bij het traplopen"). */
  chronic?: boolean;
  /** Sentence context that silences the match (an accident, a film, a figure of speech). */
  unless?: RegExp | ((sentence: string) => boolean);
  /** Sentence context that must be present for the match to count. */
  onlyIf?: RegExp;
  /** Sentence context that lowers the match to check (wishes about how to die one day, grief). */
  lower?: RegExp;
  /** Words right after the match that lower it to check ("niet meer leven zoals nu" wants change, not death). */
  lowerAfter?: RegExp;
  /** Words right after the match that silence it ("not want to live in this town"). */
  unlessAfter?: RegExp;
  /** Words right after a negated match that make it harmless ("ik wil niet sterven voordat..."). */
  benignWhenNegated?: RegExp;
  /** Anywhere in the text: raises a question-level match to crisis ("a goodbye letter, and I have the pills"). */
  raiseIf?: RegExp;
  /** Inside the match: the wish is about someone else. Lowered to check, or to none when negated. */
  otherPerson?: RegExp;
}

// ---------------------------------------------------------------------------------------------------
// Building blocks. The text has single spaces and " . " / " , " marks; a gap word never crosses a mark.

const W = "[a-z0-9]+";
const gap = (n: number): string => `(?:${W} ){0,${n}}`;
/** A gap whose words are not in the list (so a construction cannot borrow a subject from elsewhere). */
const gapNot = (n: number, not: string): string => `(?:(?!(?:${not}) )${W} ){0,${n}}`;
const END = "(?= [.,]|$)";
const any = (...parts: string[]): string => `(?:${parts.join("|")})`;
const rx = (...alternatives: string[]): RegExp => new RegExp(`\\b(?:${alternatives.join("|")})`, "g");
/** Key lists written as space-separated words, optionally with shared lists spread in. */
const words = (...parts: (string | readonly string[])[]): string[] =>
  parts.flatMap((part) => (typeof part === "string" ? part.split(" ") : [...part]));
/** Sentence-level context test (not global: lastIndex must stay 0). */
const ctx = (...alternatives: string[]): RegExp => new RegExp(alternatives.join("|"));

const NIET = "(?:niet|nie|ni)";
const NOMORE_NL = `(?:${NIET} (?:meer|langer)|nooit meer)`;
const FILL_NL =
  "(?:echt|gewoon|allemaal|helemaal|even|nu|bijna|eigenlijk|ook|wel|nog|toch|dus|heus|maar|gewoonweg|zeker|al|zo|erg|heel|best|vaak|soms)";
const FILL_EN = "(?:really|just|honestly|even|actually|truly|simply|totally|literally|so|all|still|kind of)";

/**
 * Flemish "mijn eigen" is reflexive ("ik snij mijn eigen") only when no noun follows: "zijn eigen brood
 * snijden" is not. The lookahead lets it through before a mark, the end, or a small word.
 */
const EIGEN =
  "eigen(?:ste)?(?=(?: [.,])?$| [.,]| (?:in|op|met|aan|weer|expres|opzettelijk|pijn|kapot|van|te|als|omdat|iets|wat|niet|nie|nooit|wel|ook|nog|gewoon|echt|dood|om|zo|toch|al|steeds|soms|vaak|wil|ga|gaan)\\b)";
const SELF_NL = `(?:mezelf|mijzelf|mezelve|mijzelve|mzelf|mijn ${EIGEN})`;
const SELF3_NL = `(?:zichzelf|zichzelve|hemzelf|haarzelf|zijn ${EIGEN}|haar ${EIGEN}|zich)`;
const ANYSELF_NL = `(?:${SELF_NL}|${SELF3_NL})`;
const SELF_EN = "(?:myself|my self|himself|herself|themselves|themself)";

const WISH_NL =
  "(?:wil|wilt|willen|wou|wilde|wilden|zou willen|wens|wenst|wenste|verlang|verlangt|verlangde|hoop|hoopt|hoopte|liefst|liever|graag)";
const DIE_NL = "(?:doodgaan|dood gaan|doodgaat|doodga|dood|sterven|sterf|sterft|overlijden)";
const WISH_EN =
  "(?:want|wants|wanted|wanting|wish|wishes|wished|wishing|hope|hoping|would rather|rather|longing|long|ready|prefer)";

/** Drugs people overdose on, by name: benzodiazepines, opioids, sleeping pills, antidepressants, lithium. */
const DRUG_NAMES =
  "(?:diazepam|oxazepam|temazepam|lorazepam|lormetazepam|nitrazepam|flurazepam|clonazepam|bromazepam|alprazolam|midazolam|brotizolam|triazolam|zolpidem|zopiclon|zopiclone|tramadol|oxycodon|oxycodone|codeine|morfine|morphine|fentanyl|methadon|methadone|lithium|quetiapine|amitriptyline|mirtazapine|ibuprofen|diclofenac|naproxen|promethazine|insuline|insulin|paracetamol|acetaminophen|tylenol|aspirine|aspirin)";
/** How much was taken: "al mijn", "een hele strip", "te veel". */
const QTY_NL =
  "(?:te veel|teveel|veel te veel|een hele strip|een strip|hele strip|strips|een doosje|een hele doos|de hele doos|een handvol|handvol|een hele pot|een pot|een hele fles|de hele fles|mijn hele voorraad|de hele voorraad|een heleboel|heel veel|een hoop|een stapel|een zak)";
/** "Al mijn pillen ingenomen" is the morning round, unless they were sleeping pills or it went wrong. */
const SEDATIVES = `(?:slaappillen|slaaptabletten|slaapmiddel|slaapmiddelen|sleeping pills|sleeping tablets|${DRUG_NAMES})`;
const PILLS_NL = `(?:pillen|pil|tabletten|medicijnen|medicatie|slaappillen|slaaptabletten|slaapmiddel|slaapmiddelen|pijnstillers|drugs|antidepressiva|${DRUG_NAMES})`;
const PILLS_EN = `(?:pills|tablets|meds|medication|medicine|medicines|sleeping pills|painkillers|antidepressants|drugs|opioids|${DRUG_NAMES})`;

const PARTNER_NL =
  "(?:man|vrouw|partner|vriend|vriendin|vriendje|lief|ex|exman|exvrouw|expartner|exvriend|exvriendin|vader|pa|papa|moeder|ma|mama|stiefvader|stiefmoeder|stiefpa|stiefma|schoonvader|schoonmoeder|schoonzoon|schoondochter|schoonbroer|zwager|zoon|dochter|stiefzoon|stiefdochter|kleinzoon|broer|zus|vent|echtgenoot|echtgenote|oom|tante|opa|neef|huisgenoot|verzorger|stiefbroer|buurman|buurvrouw)";
const PERP_NL = `(?:hij|zij|ze|iemand|${any(`(?:mijn|onze|die|de) ${PARTNER_NL}(?: van (?:mijn|onze) (?:moeder|mama|ma|vader|papa|zus|dochter|zoon))?`)})`;
const VICTIM_NL =
  "(?:me|mij|ons|mijn (?:kleine |jongste |oudste |kleinste )?(?:kind|kinderen|kindje|kinders|zoon|zoontje|dochter|dochtertje|baby|moeder|mama|moe|vrouw|man|zus|zusje|broer|broertje|vriendin|kleinkind|kleinkinderen|oma|opa)|(?:zijn|haar|hun) (?:kind|kinderen|kindje|zoon|dochter|baby|vrouw|man|moeder|vriendin|kleinkinderen)|de (?:kinderen|kids|kleine|baby)|onze (?:kinderen|zoon|dochter|kids)|ons (?:kind|kindje))";
const PARTNER_EN =
  "(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|ex husband|ex wife|dad|father|stepdad|stepfather|mum|mom|mother|stepmum|stepmom|stepmother|son|daughter|brother|sister|uncle|carer|caregiver|flatmate|roommate|fiance|fiancee|neighbour|neighbor|brother in law|sister in law|father in law|mother in law|son in law|grandfather|grandpa|grandson|cousin|nephew)";
const PERP_EN = `(?:he|she|they|someone|somebody|${any(`(?:my|our|her|his) (?:(?:mums|moms|mothers|dads|fathers|sisters|daughters|sons) )?${PARTNER_EN}`)})`;
const VICTIM_EN =
  "(?:me|us|the kids|the children|the baby|(?:his|her|their) (?:kids|children|child|son|daughter|baby|wife|girlfriend|mum|mom|mother)|(?:my|our) (?:little |baby |younger |older |big |eldest |youngest |oldest |two |three |step ?)?(?:kids|children|child|son|sons|daughter|daughters|baby|boy|girl|mum|mom|mother|sister|sisters|brother|brothers|wife|husband|grandson|granddaughter|grandchildren|grandkids|nan|gran|grandma|grandmother))";

const SELF_KEYS = words("mezelf mijzelf mezelve mijzelve mzelf eigen zich hemzelf haarzelf");
const PILL_KEYS = words(
  "pil tablet medicijn medicatie slaap paracetamol oxazepam temazepam lorazepam lormetazepam nitrazepam flurazepam clonazepam bromazepam brotizolam triazolam diazepam alprazolam midazolam zolpidem zopiclon tramadol codeine morphine fentanyl methadon lithium quetiapine amitriptyline mirtazapine ibuprofen diclofenac naproxen promethazine aspirin acetaminophen pijnstill insuline morfine oxycodon drugs antidepress meds medication medicine tylenol painkill insulin opioid",
);
const CHILD_KEYS = words(
  "baby kind zoon dochter peuter dreumes kleuter zuigeling pasgeborene kleintje kleine kleinkind kleinzoon kleindochter meisje meiske jongetje ventje manneke jongste kleinste bab infant newborn toddler little son daughter child kid boy girl grand",
);

/** Where people hurt themselves: never a finger or a lip (kitchen accidents, nail and lip biting). */
const BODY_NL =
  "(?:arm|armen|pols|polsen|been|benen|dij|dijen|bovenbeen|bovenbenen|onderarm|onderarmen|buik|huid|hand|handen|heup|heupen|borst|schouder|schouders|enkel|enkels|kuit|kuiten|zij)";
const BODY_EN =
  "(?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|forearm|forearms|stomach|belly|skin|hip|hips|chest|shoulder|shoulders|ankle|ankles|calf|calves|side)";

/** What a small child should never swallow: medicines, cleaning products, batteries, magnets, lamp oil. */
const TOXIC_NL =
  "(?:pillen|pil|tabletten|tablet|medicijnen|medicijn|[a-z]*middel|schoonmaakmiddel|ontstopper|gootsteenontstopper|chloor|bleek|ammoniak|batterij[a-z]*|knoopcel[a-z]*|magneetje[s]?|magneten|wasmiddel|wasmiddelcapsule[s]?|vaatwas[a-z]*|afwasmiddel|lampolie|aanstekervloeistof|spiritus|terpentine|wasbenzine|antivries|rattengif|gif|insecticide)";
const TOXIC_EN =
  "(?:pills|tablets|medicine|medicines|bleach|cleaner|cleaning (?:liquid|product|fluid|stuff)|detergent|laundry (?:pod|pods|capsule|capsules)|dishwasher (?:tablet|tablets|liquid|soap|pod|pods)|washing up liquid|dish soap|battery|batteries|button battery|magnet|magnets|lamp oil|lighter fluid|white spirit|turpentine|antifreeze|rat poison|poison|weed killer)";

const CHILD_NL =
  "(?:baby|babys|babytje|kindje|kindjes|kind|zoontje|dochtertje|peuter|peutertje|dreumes|kleuter|zuigeling|pasgeborene|kleintje|de kleine|onze kleine|mijn kleine|(?:mijn|ons|onze) (?:meisje|meiske|jongetje|ventje|manneke|zoon|dochter|jongste|kleinste)|kleinkind|kleinzoon|kleindochter)";
const CHILD_EN =
  "(?:baby|babies|infant|newborn|toddler|little one|(?:my|our|the) (?:little |baby |youngest |eldest |oldest |younger |older |[0-9]+ (?:year|month|week|yr) old )?(?:son|daughter|child|kid|boy|girl)|grandson|granddaughter|grandchild)";

// ---------------------------------------------------------------------------------------------------
// Context tests, on the sentence around a match.

/** Someone else's death by suicide: grief, and a reason to ask, not proof of danger now. */
const BEREAVED = ctx(
  `\\b(?:heeft|hebben|had|is) ${gap(3)}(?:zelfmoord|zelfdoding) (?:gepleegd|overleden)`,
  "\\bpleegde (?:[a-z]+ )?(?:zelfmoord|zelfdoding)",
  `\\b(?:overleden|gestorven|overleed|stierf) ${gap(2)}(?:door|aan) (?:zelfmoord|zelfdoding|suicide)`,
  "\\b(?:committed|died by|died of|died from|lost (?:[a-z]+ ){1,2}to) suicide",
  "\\b(?:took|taken) (?:his|her|their) (?:own )?life",
  "\\b(?:benam|beroofde) (?:zich|zichzelf) (?:[a-z]+ )?(?:van )?het leven",
  "\\b(?:is|zijn) uit het leven (?:gestapt|gegaan)",
  "\\bstapte uit het leven",
);

/** Wishes about how to die one day (advance care planning), not a wish to die now. */
const CARE_WISH = ctx(
  "\\b(?:thuis|in (?:mijn|zijn|haar) (?:eigen )?(?:bed|huis|slaap)|in (?:alle )?rust|rustig|vredig|waardig|pijnloos|zonder pijn|omringd door|als het (?:zover|zo ver) is|op hoge leeftijd|later)\\b",
  "\\bniet in (?:het|een) (?:ziekenhuis|verpleeghuis)",
  `\\bhoe (?:ik|je|hij|zij) ${gap(1)}(?:wil|wilt|zou willen) (?:sterven|doodgaan)`,
  "\\b(?:euthanasie|wilsverklaring|levenstestament|reanimeren|palliatie[a-z]*|levenseinde|zorgplanning)",
  "\\b(?:at home|in my (?:own )?(?:bed|sleep)|peacefully|with dignity|surrounded by|when the time comes|one day|some day|someday|old age|in hospital|in a hospital)\\b",
  "\\b(?:living will|resuscitat[a-z]*|palliative|hospice|euthanasia|end of life)\\b",
);

/** Accidental injury words: a cut while cooking is not self-harm. */
const ACCIDENT = ctx(
  "\\b(?:per ongeluk|perongeluk|ongelukje|onhandig|bij het [a-z]+|tijdens (?:het )?[a-z]+|toen ik (?:viel|uitgleed|struikelde)|gevallen|gestruikeld|uitgegleden|in de keuken|aan (?:een|het|de|mijn) (?:mes|broodmes|blik|blikje|pan|oven|glas|papier|strijkijzer|kachel|fornuis|hek|spijker))\\b",
  "\\b(?:accidentally|by accident|by mistake|while [a-z]+ing|when i (?:fell|slipped|tripped)|fell|slipped|tripped|on (?:a|the) (?:knife|can|tin|glass|oven|stove|iron|nail|fence)|cooking|shaving|gardening|chopping|playing|at the gym|at work|lifting|football|soccer|rugby|training)\\b",
  "\\b(?:sport[a-z]*|voetbal[a-z]*|hockey|fitness|klussen|tuinieren|scheren|koken)\\b",
  "\\b(?:kat|poes|hond|konijn|doornen|doorn|bramen|rozen|prikkeldraad|zon|zonnebrand|verbrand in de zon|cat|kitten|dog|puppy|thorns|brambles|roses|barbed wire|sun|sunburn[a-z]*)\\b",
  // cut or burnt "on" an object, or stitched afterwards: an injury, not an act
  "\\b(?:gesneden|gebrand|gestoken|geprikt|gekrast|gesneden|cut|burnt|burned) (?:me |mezelf |zich |myself |himself |herself )?(?:aan|on) (?:een|het|de|mijn|zijn|haar|a|the|my|some) [a-z]+",
  "\\b(?:gehecht|hechting[a-z]*|stitches|stitched)\\b",
  "\\b(?:broodmes|keukenmes|schilmes|schilmesje|aardappelmes|kaasschaaf|rasp|snijmachine|klein sneetje|klein wondje|kleine snee|small cut|minor cut|little cut|paper cut|papercut|bread knife|kitchen knife|grater|mandoline)\\b",
);
const INTENT = ctx("\\b(?:expres|opzettelijk|met opzet|bewust|on purpose|deliberately|intentionally)\\b");
const accidentOnly = (sentence: string): boolean => ACCIDENT.test(sentence) && !INTENT.test(sentence);

/** Feelings about a loss or love, not a symptom ("pijn in mijn hart van verdriet"). */
const EMOTIONAL = ctx(
  "\\b(?:verdriet|verdrietig|gemis|mis|missen|rouw|liefdesverdriet|heimwee|eenzaam|eenzaamheid|emotioneel|figuurlijk|overleden|dood|scheiding|om (?:hem|haar|mijn)|grief|griev[a-z]*|sad|sadness|sorrow|miss|missing|heartbroken|broke up|breakup|lonely|loneliness|passed away|died)\\b",
);

/** Everyday uses of violence words: films, games, sport, the news. */
const FICTION = ctx(
  "\\b(?:film|films|serie|series|tv|televisie|nieuws|krant|game|games|spel|boek|boeken|oorlog|documentaire|movie|movies|show|news|book|novel|war|video game)\\b",
);

/** Figures of speech built from self-harm verbs ("ik kan mezelf wel voor mijn kop slaan"). */
const SELF_HARM_IDIOM = ctx(
  // "ik kan mezelf wel slaan": could kick myself
  "\\b(?:zou|kan|kon|had) (?:mezelf|mijzelf|me|mij) (?:wel |echt )?(?:kunnen )?(?:slaan|schoppen|voor (?:mijn|de) kop slaan|wel slaan)\\b",
  "\\bcould (?:have )?(?:kicked|kick|slap|slapped|hit) myself\\b",
  "\\bvoor (?:mijn|me|de) (?:kop|hoofd|kanis|harses)\\b",
  "\\b(?:branden|gebrand) aan (?:dat|die|dit|het|zo|zon|zoiets)\\b",
  "\\b(?:slaan|sla|slaat|sloeg|geslagen) (?:er )?(?:doorheen|door)\\b|\\berdoorheen\\b",
  "\\bop de borst (?:slaan|slaat|sloeg|kloppen|klopt)\\b",
  "\\bmy self ?(?:esteem|confidence|worth|image)\\b",
);

/** "I nearly killed myself laughing", "ik lag dood van het lachen": laughter, not death. */
const LAUGHING = ctx(
  `\\b(?:kill(?:ed|ing)? (?:myself|me)|died|dying|dead|dood|doodgelachen|sterf|stierf|gestorven) ${gap(1)}(?:laughing|of laughter|with laughter|from laughing|van het lachen|van de lach)\\b`,
);

/** "Hit me up": get in touch. */
const HIT_ME_UP = ctx("\\bhit (?:me|us) up\\b");

/** Rope bought or used for a chore: the washing, a tent, a boat, a swing, the dog. */
const ROPE_CHORE = ctx(
  "\\b(?:voor de was|waslijn|wasgoed|de tent|tent|de boot|boot|zeilen|de schommel|schommel|de hond|hond|klimmen|vastbinden|vast te binden|verhuizing|verhuizen|aanhanger|kerstboom)\\b",
  "\\b(?:washing line|clothesline|washing|laundry|tent|boat|sailing|swing|dog|climbing|to tie|tie down|moving|trailer|christmas tree|camping|garden)\\b",
);

/** Method or plan words: with them in the sentence, a denied suicide mention still counts in full. */
export const PLAN_HINT = ctx(
  "\\b(?:plan|plannen|gepland|voorbereid|voorbereidingen|geregeld|afscheid|touw|strop|pillen|tabletten|slaappillen|mes|scheermes|scheermesje|brug|trein|spoor|dak|flat|balkon|geweer|pistool|wapen|overdosis|datum|rope|noose|pills|tablets|knife|blade|razor|bridge|train|tracks|roof|gun|pistol|rifle|overdose|planned|note|letter|goodbye)\\b",
);

// ---------------------------------------------------------------------------------------------------
// Suicide (crisis)

const SUICIDE: Rule[] = [
  {
    cue: "suicide.term",
    category: "suicide",
    level: "crisis",
    keys: words(
      "zelfdoding zelfmoord suicid suizid doodswens doodsverlang doodsgedacht levensmoeheid kill unaliv sewerslide =kms =ctb",
    ),
    negation: "around",
    lower: BEREAVED,
    unless: LAUGHING,
    re: rx(
      "(?<!\\bhulp bij )\\bzelfdoding[a-z]*",
      "\\bzelfmoord(?!aanslag|terror|commando|missie|actie)[a-z]*",
      "(?<!\\bassisted |\\bphysician assisted )\\bsuicid[a-z]*(?! (?:bomb[a-z]*|attack[a-z]*|squad|mission|doors)\\b)",
      "\\bsuizid[a-z]*",
      "\\bdoods(?:wens|verlang|gedacht)[a-z]*",
      "\\blevensmoeheid\\b",
      `\\bkill(?:ing|ed|s)? ?${SELF_EN}`,
      "\\bkill(?:ing)?(?:my|him|her)self\\b",
      "\\bunaliv[a-z]*",
      "\\bsewerslide\\b",
      "\\bctb\\b",
      "(?<![0-9] )\\bkms\\b",
    ),
  },
  {
    // Calling a suicide line is itself a sign someone is close to it.
    cue: "suicide.helpline",
    category: "suicide",
    level: "crisis",
    keys: words("=113 =1813 =0113"),
    negation: "around",
    re: rx(
      `\\b(?:113|1813|0800 0113)\\b ${gap(2)}(?:bellen|gebeld|bel|belde|chatten|gechat|call|called|calling|rang|ring|chat|chatted)\\b`,
      `\\b(?:bellen|gebeld|bel|belde|chatten|gechat|call|called|calling|rang|ring|chatted|chat with) ${gap(2)}(?:113|1813|0800 0113)\\b`,
    ),
  },
  {
    cue: "suicide.wish",
    category: "suicide",
    level: "crisis",
    keys: words("dood sterf sterv overlij"),
    negation: "inner",
    lower: CARE_WISH,
    otherPerson: /\bdat (?:hij|zij|ze|mijn|jij|je|die|hem|haar|mama|papa|mam|pap)\b/,
    benignWhenNegated: /^ (?:voordat|voor|zonder|tot|aan|van|door|zoals)\b/,
    // "Liever dood dan naar die vergadering": a figure of speech as often as not. Ask.
    lowerAfter:
      /^ (?:dan|than)\b(?! (?:dat |that )?(?:ik |i )?(?:zo|dit|verder|nog|langer|leven|live|living|go on|continue|carry on|like this|this|another day)\b)/,
    re: rx(
      `\\b${WISH_NL} ${gap(3)}(?<!\\b(?:de|het|zijn|haar|mijn|jouw|hun|je|een) )${DIE_NL}\\b(?!(?: gaan| ga)? (?:van|aan|door)\\b)`,
      `(?<!\\b(?:de|het|zijn|haar|mijn|een) )\\b${DIE_NL} (?:${FILL_NL} ){0,2}(?:wil|wilt|wilde|wou|willen|zou willen)\\b`,
      `\\b(?:liever|beter) ${gap(2)}dood\\b(?! (?:van|aan)\\b)`,
      "\\bwas ik (?:maar|toch|gewoon|nu) (?:[a-z]+ )?dood\\b",
      `\\bverlang ${gap(2)}naar de dood\\b`,
    ),
  },
  {
    cue: "suicide.wish",
    category: "suicide",
    level: "crisis",
    keys: words("die dead exist born"),
    negation: "inner",
    lower: CARE_WISH,
    otherPerson:
      /^(?!(?:wishes|wants|hopes|says|said) )(?:.*)\b(?:he|she|they|him|her|them|my [a-z]+) (?:was|were|would|to) /,
    benignWhenNegated: /^ (?:before|without|until|like|of|from|young|alone)\b/,
    lowerAfter:
      /^ (?:dan|than)\b(?! (?:dat |that )?(?:ik |i )?(?:zo|dit|verder|nog|langer|leven|live|living|go on|continue|carry on|like this|this|another day)\b)/,
    re: rx(
      `\\b${WISH_EN} ${gap(3)}(?:to die|(?<=\\b(?:could|would|can|might|should|just|i|we|gonna|wanna|rather|prefer|even) )die|be dead|was dead|were dead|am dead|stop existing|cease to exist)\\b(?! (?:my|her|his|the|it|your) (?:hair|clothes|shirt|jeans|wool)| (?:of|from) (?:laughter|laughing|embarrassment|boredom|shame|cringe|happiness|envy)| for\\b)`,
      "\\bbetter off dead\\b",
      "\\bbetter off if i (?:was|were|am) (?:dead|gone|not (?:here|around|alive))\\b",
      "\\b(?:wish|wished) i (?:was|were|had) (?:never been born|dead|not born)\\b",
    ),
  },
  {
    // Death that looks like rest or a way out. No advance-care lowering: "rustig" here praises death.
    cue: "suicide.wish",
    category: "suicide",
    level: "crisis",
    keys: words("dood klaar =na death kist doodskist graf coffin grave pijp hoekje andere overkant zoden"),
    negation: "inner",
    re: rx(
      `\\b(?:de )?dood ${gap(1)}(?:lijkt|leek|is|zou|voelt) ${gap(2)}(?:rustig|fijn|een opluchting|een uitweg|de uitweg|beter|vredig|de oplossing|een verlossing|aantrekkelijk)\\b`,
      `\\bklaar (?:voor|om) (?:de dood|te sterven|dood te gaan|mijn dood)\\b`,
      `\\b(?:mijn|mn|my) (?:kist|doodskist|graf|coffin|grave)\\b(?: [a-z0-9.,]+){0,8} (?:rust|rustig|fijn|opluchting|vredig|peaceful|peace|relief|rest)\\b`,
      `\\bna mijn (?:dood|overlijden)\\b(?: [a-z0-9.,]+){0,6} (?:klaar voor|ready)\\b`,
      `\\b(?:${WISH_NL}|ga|zou) ${gap(3)}(?:de pijp uit|het hoekje om|naar de andere kant|naar de overkant|onder de groene zoden)\\b`,
      `\\bdeath ${gap(1)}(?:seems|looks|feels|would be|is) ${gap(1)}(?:peaceful|like a relief|a relief|easier|like the answer|the answer|the only way|a way out|appealing|tempting)\\b`,
    ),
  },
  {
    // The negation belongs to the signal: not wanting to live any more.
    cue: "suicide.not_living",
    category: "suicide",
    level: "crisis",
    keys: words(
      "=meer =langer live alive exist wake around here earth slapen inslapen slaap sleep asleep bed liggen eeuwig eternal voorgoed forever altijd",
    ),
    negation: "around",
    lower: ctx(`\\bzo ${NIET} (?:meer|langer) ${gap(1)}(?:leven|verder)`, `\\bniet meer zo (?:leven|verder)`),
    lowerAfter:
      /^ (?:zoals|met|in|op (?:deze|die) manier|als|zonder|zo(?= [.,]|$| (?:verder|door|doorgaan|als|met|leven|blijven)\b)|onder|naast|van|like|with|in|this way|without|alone|on my own|here|there|near)\b/,
    unlessAfter:
      /^ (?:in|op|near|at) (?:this|that|the|a|deze|dit|die|dat|het|een) (?:town|city|house|country|place|flat|apartment|area|street|village|neighbourhood|neighborhood|stad|dorp|huis|land|buurt|straat|flat|wijk)\b/,
    re: rx(
      `\\b(?:${WISH_NL}|hoef|hoeft|hoefde|zin om|zin) ${gap(3)}${NOMORE_NL} ${gap(1)}(?:te )?(?:leven|bestaan|ademen|wakker (?:te )?(?:worden|word|wordt|werd)|wakker${END}|er (?:te )?zijn|hier (?:te )?zijn|op (?:deze|de) wereld (?:te )?zijn|(?:te )?zijn${END}|was${END}|ben${END})`,
      `\\b${NOMORE_NL} ${gap(2)}(?:${WISH_NL}|hoef|hoeft) (?:te )?(?:leven|bestaan|wakker (?:worden|word)|er (?:te )?zijn|zijn${END})`,
      `\\b(?:het )?leven ${gap(2)}(?:hoeft|hoef) ${gap(3)}${NIET} (?:meer|langer)`,
      `\\b(?:do not|did not|does not|no longer|not) (?:${FILL_EN} ){0,2}(?:want|wanna|wish|feel like|care|need) (?:to )?(?:${FILL_EN} ){0,1}(?:live|be alive|exist|go on living|keep living|carry on living|wake up|be around|be here any ?more|be here${END}|be on this earth)\\b`,
      "\\b(?:wish|want) (?:i|to) (?:was|were|could be|be) (?:no longer|not) (?:alive|here|around)\\b",
      `\\b${WISH_EN} ${gap(6)}(?:not|never) (?:to )?(?:wake up|be alive|exist|be here any ?more)\\b`,
      `\\b${WISH_EN} ${gap(3)}(?:sleep|slapen|inslapen) (?:forever|for ever|for good|voor altijd|voorgoed|eeuwig)\\b`,
      `\\b${WISH_NL} ${gap(3)}(?:voor altijd|voorgoed|eeuwig) ${gap(1)}(?:slapen|inslapen|rusten)\\b`,
      "\\b(?:eeuwige (?:slaap|rust)|eternal (?:sleep|rest))\\b",
      // falling asleep for good: "slapen en niet meer opstaan / wakker worden"
      `\\b(?:slapen|inslapen|in slaap vallen|gaan liggen|sleep|fall asleep|go to bed) (?:en|and) ${gap(2)}(?:${NOMORE_NL}|never|not) ${gap(1)}(?:opstaan|op te staan|wakker|uit ?(?:te )?komen|bij ?(?:te )?komen|terug ?(?:te )?komen|get up|wake up|wake|come (?:out|back|round|to))\\b`,
    ),
  },
  {
    // "Een poging gedaan" with nothing after it is how people name a suicide attempt.
    cue: "suicide.attempt",
    category: "suicide",
    level: "crisis",
    keys: words("poging attempt"),
    negation: "around",
    re: rx(
      `\\b(?:een )?(?:poging|pogingen) (?:gedaan|ondernomen|gewaagd)${END}`,
      "\\b(?:attempt|attempts|attempted) on my (?:own )?life\\b",
      `\\b(?:made|make|had) (?:another |an )?attempt${END}`,
    ),
  },
  {
    cue: "suicide.end_life",
    category: "suicide",
    level: "crisis",
    keys: words("eind leven =life end finish myself done beeindigen beeindig afsluiten afmaken"),
    negation: "inner",
    lower: BEREAVED,
    re: rx(
      `\\ber ${gap(3)}(?:een|geen|n|1) ${gap(1)}einde? ${gap(1)}aan ${gap(2)}(?:te )?(?:maken|maak|maakt|gemaakt|breien)\\b`,
      `\\bmaak ${gap(1)}er ${gap(1)}(?:een |n )?einde? aan\\b`,
      `\\beinde? ${gap(2)}aan (?:mijn|het|ons|zijn|haar) (?:eigen )?leven\\b`,
      `\\b(?:mijn|zijn|haar) (?:eigen )?leven ${gap(2)}(?:beeindigen|beeindig|beeindigt|nemen|te nemen|stoppen|te stoppen|afsluiten|uitblazen)\\b(?! met\\b)`,
      "\\b(?:stoppen|stop|ophouden) met (?:het |mijn )?leven\\b(?! (?:in|als|zoals|van|op)\\b)",
      `\\b(?:zin|wil|wou|ga|gaan|denk|dacht|plan|neiging|drang|klaar) ${gap(3)}(?:alles|het allemaal|mijn bestaan|mijn leven|het leven) (?:te )?(?:beeindigen|beeindig|afsluiten|afmaken)\\b`,
      `\\buit het leven ${gap(1)}(?:stappen|stap|stapt|te stappen|gaan|te gaan|stapte|gestapt)\\b`,
      "\\bklaar met (?:het|mijn) leven\\b",
      `\\b(?:end|ending|ended|take|taking|took) (?:my|his|her|their) (?:own )?life\\b(?! (?:back|savings|into|in (?:my|hand|hands)|forward|seriously|over|in a new)\\b)`,
      "\\bend(?:ing)? it all\\b",
      `\\b(?:end|ending|finish|finishing) (?:it|things|everything)(?:${END}| (?:now|tonight|today|tomorrow|soon|for good|once and for all|this (?:week|weekend|month|year)|next (?:week|weekend|month)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b)`,
      "\\b(?:do|did) myself in\\b",
      "\\b(?:off|top) myself\\b",
      "\\bdone (?:with (?:life|living|my life)|living)\\b",
    ),
  },
  {
    // Not being there as the way out ("de enige oplossing is om er niet meer te zijn"), or joining the dead.
    cue: "suicide.not_being",
    category: "suicide",
    level: "crisis",
    keys: words(
      "=om =er oplossing uitweg =only =way solution option optie overleden gestorven dode =late dead deceased heaven hemel overkant =join =bij =with exist existed existing alive born better happier easier beter gelukkiger makkelijker =see =zie",
    ),
    // The negation is part of the signal ("om er niet meer te zijn"); only a denial around it counts.
    negation: "around",
    lower: CARE_WISH,
    re: rx(
      `\\bom er ${NIET} meer (?:te )?zijn\\b|\\bom ${NIET} meer te bestaan\\b`,
      `\\b(?:enige|beste|laatste) (?:oplossing|uitweg|optie) ${gap(3)}(?:de dood|dood|sterven|doodgaan|zelfmoord|een eind|er ${NIET} meer|weg te zijn)\\b`,
      `\\b(?:only|best|last) (?:way out|solution|option) ${gap(3)}(?:is )?(?:death|to die|dying|to end it|ending it|not being here|not to be here|to not be here|to be gone)\\b`,
      `\\b(?:${WISH_NL}|zou) ${gap(3)}(?:bij|naar) (?:mijn|m|onze) (?:overleden|gestorven|dode) ${W}(?:${END}| (?:zijn|toe|gaan|in de hemel|boven)${END})`,
      `\\b(?:${WISH_NL}) ${gap(3)}(?:bij|naar) (?:hem|haar|mijn [a-z]+|papa|mama) ${gap(1)}(?:in de hemel|aan de overkant|boven)\\b`,
      `\\b(?:${WISH_EN}) ${gap(3)}(?:be with|join|go to) (?:my|our) (?:late|dead|deceased) ${W}\\b|\\b(?:${WISH_EN}) ${gap(3)}(?:be with|join) (?:him|her|them|my [a-z]+) (?:in heaven|on the other side|again)\\b`,
      // better if I did not exist (gone or away is asked about below, not this)
      `\\b(?:better|happier|easier|better off|beter|gelukkiger|makkelijker|beter af)(?: [a-z]+){0,4} (?:if|als|wanneer) (?:i|ik) ${gap(1)}(?:was not in it|were not in it|was not alive|were not alive|did not exist|never existed|had never been born|was never born|were never born|${NIET} (?:meer )?(?:bestond|besta|leefde|geboren was|geboren ben)|er ${NIET} (?:meer )?(?:was|ben|zou zijn) op (?:deze|de) wereld)\\b`,
      `\\b(?:do not|can not|could not) see myself (?:being )?(?:alive|here|around|living) ${gap(3)}(?:next (?:year|month|week|christmas|summer)|much longer|for long|any ?more|in (?:a|a few|five|ten) (?:year|years|month|months))\\b`,
      `\\bzie (?:mezelf|mijzelf|me) ${gap(2)}${NIET} (?:meer )?(?:oud worden|volgend jaar (?:halen|meemaken|nog leven)|nog lang leven|de kerst halen)\\b`,
    ),
  },
  {
    // A plan without an object, with a when or how: said that way, it is the plan.
    cue: "suicide.plan",
    category: "suicide",
    level: "check",
    keys: words("plan plannen =plan"),
    negation: "around",
    raiseIf: ctx(
      "\\b(?:dood|sterven|zelfmoord|einde|eind|afscheid|touw|pillen|brug|trein|die|dead|suicide|end it|goodbye|rope|pills|bridge|train|niet meer leven|er niet meer)\\b",
    ),
    re: rx(
      `\\b(?:heb|had|have|has|got|made|gemaakt) (?:${W} )?(?:een |a )?plan(?:nen)?(?: klaar| ready)? (?:en|and) (?:ik |i )?(?:weet|know|heb|have|got) ${gap(2)}(?:wanneer|waar|de datum|een datum|when|where|the date|a date)\\b`,
    ),
  },
  {
    // "Het doen" / "do it" decided, with a time, while nobody is there to stop it.
    cue: "suicide.do_it",
    category: "suicide",
    level: "crisis",
    keys: words("doen =do decided besloten beslist"),
    onlyIf: ctx(
      "\\b(?:while|when) (?:my [a-z]+|he|she|they|everyone|nobody|no one) (?:is|are|will be|s) (?:away|out|gone|asleep|at work|not (?:home|there))\\b",
      "\\b(?:als|wanneer|terwijl) (?:mijn [a-z]+|hij|zij|ze|iedereen|niemand) (?:weg|er niet|niet thuis|op het werk|slaapt|slapen|thuis) (?:is|zijn|ben)?\\b",
      "\\b(?:nobody|no one|niemand) (?:will|can|mag|zal|kan) (?:know|stop me|het weten|me tegenhouden)\\b",
    ),
    re: rx(
      `\\b(?:decided|made up my mind|besloten|beslist) ${gap(4)}(?:do it|het (?:ga |gaan |te )?doen|het doe)\\b`,
      `\\b(?:going to|gonna|will) do it ${gap(2)}(?:tonight|this weekend|tomorrow|soon|while|when)\\b(?= .*\\b(?:decided|made up my mind|nobody|no one|while)\\b)`,
    ),
  },
  {
    // No plan to live much longer: said calmly, it is a decision, not a prognosis.
    cue: "suicide.not_long",
    category: "suicide",
    level: "crisis",
    keys: words("plan plannen bedoeling planning intend intending =plan"),
    lower: CARE_WISH,
    re: rx(
      `\\b${NIET} (?:van plan|van zin|de bedoeling|plan) ${gap(2)}(?:om )?(?:nog )?(?:lang|langer|oud) (?:te )?(?:leven|worden|blijven|hier te zijn|er te zijn)\\b`,
      `\\b(?:not|no longer) (?:planning|intending|going|plan|intend) (?:on|to) (?:be (?:here|around|alive)|living|live|stay(?:ing)? alive|stick(?:ing)? around) ${gap(2)}(?:much |very )?(?:longer|long)\\b`,
    ),
  },
  {
    // "Not here much longer": a prognosis or a plan. A decision said alongside makes it the plan.
    cue: "suicide.not_here_long",
    category: "suicide",
    level: "check",
    keys: words("longer langer =lang =long"),
    raiseIf: ctx(
      "\\b(?:decision|decided|made up my mind|plan|planned|beslissing|besloten|beslist|plan|gepland|geregeld|afscheid|goodbye)\\b",
    ),
    unless: ctx(
      "\\b(?:kanker|terminaal|palliatie[a-z]*|uitgezaaid|ongeneeslijk|dokter zegt|arts zegt|cancer|terminal|palliative|incurable|doctor (?:says|said)|hospice)\\b",
      "\\b(?:verhuis|verhuizen|verhuizing|emigr[a-z]*|nieuwe baan|contract|vakantie|move|moving|relocat[a-z]*|new job|holiday|vacation|town|stad|land|country|company|bedrijf|praktijk|practice)\\b",
      "\\b(?:shift|dienst|kantoor|office|werk|work|vandaag|today|tonight|vanavond|meeting|vergadering|afspraak|appointment|uur|minuten|minutes|hours|o clock|om [0-9]+|at [0-9]+|at (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\\b",
    ),
    re: rx(
      `\\b(?:i|ik) ${gap(3)}(?:not|niet|nie|never) ${gap(4)}(?:be here|be around|be alive|here|around|alive|hier (?:zijn|ben|zal zijn)|er (?:zijn|ben|zal zijn)|meer) ${gap(2)}(?:much |veel |nog )?(?:longer|langer|for long)\\b`,
      `\\b(?:ik) ${gap(3)}${NIET} ${gap(4)}(?:er|hier) nog (?:lang|veel langer|langer) (?:ben|zal zijn|zijn|zou zijn)\\b`,
      `\\b(?:i will not|i am not going to|i won't) be (?:here|around) (?:much |for )?(?:longer|long)\\b`,
    ),
  },
  {
    // Gone for good: "er voorgoed tussenuit", "forever gone". A place after it ("voorgoed weg uit de stad")
    // makes it a move, not a death.
    cue: "suicide.gone_for_good",
    category: "suicide",
    level: "crisis",
    keys: words("voorgoed altijd definitief good forever permanently eeuwig"),
    negation: "inner",
    otherPerson: /\b(?:hij|zij|ze|he|she|they|mijn [a-z]+|my [a-z]+)\b/,
    unlessAfter: /^ (?:uit|naar|van|bij|from|to|out of|in|op) /,
    unless: ctx(
      "\\b(?:verhuizen|verhuis|emigreren|emigreer|vakantie|land|stad|dorp|baan|werk|relatie|roken|drinken|alcohol|gokken|snoepen|move|moving|emigrat[a-z]*|country|town|city|job|relationship|smoking|drinking|pijn|pain|klachten|symptoms|kwaal|migraine)\\b",
    ),
    re: rx(
      `\\b(?:voorgoed|voor altijd|definitief|voor eeuwig|for good|forever|for ever|permanently) ${gap(1)}(?:er ?tussenuit|tussenuit|uitstappen|uit te stappen|te verdwijnen|verdwijnen|weg te zijn|weg zijn|gone|disappear|vanish|be gone|not be here)\\b`,
      `\\b(?:er ?tussenuit|tussenuit|verdwijnen|uitstappen|weg|gone|disappear|vanish|away) ${gap(2)}(?:voorgoed|voor altijd|voor eeuwig|for good|forever|for ever|permanently)\\b`,
    ),
  },
  {
    // The means to die painlessly, or the amount that would be enough: researched or wondered about.
    cue: "suicide.method",
    category: "suicide",
    level: "crisis",
    keys: words(
      PILL_KEYS,
      "pijnloos painless hoeveel many much snelste makkelijkste pijnloze pijnloosste beste zekerste zachtste eenvoudigste snelle quick quickest easiest fastest surest =best simplest",
    ),
    method: true,
    re: rx(
      `\\bhoe (?:je|ik|men|u) ${gap(3)}pijnloos ${gap(2)}(?:kan|kunt|kun|zou|moet)? ?(?:doen|doet|sterven|sterft|doodgaan|doodgaat|dood|er een eind|eruit|uit het leven|gaan|inslapen)\\b`,
      `\\b(?:pijnloos|zonder pijn) ${gap(2)}(?:dood (?:te )?gaan|doodgaan|sterven|te sterven|uit het leven|er een eind|inslapen)\\b(?= .*\\b(?:hoe|manier|manieren|opgezocht|gezocht|googel[a-z]*|wil|wou)\\b)`,
      `\\b(?:snelste|makkelijkste|pijnloze|pijnloosste|beste|zekerste|zachtste|eenvoudigste|snelle|pijnloze) (?:manier|manieren|methode|methodes) (?:om )?${gap(2)}(?:dood te gaan|te sterven|zelfmoord|er een eind|een einde|uit het leven|van kant|mezelf|mijzelf)\\b`,
      `\\b(?:painless|painlessly|quick|quickest|easiest|fastest|surest|best|simplest) ${gap(1)}(?:way|ways|method|methods) (?:to|of) (?:die|dying|go|end it|end my life|kill myself|killing myself|commit suicide)\\b|\\bhow to (?:die|go) (?:painlessly|without pain|quickly|in my sleep)\\b`,
      `\\b(?:hoeveel|how many|how much) ${gap(2)}(?:${PILLS_NL}|${PILLS_EN}) ${gap(4)}(?:nodig (?:zijn|is|hebt|heb|zou)|je nodig|dodelijk|fataal|it would take|it takes|would take|would kill|to die|to kill|are lethal|is lethal|to end it|to overdose|om dood te gaan|om te sterven|om niet meer wakker)\\b`,
    ),
  },
  {
    // "Iets doms doen": how many first hint at it. Asked about, not assumed.
    cue: "suicide.something_drastic",
    category: "suicide",
    level: "check",
    keys: words("doms stoms onherroepelijks drastisch stupid drastic regret permanent"),
    re: rx(
      `\\b(?:ik|bang|schrik|angst|vrees) ${gapNot(4, "hij|zij|ze|die|jij|je|mijn|hem|haar")}(?:iets|wat) (?:doms|stoms|onherroepelijks|drastisch|drastische|ergs) ${gap(2)}(?:doe|doen|ga doen|te doen|zal doen|zou doen|ga uithalen|uithaal|uit te halen)\\b`,
      `\\bi ${gap(4)}(?:do|doing) something (?:stupid|drastic|i (?:will|would|might) regret|permanent|silly)\\b`,
    ),
  },
  {
    // A passive wish to be dead ("I would not mind if I did not wake up") counts as much as an active one.
    cue: "suicide.passive_wish",
    category: "suicide",
    level: "crisis",
    keys: words(
      "erg rouwig probleem prima verdrietig opgelucht fijn opluchting schelen =uit hoop hoopte wens wenste =wil =wou verlang mind care hope beter dood might better =als wanneer =if datum =dag moment =plan date =day happier easier gelukkiger blijer makkelijker",
    ),
    negation: "around",
    re: rx(
      `\\b(?:niet erg|niet rouwig|geen probleem|prima|niet verdrietig|opgelucht|fijn|een opluchting)\\b ${gap(6)}(?:als|wanneer|mocht|dat) ${gap(3)}(?:dood (?:ga|ging|was|ben|zou gaan)|doodga|doodging|doodgaan|stierf|sterf|overleed|overlijd|niet meer wakker|nooit meer wakker|er niet meer (?:ben|was|zou zijn)|een ongeluk (?:krijg|kreeg|zou krijgen))\\b`,
      `\\b(?:maakt|kan) (?:me|mij) ${gap(2)}(?:niet|niks|niets|geen bal) (?:uit|schelen) of ik ${gap(1)}(?:leef|dood ben|doodga|blijf leven|er (?:nog|morgen) ben|wakker word)\\b`,
      `\\b(?:hoop|hoopte|wens|wenste|wil|wou|zou willen|verlang) (?:ik )?(?:dat )?ik ${gap(4)}(?:een ongeluk krijg|verongeluk|word aangereden|overreden word|niet meer wakker|een hartaanval krijg en|${NIET} (?:meer )?(?:thuiskom|terugkom|thuis kom|terug kom))\\b`,
      `\\b(?:hoop|hope) (?:dat het|that it|it) (?:${FILL_NL} )?(?:misgaat|mis gaat|fout gaat|goes wrong|ends)\\b`,
      `\\bhope (?:that )?i ${gap(2)}(?:crash|do not come back|do not make it|will not make it|never come back)\\b`,
      `\\b(?:would not|do not|did not) (?:mind|care) ${gap(2)}(?:if|whether) i (?:died|die|did not wake up|never woke up|was dead|were dead|live or die|lived or died|got hit by)\\b`,
      `\\bhope (?:that )?i ${gap(2)}(?:get hit by|die in|do not wake|never wake|get run over|crash)\\b`,
      `\\bbeter ${gap(4)}(?:als|wanneer|zonder dat) ik (?:er )?${NIET} (?:meer )?(?:ben|zou zijn|was|leef|besta)\\b`,
      `\\bnet zo goed ${gap(1)}dood (?:zijn|gaan|kunnen zijn)\\b`,
      // the condition first, the acceptance after: "als ik morgen niet wakker word, is dat prima"
      `\\b(?:als|wanneer|if) (?:ik|i) ${gap(2)}(?:${NIET} (?:meer )?wakker (?:word|zou worden|werd)|nooit meer wakker (?:word|zou worden)|dood (?:ga|ging|zou gaan|was|ben)|doodga|doodging|sterf|stierf|overlijd|overleed|do not wake up|did not wake up|never woke up|never wake up|died|die|was dead|were dead)\\b(?: [a-z0-9.,]+){0,6} (?:prima|best|fijn|niet erg|geen probleem|een opluchting|welkom|fine|okay|ok|alright|a relief|would not mind|do not mind)\\b`,
      `\\b(?:beter af|beter|gelukkiger|blijer|makkelijker|happier|better off|better|easier) ${gap(4)}(?:als|wanneer|if|when) (?:ik|i) ${gap(1)}(?:(?:dood|dead) (?:was|ben|zou zijn|were|am)|died|stierf|doodging|dood ging|dood zou gaan|would die|killed myself|zelfmoord pleegde)\\b`,
      // "er niet meer zijn" set on a date or a plan
      `\\b(?:datum|dag|moment|plan|wanneer|date|day|plan)\\b(?: [a-z0-9.,]+){0,6} (?:ik|i) (?:er )?${NIET} meer (?:zal|ga|zou) ${gap(1)}(?:zijn|leven)\\b`,
      `\\b(?:ik|i) (?:er )?${NIET} meer (?:zal|ga) (?:zijn|leven)\\b(?: [a-z0-9.,]+){0,6} (?:datum|dag|plan|geregeld|date|planned)\\b`,
      `\\bmight as well (?:be dead|die|not be here|not exist|kill myself)\\b`,
      `\\bbetter (?:off )?if i (?:was|were|am) (?:not (?:here|around|alive)|gone|dead)\\b`,
    ),
  },
  {
    // About life itself: worthless or without meaning. Hopelessness about a situation is "despair" below.
    cue: "suicide.life_worthless",
    category: "suicide",
    level: "crisis",
    keys: words("leven reden =zin living live reason point =life =will"),
    negation: "around",
    lower: BEREAVED,
    re: rx(
      `\\bniets (?:meer )?om (?:voor )?te leven\\b`,
      `\\bgeen ${gap(2)}(?:reden|zin) (?:meer )?om ${gap(1)}(?:te leven|door te gaan|verder te (?:gaan|leven)|nog te leven)\\b`,
      `\\b(?:het |mijn |da |dat |dit )leven ${gap(1)}(?:is|heeft) ${gap(2)}(?:(?:niks|niets) (?:meer )?(?:voor mij|aan)\\b|geen zin|zinloos|niet (?:meer )?de moeite|(?:niks|niets) (?:meer )?waard|geen betekenis)\\b`,
      `\\bgeen zin (?:meer )?in (?:het|mijn) leven\\b`,
      "\\bnot (?:worth|worthy of) living\\b",
      "\\bnothing (?:left )?to live for\\b",
      "\\bno (?:reason|will|point) (?:left )?(?:to|in) (?:live|living|go on|going on)\\b",
      "\\blife (?:is not|is no longer|aint) (?:really )?worth (?:living|it)\\b",
      "\\blife has no (?:meaning|point|purpose)\\b",
      `\\b(?:do not|can not|no longer|never) see (?:the|any) point (?:in|of) (?:living|life|going on|being alive|being here)\\b`,
      `\\bzie (?:het|de) (?:nut|zin) ${gap(2)}(?:van|in) (?:het|mijn) leven ${gap(1)}${NIET} (?:meer )?(?:in)?\\b`,
      `\\bzie (?:het|de) (?:nut|zin) ${gap(1)}${NIET} (?:meer )?(?:van|in) (?:het|mijn) leven\\b`,
      "\\b(?:my )?life is (?:so |completely |totally )?(?:pointless|meaningless)\\b",
    ),
  },
  {
    cue: "suicide.self_kill",
    category: "suicide",
    level: "crisis",
    keys: words(SELF_KEYS, "=me =mij iets wat"),
    negation: "inner",
    re: rx(
      `\\b${ANYSELF_NL} ${gap(3)}(?:van kant ${gap(2)}(?:maken|maak|maakt|gemaakt)|om het leven ${gap(2)}(?:brengen|gebracht)|van het leven ${gap(1)}(?:beroven|beroof|beroofd)|om zeep ${gap(1)}(?:helpen|help|geholpen)|(?:te )?doden|dood ${gap(2)}maken|doodmaken|(?:iets|wat) ${gap(2)}(?:aan ?(?:te )?doen|aandoen|aandoet|aandoe|aangedaan|aan gedaan))\\b`,
      `\\b${ANYSELF_NL} ${gap(2)}(?:ombrengen|om te brengen|omgebracht|ombreng)\\b`,
      `\\b${ANYSELF_NL} ${gapNot(2, "er|daar|hier|niets|niks")}(?:iets|wat) aan ${gap(2)}(?:doen|te doen)\\b`,
      // "me" is only reflexive with "ik" as the subject: "ze dreigt me iets aan te doen" is violence
      `\\bik ${gapNot(3, "hij|zij|ze|die|mijn|hem|haar|er|daar|hun|jij|je")}(?:me|mij) ${gapNot(2, "er|daar|hier|niets|niks")}(?:iets|wat) aan ${gap(2)}(?:doen|te doen)\\b`,
      `\\b(?:wil|ga|zou|gaat|wilde) ${SELF_NL} ${gap(1)}kapot ?(?:te )?maken\\b`,
      `\\b(?:ik|plan|plannen|idee|gedachte|gedachten|neiging|zin|drang|behoefte) ${gapNot(4, "hij|zij|ze|die|hem|haar|jij|je")}om (?:me|mij) ${gap(1)}(?:van het leven (?:te )?beroven|van kant (?:te )?maken|om het leven (?:te )?brengen|iets aan te doen|wat aan te doen|dood te maken|op te hangen|te verhangen|te verdrinken)\\b`,
      `\\b(?:beroof|beroofde|beroven) (?:${ANYSELF_NL}|me|mij) ${gap(1)}van het leven\\b`,
      `\\b(?:maak|maakt|maakte|breng|brengt|bracht|doe|doet|deed) (?:${ANYSELF_NL}|me|mij) ${gap(2)}(?:van kant|om het leven|om${END}|(?:iets|wat) aan\\b(?! (?:de|het|een|mijn|die|dat|deze|dit)\\b))`,
      `\\bik ${gapNot(3, "hij|zij|ze|die|mijn|hem|haar|er|daar|hun|jij|je")}(?:me|mij) ${gapNot(2, "er|daar|hier|niets|niks")}(?:(?:iets|wat) (?:aan ?(?:te )?doen|aandoen|aandoe|aangedaan)|van kant (?:te )?(?:maken|maak)|om (?:het leven )?(?:te )?brengen|dood (?:te )?maken)\\b`,
    ),
  },
  {
    // Method: hanging.
    cue: "suicide.method",
    category: "suicide",
    level: "crisis",
    keys: words(
      "hang hing ophang opgehang verhang verdrink vergiftig schiet steek steken doodschiet doodsteek touw strop koord noose rope lus kabel snoer verlengsnoer riem sjaal cord cable belt scarf",
    ),
    method: true,
    unless: (sentence) =>
      /\b(?:op|hang) (?:me|mij|mezelf) (?:[a-z]+ ){0,2}aan (?:kleine|kleinigheden|details|woorden|dingen|die|dat)\b/.test(
        sentence,
      ) || ROPE_CHORE.test(sentence),
    re: rx(
      `\\b(?:${ANYSELF_NL}|me|mij) ${gap(3)}(?:op ?(?:te )?hangen|opgehangen|ophang|ophangt|verhangen|verhang|verhangt|verdrinken|verdrink|vergiftigen|vergiftig|dood ?(?:te )?(?:schieten|steken)|doodschiet|doodsteek)\\b`,
      `\\b(?:hang|hangt|hing|hingen) (?:${ANYSELF_NL}|me|mij) ${gap(3)}op\\b(?! (?:aan (?:kleine|details|woorden|dingen)|te)\\b)`,
      `\\b(?:touw|strop|koord) ${gap(4)}(?:klaar|klaarliggen|klaarligt|gekocht|opgehangen|gehangen|hangen|hangt|hing|aan de balk|om mijn nek|om mijn hals|geknoopt|vastgemaakt|aan de zolder)\\b`,
      `\\b(?:touw|strop) om (?:mijn|zijn|haar) (?:nek|hals)\\b`,
      `\\b(?:strop|lus|noose) ${gap(3)}(?:gemaakt|geknoopt|gedraaid|gebonden|vastgemaakt|made|tied)\\b`,
      `\\b(?:touw|strop|koord|kabel|snoer|verlengsnoer|riem|sjaal|rope|cord|cable|belt|scarf) ${gap(4)}(?:om (?:mijn|zijn|haar) (?:nek|hals|keel)|aan de (?:balk|zoldering|zolder|plafond|trapleuning)|around (?:my|his|her) (?:neck|throat)|from the (?:beam|ceiling|loft|banister))\\b`,
      `\\b(?:hang|hanging|hanged) (?:${SELF_EN}|me)\\b(?! out\\b)`,
      "\\bnoose\\b",
      `\\brope ${gap(3)}(?:ready|around my neck|from the (?:beam|ceiling|loft)|to hang)\\b`,
      `\\b(?:bought|buy|buying|got|ordered|order) ${gap(2)}(?:a |some |the )?(?:rope|noose)\\b(?! (?:for|to (?:tie|hang (?:the|a|my) (?:washing|clothes|swing|hammock)))\\b)`,
      `\\b(?:gestaan|gezeten|stond|zat|ging|gegaan|stood|sat|went|was standing|was sitting) ${gap(5)}(?:met|with) (?:een|het|de|mijn|a|the|my) (?:touw|strop|koord|rope|noose|cord)\\b`,
      `\\b(?:met|with) (?:een|het|de|mijn|a|the|my) (?:touw|strop|rope|noose) ${gap(4)}(?:gestaan|gezeten|stond|zat|gegaan|stood|sat|went)\\b`,
    ),
  },
  {
    // Method: jumping, trains, traffic.
    cue: "suicide.method",
    category: "suicide",
    level: "crisis",
    keys: words(
      "spring sprong gesprongen gooi werp stort vallen crash crashing crashed wreck wrecking expres opzet bewust =jump dak flat brug balkon reling railing parapet =sta =zit =ben =stand standing sitting =am water gracht kanaal rivier =meer vijver lake ocean walk walking wade wading train truck lorry stuur sturen rij rijd rijden knal ruk rukje draai jerk yank wheel perron platform edge step stepping gebouw raam toren parkeergarage trein metro tram spoor rails snelweg bridge roof balcony cliff tower =bus vrachtwagen boom muur pijler brugpijler tegenligger water aanrijd overrijd doodrijd verongeluk =hit =run gas jump throw leap front traffic drive driving crash steer perron rand ledge edge tracks platform auto wagen gracht kanaal rivier =zee river canal =sea pier quay road",
    ),
    method: true,
    re: rx(
      `\\b(?:springen|spring|springt|sprong|gesprongen|te springen) ${gap(2)}(?:van|vanaf|uit|voor|onder) (?:het|een|de|den|die|dat|mijn) ${gap(1)}(?:dak|flat|brug|balkon|gebouw|raam|toren|flatgebouw|parkeergarage|trein|metro|tram|rails|spoor|snelweg|klif|rots)\\b`,
      `\\b(?:${SELF_NL}|me|mij) ${gap(2)}(?:gooien|gooi|werpen|storten|laten vallen) ${gap(1)}(?:van|vanaf|uit|voor|onder) (?:het|een|de|den|die|dat) ${gap(1)}(?:dak|flat|brug|balkon|gebouw|raam|toren|trein|metro|tram|auto|vrachtwagen|spoor)\\b`,
      `\\b(?:van|vanaf|uit|voor|onder) (?:het|een|de|den|die|dat|mijn) ${gap(1)}(?:dak|flat|brug|balkon|gebouw|raam|toren|flatgebouw|parkeergarage|trein|metro|tram|spoor|bus|vrachtwagen|auto|truck) ${gap(2)}(?:springen|springt|spring|sprong|te springen|gesprongen|gaan liggen|gaan staan|stappen|te stappen|gooien|gooi|te gooien|werpen|te werpen|storten|te storten|lopen|te lopen|laten vallen)\\b`,
      `\\bop (?:het|de) (?:spoor|rails|snelweg) ${gap(1)}(?:gaan )?(?:liggen|staan|lopen|springen|gestaan|gelegen|gelopen|gesprongen|gezeten|zitten)\\b`,
      `\\b(?:ik|hij|zij|ze) ${gap(1)}(?:ga|gaat|wil|wilt|zal|zou|dreigt) ${gap(1)}(?:te )?springen(?:${END}| als\\b| wanneer\\b)`,
      `\\b(?:brug|dak|flat|balkon|toren|flatgebouw|parkeergarage|klif|rots) ${gap(4)}(?:spring|springen|springt|sprong|te springen|storten|stort)\\b`,
      `\\b(?:bridge|roof|balcony|cliff|tower|rooftop) ${gap(4)}(?:jump|jumping|leap|leaping|throw myself)\\b`,
      `\\bonder (?:de|een|den) (?:trein|metro|tram|bus|vrachtwagen) ${gap(1)}(?:springen|lopen|gaan|komen|te komen|gooien)\\b`,
      `\\btegen (?:een|de) (?:boom|muur|pijler|brugpijler|vrachtwagen|tegenligger) (?:aan )?${gap(1)}(?:rijden|te rijden|knallen|te knallen|crashen|rammen|inrijden)\\b`,
      `\\bhet water in ${gap(1)}(?:lopen|te lopen|gaan)\\b`,
      `\\blaten (?:aanrijden|overrijden|doodrijden|verongelukken)\\b`,
      `\\b${WISH_EN} ${gap(3)}(?:get|be) (?:hit|run over) by (?:a|the) (?:car|bus|truck|lorry|train)\\b`,
      `\\bgas(?:kraan)? ${gap(2)}open ?(?:draaien|zetten|gedraaid)\\b`,
      // standing at a height or on the tracks, thinking of the step over
      `\\b(?:brug|dak|flat|balkon|toren|flatgebouw|parkeergarage|spoor|rails|perron|rand|bridge|roof|balcony|ledge|edge|tracks|platform|cliff)(?: [a-z0-9.,]+){0,8} (?:een stap|1 stap|een sprong|over de rand|naar beneden (?:springen|gaan|vallen)|en het is (?:voorbij|klaar|over)|het is voorbij|one step|a step|over the edge|and it is (?:over|done)|it would (?:be|all be) over)\\b`,
      `\\b(?:jump|jumping|jumped|throw myself|throwing myself|leap|leaping) ${gap(1)}(?:off|from) (?:a|the|this|that|my) ${gap(1)}(?:bridge|roof|building|balcony|cliff|tower|block|car park|parking garage|overpass|window)\\b`,
      `\\b(?:jump|jumping|step|stepping|throw myself|throwing myself|lie down|lying down|walk|walking) ${gap(1)}in front of (?:a|the|an) ${gap(1)}(?:train|bus|truck|lorry|car|tram|subway)\\b`,
      "\\bwalk (?:out )?into traffic\\b",
      `\\b(?:trein|metro|tram|bus|vrachtwagen|train|bus|truck|lorry)\\b(?: [a-z0-9.,]+){0,8} (?:ertussen|ervoor|eronder|ertussenin|in front|under it|under)(?: (?:te|to))? ${gap(1)}(?:springen|spring|stappen|stap|lopen|gaan|gooien|jump|step|walk|throw myself|lie down)\\b`,
      `\\b(?:drive|driving|crash|crashing|steer|steering) ${gap(3)}into (?:a |the )?(?:tree|wall|truck|lorry|oncoming traffic|river|canal|sea|water)\\b`,
      `\\b(?:crash|crashing|crashed|wreck|wrecking|drive|driving) ${gap(3)}(?:on purpose|deliberately|intentionally)\\b|\\b(?:expres|met opzet|bewust) ${gap(3)}(?:tegen|crashen|verongelukken|een ongeluk)\\b`,
      `\\bi ${gap(2)}(?:want|going|gonna|about|tempted|ready) to jump(?:${END}| off\\b| from\\b)`,
      `\\b(?:drive|driving|crash|crashing|steer|steering) ${gap(3)}(?:off|over) (?:a|the) (?:bridge|cliff|edge|pier|quay|road)\\b`,
      `\\b(?:auto|wagen) ${gap(3)}(?:van|vanaf|over) (?:de|een) (?:brug|kade|rand|dijk) ${gap(1)}(?:rijden|te rijden|sturen|te sturen|storten)\\b`,
      `\\b(?:het water|de gracht|het kanaal|de rivier|de zee) in ${gap(1)}(?:rijden|te rijden|sturen|te sturen)\\b`,
      // on the roof or the railing right now
      `\\b(?:sta|zit|ben|stand|standing|sitting|am) (?:nu|now|right now|op dit moment) (?:op|on|at the edge of|on the edge of|bovenop|on top of|aan de rand van) (?:het|de|een|the|a) (?:dak|rand|reling|brug|roof|ledge|edge|bridge|railing|parapet)\\b`,
      `\\b(?:sta|zit|ben|stand|standing|sitting|am) (?:op|on|at the edge of|on the edge of|bovenop|on top of|aan de rand van) (?:het|de|een|the|a) (?:dak|rand|reling|brug|roof|ledge|edge|bridge|railing|parapet)\\b(?= .*\\b(?:nu|now|right now|op dit moment|naar beneden|omlaag|down|spring|springen|jump|stap|step)\\b)`,
      // into the water
      `\\b(?:water|gracht|kanaal|rivier|zee|meer|vijver|river|canal|sea|lake|ocean)\\b(?: [a-z0-9.,]+){0,8} (?:er ?in|erin|in) (?:te )?(?:lopen|gaan|springen|stappen|verdwijnen)\\b`,
      `\\b(?:walk|walking|wade|wading|step|stepping) (?:out )?into (?:the )?(?:sea|water|river|canal|lake|ocean)\\b`,
      `\\b(?:stuur|sturen|rij|rijd|rijden|knal|knallen|gooi) ${gap(2)}(?:eraf|ervan ?af|de brug af|van de brug|de sloot in|het water in|de vangrail in|tegen (?:een|de) (?:boom|muur|pijler|vrachtwagen|tegenligger))\\b`,
      `\\b(?:ruk|rukje|draai) aan het stuur\\b|\\b(?:jerk|yank|turn) (?:the|my) (?:steering )?wheel\\b`,
      // at a height or a platform: the step off
      `\\b(?:brug|dak|flat|balkon|toren|perron|rand|spoor|bridge|roof|balcony|ledge|edge|platform|tracks|cliff)\\b(?: [a-z0-9.,]+){0,8} (?:step|stepping|jump|jumping|leap|leaping|fall|falling|throw myself) (?:off|over|down|in front)\\b`,
      `\\b(?:brug|dak|flat|balkon|toren|perron|rand|spoor)\\b(?: [a-z0-9.,]+){0,8} (?:eraf|eronder|ervoor|erover|naar beneden) ${gap(1)}(?:stappen|stap|springen|spring|vallen|val|te springen|te stappen|laten vallen|gooien)\\b`,
    ),
  },
  {
    // Method: weapons, wrists.
    cue: "suicide.method",
    category: "suicide",
    level: "crisis",
    keys: words(
      "pistool geweer wapen vuurwapen mes scheermes kogel pols aders gun pistol rifle knife blade razor bullet shoot stab drown poison gas electrocut wrists =use using used turn turning turned point pointing pointed mezelf mijzelf garage afgesloten dicht engine motor uitlaatgassen exhaust koolmonoxide carbon slang hose",
    ),
    method: true,
    re: rx(
      `\\b(?:pistool|geweer|wapen|vuurwapen) ${gap(3)}(?:klaar|klaarliggen|klaarligt|gekocht|geladen|verstopt)\\b`,
      `\\b(?:mes|messen|scheermes|scheermesje|scheermesjes|mesje|mesjes) ${gap(3)}(?:verstopt|onder (?:mijn|het) (?:kussen|bed|matras))\\b`,
      `\\b(?:pistool|geweer|wapen|vuurwapen|mes) ${gap(2)}(?:tegen|op|in) (?:mijn|zijn|haar) (?:hoofd|slaap|keel|hart|borst|pols|polsen)\\b`,
      "\\bkogel door (?:mijn|zijn|haar|het) (?:hoofd|kop)\\b",
      `\\b(?:polsen|pols|aders) ${gap(2)}(?:doorsnijden|doorgesneden|doorsnijd|open ?snijden|opengesneden|door te snijden)\\b`,
      `\\b(?:snij|snijd|snijden|sneed) ${gap(2)}(?:mijn|zijn|haar) (?:polsen|pols|aders) (?:door|open)\\b`,
      `\\b(?:gun|pistol|knife|blade|razor) ${gap(2)}(?:to|against|at) my (?:head|throat|wrists|chest|temple)\\b`,
      "\\bbullet (?:through|in|into) my (?:head|brain)\\b",
      `\\b(?:bought|got|have|loaded) ${gap(1)}(?:a )?(?:gun|pistol|rifle) ${gap(3)}(?:for myself|to end|to use on myself)\\b`,
      `\\b(?:shoot|shooting|stab|stabbing|drown|drowning|poison|poisoning|gas|gassing|electrocute|electrocuting) ${SELF_EN}\\b`,
      `\\b(?:use|using|used|turn|turning|turned|point|pointing|pointed) (?:it|the gun|the knife|the pills|them|the rifle|the pistol|a gun|a knife) (?:on|against|at) (?:myself|me)\\b`,
      `\\b(?:op|tegen) (?:mezelf|mijzelf) ${gap(1)}(?:te )?(?:richten|gebruiken|gericht|gebruikt|richt|gebruik)\\b`,
      // exhaust fumes in a closed garage
      `\\b(?:garage|afgesloten|dicht)\\b(?: [a-z0-9.,]+){0,8} (?:engine (?:running|on)|motor (?:aan|laten draaien|draait|loopt|liet draaien|laten lopen))\\b`,
      `\\b(?:engine (?:running|on)|motor (?:aan|laten draaien|draait|loopt))\\b(?: [a-z0-9.,]+){0,8} (?:garage|afgesloten)\\b`,
      `\\b(?:uitlaatgassen|exhaust fumes|koolmonoxide|carbon monoxide|slang aan de uitlaat|hose (?:to|from|on|into) the exhaust)\\b`,
      `\\b(?:slit|slash|slashing|slitting|cut|cutting) ${gap(1)}(?:my|his|her) wrists\\b`,
    ),
  },
  {
    // A blade with the wrists or throat in mind.
    cue: "suicide.method",
    category: "suicide",
    level: "crisis",
    keys: words(
      "knife knives blade blades razor razors =mes messen mesje mesjes scheermes scheermesje scheermesjes wrist wrists pols polsen keel throat veins aders",
    ),
    method: true,
    unless: accidentOnly,
    re: rx(
      `\\b(?:knife|knives|blade|blades|razor|razors|mes|messen|mesje|mesjes|scheermes|scheermesje|scheermesjes)\\b(?: [a-z0-9.,]+){0,10} (?:my|mijn) (?:wrist|wrists|pols|polsen|throat|keel|veins|aders)\\b`,
      `\\b(?:my|mijn) (?:wrist|wrists|pols|polsen|throat|keel|veins|aders)\\b(?: [a-z0-9.,]+){0,10} (?:knife|knives|blade|blades|razor|razors|mes|messen|mesje|mesjes|scheermes|scheermesje|scheermesjes)\\b`,
    ),
  },
  {
    // Method: pills saved or gathered.
    cue: "suicide.method",
    category: "suicide",
    level: "crisis",
    keys: words(PILL_KEYS),
    method: true,
    re: rx(
      `\\b${PILLS_NL} ${gap(3)}(?:opsparen|op te sparen|opgespaard|gespaard|spaar|sparen|spaart|hamster|hamsteren|gehamsterd|verstopt|bij elkaar (?:gelegd|gezocht|gedaan|gespaard|verzameld)|verzameld)\\b`,
      `\\b(?:spaar|spaart|sparen|opsparen|verzamel|verzamelen|hamster|hamsteren|gespaard|opgespaard|gehamsterd) ${gap(4)}${PILLS_NL}\\b`,
      `\\b(?:saving|saved|stockpil[a-z]*|hoard[a-z]*|stash[a-z]*|storing up|saving up|building up) (?:up )?(?:my |some |all |the |of my |a lot of |lots of )?${PILLS_EN}\\b`,
      `\\b${PILLS_EN} ${gap(2)}(?:saved up|stockpiled|hoarded|stashed)\\b`,
    ),
  },
  {
    // Method: a goodbye letter.
    cue: "suicide.method",
    category: "suicide",
    level: "crisis",
    keys: words(
      "afscheidsbrie afscheidsbericht suicide goodbye farewell brief brieven briefje letter letters note notes message messages video videos",
    ),
    method: true,
    re: rx(
      "\\bafscheidsbrie[a-z]*",
      "\\bafscheidsbericht[a-z]*",
      "\\b(?:suicide|goodbye|farewell) (?:note|notes|letter|letters|message|video)\\b",
      `\\b(?:brief|brieven|briefje|letter|letters|note|notes|message|messages|video|videos) ${gap(6)}(?:for when|for after|in case|voor als|voor wanneer|voor na|voor nadat) (?:i am|ik|i) ${gap(1)}(?:gone|dead|not here|no longer here|er ${NIET} meer (?:ben|zal zijn|zou zijn)|dood (?:ben|ga))\\b`,
    ),
  },
  {
    // Method: a lethal amount looked up, or ways to die researched.
    cue: "suicide.method",
    category: "suicide",
    level: "crisis",
    keys: words(
      PILL_KEYS,
      "dodelijk fatal lethal opgezocht opzoek zoek zocht gezocht zoeken googelde gegoogeld googel googl gelezen research looked look search reading",
    ),
    method: true,
    re: rx(
      `\\b${PILLS_NL} ${gap(4)}(?:dodelijk|dodelijke|fataal|te veel is om|genoeg is om)\\b`,
      `\\b${PILLS_EN} ${gap(4)}(?:lethal|fatal|would kill|to kill|enough to die)\\b`,
      "\\b(?:dodelijke|fatale|lethal|fatal) (?:dosis|hoeveelheid|dose|amount)\\b",
      `\\b(?:opgezocht|opzoeken|zoek|zocht|gezocht|zoeken|googelde|gegoogeld|googelen|googlen|gelezen|research[a-z]*|googl[a-z]*|looked up|look up|looking up|searching|searched|reading about) ${gap(4)}(?:hoe (?:je|ik|men) ${gap(3)}(?:doodgaat|dood gaat|sterft|zelfmoord|er een eind|van kant)|manieren om ${gap(2)}(?:dood|te sterven|er een eind|zelfmoord)|pijnloos (?:dood|sterven)|ways to (?:die|end|kill)|how to (?:die|end it|kill myself|kill yourself)|painless (?:ways|death|way to die))\\b`,
    ),
  },
  {
    // Pills swallowed with a lot of drink: an overdose in all but name.
    cue: "suicide.overdose",
    category: "suicide",
    level: "crisis",
    keys: words(PILL_KEYS),
    method: true,
    unless: ctx("\\b(?:per ongeluk|perongeluk|vergist|accidentally|by (?:accident|mistake))\\b"),
    onlyIf: ctx(
      "\\b(?:hele|heel veel|fles|flessen|strip|strips|doos|doosje|handvol|allemaal|alle|whole|bottle|bottles|handful|box|packet|all (?:my|of|the)|loads|lots)\\b",
    ),
    re: rx(
      `\\b(?:${PILLS_NL}|${PILLS_EN})\\b(?: [a-z0-9]+){0,8} (?:wodka|vodka|drank|alcohol|whisky|whiskey|wijn|wine|jenever|rum|bier|beer|gin|booze)\\b`,
      `\\b(?:wodka|vodka|drank|alcohol|whisky|whiskey|wijn|wine|jenever|rum|bier|beer|gin|booze)\\b(?: [a-z0-9]+){0,8} (?:${PILLS_NL}|${PILLS_EN})\\b`,
    ),
  },
  {
    // Intent unknown: treated as deliberate, because the crisis text also says to call 112 when something
    // has been taken. An accident (below) gets the acute text instead.
    cue: "suicide.overdose",
    category: "suicide",
    level: "crisis",
    keys: words(
      PILL_KEYS,
      "overdos =od =odd =oded =oding strip strips doos doosje =pot =fles voorraad handvol bottle =box packet handful",
    ),
    method: true,
    unless: ctx(
      "\\bper ongeluk\\b|\\bperongeluk\\b|\\bvergist\\b|\\baccidentally\\b|\\bby (?:accident|mistake)\\b",
      "\\b(?:overdosis|overdose) (?:aan|van|of) (?:werk|stress|informatie|prikkels|suiker|zorgen|indrukken|work|information|sugar|caffeine|screen)",
      "\\b(?:kind|kindje|peuter|dreumes|baby|zoontje|dochtertje|toddler|baby|my son|my daughter|the kids|hond|kat|dog|cat)\\b",
    ),
    re: rx(
      "\\boverdos[a-z]*",
      "\\bod(?:d|ed|ing)? on\\b",
      `\\b(?:heb|had|hebben|heeft|net|zojuist) ${gap(3)}${QTY_NL} ${gap(2)}${PILLS_NL} ${gap(3)}(?:ingenomen|genomen|geslikt|ingespoten|gespoten|opgegeten|gedronken|binnen|in ?genomen)\\b`,
      `\\b(?:al mijn|al haar|al zijn|alle|allemaal) ${gap(1)}${SEDATIVES} ${gap(3)}(?:ingenomen|genomen|geslikt|ingespoten|gespoten|opgegeten|binnen)\\b`,
      // separable verbs: "vanavond neem ik al mijn slaaptabletten in"
      `\\b(?:neem|neemt|nam|namen|slik|slikt|slikte|spuit|spoot) (?:ik |hij |zij |ze )?${gap(3)}(?:(?:al mijn|al haar|al zijn|alle|allemaal|${QTY_NL}) ${gap(1)}${SEDATIVES}|${QTY_NL} ${gap(1)}${PILLS_NL})\\b`,
      `\\b(?:al mijn|al haar|al zijn|alle|allemaal) ${gap(1)}${PILLS_NL} ${gap(3)}(?:ingenomen|genomen|geslikt|ingespoten|opgegeten)\\b(?= .*\\b(?:tegelijk|in (?:een|1) keer|wakker geworden|bijgekomen|ziekenhuis|leeggepompt|bijna|expres|opzettelijk)\\b)`,
      `\\b(?:took|taken|swallowed|downed|have taken|had taken|just took) (?:all|all of) (?:my|the|her|his) ${SEDATIVES}\\b`,
      `\\balle ${gap(1)}${PILLS_NL} ${gap(3)}(?:in (?:een|1) keer|tegelijk|tegelijkertijd)\\b`,
      `\\b${PILLS_NL} ${gap(2)}(?:allemaal|alle) ${gap(1)}(?:tegelijk|in (?:een|1) keer|tegelijkertijd|vanavond|vannacht|opeens)\\b`,
      `\\b(?:alle|al mijn|allemaal) ${gap(1)}${PILLS_NL} ${gap(3)}(?:vanavond|vannacht|straks|opeens) ${gap(2)}(?:innemen|in te nemen|slikken|te slikken|nemen|te nemen)\\b`,
      `\\b(?:going to|will|want to|plan to|planning to|thinking of|thinking about|about to) ${gap(1)}(?:take|swallow|down|taking|swallowing) (?:all|all of) (?:my|the) ${PILLS_EN}\\b(?= .*\\b(?:tonight|at once|in one go|today|now|together)\\b)`,
      `\\b(?:in (?:een|1) keer|tegelijk) ${gap(2)}alle ${gap(1)}${PILLS_NL}\\b`,
      `\\b(?:gedacht|denk|dacht|plan|van plan|overweeg|overwogen|wil|wou|zin|neiging|idee|drang) ${gap(4)}(?:om )?(?:(?:alle|al mijn|al die|al haar|al zijn|een handvol) ${gap(4)}${PILLS_NL}|(?:een hele|de hele) (?:strip|doos|pot|fles|voorraad)|een doos|een pot|mijn voorraad) ${gap(4)}(?:te )?(?:nemen|innemen|slikken|in te nemen|op te eten|leeg te eten|spuiten|in te spuiten)\\b`,
      `\\b(?:thought|thinking|think|considered|considering|tempted) (?:about|of|to)? ?(?:taking|swallowing|downing|injecting|take|swallow) (?:all|all of|a whole (?:box|bottle|packet|strip) of|the whole (?:box|bottle|packet|strip) of|a handful of|a bottle of) (?:my |her |his |the |mums |moms |dads )?${PILLS_EN}\\b`,
      `\\b(?:took|taken|swallowed|downed|have taken|had taken|just took) ${gap(2)}(?:too many|a handful of|handfuls of|a bottle of|a box of|a packet of|a pack of|a strip of|a whole (?:box|bottle|packet|pack|strip) of|the whole (?:box|bottle|packet|pack|strip) of|loads of|a load of|dozens of) ${gap(1)}${PILLS_EN}\\b`,
      `\\ball (?:my |the |of my |of the )?${PILLS_EN} at once\\b`,
    ),
  },
];

// ---------------------------------------------------------------------------------------------------
// Self-harm (crisis)

const ON_PURPOSE = "(?:expres|opzettelijk|met opzet|bewust|on purpose|deliberately|intentionally)";
/** Hurting one's own body: "slammed my hand", "sloeg mezelf", "mijn arm gebrand". */
const HURT_OWN = `(?:(?:slam|slammed|slamming|hit|hitting|bang|banged|banging|burn|burned|burnt|burning|cut|cutting|punch|punched|bite|bit|scratch|scratched|stab|stabbed|hurt|break|broke|smash|smashed|trap|trapped) ${gap(1)}(?:my|myself)\\b|(?:sla|sloeg|geslagen|klem|klemde|geklemd|brand|brandde|gebrand|snij|sneed|gesneden|kras|kraste|gekrast|bijt|beet|gebeten|stomp|stompte|gestompt|bonk|bonkte|gebonkt|knijp|kneep|geknepen|verwond|verwondde|beuk|beukte|gebeukt) ${gap(3)}(?:mijn|mezelf|mijzelf|me)\\b|(?:mijn|mezelf|mijzelf|me) ${gap(4)}(?:geslagen|geklemd|gebrand|gesneden|gekrast|gebeten|gestompt|gebonkt|geknepen|verwond|gebeukt|pijn gedaan|bezeerd)\\b)`;

const SELF_HARM: Rule[] = [
  {
    // An injury to one's own body, said to be on purpose: self-harm whatever the means.
    cue: "self_harm.act",
    category: "self_harm",
    level: "crisis",
    keys: words("expres opzettelijk opzet bewust purpose deliberately intentionally"),
    re: rx(
      `\\b${ON_PURPOSE}(?: [a-z0-9,]+){0,8} ${HURT_OWN}`,
      `\\b${HURT_OWN}(?: [a-z0-9,]+){0,8} ${ON_PURPOSE}\\b`,
    ),
  },
  {
    cue: "self_harm.term",
    category: "self_harm",
    level: "crisis",
    keys: words(
      "zelfbeschadig zelfverwond zelfmutil zelfbeschad automutil =self selfharm selfinjur selfmutil",
    ),
    negation: "around",
    re: rx(
      "\\bzelf(?:beschadig|verwond|mutil|beschading)[a-z]*",
      "\\bautomutil[a-z]*",
      "\\bself ?(?:harm|harming|harmed|injur[a-z]*|mutilat[a-z]*)\\b",
      "\\bselfharm[a-z]*",
    ),
  },
  {
    cue: "self_harm.act",
    category: "self_harm",
    level: "crisis",
    keys: words(
      SELF_KEYS,
      "snij sneed kras gekrast gesneden gekrabd brand gebrand geslagen opengekrast opengesneden opengehaald kapotgekrast kapotgesneden =open sigaret aansteker hoofd =kop scratch cut burn pick myself =self himself herself themsel relapsed head mesje scheermes razor blade bijt beet bijten gebeten krab knijp kneep geknepen prik geprikt steek stak gestoken stomp gestompt bonk =sla sloeg slaan bite biting =bit pinch =hit hitting punch carv stab slic stompen beuk verbrand schop trap sneetjes sneden snijwonden krassen wondjes wonden brandwonden cuts scratches burns marks wounds pijn verwond bewerkt gehaald bleed bled bloed",
    ),
    negation: "around",
    // An accident excuses the act unless the person says it was on purpose.
    unless: (sentence) => SELF_HARM_IDIOM.test(sentence) || accidentOnly(sentence),
    // Scratching an itch until it bleeds is eczema, not self-harm; still worth a question.
    lower: ctx(
      "\\b(?:jeuk|jeukt|eczeem|psoriasis|muggenbult[a-z]*|itch[a-z]*|eczema|insect bites?|tandvlees|gums|floss[a-z]*|nagelriem[a-z]*|cuticles?)\\b",
    ),
    re: rx(
      `\\b${ANYSELF_NL} ${gap(5)}(?:open|kapot)?(?:snijden|snijd|snij|snijdt|sneed|gesneden|krassen|kras|gekrast|bekrassen|branden|gebrand|brand|slaan|sla|geslagen|verwonden|verwond|beschadigen|beschadig|pijn (?:te )?doen|pijn doe|pijn gedaan|uithongeren|bijten|gebeten|openkrabben|openhalen|openkrassen|opensnijden|stompen|stomp|stompt|gestompt|knijpen|knijp|geknepen|prikken|prik|geprikt|steken|steek|gestoken|krabben|krab|gekrabd|bonken|beuken|verbranden|verbrand|schoppen|trappen)\\b`,
      `\\b(?:snij|snijd|snijdt|kras|krast|brand|brandt|sla|slaat|verwond|verwondt|bijt|krab|krabt|knijp|knijpt|prik|prikt|stomp|stompt|schop|schopt|trap|trapt|bonk|bonkt|beuk|beukt|steek|steekt) ${ANYSELF_NL}\\b`,
      // verb first: "ik doe mezelf pijn", "doe mij expres pijn"
      `\\b(?:doe|doet|deed|deden) (?:${ANYSELF_NL}|(?<=\\bik (?:${W} ){0,3}(?:doe|deed) )(?:me|mij)) (?:${W} ){0,2}pijn\\b(?! (?:met|door) (?:die|dat|deze|mijn|zijn|haar) (?:woorden|gedachten|opmerking|houding)\\b)`,
      // a body part of one's own, hurt by one's own hand
      `\\b(?:bijt|beet|bijten|gebeten|krab|krabde|krabben|gekrabd|knijp|kneep|knijpen|geknepen|kras|kraste|krassen|gekrast|snij|snijd|sneed|snijden|gesneden|brand|brandde|branden|gebrand|prik|prikte|prikken|geprikt|steek|stak|steken|gestoken|sla|sloeg|slaan|geslagen|stomp|stompte|stompen|gestompt|bonk|bonkte|bonken) ${gap(2)}(?:in|op|tegen) (?:mijn|me|m) ${BODY_NL}\\b(?: [a-z0-9]+){0,5} (?:tot|totdat) (?:het|ik|ze|hij|er) ${gap(1)}(?:bloed|bloedt|bloeden|bloedde|pijn doet|blauw|kapot|open)\\b`,
      `\\b(?:bijt|beet|bijten|gebeten) ${gap(1)}(?:in|op) (?:mijn|me|m) (?:arm|armen|pols|polsen|hand|handen|onderarm|onderarmen)\\b`,
      `\\b(?:kras|krast|kraste|snij|snijd|snijdt|sneed|haal|haalt|haalde|krab|krabt|krabde) (?:mijn|me|m|zijn|haar) ${BODY_NL} ${gap(1)}(?:open|kapot|stuk|bloederig)\\b`,
      `\\b(?:bite|biting|bit|scratch|scratching|scratched|pinch|pinching|hit|hitting|punch|punching|pick|picking) (?:my|his|her) ${BODY_EN}\\b(?: [a-z0-9]+){0,5} (?:until|till|til|so) (?:it|they|i) ${gap(1)}(?:bleed|bleeds|bled|bleeding|bruise|bruises|bruised|hurt|hurts)\\b`,
      `\\b(?:burn|burning|burned|burnt|cut|cutting|scratch|scratching|carve|carving|stab|stabbing|slice|slicing) (?:my|his|her) ${BODY_EN}\\b(?! (?:on|against) (?:the|a|an|my|some)\\b)`,
      // the verb alone, as people name it: "ik snijd weer", "ik kras nog steeds"
      `\\bik (?:${gap(1)})?(?:snij|snijd|kras|snijden|krassen) (?:weer|opnieuw|nog steeds|nog altijd|nog|soms|vaak|elke dag|steeds|stiekem|al jaren|al maanden)(?:${END}| (?:vooral|meestal|in|op)\\b)`,
      // wounds she says she made herself
      `\\b(?:sneetjes|sneden|snijwonden|krassen|wondjes|wonden|brandwonden|cuts|scratches|burns|marks|wounds) ${gap(2)}(?:op|on) (?:mijn|haar|zijn|my|her|his) ${gap(1)}(?:${BODY_EN}|${BODY_NL})\\b(?= .*\\b(?:zelf (?:doet|gedaan|aangedaan|aandoet)|expres|met opzet|(?:does|did|doing) (?:it |this )?(?:to )?(?:herself|himself|myself)|on purpose|herself|himself)\\b)`,
      // fresh marks on the usual places
      `\\b(?:fresh|new|deep|verse|nieuwe|diepe) ${gap(1)}(?:cuts|cut|scratches|burns|wounds|sneden|snijwonden|sneetjes|krassen|wondjes|wonden|brandwonden) (?:on|op|in) (?:my|mijn|his|her|zijn|haar) ${gap(1)}(?:${BODY_EN}|${BODY_NL})\\b`,
      // until it bleeds, by one's own hand
      `\\b(?:i|ik) ${gapNot(6, "hij|zij|ze|he|she|they|mijn|my")}(?:until|till|til|tot|totdat) (?:my [a-z]+|it|they|i|het|mijn [a-z]+|ik|ze) ${gap(1)}(?:bleed|bleeds|bled|bleeding|bloed|bloedt|bloeden|bloedde)\\b`,
      `\\bik ${gapNot(3, "hij|zij|ze|die|mijn|hem|haar")}(?:me|mij) ${gapNot(3, "er|daar|aan|op")}(?:open|kapot)?(?:snij|snijd|snijden|gesneden|kras|krassen|gekrast|gekrabd|gebrand|pijn (?:te )?doen|pijn doe|pijn gedaan|verwonden|verwond|bewerkt|gehaald)\\b`,
      `\\b(?:snij|snijd|snijden|sneed|kras|krassen|kraste|gekrast|gesneden|brand|brandde|gebrand) ${gap(2)}(?:in|op) (?:mijn|me|m) (?:arm|armen|pols|polsen|been|benen|dij|dijen|buik|huid|bovenbenen|onderarm|onderarmen)\\b`,
      `\\b(?:in|op) (?:mijn|me|m) (?:arm|armen|pols|polsen|benen|dijen|huid|bovenbenen|onderarmen) ${gap(2)}(?:gesneden|gekrast|snijden|krassen|gebrand|geslagen)\\b`,
      `\\b(?:ben|heb|had|was) (?:(?:weer|opnieuw|alweer|vannacht|gisteren|gisteravond|vanochtend|vandaag|net|toch) ){1,2}(?:aan het )?(?:snijden|krassen|gesneden|gekrast)(?:${END}| (?:in|op) mijn\\b)`,
      `\\b(?:arm|armen|been|benen|pols|polsen|huid|dijen) ${gap(1)}(?:opengekrast|opengesneden|opengehaald|kapotgekrast|open gekrast|open gehaald|open gesneden)\\b`,
      `\\b(?:mesje|mesjes|scheermes|scheermesje|scheermesjes|razor|razors|blade|blades) ${gap(3)}(?:in|op|bij|tegen|to|in|on|against) (?:mijn|me|m|my) (?:hand|handen|pols|polsen|arm|armen|huid|been|benen|wrist|wrists|arms|skin|leg|legs)\\b`,
      `\\b(?:burn|burning|burned|burnt|cut|cutting|scratch|scratching|stab|stabbing|carve|carving) (?:my|his|her) (?:arms|arm|legs|leg|thighs|thigh|wrists|wrist|skin|stomach|belly|hands|hand) (?:with|using) (?:a |my |the )?(?:cigarettes?|lighters?|razors?|blades?|knife|knives|glass|compass|scissors|lighter|pins?|needles?)\\b`,
      `\\b(?:brand|brandt|brandde|kras|krast|kraste|snij|snijd|snijdt|sneed|steek|steekt) ${gap(1)}(?:mijn|me|m|zijn|haar) (?:armen|arm|benen|been|dijen|polsen|pols|huid|buik|handen|hand) (?:met|op) (?:een |mijn |de )?(?:sigaret|sigaretten|aansteker|mes|mesje|scheermes|scheermesje|schaar|passer|glas|naald|naalden)\\b`,
      `\\b(?:sigaret|sigaretten|aansteker) ${gap(3)}(?:op|in) (?:mijn|m) (?:arm|armen|huid|hand|been|benen)\\b`,
      `\\b(?:hoofd|kop) ${gap(2)}tegen de (?:muur|deur|kast) ${gap(1)}(?:bonken|bonk|slaan|sla|geslagen|gebonkt|beuken|rammen)\\b`,
      `\\b(?:bonk|bonkt|bonken|beuk|beukt|ram|ramt|sla|slaat) ${gap(1)}(?:mijn|zijn|haar) (?:hoofd|kop) ${gap(1)}tegen de (?:muur|deur|kast|grond)\\b`,
      `\\b(?:scratch|scratching|cut|cutting|burn|burning|pick|picking) (?:my|his|her) (?:arms|legs|thighs|wrists|skin) (?:until|till|to|so) (?:they |it )?(?:bleed|bleeds|bled|bleeding|hurt|hurts)\\b`,
      `\\b(?:cut|cuts|cutting|burn|burns|burning|burned|burnt|hurt|hurts|hurting|harm|harms|harming|scratch|scratching|hit|hitting|punch|punching|bite|biting|starve|starving) ${gap(1)}${SELF_EN}\\b`,
      `\\b(?:started|start|been|am|was|keep|kept|back to) ${gap(1)}cutting(?:${END}| again\\b| my (?:arms|legs|thighs|skin|wrist)\\b)`,
      "\\bcut (?:again|my (?:arms|legs|thighs|skin|wrist))\\b",
      "\\bcutting (?:my )?(?:arms|legs|thighs|skin|wrists)\\b",
      "\\brelapsed (?:on|with|into) (?:cutting|self ?harm)",
      `\\bbang (?:my|his|her) head ${gap(1)}(?:against|on) the (?:wall|door|floor)\\b`,
    ),
  },
];
// ---------------------------------------------------------------------------------------------------
// Violence or danger at home (crisis)

const HIT_NL =
  "(?:betast|betastte|slaat|sloeg|sloegen|geslagen|schopt|schopte|geschopt|trapt|trapte|getrapt|stompt|stompte|gestompt|mept|mepte|gemept|wurgt|wurgde|gewurgd|mishandelt|mishandelde|misbruikt|misbruikte|verkracht|verkrachtte|bedreigt|bedreigde|terroriseert|terroriseerde|stalkt|intimideert|klopt|klopte|geklopt)";
const HURT_NL =
  "(?:afgetuigd|aftuigt|aftuigen|afgeranseld|afranselt|toegetakeld|toetakelt|in elkaar (?:getrapt|geschopt|gebeukt)|gebeukt|beukt|gemolesteerd|molesteert|vastgebonden|vastgehouden tegen mijn wil|bespuugd|gegrepen|vastgegrepen|beetgepakt|geknepen|gebeten|gekrabd|gestoken|bij (?:mijn|de) (?:arm|armen|keel|nek|haren|pols|polsen|kraag|haar) (?:gegrepen|gepakt|vastgepakt|genomen|gesleurd|getrokken)|tegen de grond (?:gewerkt|geduwd|gegooid|geslagen)|slaat|sloeg|slaan|geslagen|schopt|schopte|geschopt|trapt|trapte|getrapt|stompt|gestompt|wurgt|wurgde|gewurgd|mishandelt|mishandeld|misbruikt|misbruikte|verkracht|bedreigt|bedreigd|bedreigde|vermoordt|vermoorden|vermoord|opsluit|opgesloten|gesleept|gesleurd|sleept|sleurt|geduwd|omvergeduwd|gegooid|gesmeten|pijn doet|pijn gedaan|iets aandoet|iets aandoen|iets aan doet|wat aandoet|slaag geeft|klappen geeft|klappen gaf|slaag gaf|in elkaar slaat|dood slaat|doodslaat|kapot slaat|klopt|geklopt)";
const KILL_NL =
  "(?:(?:kapot|dood|af|neer) ?(?:te )?(?:maken|maakt|maak|slaan|slaat|sla|steken|steekt|steek|schieten|schiet)|vermoorden|vermoord|vermoordt|iets aan ?(?:te )?doen|aandoen|aandoet|wat aan ?(?:te )?doen|van kant (?:te )?maken)";
const HIT_EN =
  "(?:batters|battered|beats up|beat up|beating up|roughs up|roughed up|knocks (?:me )?around|knocked (?:me )?around|slaps (?:me )?around|pins|pinned|spits on|spat on|pushed|pushes|pushing|shoved|shoves|shoving|stalks|stalking|stalked|hits|hit|hitting|beats|beat|beating|kicks|kicked|kicking|punches|punched|punching|slaps|slapped|slapping|chokes|choked|choking|strangles|strangled|strangling|threatens|threatened|threatening|abuses|abused|abusing|rapes|raped|bruised|attacks|attacked|assaults|assaulted|hurts|hurt|hurting|grabs|grabbed|locks|locked|burns|burned|bit|bites|throws things at|threw things at|smacks|smacked)";

/** "Slaagt" is how many people misspell "slaat"; it only counts directly before a victim. */
const HIT_TYPO_NL = "(?:slaagt|slaad|slat)";

const VIOLENCE: Rule[] = [
  {
    // "Klappen krijgen" is literal when someone at home hands them out, figurative about life in general.
    cue: "violence.hit",
    category: "violence",
    level: "crisis",
    keys: words("klap =mep schop slaag rammel"),
    negation: "around",
    onlyIf: ctx(`\\b(?:${PERP_NL}|thuis|vader|moeder|pa|ma|papa|mama)\\b`),
    unless: ctx("\\b(?:in het leven|van het leven|financieel|op het werk|op de beurs|in de sport)\\b"),
    re: rx(
      `\\b(?:krijg|krijgen|kreeg|kregen|gekregen|krijgt) ${gap(3)}(?:klappen|een klap|een mep|meppen|schoppen|een schop|slaag|rammel)\\b`,
    ),
  },
  {
    cue: "violence.term",
    category: "violence",
    level: "crisis",
    keys: words(
      "huiselijk relationeel intrafamiliaal partner relatie kinder ouder seksueel incest verkracht aangerand aanranding mishandel loverboy eergerelateerd domestic intimate family child elder sexual molest rape raping rapist abus coercive",
    ),
    negation: "around",
    unless: FICTION,
    re: rx(
      "\\b(?:huiselijk|relationeel|intrafamiliaal) geweld\\b",
      "\\b(?:partner|relatie|kinder|ouderen|ouder)(?:geweld|mishandeling)\\b",
      "\\bseksueel (?:misbruik[a-z]*|geweld|misbruikt|overschrijdend|grensoverschrijdend)\\b",
      "\\bincest\\b",
      "\\bverkracht[a-z]*",
      "\\baangerand[a-z]*|\\baanranding\\b",
      "\\bmishandel[a-z]*",
      "\\bloverboy[a-z]*",
      "\\beergerelateerd[a-z]*",
      "\\bdomestic (?:violence|abuse)\\b",
      "\\b(?:partner|intimate partner|family) (?:violence|abuse)\\b",
      "\\b(?:child|elder) abuse\\b",
      "\\bsexual(?:ly)? (?:abus[a-z]*|assault[a-z]*)\\b",
      "\\bmolest[a-z]*",
      "\\b(?:rape|raped|raping|rapist)\\b",
      `\\babusive (?:relationship|partner|husband|wife|boyfriend|girlfriend|father|dad|mother|mum|mom|home|marriage|ex|stepfather|stepdad|family)\\b`,
      "\\b(?:is|was|been|being|get|got|am) (?:being )?abused\\b",
      `\\babus(?:es|ed|ing) ${VICTIM_EN}\\b`,
      "\\bcoercive control\\b",
    ),
  },
  {
    cue: "violence.hit",
    category: "violence",
    level: "crisis",
    keys: words(
      "betast batter beats roughs rough knocks knocked slaps pins pinned spits =spat afgetuigd aftuigt aftuigen afgeranseld afranselt toegetakeld toetakelt gebeukt beukt gemolesteerd molesteert vastgebonden vastgehouden bespuugd pushed pushes pushing shoved shoves shoving gegrepen vastgegrepen beetgepakt geknepen gegeven verkocht kopstoot knietje =aan slaat sloeg slaan geslagen =sla slaagt slaad =slat schop geschopt trap getrapt stomp gestompt mept mepte gemept =mep wurg gewurgd mishandel misbruik verkracht aangerand bedreig terroris stalk gestalkt intimid geintimideerd klop geklopt vermoord opsluit opgesloten =pijn aandoe slaag klap doodslaat gewelddadig agressief handtastelijk rammel draai blauw slagen oplawaai duw geduwd gooi schud geschud dwingt sluit sloot lock keep kept smijt smeet throw threw smash break broke hit beat kick punch slap chok strangl threat abus rape attack assault hurt grab burn =bit bite smack molest push shove shake shook force gegooid gesmeten omver tegen grond gesleept gesleurd sleept sleurt sleepte sleurde trekt trok getrokken gepakt vastgepakt",
    ),
    negation: "around",
    unless: (sentence) => FICTION.test(sentence) || HIT_ME_UP.test(sentence),
    re: rx(
      `\\b${HIT_NL} (?:(?!op |over |af |toe |aan |door |terug |er |alarm |om )${W} )?${VICTIM_NL}\\b`,
      `\\b${HIT_TYPO_NL} ${VICTIM_NL}\\b`,
      `\\b${PERP_NL} ${gap(7)}${VICTIM_NL} ${gap(9)}${HURT_NL}\\b`,
      `\\b${PERP_NL} ${gap(2)}(?!(?:slaat|sloeg|schopt|schopte|trapt|trapte|mept|mepte|stompt)(?: (?!me\\b|mij\\b|ons\\b|mijn\\b)[a-z0-9]+){0,4} (?:op|met|tegen) (?!(?:me|mij|ons|mijn|haar|hem)\\b))(?:slaat|sloeg|schopt|schopte|trapt|trapte|mept|mepte|stompt|wurgt|wurgde|mishandelt|mishandelde|verkracht|verkrachtte|terroriseert|intimideert|stalkt|is gewelddadig|wordt gewelddadig|werd gewelddadig|wordt agressief|werd agressief|is agressief|is handtastelijk|wordt handtastelijk|werd handtastelijk)\\b(?!(?: [a-z0-9]+){0,5} (?:over|op|aan|af|toe|terug|dicht)(?= [.,]|$))(?! (?:de|het|een|op|af|toe|aan|door|over|terug|alarm|munt|bal|balletje|deur|uur|vlieg|spijker|brug|eieren|room|glas|plank|zijn|haar|wel|kort|naar|tegen de bal|mijn (?:werk|huis|auto))\\b)`,
      `\\b(?:ik|wij|we) ${gap(3)}(?:word|wordt|werd|werden|worden|ben|is|zijn|was|waren) ${gap(6)}(?:geslagen|geschopt|getrapt|gestompt|gewurgd|mishandeld|misbruikt|verkracht|aangerand|bedreigd|gestalkt|opgesloten|geintimideerd|gemept|geklopt)\\b(?! door (?:een|de) (?:bal|golfbal|tak|deur)\\b)`,
      `\\b(?:mijn|onze|de|ons) (?:kind|kinderen|kindje|zoon|dochter|baby|moeder|zus|kids) ${gap(2)}(?:word|wordt|werd|werden|worden|is|zijn|was|waren) ${gap(3)}(?:geslagen|geschopt|getrapt|mishandeld|misbruikt|verkracht|bedreigd|opgesloten)\\b`,
      `\\b(?:krijg|kreeg|krijgen|kregen|gekregen|krijgt) ${gap(2)}(?:slaag|klop|rammel|een pak slaag|een pak rammel|een draai om (?:mijn|de) oren|een blauw oog)\\b`,
      `\\b${PERP_NL} ${gap(3)}${VICTIM_NL} ${gap(4)}(?:een klap|klappen|een mep|meppen|een schop|een trap|een stomp|een vuistslag|een oplawaai|een pak slaag|slaag|een blauw oog|een draai om (?:mijn|de|zijn|haar) oren|een kopstoot|een knietje) ${gap(3)}(?:gegeven|verkocht|geven|gaf|verkocht)\\b`,
      `\\b(?:geeft|gaf|geven|gaven|gegeven) (?:me|mij|ons|de kinderen|mijn kind) ${gap(1)}(?:klappen|slaag|een klap|een mep|slagen|een pak slaag|een oplawaai|een blauw oog|een schop|schoppen)\\b`,
      `\\b(?:duwt|duwde|geduwd|gooit|gooide) ${gap(1)}(?:me|mij) ${gap(1)}(?:tegen de (?:muur|grond|kast)|van de trap|op de grond|omver|de trap af)\\b`,
      `\\b(?:me|mij|ons|mijn kind) ${gap(3)}(?:de trap af|van de trap|tegen de (?:muur|grond|kast|deur)|op de grond|omver|door de kamer) ${gap(1)}(?:geduwd|gegooid|gesmeten|duwt|duwde|gooit|gooide|smijt|smeet|getrapt|geschopt)\\b`,
      `\\b(?:sla|sloeg|slaan|schop|schopte|schud|schudde|schudden|geslagen|geschud|geschopt) ${gap(2)}(?:mijn|ons|onze|de) (?:kind|kinderen|kindje|zoon|zoontje|dochter|dochtertje|baby|kleine|kids)\\b`,
      `\\b(?:baby|kindje|kind) ${gap(2)}door elkaar ${gap(1)}(?:geschud|schudden|schud|schudde)\\b`,
      `\\b(?:ik|wij|we) ${gap(2)}(?:heb|hebben|had) ${gap(2)}(?:mijn|ons|onze|de) (?:kind|kinderen|kindje|zoon|zoontje|dochter|dochtertje|baby|kleine|kids) ${gap(2)}(?:geslagen|geschopt|geschud|door elkaar geschud|pijn gedaan|gestompt)\\b`,
      `\\b(?:sluit|sloot|sluiten) (?:me|mij|ons|de kinderen|mijn kinderen) ${gap(3)}op\\b`,
      `\\b(?:locks|locked|keeps|kept) (?:me|us|the kids) (?:in|up|inside)\\b`,
      `\\b${PERP_NL} ${gap(5)}(?:gooit|gooide|smijt|smeet) ${gap(2)}(?:met )?(?:spullen|dingen|borden|stoelen|glazen|servies|meubels)\\b`,
      `\\b${PERP_EN} ${gap(6)}${HIT_EN} ${gap(1)}(?:${VICTIM_EN}|him|her)\\b(?! (?:back|off|out|at|to it|to|into|towards|forward|through|along|on|ahead)\\b)`,
      `\\b(?:i|we|my (?:kids|children|son|daughter|baby|mum|mom)|the kids) ${gap(2)}(?:am|is|was|were|are|get|gets|got|getting|being|is being|are being|was being|have been|has been|had been|keep getting|keeps getting|been) ${gap(1)}(?:hit|beaten|beaten up|kicked|punched|slapped|choked|strangled|abused|raped|molested|threatened|attacked|assaulted|locked in|locked up|hurt|smacked|shoved|pushed around)\\b(?! (?:hard|at|in the|by (?:a|an|the) (?:car|ball|bike|bicycle|cyclist|motorbike|scooter|bus|truck|van|wave|virus|flu|news|bug|cold|storm|tree|branch|door|stone|rock|golf ball|cricket ball))\\b)`,
      `\\b(?:pushed|shoved|pushes|shoves|threw|throws) (?:me|her) ${gap(1)}(?:against the (?:wall|door|floor)|down the stairs|to the (?:floor|ground)|into the wall)\\b`,
      `\\bi ${gap(2)}(?:hit|smack|smacked|beat|shake|shook|shaken|slap|slapped) (?:my|the|our) (?:kids|children|child|son|daughter|baby|toddler)\\b(?! (?:s|car|phone|ball)\\b)`,
    ),
  },
  {
    // Sexual violence and unwanted touching, said in everyday words.
    cue: "violence.sexual",
    category: "violence",
    level: "crisis",
    keys: words(
      "dwingt dwong dwingen gedwongen forceer geforceerd seks sex doet deed doen does did makes made forces forced forcing pressur coerc zit zat zitten komt kwam sluipt sloop touches touched touching gropes groped comes came sneaks sneaked snuck creeps crept gets =got =wil",
    ),
    negation: "around",
    unless: FICTION,
    re: rx(
      `\\bdwingt (?:me|mij) ${gap(2)}(?:tot seks|seks|tegen mijn wil)\\b`,
      `\\b(?:doet|deed|doen|dwingt|dwong) ${gap(2)}(?:dingen|iets|van alles) (?:die|wat|dat) ik ${gap(1)}${NIET} (?:wil|wilde|fijn vind)\\b`,
      `\\b(?:does|did|makes me do|made me do|forces me to do) ${gap(1)}(?:things|stuff) ${gap(2)}(?:i do not want|i did not want|against my will)\\b`,
      `\\b(?:zit|zat|zitten|komt|kwam) ${gap(2)}aan (?:me|mij|mijn (?:kleine |jongste |oudste )?(?:lijf|lichaam|borsten|kind|kinderen|dochter|dochtertje|zoon|zoontje|zus|zusje|broer|broertje|kleindochter|kleinzoon|kleinkind|nichtje|neefje))\\b(?! te\\b)`,
      `\\b(?:touches|touched|touching) (?:me|my (?:daughter|son|kids|child|children)) ${gap(4)}(?:do not like|did not like|against my will|inappropriate[a-z]*|private|down there|when no one|uncomfortable)\\b`,
      `\\bmy (?:stepdad|stepfather|uncle|dad|father|brother|carer|caregiver|grandfather|grandpa|coach|teacher|boss) ${gap(2)}(?:touches|touched|gropes|groped) (?:me|my)\\b`,
      `\\b(?:my|our|her|his) (?:stepdad|step dad|stepfather|step father|uncle|dad|father|brother|stepbrother|grandfather|grandpa|mums boyfriend|moms boyfriend|mothers boyfriend|cousin|carer) ${gap(2)}(?:comes|came|sneaks|sneaked|snuck|creeps|crept|gets|got) (?:in|into) (?:my|her|his|our) (?:room|bed|bedroom)\\b`,
      `\\b(?:mijn|haar|zijn|onze) (?:stiefvader|stiefpa|oom|vader|papa|pa|broer|stiefbroer|opa|neef|nonkel) ${gap(2)}(?:komt|kwam|sluipt|sloop) ${gap(2)}(?:op|in|naar) (?:mijn|haar|zijn|onze) (?:kamer|bed|slaapkamer)\\b(?= .*\\b(?:s nachts|snachts|nachts|als (?:iedereen|mama|mijn moeder) slaapt|at night)\\b)`,
      `\\btegen mijn wil ${gap(3)}(?:seks|betast|aangeraakt|gedwongen)\\b`,
      `\\bforces? me ${gap(2)}(?:to have sex|into sex|against my will)\\b`,
      `\\b(?:forces|forced|forcing|makes|made|pressures|pressured|pressuring|coerces|coerced) (?:me|her|my (?:wife|daughter|son|girlfriend)) ${gap(2)}(?:to have sex|into (?:having )?sex|have sex|to sleep with|into sleeping with|to do sexual|sexual|into bed)\\b`,
      `\\b(?:dwingt|dwong|dwingen|gedwongen|forceert|forceerde|geforceerd) ${gap(3)}(?:tot|om|met|naar) ${gap(2)}(?:seks|sex|naar bed|te vrijen|vrijen|seksuele)\\b`,
      `\\b(?:seks|sex) ${gap(4)}(?:tegen mijn wil|terwijl ik ${gap(1)}${NIET} (?:wil|wilde)|when i (?:do not|did not) want|against my will)\\b`,
    ),
  },
  {
    // Grabbed by the throat or hair, injuries someone caused, things thrown.
    cue: "violence.hit",
    category: "violence",
    level: "crisis",
    keys: words(
      "grijpt greep pakt pakte houdt hield knijpt kneep knijpen drukt drukte duwt duwde keel =nek =hand handen blauwe haren arm neus rib kaak =pols vinger =lip oog tand =been gebroken gekneusd broke broken fractured bruised burned burnt split pulls pulled drags dragged grabs grabbed throws threw smashes smashed breaks holds held squeezes squeezed hands bruises",
    ),
    negation: "around",
    unless: (sentence) => FICTION.test(sentence) || HIT_ME_UP.test(sentence),
    re: rx(
      `\\b(?:grijpt|greep|pakt|pakte|houdt|hield|knijpt|kneep) ${gap(2)}(?:me|mij) ${gap(2)}(?:bij|aan) (?:mijn|de) (?:keel|nek|haren)\\b`,
      `\\b(?:knijpt|kneep|knijpen|drukt|drukte|duwt|duwde) ${gap(1)}(?:mijn|m|me|de) (?:keel|nek|hals|strot) ${gap(1)}(?:dicht|toe)\\b`,
      `\\b(?:keel|nek) ${gap(1)}(?:dichtgeknepen|dichtgedrukt|dichtknijpen|dicht te knijpen)\\b|\\b(?:hand|handen) om (?:mijn|de) (?:keel|nek|hals)\\b`,
      `\\bblauwe plekken ${gap(3)}(?:van|door) (?:hem|haar|(?:mijn|onze) ${PARTNER_NL})\\b`,
      `\\baan (?:mijn|m|me) haren ${gap(4)}(?:trekt|trok|getrokken|sleept|sleepte|gesleept|sleurt|sleurde|gesleurd)\\b|\\b(?:trekt|trok|sleept|sleurt|sleurde|sleepte) (?:me|mij) ${gap(2)}aan (?:mijn|m|me) haren\\b`,
      // injuries someone else caused
      `\\b${PERP_NL} ${gap(3)}(?:mijn|m|me) (?:arm|neus|rib|ribben|kaak|pols|vinger|vingers|lip|oog|tand|tanden|been) ${gap(2)}(?:gebroken|gekneusd|kapot|opengehaald|blauw)\\b`,
      `\\b${PERP_EN} ${gap(2)}(?:broke|broken|fractured|bruised|burned|burnt|split) (?:my|our) (?:arm|arms|nose|rib|ribs|jaw|wrist|finger|fingers|face|lip|eye|head|tooth|teeth)\\b`,
      `\\b(?:pulls|pulled|drags|dragged|grabs|grabbed) (?:me|her) ${gap(2)}by (?:my|her|the) hair\\b`,
      `\\b${PERP_EN} ${gap(3)}(?:throws|threw|smashes|smashed|breaks|broke) (?:things|stuff|plates|furniture|chairs)\\b`,
      `\\b(?:grabs|grabbed|holds|held|squeezes|squeezed) (?:me|my neck|my throat) ${gap(1)}(?:by the (?:throat|neck|hair))?\\b(?= .*\\b(?:throat|neck|hair)\\b)|\\bhands? (?:around|round|on) my (?:throat|neck)\\b`,
      `\\bbruises ${gap(2)}(?:from|because of) (?:him|her|my ${PARTNER_EN})\\b`,
    ),
  },
  {
    cue: "violence.threat",
    category: "violence",
    level: "crisis",
    keys: words(
      "dreig gedreigd bedreig vermoord =dood doodmaken doodslaan doodsteken neersteken neerschieten =aan aandoen aandoet =kant kill hurt murder stab shoot strangle choke harm threat kapot afmaken afmaakt worse erger =pay boeten spijt regret =als =if",
    ),
    negation: "around",
    unless: FICTION,
    re: rx(
      `\\b${PERP_NL} ${gap(2)}(?:dreigt|dreigde|heeft gedreigd|bedreigt|bedreigde)\\b(?! (?:te (?!(?:slaan|vermoorden|doden|steken|schieten|pakken)\\b)|met (?:scheiden|vertrekken|weggaan|ontslag|een scheiding))\\b)`,
      `\\b(?:dreigt|dreigde|gedreigd|dreigen) ${gap(5)}(?:te )?(?:slaan|vermoorden|doden|steken|schieten|iets aan te doen|wat aan te doen|de kinderen (?:mee te nemen|af te pakken)|dood te maken|van kant te maken)\\b`,
      `\\bvoel (?:me|mij) ${gap(2)}bedreigd\\b(?! (?:in|door) (?:mijn|de) (?:baan|functie|positie|werk|job|baas)\\b)`,
      `\\b(?:met de dood|met een mes|met een wapen) bedreigd\\b`,
      // who kills whom: a partner threatening the person, or the person wanting to hurt someone else
      `\\b${PERP_NL} ${gap(5)}(?:me|mij|ons|de kinderen|mijn (?:kind|kinderen|zoon|dochter|kleinkind|kleinkinderen|vrouw|man)) ${gap(3)}${KILL_NL}\\b`,
      `\\b(?:ik|wij|we) ${gapNot(3, "me|mij|mezelf|mijzelf")}(?:hem|haar|hen|iemand|mijn ${PARTNER_NL}|de buurman|de buurvrouw|de kinderen|mijn (?:kind|kinderen|baby)|de baby) ${gap(2)}${KILL_NL}\\b`,
      `\\b(?:vermoord|vermoordt|vermoordde) (?:me|mij|ons|hem|haar|jou|je|de kinderen)\\b`,
      `\\b(?:going to|will|wants? to|threatened to|threatens to|tried to|try to|said (?:he|she) (?:would|will|d)|says (?:he|she) (?:would|will|d)|could|might) ${gap(2)}(?:kill|hurt|murder|stab|shoot|strangle|choke|beat|hit|burn|harm) ${VICTIM_EN}\\b`,
      `\\bi ${gap(3)}(?:want to|going to|will|could|might|feel like i could|am scared i will|am afraid i will) ${gap(1)}(?:kill|hurt|harm|stab|shoot|strangle) (?:him|her|them|someone|somebody|my (?:${PARTNER_EN}|kids|children|baby))\\b`,
      `\\b${PERP_EN} ${gap(2)}(?:threatens|threatened|is threatening|keeps threatening) ${gap(1)}(?:me|us|to (?:kill|hurt|take|burn|set fire|stab|shoot|beat|hit|strangle|choke|break|smash|lock))\\b`,
      "\\bfeel threatened by (?:him|her|my)\\b",
      `\\b(?:worse|erger|pay|boeten|spijt|regret|kill|vermoord[a-z]*|dood)\\b(?: [a-z0-9.,]+){0,4} (?:if|als) (?:i|ik) ${gap(2)}(?:tell|leave|report|call|go to|vertel|wegga|weg ga|aangifte|bel|the police|de politie)\\b`,
    ),
  },
  {
    cue: "violence.unsafe_home",
    category: "violence",
    level: "crisis",
    keys: words(
      "veilig onveilig durf bang doodsbang benauwd schrik angst safe unsafe afraid scared terrified frightened",
    ),
    negation: "around",
    re: rx(
      `\\b${NIET} (?:meer |altijd |echt |zo |helemaal |nog |meer zo |langer )?${gap(1)}veilig ${gap(2)}(?:thuis|in (?:mijn|ons) (?:eigen )?huis|bij (?:hem|haar|mijn ${PARTNER_NL}))\\b`,
      `\\bonveilig ${gap(1)}(?:thuis|in (?:huis|mijn huis|ons huis))\\b`,
      `\\bthuis ${gap(3)}(?:${NIET} (?:meer |altijd |echt |zo |helemaal |langer )?veilig|onveilig)\\b`,
      `\\b(?:durf|durven|durfde) ${gap(2)}${NIET} (?:meer )?(?:naar )?(?:huis|thuis)\\b`,
      `\\bbang om ${gap(1)}naar huis te gaan\\b`,
      `\\b(?:doods)?(?:bang|benauwd) ${gap(1)}(?:voor|van) (?:hem|haar|(?:mijn|onze|hun|zijn|haar) ${PARTNER_NL})\\b`,
      `\\b(?:heb|had|hebben) ${gap(1)}(?:schrik|angst) (?:van|voor) (?:hem|haar|(?:mijn|onze|hun|zijn|haar) ${PARTNER_NL})\\b`,
      `\\b(?:not|never|no longer) ${gap(3)}safe (?:at home|in my (?:own )?(?:home|house)|with (?:him|her|my ${PARTNER_EN}))\\b`,
      "\\bunsafe (?:at home|in my (?:own )?(?:home|house))\\b",
      `\\b(?:afraid|scared|terrified|frightened) ${gap(1)}to go (?:back )?home\\b`,
      "\\bhome (?:is not|is no longer) safe\\b",
      `\\b(?:afraid|scared|terrified|frightened) ${gap(1)}of (?:him|her|my ${PARTNER_EN})\\b`,
    ),
  },
  {
    // Kept in, cut off, followed: control and stalking by a partner or ex, with or without blows.
    cue: "violence.control",
    category: "violence",
    level: "crisis",
    keys: words(
      "laat liet lets =let opgesloten binnen volgt volgde achtervolg stalk =staat stond wacht wachtte durf durven =deur follow follows followed showing turning waiting outside keeps kept opgewacht opwacht opwachtte opgezocht achtervolgd gevolgd",
    ),
    negation: "around",
    onlyIf: ctx(`\\b(?:${PERP_NL}|${PERP_EN}|hem|haar|him|her|thuis|home)\\b`),
    // A son or daughter keeping a parent with dementia or after a fall inside: care, asked about, not a crisis.
    lower: ctx(
      "\\b(?:dementie|alzheimer|vergeetachtig|val|vallen|gevallen|rollator|rolstoel|verpleeghuis|thuiszorg|dementia|fall|falls|fell|walker|wheelchair|care home|carers?)\\b",
    ),
    unless: FICTION,
    re: rx(
      `\\b(?:laat|liet|laten) (?:me|mij|ons) ${gap(3)}${NIET} (?:meer )?(?:${gap(2)})?(?:uit|weg|gaan|buiten|naar buiten|de deur uit|het huis uit|alleen (?:weg|naar buiten)|vertrekken|bellen|naar mijn (?:familie|ouders|vrienden|vriendinnen))\\b`,
      `\\b(?:mag|mocht) ${gap(2)}${NIET} (?:meer )?(?:${gap(2)})?(?:de deur uit|het huis uit|naar buiten|alleen weg|weg|naar mijn (?:familie|ouders|vrienden|vriendinnen)|mijn (?:familie|ouders|vrienden|vriendinnen) (?:zien|bellen)) van (?:hem|haar|mijn ${PARTNER_NL})\\b`,
      `\\b(?:will not|would not|does not|did not|never) let (?:me|us) ${gap(1)}(?:leave|go out|go anywhere|out of the house|out of his sight|out of her sight|see my (?:friends|family|parents)|have my (?:phone|own money))\\b`,
      // an ex who follows or waits at the door
      `\\b(?:mijn|m) ex(?:man|vrouw|partner|vriend|vriendin)?\\b ${gap(4)}(?:staat|stond|wacht|wachtte|blijft staan|post|duikt op|dook op) ${gap(3)}(?:voor|bij|aan) (?:mijn|de|ons|m) (?:deur|huis|raam|werk|school|voordeur)\\b`,
      `\\b(?:mijn|m) ex(?:man|vrouw|partner|vriend|vriendin)?\\b ${gap(3)}(?:me|mij) ${gap(2)}(?:opgewacht|opwacht|opwachtte|opgezocht|achtervolgd|gevolgd)\\b`,
      `\\b(?:mijn|m) ex(?:man|vrouw|partner|vriend|vriendin)?\\b ${gap(3)}(?:volgt|volgde|achtervolgt|achtervolgde|bespiedt|houdt me in de gaten) (?:me|mij)?\\b`,
      `\\bmy ex(?: husband| wife| partner| boyfriend| girlfriend)? ${gap(3)}(?:keeps |is |kept |has been )?(?:showing up|turning up|waiting|following me|watching me|hanging around) ${gap(2)}(?:at|outside|near|around|me)\\b`,
    ),
  },
  {
    // Afraid to leave the house, with a person in the picture ("sinds mijn val" alone is not this).
    cue: "violence.control",
    category: "violence",
    level: "crisis",
    keys: words("durf durft durfde durven afraid scared terrified"),
    negation: "around",
    // afraid of someone, not of falling: "voor hem", "omdat hij", "because of him", or an ex
    onlyIf: ctx(
      "\\b(?:voor|van|door|vanwege|omdat|dat|because of|in case|scared of|afraid of|terrified of) (?:hem|haar|hij|zij|him|her|he|she|mijn ex|my ex)\\b",
      "\\b(?:mijn|my) ex(?:man|vrouw|partner|vriend|vriendin| husband| wife| partner| boyfriend| girlfriend)?\\b",
    ),
    unless: FICTION,
    re: rx(
      `\\b(?:durf|durft|durfde|durven) ${gap(2)}${NIET} (?:meer )?(?:naar buiten|de deur uit|buiten te komen|alleen (?:naar buiten|over straat|thuis))\\b`,
      `\\b(?:afraid|scared|too scared|terrified) (?:to|of) (?:go|going|leave|leaving) (?:out|outside|out of the house|the house)\\b`,
    ),
  },
  {
    // Living in fear of someone's anger at home: not (yet) violence said out loud, so asked about.
    cue: "violence.fear",
    category: "violence",
    level: "check",
    keys: words("durf durft durfde bang schrik angst eieren eggshells afraid scared frightened terrified"),
    onlyIf: ctx(
      "\\b(?:hij|zij|ze|he|she)\\b (?:[a-z]+ ){0,3}(?:kwaad|boos|woedend|razend|agressief|driftig|ontploft|ontploffen|uitvalt|flipt|angry|mad|furious|aggressive|explodes|snaps|loses it|kicks off)\\b",
      "\\b(?:zijn|haar|his|her) (?:woede|drift|driftbuien|woedeaanvallen|temper|rage|anger|moods)\\b",
    ),
    re: rx(
      `\\b(?:durf|durft|durfde|durven) ${gap(3)}${NIET} (?:meer |altijd |goed )?${gap(3)}(?:te )?(?:zeggen|vragen|nee zeggen|nee te zeggen|praten|weg te gaan|weggaan|tegen ${W} in te gaan)\\b`,
      `\\b(?:bang|schrik|angst|afraid|scared|frightened|terrified) ${gap(4)}(?:wat|hoe|voor|van|when|what|how|of) ${gap(3)}(?:hij|zij|ze|he|she|hem|haar|him|her)\\b`,
      "\\bop eieren (?:lopen|loop|lopen)\\b|\\bwalk(?:ing)? on eggshells\\b",
    ),
  },
  {
    // Put down, sworn at, cut off: psychological abuse at home, asked about.
    cue: "violence.abuse",
    category: "violence",
    level: "check",
    keys: words(
      "kleineert kleineerde gekleineerd vernedert vernederde vernederd scheldt schold uitgescholden isoleert geisoleerd chanteert chanteerde gechanteerd manipuleert belittles belittled humiliates humiliated insults insulted screams yells shouts isolates isolated blackmails names",
    ),
    negation: "around",
    unless: FICTION,
    re: rx(
      `\\b${PERP_NL} ${gap(3)}(?:kleineert|kleineerde|vernedert|vernederde|scheldt|schold|isoleert|chanteert|chanteerde|manipuleert) ${gap(1)}(?:me|mij|ons|de kinderen)\\b`,
      `\\b(?:ik|wij|we) ${gap(3)}(?:word|wordt|werd|worden|ben|zijn) ${gap(4)}(?:gekleineerd|vernederd|uitgescholden|geisoleerd|gechanteerd)\\b`,
      `\\b(?:me|mij|ons) ${gap(3)}(?:de huid vol|uit) ${gap(1)}(?:scheldt|schold|schelden)\\b|\\b(?:scheldt|schold) ${gap(1)}(?:me|mij|ons) ${gap(2)}(?:uit|de huid vol)\\b`,
      `\\b${PERP_EN} ${gap(3)}(?:belittles|belittled|humiliates|humiliated|insults|insulted|screams at|screamed at|yells at|yelled at|shouts at|shouted at|calls me names|called me names|isolates|isolated|blackmails|blackmailed) ${gap(1)}(?:me|us|the kids)?\\b`,
    ),
  },
  {
    // Phone or money taken or checked by a partner: coercive control, asked about.
    cue: "violence.controlling",
    category: "violence",
    level: "check",
    keys: words(
      "telefoon gsm geld bankpas pinpas sleutels paspoort berichten phone money keys passport messages bank control controls allowed =mag mocht bepaalt controleert beheert",
    ),
    onlyIf: ctx(`\\b(?:${PERP_NL}|${PERP_EN})\\b`),
    re: rx(
      `\\b(?:pakt|pakte|neemt|nam|controleert|controleerde|checkt|leest|las|houdt|hield|verstopt) ${gap(2)}(?:mijn|m) (?:telefoon|gsm|geld|bankpas|pinpas|sleutels|paspoort|berichten|mails) ${gap(2)}(?:af|in|achter|weg|elke dag|steeds|altijd)\\b`,
      `\\b(?:takes|took|checks|checked|controls|controlled|reads|hides|hid|keeps) ${gap(1)}(?:all )?my (?:phone|money|bank card|keys|passport|messages|texts)\\b(?! (?:charger|case)\\b)`,
      `\\bcontrols? (?:everything|all my|my (?:money|phone|life|every move)|who i see|where i go)\\b`,
      `\\b(?:not allowed|never allowed) (?:to )?(?:go )?(?:out|outside|leave|see (?:my )?(?:friends|family|parents))\\b|\\b(?:mag|mocht) ${gap(2)}${NIET} (?:meer )?(?:naar buiten|de deur uit|weg|mijn (?:vrienden|familie|ouders) zien)\\b`,
      `\\b(?:bepaalt|controleert|beheert) ${gap(1)}(?:alles|wie ik zie|waar ik heen ga|mijn hele leven)\\b`,
    ),
  },
  {
    // Unsafe with no place or person named: ask, do not assume.
    cue: "violence.unsafe",
    category: "violence",
    level: "check",
    keys: words("veilig onveilig unsafe safe"),
    unless: ctx(
      "\\b(?:verkeer|fiets|auto|straat|buiten|donker|stad|trein|bus|werk|internet|online|traffic|bike|street|outside|dark|online|work)\\b",
    ),
    re: rx(
      `\\bvoel (?:ik )?(?:me|mij) ${gap(2)}(?:${NIET} (?:meer |altijd |echt |zo |helemaal |langer )?veilig|onveilig)\\b`,
      `\\bfeel ${gap(1)}(?:unsafe|not safe)\\b`,
      "\\b(?:do not|does not|never|no longer) (?:always |really |quite |fully )?feel safe\\b",
    ),
  },
];

/** A complaint that comes and goes, checked and found normal (see acute.chest). */
const HABITUAL = ctx(
  "\\b(?:soms|vaak|af en toe|regelmatig|als ik (?:gestrest|gespannen|zenuwachtig|bang)|bij (?:stress|spanning)|sometimes|often|now and then|when i am (?:stressed|anxious|nervous))\\b",
);
const CHECKED_OUT = ctx(
  "\\b(?:cardioloog|hartfilmpje|ecg|inspanningstest|onderzocht|nagekeken|gecontroleerd|cardiologist|checked|tested|tests)\\b",
  "\\b(?:in orde|niets|niks|goed|normaal|gezond|fine|nothing|normal|okay|ok|healthy)\\b",
);
const NOW_WORSE = ctx(
  "\\b(?:nu|net|ineens|plotseling|opeens|erger|anders dan|now|suddenly|worse|different)\\b",
);

// ---------------------------------------------------------------------------------------------------
// Acute medical (acute). "Strong" rules fire even when the complaint is familiar; chronic ones step aside
// for habitual or effort-bound context, which the GP hears about in the normal way.

const ACUTE: Rule[] = [
  {
    cue: "acute.chest",
    category: "acute_medical",
    level: "acute",
    // Habitual chest pressure that a cardiologist already checked: for the GP in the normal way.
    unless: (sentence) => HABITUAL.test(sentence) && CHECKED_OUT.test(sentence) && !NOW_WORSE.test(sentence),
    keys: words(
      "borst straalt trekt schiet uitstralende chest band belt weight vice vise strap clutch grabbing gripping holding rubbing grijpt greep houdt hield klemt klemde =pain knelt knellend drukt drukkend brandt beklemmend kaak jaw",
    ),
    re: rx(
      `\\bpijn ${gap(2)}(?:op|in|aan|rond|achter|midden op|midden in) (?:de|mijn|zijn|haar|het) ${gap(1)}borst(?:kas|been)?\\b`,
      "\\bborst ?pijn\\b",
      `\\b(?:druk|drukkend gevoel|drukkende pijn|beklemmend gevoel|beklemming|knellend gevoel|knellende pijn|zwaar gevoel|band|gewicht|olifant|steen) ${gap(1)}(?:op|in|rond|om) (?:de|mijn|zijn|haar) ${gap(1)}borst(?:kas)?\\b`,
      `\\bborst(?:kas)? ${gap(2)}(?:voelt|zit|is|wordt|gaat) ${gap(2)}(?:dicht|strak|beklemd|toegeknepen|samengeknepen|klem)\\b`,
      `\\bborst(?:kas)? ${gap(2)}(?:doet|deed) ${gap(2)}pijn\\b`,
      `\\bchest (?:hurts|is hurting|aches|is aching|is killing me)\\b`,
      `\\bpijn ${gap(4)}(?:straalt|trekt|schiet) ${gap(3)}(?:uit )?naar (?:mijn|de|zijn|haar) (?:linker ?arm|arm|armen|kaak|nek|rug|schouder|schouderblad)\\b`,
      `\\buitstralende pijn ${gap(2)}naar (?:mijn|de) (?:linker ?arm|arm|kaak)\\b`,
      `\\bpijn ${gap(3)}(?:arm|linkerarm|armen) en (?:kaak|nek|rug)\\b|\\bpijn ${gap(3)}(?:kaak|nek) en (?:arm|linkerarm|armen)\\b`,
      `\\bpain ${gap(3)}(?:arm|left arm|arms) and (?:jaw|neck)\\b|\\bpain ${gap(3)}(?:jaw|neck) and (?:arm|left arm|arms)\\b`,
      "\\bchest (?:pain|pains|pressure|tightness|discomfort)\\b",
      `\\b(?:pain|pressure|tightness|heaviness|squeezing) (?:in|on|across|around) (?:my|the|his|her) chest\\b`,
      `\\b(?:crushing|squeezing|tight|heavy) ${gap(1)}(?:feeling |sensation )?(?:in |on |across )?(?:my |the )?chest\\b`,
      `\\bchest (?:feels|is|went) ${gap(1)}(?:tight|heavy|crushed|crushing|squeezed|squeezing|tightening|burning|bursting)\\b`,
      `\\bborst(?:kas)? ${gap(2)}(?:knelt|knellend|drukt|drukkend|brandt|beklemmend|wordt dichtgeknepen)\\b`,
      "\\belephant (?:on|sitting on) my chest\\b",
      "\\b(?:band|belt|weight|vice|vise|strap) (?:around|round|on|across|over) (?:my|his|her|the) chest\\b",
      `\\bchest\\b(?: [a-z0-9.,]+){0,8} (?:left arm|arm|jaw) ${gap(2)}(?:heavy|numb|tingling|tingles|aches|hurts)\\b|\\bborst\\b(?: [a-z0-9.,]+){0,8} (?:linkerarm|linker arm|arm|kaak) ${gap(2)}(?:zwaar|tintelt|tintelend|doof|verdoofd|doet pijn)\\b`,
      "\\b(?:clutching|clutches|clutched|grabbing|gripping|holding|rubbing) (?:at )?(?:his|her|my|their) chest\\b",
      `\\b(?:grijpt|greep|houdt|hield|klemt|klemde) ${gap(2)}(?:naar|aan|op|om) (?:zijn|haar|mijn) (?:borst|hart)\\b`,
      `\\bpain ${gap(3)}(?:spreading|radiating|going|shooting) ${gap(2)}(?:to|into|down) (?:my |the |his |her )?(?:left )?(?:arm|jaw|neck|back)\\b`,
    ),
  },
  {
    // Grey and clammy together is the look of a heart attack or shock, whatever the words around it.
    cue: "acute.grey_sweaty",
    category: "acute_medical",
    level: "acute",
    keys: words("grauw grijs bleek lijkbleek grey gray pale ashen klam zweterig sweaty clammy"),
    re: rx(
      `\\b(?:grauw|grijs|lijkbleek|bleek|grey|gray|pale|ashen) ${gap(2)}(?:en|and) ${gap(1)}(?:klam|klamme|zweterig|bezweet|zweet|sweaty|clammy|sweating)\\b`,
      `\\b(?:klam|zweterig|bezweet|sweaty|clammy) ${gap(2)}(?:en|and) ${gap(1)}(?:grauw|grijs|lijkbleek|grey|gray|ashen)\\b`,
      `\\b(?:grauw|grijs|lijkbleek|grey|gray|ashen)\\b(?: [a-z0-9.,]+){0,5} (?:zweet|zweten|klam|bezweet|zweterig|sweats|sweating|sweaty|clammy)\\b`,
    ),
  },
  {
    // "Pijn in mijn hart" is how many people say chest pain, unless grief is the subject.
    cue: "acute.heart_pain",
    category: "acute_medical",
    level: "acute",
    keys: words("=hart =heart"),
    unless: EMOTIONAL,
    re: rx(
      "\\bpijn (?:bij|in|rond|op|aan) (?:mijn|het|zijn|haar) hart\\b",
      "\\b(?:pain (?:in|around) my heart|my heart (?:hurts|aches|is hurting))\\b",
    ),
  },
  {
    cue: "acute.heart_event",
    category: "acute_medical",
    level: "acute",
    keys: words(
      "hartaanval hartinfarct infarct beroerte herseninfarct hersenbloeding =tia hartstilstand =heart stroke cardiac",
    ),
    chronic: true,
    re: rx(
      `\\b(?:denk|vrees|bang|volgens mij|misschien|alsof|lijkt|voelt|voel|krijg|krijgt|heb|heeft|nu|net|zojuist) ${gapNot(4, "gehad|had")}(?:een )?(?:hartaanval|hartinfarct|infarct|beroerte|herseninfarct|hersenbloeding|tia|hartstilstand)\\b(?! (?:gehad|heb gehad|heeft gehad|had|overleefd|gekregen|in)\\b)`,
      `\\b(?:think|thinks|thought|scared|afraid|worried|like|having|have|has|maybe|might be|could be|feels like|feel like|now|just) ${gapNot(4, "had|survived")}(?:a )?(?:heart attack|stroke|cardiac arrest|mini stroke|tia)\\b(?! (?:of|in|last|years|when|a few|before|back)\\b)`,
    ),
  },
  {
    cue: "acute.breath",
    category: "acute_medical",
    level: "acute",
    keys: words(
      "lucht adem stik anafylact anafylax anaphylax anaphylact epipen =epi stopped geen gestopt blauw lippen lipjes lipje gezichtje breath =air gasp choking blue ademt ademde ademhaling breathing breathes barely hardly gezicht skin huid face puffer pufje inhalat inhaler ventolin salbutamol airomir",
    ),
    re: rx(
      `\\b(?:krijg|kreeg|heb|had|krijgt|heeft) ${gap(2)}geen (?:lucht|adem)\\b`,
      `\\bgeen lucht (?:meer )?(?:krijgen|krijg|krijgt)\\b`,
      `\\b(?:kan|kon|kunnen) ${gap(2)}${NIET} (?:meer )?(?:goed )?(?:ademen|ademhalen|adem halen)\\b`,
      `\\b(?:kan|kon|kunnen|krijg|krijgt|kreeg) ${gap(2)}(?:amper|nauwelijks|bijna niet|haast niet|bijna geen|haast geen|moeilijk|zo goed als geen) (?:meer )?(?:ademen|ademhalen|adem halen|lucht|adem)\\b(?! (?:door (?:mijn|de) neus|van (?:het|de) (?:lachen|schrik))\\b)`,
      `\\b(?:haalt|haal|haalde|haalden|halen) ${gap(2)}(?:heel |erg |zo )?(?:moeilijk|moeizaam|nauwelijks|amper|bijna geen|haast geen|raar|piepend|hijgend|gejaagd) adem\\b`,
      `\\b(?:puffer|pufje|puffers|inhalator|inhaler|inhalers|ventolin|salbutamol|airomir) ${gap(3)}(?:helpt|helpen|werkt|werken|help|helps|helping|work|works|working) ${gap(1)}(?:${NIET}|not|no longer|geen)\\b|\\b(?:puffer|pufje|inhalator|inhaler|ventolin|salbutamol) ${gap(2)}(?:is not|does not|did not|not) (?:help|helping|work|working)\\b`,
      `\\bnaar (?:lucht|adem) ${gap(1)}(?:happen|hap|hapt|snakken|snak|snakt|te happen)\\b`,
      "\\bademnood\\b",
      `\\b(?:ademt|ademde|ademhaling) ${gap(2)}(?:raar|vreemd|rochelend|snurkend|onregelmatig|nauwelijks|${NIET} meer|heel moeilijk|heel zwaar|met horten en stoten)\\b(?! (?:als|wanneer|s nachts|in (?:zijn|haar) slaap)\\b)`,
      `\\b(?:breathing|breathes) ${gap(1)}(?:strangely|weirdly|funny|oddly|irregularly|barely|shallowly)\\b|\\b(?:barely|hardly) breathing\\b`,
      "\\b(?:ik|hij|zij) (?:[a-z]+ )?(?:stik|stikt|stikte|ben aan het stikken|is aan het stikken)\\b(?! (?:van|bijna van|in|haast van)\\b)",
      "\\bblauwe lippen\\b",
      `\\bblauw (?:aangelopen|aanlopen|aanloopt|aan (?:te )?lopen|aan liep)\\b|\\bloopt ${gap(1)}blauw aan\\b`,
      `\\b(?:lippen|lipjes|lipje|gezichtje|mondje) ${gap(1)}(?:worden|zijn|zien|ziet|kleuren|kleurt|is|wordt) ${gap(1)}(?:blauw|grauw|grijs)\\b`,
      `\\b(?:can not|could not|unable to|struggling to|struggle to) ${gap(1)}(?:breathe|catch my breath|get (?:any )?air)\\b`,
      `\\b(?:can|could) (?:barely|hardly|only just|scarcely) (?:breathe|get (?:any )?air|catch (?:his|her|my) breath)\\b`,
      "\\bgasping(?: for (?:air|breath))?\\b",
      "\\bchoking\\b(?! (?:on (?:my )?(?:words|tears|laughter)|up)\\b)",
      "\\bfighting for (?:air|breath)\\b",
      `\\b(?:is not|isnt|not|stopped|has stopped|no longer) breathing\\b(?! (?:properly through|through) (?:his|her|my) nose\\b)|\\b(?:ademt|ademde) ${gap(1)}${NIET} (?:meer|goed)?\\b|\\bgeen ademhaling\\b|\\bgestopt met ademen\\b`,
      "\\b(?:anafylact[a-z]*|anafylax[a-z]*|anaphylax[a-z]*|anaphylact[a-z]*|epipen|epi pen)\\b",
      `\\b(?:lips|face|lippen|gezicht|skin|huid) ${gap(2)}(?:turning|going|are|is|look|looks|seem|zijn|is|worden|wordt|zien|ziet|kleurt|kleuren) ${gap(1)}(?:blue|blauw|grey|gray|grauw)\\b`,
    ),
  },
  {
    cue: "acute.breath",
    category: "acute_medical",
    level: "acute",
    keys: words("benauwd kortademig adem breath shortness wheez"),
    chronic: true,
    unless: ctx("\\bbenauwd(?:e)? (?:weer|dag|kamer|ruimte|sfeer|lucht|droom|situatie|voor|dat|om|van)\\b"),
    re: rx(
      "\\bbenauwd(?:heid|er)?\\b",
      "\\bkortademig[a-z]*",
      "\\bbuiten adem\\b",
      `\\b(?:moeite met|moeilijk|slecht|zwaar) ${gap(1)}(?:ademen|ademhalen|de ademhaling)\\b`,
      "\\bademhalingsproblemen\\b",
      `\\bademhaling ${gap(1)}(?:gaat|is|wordt) ${gap(1)}(?:moeilijk|zwaar|snel|raar|oppervlakkig|piepend)\\b`,
      "\\b(?:short of breath|shortness of breath|out of breath|breathless(?:ness)?)\\b",
      `\\b(?:hard|difficult|trouble|struggl[a-z]*) ${gap(1)}(?:to )?(?:breathe|breathing)\\b`,
      "\\bwheez[a-z]*",
    ),
  },
  {
    cue: "acute.anaphylaxis",
    category: "acute_medical",
    level: "acute",
    keys: words("keel tong lippen =lip gezicht mond throat tongue lips face"),
    onlyIf: ctx(
      "\\b(?:adem|ademen|lucht|benauwd|slikken|allergi[a-z]*|allerg[a-z]*|wesp|gestoken|steek|pinda|noot|noten|shock)\\b",
      "\\b(?:breath|breathe|breathing|swallow[a-z]*|allerg[a-z]*|sting|stung|peanuts?|nuts?|shellfish|shock)\\b",
    ),
    re: rx(
      `\\b(?:keel|tong|lippen|lip|gezicht|mond) ${gap(2)}(?:zwelt|zwellen|zwol|gezwollen|opgezwollen|opzwelt|dik|dikker|dicht|dichtzit|dichtgaat|dichtknijpt|dichtgeknepen|knijpt dicht|zit dicht|gaat dicht)\\b`,
      `\\b(?:throat|tongue|lips|face) ${gap(2)}(?:swelling|swollen|closing|closing up|tightening|tight)\\b`,
    ),
  },
  {
    cue: "acute.anaphylaxis",
    category: "acute_medical",
    level: "acute",
    keys: words("anafyla anaphyla allergische"),
    re: rx("\\banafyla[a-z]*", "\\banaphyla[a-z]*", "\\ballergische shock\\b"),
  },
  {
    cue: "acute.stroke",
    category: "acute_medical",
    level: "acute",
    keys: words(
      "scheef scheve gezicht mond afhangend praat spreek spreken spraak dubbel praten woord verlamd verlamming krachtverlies gevoelloos doof =slap =lam bewegen wazig blind verward krachteloos =niets face droop mouth smile slurr speak talk sudden paraly body move lift feel numb weak limp floppy =dead confused crooked words optillen opheffen gebruiken voelen woorden side kant zijde",
    ),
    chronic: true,
    unless: ctx(
      "\\bverlamd (?:van|door) (?:angst|schrik|de schrik|paniek|stress)\\b",
      "\\b(?:lam|gevoelloos) van (?:het )?(?:fietsen|lopen|wandelen|sporten|werken|zitten|de kou|kou)\\b",
      "\\bparaly[a-z]* (?:by|with) (?:fear|anxiety|panic|indecision)\\b",
      "\\b(?:praten|spreken|talk|speak) (?:over|met|tegen|about|to|with)\\b",
    ),
    re: rx(
      "\\b(?:scheef|scheve) (?:gezicht|mond|mondhoek|glimlach|lach)\\b",
      `\\b(?:gezicht|mond|mondhoek) ${gap(2)}(?:hangt|zakt|trekt|staat|is|zit) ${gap(2)}(?:scheef|af|naar beneden|weg)\\b`,
      `\\b(?:gezicht|mond|mondhoek|ooglid|mouth|face|eyelid) (?:${gap(1)})?(?:hangt|zakt|hing|zakte|hangs|sags|sagged|drops|dropped|is drooping|is hanging)${END}`,
      "\\bafhangende? mondhoek\\b",
      `\\b(?:gezicht|mond|mondhoek|oog|ooglid|wang) ${gap(2)}(?:hangt|zakt|trekt|staat|valt) ${gap(2)}(?:aan|naar) (?:een|1|de|de ene|één) (?:kant|zijde)\\b`,
      `\\bhalve gezicht ${gap(1)}(?:hangt|verlamd|gevoelloos|slap|doof)\\b`,
      `\\b(?:praat|praten|spreekt|spreken|spraak) ${gap(2)}(?:onduidelijk|brabbel[a-z]*|lallend|lalt|dubbel|raar|vreemd|wartaal|onverstaanbaar)\\b`,
      "\\bdubbele tong\\b",
      `\\b(?:kan|kon) ${gap(2)}${NIET} (?:meer )?(?:goed )?(?:praten|spreken|uit mijn woorden komen)${END}`,
      `\\b(?:plotseling|plots|ineens|opeens|sinds vanochtend|sinds vannacht|sinds een uur|net) ${gap(4)}(?:verlamd|verlamming|krachtverlies|gevoelloos|doof|slap|lam|niet (?:meer )?bewegen|scheef|wazig|dubbel zien|blind|verward)\\b`,
      `\\b(?:arm|been|hand|gezicht|kant|benen|armen|linkerarm|rechterarm|linkerbeen|rechterbeen|linkerhand|rechterhand) ${gap(3)}(?:is |voelt |lijkt )?(?:verlamd|gevoelloos|lam|doof|slap|krachteloos)\\b`,
      `\\b(?:verlamd|krachtverlies|gevoelloos|scheef|verward|wazig|dubbel) ${gap(2)}(?:sinds vanochtend|sinds vannacht|sinds een uur|sinds vandaag|ineens|plotseling|opeens|plots)\\b`,
      `\\b(?:ineens|plotseling|opeens|plots) ${gap(3)}(?:woorden|woord) ${gap(2)}${NIET} (?:meer )?(?:vinden|uitspreken|eruit)\\b`,
      `\\b(?:arm|leg|hand|face|side|foot) ${gap(2)}(?:went|is|feels|has gone|going|gone) ${gap(1)}(?:numb|weak|dead|limp|floppy)\\b`,
      `\\b(?:numb|weak|droop[a-z]*|paraly[a-z]*|confused|slurr[a-z]*|crooked) ${gap(1)}(?:suddenly|all of a sudden|out of nowhere)\\b`,
      `\\b(?:can not|could not) (?:find|get out) (?:his|her|my|the) words\\b(?= .*\\b(?:suddenly|sudden|all of a sudden|this morning)\\b)`,
      `\\bzie ${gap(2)}(?:dubbel|wazig|niets meer)\\b(?= .*\\b(?:ineens|plotseling|plots|opeens|net|sinds)\\b)|\\b(?:ineens|plotseling|plots|opeens) ${gap(2)}(?:dubbel|wazig)\\b`,
      "\\bverlamd\\b",
      "\\bverlamming\\b",
      `\\b(?:arm|been|hand|benen|armen|linkerarm|rechterarm|linkerbeen|rechterbeen) ${NIET} (?:meer )?(?:goed )?(?:bewegen|optillen|opheffen|gebruiken|voelen)\\b`,
      `\\b(?:woorden|spraak) ${gap(3)}(?:raar|verkeerd|door elkaar|onduidelijk|niet goed) ${gap(1)}(?:uit|eruit)\\b`,
      `\\b(?:een|1|halve|linker|rechter|linkerkant|rechterkant) (?:kant|zijde) ${gap(3)}(?:slap|verlamd|gevoelloos|doof|krachteloos|krachtverlies)\\b`,
      `\\bface ${gap(2)}(?:droop[a-z]*|sagging|lopsided|crooked)\\b`,
      `\\b(?:face|arm|leg|hand|gezicht|arm|been|hand) ${gap(2)}(?:numb|weak|doof|gevoelloos|slap|verdoofd|tintelt|tingling) (?:on|aan) (?:one|the left|the right|een|de linker|de rechter|1) (?:side|kant|zijde)\\b`,
      "\\bdroop[a-z]* (?:face|mouth|smile|side)\\b",
      `\\b(?:mouth|smile) ${gap(2)}(?:droop[a-z]*|crooked|lopsided)\\b`,
      `\\bslurr[a-z]*\\b`,
      `\\b(?:can not|could not) (?:speak|talk) (?:properly|clearly|normally|right|any ?more)\\b`,
      `\\b(?:suddenly|sudden) ${gap(4)}(?:weak|numb|paraly[a-z]*|can not move|confused|blind|double vision|slurr[a-z]*)\\b`,
      "\\bparaly[sz][a-z]*",
      `\\b(?:one side|left side|right side|half) of (?:my|his|her|the) (?:face|body) ${gap(2)}(?:numb|weak|droop[a-z]*|paraly[a-z]*|dead)\\b`,
      `\\b(?:can not|could not) (?:move|lift|feel) (?:my|his|her) (?:arm|leg|hand|face|arms|legs)\\b`,
      `\\b(?:can not|could not) (?:feel|move|lift|use) ${gap(2)}(?:left|right|one) side\\b`,
      `\\b(?:words|speech) ${gap(2)}(?:come|came|coming|are coming|is coming) out (?:wrong|funny|weird|jumbled|garbled|muddled)\\b|\\b(?:speech|talking|words) (?:is |are )?(?:garbled|jumbled|muddled)\\b`,
    ),
  },
  {
    cue: "acute.bleeding",
    category: "acute_medical",
    level: "acute",
    keys: words("bloed bleed =bled blood spurting pouring gushing squirting pumping"),
    chronic: true,
    re: rx(
      `\\b(?:bloed|bloedt|bloeden|bloedde|bloeding|bloedingen|bloedverlies) ${gap(2)}(?:hevig|heftig|enorm|erg|heel erg|veel|als een rund|flink|hard|maar door|blijft|niet te stoppen|stopt niet|houdt niet op|gaat niet over|niet op te houden|overal)\\b`,
      `\\b(?:hevig|heftig|enorm|veel|erg|flink|ernstig|zwaar|heel veel) ${gap(1)}(?:bloed|bloeden|bloedt|bloeding|bloedverlies)\\b`,
      `\\bbloeding ${gap(2)}(?:stopt|houdt|gaat) ${gap(1)}${NIET}\\b`,
      `\\b(?:krijg|kan|kon) (?:het|de) (?:bloed|bloeden|bloeding) ${NIET} (?:gestopt|gestelpt|te stoppen|stoppen|stelpen)\\b`,
      "\\bbloed (?:op)?hoesten\\b",
      `\\b(?:hoest|hoestte|braak|braakte|kots|kotste|spuug|spuugde|geef) ${gap(1)}bloed\\b`,
      `\\bbloed (?:over ?geven|overgeven|braken|kotsen|spugen)\\b`,
      `\\b(?:spuit|spoot|gutst) ${gap(1)}bloed\\b|\\bbloed (?:spuit|gutst)\\b`,
      `\\bblijft ${gap(1)}(?:bloeden|doorbloeden)\\b|\\bstopt ${gap(1)}${NIET} met bloeden\\b|\\bveel bloed verloren\\b`,
      "\\blost (?:a lot of|so much|lots of|loads of) blood\\b",
      `\\b(?:bleeding|bleeds|bled) ${gap(2)}(?:heavily|badly|a lot|profusely|everywhere|will not stop|does not stop|nonstop|non stop|like crazy)\\b`,
      `\\b(?:heavy|severe|lots of|a lot of|massive) ${gap(1)}(?:bleeding|blood loss)\\b`,
      "\\b(?:can not|could not) stop (?:the |it )?bleeding\\b",
      `\\bbleeding ${gap(2)}(?:will not|does not|not|wont) stop\\b`,
      `\\b(?:coughing|cough|coughed|vomiting|vomited|throwing|threw) (?:up )?blood\\b`,
      "\\bblood (?:is )?(?:spurting|pouring|gushing)\\b",
      `\\b(?:spurting|pouring|gushing|squirting|pumping) ${gap(1)}blood\\b`,
      `\\b(?:bloed|blood)\\b(?: [a-z0-9.,]+){0,6} (?:stopt ${NIET}|houdt ${NIET} op|will not stop|does not stop|everywhere|overal)\\b`,
    ),
  },
  {
    cue: "acute.collapse",
    category: "acute_medical",
    level: "acute",
    keys: words(
      "bewusteloos =buiten elkaar ineen mekaar reageert aanspreekbaar =wakker krijg krijgen kreeg kregen krijgt gecollabeerd collabeert collaps =ligt =lag unconscious unresponsive wake responding collapsed blacked liggen lying lies =lay found",
    ),
    unless: ctx("\\b(?:from|with) (?:laughing|laughter)\\b|\\bvan het lachen\\b|\\bof laughter\\b"),
    re: rx(
      "\\bbewusteloos\\b",
      "\\bbuiten (?:westen|bewustzijn)\\b",
      "\\b(?:in elkaar|ineen|in mekaar) ?(?:gezakt|zakken|zakte|gestort|zakt)\\b",
      `\\breageert ${gap(1)}${NIET}(?: meer)?(?:${END}| op (?:aanspreken|pijn|zijn naam|haar naam|schudden)| als (?:ik|we) (?:hem|haar) (?:aanspreek|aanspreken|roep))`,
      `\\b${NIET} (?:meer )?aanspreekbaar\\b`,
      `\\b${NIET} (?:meer )?wakker te (?:krijgen|maken)\\b`,
      `\\b(?:krijg|krijgen|kreeg|kregen|krijgt) (?:hem|haar|hen|ze|hun|mijn [a-z]+|papa|mama|opa|oma) ${gap(2)}${NIET} (?:meer )?(?:wakker|bij)\\b`,
      "\\bgecollabeerd\\b|\\bcollabeert\\b|\\bcollaps\\b",
      `\\b(?:ligt|lag|liggen) ${gap(3)}op de (?:grond|vloer) ${gap(1)}(?:en )?(?:reageert|beweegt|ademt) ${gap(2)}(?:${NIET}|raar|vreemd|nauwelijks|rochelend|moeilijk)\\b`,
      `\\b(?:lying|lies|lay|found (?:him|her)) ${gap(2)}on the (?:floor|ground) ${gap(2)}(?:and )?(?:is )?(?:not (?:moving|responding|breathing)|breathing (?:strangely|weirdly|funny|oddly))\\b`,
      "\\bunconscious\\b(?! (?:mind|bias|biases|thoughts|level|part|self|processes|fear|fears)\\b)",
      "\\bunresponsive\\b",
      `\\b(?:will not|can not|could not) wake (?:him|her|them|up)\\b`,
      "\\bnot responding\\b(?! to\\b)",
      `\\b(?:i|he|she|they|my [a-z]+|dad|mum|mom|husband|wife) ${gap(1)}(?:just )?(?:collapsed|blacked out)\\b`,
    ),
  },
  {
    // An older person who fell and cannot get up again.
    cue: "acute.fall",
    category: "acute_medical",
    level: "acute",
    keys: words("gevallen viel valt fell fall"),
    re: rx(
      `\\b(?:gevallen|viel|valt)(?: [a-z0-9,]+){0,8} (?:kan|kon|kunnen|krijg|krijgen|kreeg) ${gap(2)}${NIET} (?:meer )?(?:opstaan|overeind|staan|op|omhoog)\\b`,
      `\\b(?:fell|fallen|has fallen|had a fall)(?: [a-z0-9,]+){0,8} (?:can not|could not|unable to) (?:get up|stand|move|get (?:him|her) up)\\b`,
    ),
  },
  {
    cue: "acute.fainting",
    category: "acute_medical",
    level: "acute",
    keys: words("flauw onwel faint pass collapse black stokje"),
    chronic: true,
    unless: ctx(
      "\\bvan (?:de |het )?(?:schrik|prijs|verbazing|rekening|lachen|honger)\\b",
      "\\bwhen i saw the (?:bill|price)\\b",
      "\\b(?:naald|naalden|injectie|injecties|prik|prikken|spuit|spuiten|bloed zie|bloedprikken|needle|needles|injection|injections|jab|jabs|blood test|see blood)\\b",
    ),
    re: rx(
      "\\bflauwgevallen\\b|\\bflauwvallen\\b|\\bflauwgevallen\\b",
      `\\b(?:val|valt|viel|vielen|vallen) ${gap(2)}flauw\\b`,
      "\\bonwel (?:geworden|worden|werd|wordt)\\b",
      `\\bvan (?:zijn|haar|mijn|m|z|d|de) stokje ${gap(1)}(?:gegaan|gaan|ging|gaat|gevallen)\\b`,
      `\\b(?:i|he|she|my [a-z]+) ${gap(1)}(?:fainted|passed out)\\b`,
      "\\b(?:fainting|passing out)\\b",
      "\\b(?:going to|about to|gonna) (?:pass out|faint|collapse|black out)\\b",
    ),
  },
  {
    cue: "acute.seizure",
    category: "acute_medical",
    level: "acute",
    keys: words(
      "epileptische insult stuip koortsstuip convulsie schokken schokt seizure seizing convuls =fit fits aanval toeval",
    ),
    chronic: true,
    re: rx(
      "\\bepileptische aanval\\b",
      "\\b(?:een )?insult\\b(?= .*\\b(?:ligt|schokt|heeft|kreeg|krijgt)\\b)",
      "\\bstuip(?:en)?\\b|\\bkoortsstuip[a-z]*",
      "\\bconvulsie[s]?\\b",
      `\\b(?:ligt|lag) ${gap(1)}te schokken\\b`,
      `\\bschokt ${gap(3)}(?:hele lijf|armen en benen|hele lichaam)\\b`,
      `\\b(?:having|had|has|is having) (?:a )?(?:seizure|convulsion)s?\\b`,
      "\\bseizing\\b",
      `\\b(?:fit|fits|aanval|toeval|stuip) ${gap(6)}(?:shaking|jerking|twitching|convulsing|eyes rolling|eyes rolled|unresponsive|not responding|stiff|blue|schokken|schokt|trekkingen|stijf|ogen weggedraaid|reageert ${NIET})\\b`,
      `\\b(?:shaking|jerking|twitching|convulsing|schokken|schokt|trekkingen|stijf|ogen weggedraaid) ${gap(6)}(?:fit|fits|aanval|toeval|stuip)\\b`,
      `\\b${CHILD_EN}\\b ${gap(3)}(?:having|had|has|is having) (?:a )?(?:fit|fits)\\b`,
      "\\bconvuls[a-z]*",
    ),
  },
  {
    cue: "acute.child",
    category: "acute_medical",
    level: "acute",
    keys: words(CHILD_KEYS),
    re: rx(
      `\\b${CHILD_NL}\\b(?: [a-z0-9.,]+){0,8} (?:slap|slappe(?! lach)|heel slap|suf|sufferig|lusteloos|apathisch|blauw aangelopen|reageert ${gap(1)}${NIET}|${NIET} wakker te krijgen|moeilijk wakker te krijgen|drinkt ${gap(4)}(?:${NIET}|nauwelijks|bijna niets|niks)|wil ${gap(2)}(?:${NIET}|nauwelijks) (?:meer )?drinken|plast ${gap(3)}(?:${NIET}|nauwelijks)|droge luier[a-z]*|geen natte luier[a-z]*|hoge koorts|(?:39|40|41|42)(?: [0-9])? graden|koorts (?:van |boven )?(?:39|40|41|42)|paarse? (?:vlek|vlekjes|vlekken|puntjes)|puntbloeding[a-z]*|blauw (?:aan|rond|om)|blauwe lippen|kreunt|kreunend|kreunen|ademt ${gap(1)}(?:raar|snel|moeilijk|zwaar|piepend)|intrekkingen|nekstijf[a-z]*|stijve nek|blijft ${gap(1)}(?:overgeven|spugen)|spuugt alles uit|doodziek|heel erg ziek|ernstig ziek|erg ziek)\\b`,
      `\\b(?:slap|suf|sufferig|lusteloos|hoge koorts|nekstijf|stijve nek|paarse vlekjes|doodziek|erg ziek)\\b(?: [a-z0-9.,]+){0,6} ${CHILD_NL}\\b`,
      // fever in a baby of weeks or months is urgent on its own
      `\\b(?:baby|babytje|zuigeling|pasgeborene|newborn|infant)\\b(?: [a-z0-9.,]+){0,12} (?:koorts|verhoging|fever|temperature)\\b`,
      `\\b${CHILD_EN}\\b(?: [a-z0-9.,]+){0,8} (?:limp|floppy|very floppy|so floppy|lethargic|drowsy|listless|unresponsive|not responding|will not wake|hard to wake|can not wake|not drinking|will not drink|is not drinking|will not feed|can not feed|does not feed|not feeding|not waking|(?:very|so|really|unusually|too) (?:sleepy|drowsy)|refus[a-z]* (?:to )?(?:drink|feed|feeds|fluids|milk)|not feeding|no wet (?:nappies|nappy|diapers|diaper)|dry (?:nappies|nappy|diapers|diaper)|high (?:fever|temperature)|fever of (?:39|40|41|10[3-6])|(?:39|40|41) degrees|10[3-6] (?:degrees|f)|purple (?:spots|rash|dots)|rash (?:that )?(?:does not|will not) fade|blue lips|turning blue|grunting|struggling to breathe|breathing (?:really |very |so )?(?:fast|hard|strangely|funny|weird|quickly)|stiff neck|keeps (?:vomiting|throwing up)|will not stop (?:vomiting|throwing up)|very (?:ill|sick|unwell)|really (?:ill|sick|unwell))\\b`,
    ),
  },
  {
    cue: "acute.fever_signs",
    category: "acute_medical",
    level: "acute",
    keys: words("vlek plekje puntje koorts rash fever temperature"),
    re: rx(
      "\\bniet[ -]?weg ?drukbare? (?:vlek|vlekjes|vlekken|plekjes|puntjes)\\b",
      `\\b(?:vlek|vlekjes|vlekken|plekjes|puntjes) ${gap(3)}${NIET} (?:weg ?drukken|wegdrukbaar|weg te drukken|verdwijnen onder)\\b`,
      `\\bhoge koorts\\b(?: [a-z0-9.,]+){0,8} (?:nekstijf[a-z]*|stijve nek|verward|suf|sufferig|${NIET} wakker|paarse (?:vlek|vlekjes|puntjes))\\b`,
      `\\b(?:nekstijf[a-z]*|stijve nek|verward|paarse (?:vlek|vlekjes|puntjes))\\b(?: [a-z0-9.,]+){0,8} koorts\\b`,
      `\\bkoorts\\b(?: [a-z0-9.,]+){0,8} (?:nekstijf[a-z]*|stijve nek)\\b`,
      "\\brash (?:that )?(?:does not|will not|did not) fade\\b",
      "\\b(?:non blanching|nonblanching) rash\\b",
      `\\b(?:high )?(?:fever|temperature)\\b(?: [a-z0-9.,]+){0,8} (?:stiff neck|confused|purple (?:spots|rash))\\b`,
      `\\b(?:stiff neck|purple (?:spots|rash))\\b(?: [a-z0-9.,]+){0,8} (?:fever|temperature)\\b`,
    ),
  },
  {
    cue: "acute.headache",
    category: "acute_medical",
    level: "acute",
    keys: words("hoofdpijn headache"),
    re: rx(
      `\\b(?:plotseling[a-z]*|plots|ineens|opeens|explosie[a-z]*) ${gap(3)}(?:ergste|hevige|heftige|barstende|zware|vreselijke|enorme) hoofdpijn\\b`,
      "\\bergste hoofdpijn (?:ooit|van mijn leven|die ik ooit)\\b",
      "\\bworst headache (?:of my life|ever|i have ever)\\b",
      "\\bsudden (?:severe|terrible|explosive|excruciating) headache\\b",
      "\\bthunderclap headache\\b",
    ),
  },
  {
    cue: "acute.overdose",
    category: "acute_medical",
    level: "acute",
    keys: words(PILL_KEYS, "overdos"),
    onlyIf: ctx(
      "\\bper ongeluk\\b|\\bperongeluk\\b|\\bvergist\\b|\\baccidentally\\b|\\bby (?:accident|mistake)\\b",
      "\\b(?:kind|kindje|peuter|dreumes|baby|zoontje|dochtertje|toddler|my son|my daughter|the kids)\\b",
    ),
    re: rx(
      "\\boverdos[a-z]*",
      `\\b(?:heb|had|hebben|heeft|net|zojuist) ${gap(3)}(?:te veel|teveel|veel te veel|een hele strip|een strip|hele strip|een doosje|een handvol|handvol|een pot|een hele pot) ${gap(2)}${PILLS_NL} ${gap(3)}(?:ingenomen|genomen|geslikt|opgegeten|binnen)\\b`,
      `\\b(?:took|taken|swallowed|has taken|had taken|just took) ${gap(2)}(?:too many|a handful of|a bottle of|a box of|a packet of|some|my|the) ${gap(1)}${PILLS_EN}\\b`,
    ),
  },
  {
    // Something swallowed by a small child: poison or batteries, always urgent.
    cue: "acute.child",
    category: "acute_medical",
    level: "acute",
    keys: words(CHILD_KEYS),
    unless: ctx(
      "\\b(?:niet|nie|geen|bijna|not|never|almost|nearly)\\b (?:[a-z]+ ){0,3}(?:ingeslikt|opgegeten|gedronken|swallowed|ate|drank)\\b",
    ),
    re: rx(
      `\\b${CHILD_NL}\\b ${gap(4)}(?:heeft|had) ${gap(4)}(?:pillen|tabletten|medicijnen|schoonmaakmiddel|gootsteenontstopper|batterij[a-z]*|knoopcel[a-z]*|magneetjes|wasmiddel|vaatwastablet|lampolie|aanstekervloeistof) ${gap(2)}(?:ingeslikt|opgegeten|gedronken|doorgeslikt|binnen)\\b`,
      `\\b${CHILD_EN}\\b ${gap(3)}(?:swallowed|ate|drank|has swallowed|has eaten|drunk|eaten|got into) ${gap(3)}(?:${TOXIC_EN})\\b`,
      `\\b${CHILD_NL}\\b(?: [a-z0-9]+){0,8} (?:${TOXIC_NL})\\b(?: [a-z0-9]+){0,4} (?:ingeslikt|opgegeten|gedronken|doorgeslikt|binnen|binnengekregen|opgedronken|in zijn mond|in haar mond)\\b`,
      `\\b${CHILD_NL}\\b(?: [a-z0-9]+){0,6} (?:ingeslikt|opgegeten|gedronken|doorgeslikt|binnengekregen|opgedronken) ${gap(2)}(?:${TOXIC_NL})\\b`,
    ),
  },
  {
    // Fear of dying right now: panic or a real emergency; either way the acute text fits.
    cue: "acute.dying_feeling",
    category: "acute_medical",
    level: "acute",
    keys: words("dood sterf sterv dying =die"),
    chronic: true,
    re: rx(
      `\\b(?:denk|voel|gevoel|bang|vrees|alsof|lijkt) ${gap(3)}(?:dat )?(?:ik )?${gap(1)}(?:doodga|dood ga|aan het doodgaan|aan het sterven|ga sterven|ga dood|sterf)\\b(?! (?:van|aan)\\b)`,
      `\\b(?:think|feel like|feels like|scared|afraid|like) ${gap(2)}(?<!\\b(?:scared|afraid) (?:of )?)(?:i am |i will be |i am going to be )?(?:dying|going to die|about to die)\\b(?! (?:of|from|young|old|alone|one day|someday|before|too soon|early|like)\\b| to\\b)`,
    ),
  },
];

// ---------------------------------------------------------------------------------------------------
// Check: ambiguous despair, death thoughts without a wish, a death mention that may be a figure of speech.

/** Words that strengthen a feeling ("zo leeg", "echt waardeloos"). */
const INTENS_NL =
  "(?:zo|heel|echt|erg|ontzettend|verschrikkelijk|vreselijk|enorm|zwaar|compleet|helemaal|totaal|gewoon|zo ontzettend|best|wel|soms|vaak|steeds|nog|alleen maar|zo verschrikkelijk)";
const INTENS_EN =
  "(?:so|very|really|just|completely|totally|utterly|absolutely|pretty|quite|such|always|often|sometimes|kind of|kinda|all)";
/** How people describe feeling worthless or empty inside. */
const WORTHLESS_NL =
  "(?:waardeloos|nutteloos|leeg|leeg vanbinnen|hol|zinloos|hopeloos|wanhopig|uitzichtloos|overbodig|niks waard|niets waard|een mislukkeling|een mislukking|mislukt|een nul|een waardeloos mens|minderwaardig|nergens goed voor|tot niets in staat|een last|verdoofd|dood vanbinnen)";
const WORTHLESS_EN =
  "(?:worthless|useless|empty|empty inside|hollow|hopeless|pointless|numb|dead inside|a failure|like a failure|like nothing|like a waste of space|a waste of space|a waste of (?:air|oxygen)|a burden|like a burden|trapped|no good to anyone|good for nothing|unwanted|unlovable|like giving up)";

const CHECK: Rule[] = [
  {
    // Feeling worthless, empty or a burden: a core sign of depression and of perceived burdensomeness.
    cue: "despair.worthless",
    category: "despair",
    level: "check",
    keys: words(
      "voel voelt voelde waardeloos nutteloos leeg hol zinloos hopeloos wanhopig uitzichtloos overbodig niks niets mislukkeling mislukking mislukt =nul minderwaardig nergens verdoofd vanbinnen last blok =weg zonder waard zwart donker grauw worthless useless empty hollow hopeless pointless numb dead failure nothing waste burden trapped =good unwanted unlovable giving weight without black dark bleak",
    ),
    unlessAfter:
      /^ (?:in|met|bij|als|na|door|at|with|in the|when it comes|after|from)\b(?! (?:alles|everything|life|het leven)\b)/,
    re: rx(
      `\\b(?:voel|voelt|voelde) (?:ik )?(?:me|mij|mezelf) (?:${INTENS_NL} |${FILL_NL} ){0,3}${WORTHLESS_NL}\\b`,
      `\\bik ${gap(3)}(?:niemand|niks|niets) (?:meer )?(?:iets )?waard (?:ben|bent|meer ben|zou zijn)\\b|\\bik ben (?:voor )?niemand (?:meer )?iets waard\\b`,
      `\\bik (?:ben|was|voel me|word) (?:${INTENS_NL} |${FILL_NL} ){0,3}(?:waardeloos|nutteloos|overbodig|(?:niks|niets) (?:meer )?waard|een (?:mislukkeling|mislukking|nul|waardeloos mens|blok aan het been)|nergens (?:meer )?goed voor)\\b`,
      `\\b(?:ben|voel me|voel mij|lig|sta|word) ${gap(3)}(?:een last|tot last|een blok aan (?:het|ieders) been|in de weg|een sta in de weg|iedereen tot last)\\b(?! (?:van|in de (?:keuken|gang))\\b)`,
      `\\b(?:iedereen|ze|zij|mijn (?:familie|kinderen|gezin|man|vrouw|partner)|de wereld|het leven|alles) ${gap(3)}(?:beter af|beter|gelukkiger|blijer|makkelijker|rustiger|beter uit) ${gap(3)}zonder (?:mij|me)\\b(?!(?: ${W}){0,2} te\\b)`,
      `\\b(?:beter af|gelukkiger|blijer|makkelijker|rustiger) ${gap(3)}zonder (?:mij|me)\\b(?!(?: ${W}){0,2} te\\b)`,
      `\\b(?:i|i am|i feel|feel|felt|i have become|i became|i have been feeling) (?:${INTENS_EN} |${FILL_EN} |like |nothing but |only |a |an ){0,4}${WORTHLESS_EN}\\b(?! (?:at|with|in|when it comes|for (?:the|a|this|that))\\b)`,
      `\\bi am (?:${INTENS_EN} |${FILL_EN} |only |nothing but |such |a ){0,4}(?:burden|dead weight|waste of space|failure)\\b(?! (?:at|with|in)\\b)`,
      `\\b(?:everyone|everybody|they|my (?:family|kids|children|wife|husband|partner)|the world|people) ${gap(3)}(?:better off|happier|easier|better) ${gap(3)}without me\\b`,
      `\\b(?:alles|het leven|mijn leven|de toekomst|de wereld) (?:is|ziet er|lijkt|voelt) (?:${INTENS_NL} |${FILL_NL} ){0,2}(?:zwart|donker|grauw|uitzichtloos)\\b(?! (?:uit )?(?:van|door)\\b)`,
      `\\b(?:everything|life|my life|the future) (?:is|looks|seems|feels) (?:${INTENS_EN} ){0,2}(?:black|dark|bleak)\\b`,
    ),
  },
  {
    // Fed up with everything, "het allemaal beu", done with it all: despair said plainly.
    cue: "despair.fed_up",
    category: "despair",
    level: "check",
    keys: words(
      "beu zat kotsbeu spuugzat strontbeu strondbeu =moe done over fed sick tired finished =point punt zin nut waarom waarvoor",
    ),
    re: rx(
      `\\b(?:ben|was|word|werd) (?:het )?(?:${INTENS_NL} |${FILL_NL} ){0,3}(?:allemaal|alles|alles en iedereen|het leven) (?:${INTENS_NL} |${FILL_NL} ){0,3}(?:kots|spuug|strond|stront|hartstikke|meer dan)?(?:beu|zat|moe)\\b`,
      `\\b(?:ben|was|word) het (?:${INTENS_NL} |${FILL_NL} ){0,3}(?:kots|spuug|strond|stront|hartstikke|meer dan)?(?:beu|zat|moe)(?: (?:allemaal|alles|van alles))?${END}`,
      `\\b(?:kots|spuug|strond|stront)(?:beu|zat) ${gap(1)}(?:van )?(?:alles|allemaal|het leven|mijn leven)\\b`,
      `\\b(?:${INTENS_EN} )*(?:done|finished|over it|fed up|sick and tired|sick|tired) (?:with|of) (?:everything|it all|life|all of (?:it|this)|everyone and everything|living|being alive|this life)\\b`,
      `\\bi am (?:${INTENS_EN} ){1,3}done${END}`,
      `\\bwhat is (?:even )?the point (?:any ?more|of (?:it|anything|trying|living|life|going on|carrying on|getting up)|in (?:anything|trying|living))\\b`,
      `\\bwhat is (?:even )?the point${END}`,
      `\\bwat (?:heeft|is) (?:het|dit|alles) ${gap(2)}(?:nog )?(?:voor zin|het nut|de zin)\\b|\\bwat is (?:nog )?(?:het nut|de zin)(?: (?:van|nog))?${END}`,
      `\\bwaarom (?:zou|moet) ik (?:${FILL_NL} ){0,2}(?:nog )?(?:verder|doorgaan|opstaan|leven|moeite doen|proberen|mijn best doen)\\b`,
      `\\bwaarvoor (?:zou|moet|doe) ik (?:het )?(?:${FILL_NL} ){0,2}(?:nog)\\b`,
      `\\bheb (?:${FILL_NL} |${INTENS_NL} ){0,2}(?:nergens|in niets|in niks) (?:meer |nog )(?:zin|plezier|interesse) ?(?:in)?\\b|\\bnergens (?:meer |nog )zin in\\b|\\bnergens zin (?:meer |nog )in\\b`,
    ),
  },
  {
    // Wanting to be gone, away from it all: often how a wish not to be here is first put.
    cue: "despair.escape",
    category: "despair",
    level: "check",
    keys: words(
      "weg verdwijnen oplossen onzichtbaar =rook away disappear vanish exist invisible uitweg exit escape =way oplossing",
    ),
    unless: ctx(
      "\\b(?:vakantie|weekend|weekendje|weekje|dagje|dagjes|tijdje|reis|reizen|verhuizen|emigreren|holiday|vacation|trip|weekend|a few days|for a while|a break)\\b",
    ),
    re: rx(
      `\\b(?:wil|wou|zou willen|wens|wilde|verlang) ${gap(3)}(?:weg van alles|weg van iedereen|alles achter me laten|onzichtbaar zijn|in rook opgaan|oplossen in het niets|in het niets verdwijnen|van de aardbodem verdwijnen|ver weg van alles)\\b`,
      `\\b(?:wil|wou|zou willen|wens) ${gap(2)}weg${END}`,
      `\\b(?:want|wish|wanna|need) (?:to |i could )?(?:${FILL_EN} )?(?:get away from (?:everything|it all|everyone)|escape (?:from )?(?:everything|it all|my life|life)|vanish|not exist|be invisible|run away from (?:everything|it all|my life))\\b`,
      `\\b(?:zie|zag|is|was) ${gap(2)}(?:geen|nog maar een|maar een|maar 1|nog maar 1|nog maar één|maar één) (?:uitweg|oplossing)(?: meer)?\\b`,
      `\\b(?:see|find|is|there is) (?:no|only one) (?:way out|escape|exit|other way)\\b`,
    ),
  },
  {
    cue: "despair.hopeless",
    category: "despair",
    level: "check",
    keys: words(
      "zitten =meer =aan =vol =trek hoeft =langer =zat =beu =moe levens klaar genoeg =zin zinloos uitweg uitzichtloos hopeloos wanhop toekomst hoop verdwijnen zonder missen =last tunnel geboren waarom stopt ophoudt voorbij =over ophield stopte alles beter nodig haat gelukkiger blijer makkelijker rustiger =zie =weet =het latijn niets niks =wil =kan =wou =hoef vanaf eraf =uit ervan einde gehad genoeg haat walg verafschuw zwaar moeilijk ondraaglijk =hel lijdensweg =dal =gat =put =zit =door doorheen =op opgegeven opgeven uitmaakt uitmaken uitmaakte maakt schelen moe niemand hoelang langer =om nut beter =red =teveel veel vechten strijden doorgaan alsof moeite =toe =doe =doet stoppen ophouden kappen =weg",
    ),
    re: rx(
      `\\bzie (?:het|alles|het leven|de toekomst|mijn leven) (?:${FILL_NL} ){0,2}${NIET} meer zitten\\b`,
      `\\bzie (?:het|alles|het leven) (?:${FILL_NL} ){0,2}${NIET} zitten${END}`,
      `\\b(?:ik )?(?:${FILL_NL} )?kan (?:er |het |dit )?(?:${FILL_NL} ){0,2}${NIET} meer(?:${END}| (?:${FILL_NL} )?(?:verder|door|tegen)\\b)`,
      `\\b(?:alles|het) (?:is|wordt|werd) (?:me |mij )?(?:${FILL_NL} )?(?:te veel|teveel)\\b`,
      "\\bop het einde? van (?:mijn|m) latijn\\b",
      `\\bkan (?:het|dit) (?:${FILL_NL} ){0,2}${NIET} (?:meer |langer )?aan\\b`,
      `\\bkan (?:het|dit) (?:leven|allemaal) ${NIET} meer aan\\b`,
      `\\b(?:hou|houd) het (?:${FILL_NL} ){0,2}${NIET} (?:meer|langer) vol\\b`,
      `\\b(?:hou|houd) het (?:${FILL_NL} ){0,2}${NIET} vol${END}`,
      `\\btrek het (?:${FILL_NL} ){0,2}${NIET} (?:meer|langer)\\b`,
      // verb last, as in "omdat ik het niet meer zie zitten / aankan / volhoud / trek"
      `\\bhet (?:${FILL_NL} ){0,2}${NIET} (?:meer|langer) (?:zie|zag|zien|kan|kon) zitten\\b`,
      `\\bhet (?:${FILL_NL} ){0,2}${NIET} (?:meer|langer) (?:aankan|aan kan|aankon|aankunnen|volhoud|vol hou|volhou|volhield|trek|trok|trekken)\\b`,
      `\\b(?:ik|het) (?:${FILL_NL} ){0,2}${NIET} meer (?:kan|wil)${END}`,
      `\\b(?:allemaal|alles) (?:${FILL_NL} )?(?:zat|beu|moe) (?:ben|was|word)\\b`,
      `\\bhoeft (?:voor mij |van mij |voor mijn part )?(?:${FILL_NL} )?${NIET} meer${END}`,
      `\\b(?:ik )?wil (?:${FILL_NL} ){0,2}${NIET} (?:meer|langer)${END}`,
      `\\bwil ${NIET} meer verder\\b`,
      `\\bhoef ik (?:${FILL_NL} ){0,3}${NIET} (?:meer|langer)${END}`,
      `\\bik (?:${FILL_NL} ){0,2}(?:haat|walg van|verafschuw) (?:mezelf|mijzelf)\\b(?! (?:als|wanneer|omdat|dat)\\b)`,
      `\\b(?:zie|zag) ${gap(2)}(?:het|de) (?:nut|zin) ${gap(2)}${NIET} (?:meer )?(?:van )?in\\b`,
      `\\bik heb het (?:${FILL_NL} ){0,2}gehad${END}|\\bheb er (?:${FILL_NL} ){0,2}genoeg van${END}|\\bgenoeg van (?:alles|het leven|alles en iedereen)\\b`,
      `\\b(?:het leven|alles|mijn leven) (?:is|voelt|wordt) (?:${INTENS_NL} ){0,2}(?:te zwaar|te moeilijk|te veel|ondraaglijk|een hel|een lijdensweg)\\b`,
      `\\b(?:zit|zat|val|viel|beland|ben|zak|zakte) ${gap(2)}in een (?:diep|diepe|groot|grote|zwart|zwarte|donker|donkere) (?:dal|gat|put)\\b`,
      `\\bweet ${gap(2)}${NIET} ${gap(1)}(?:hoe lang|hoelang|hoeveel langer) ${gap(4)}(?:volhoud|vol hou|volhou|aankan|aan kan|trek|uithoud|uit hou|kan volhouden|nog kan)\\b`,
      `\\bniemand ${gap(2)}om (?:me|mij) (?:geeft|gaf|zou geven|geeft)\\b|\\bniemand (?:geeft|gaf) ${gap(1)}om (?:me|mij)\\b`,
      `\\b(?:zie|zag) (?:ik )?(?:het|de) (?:nut|zin) ${gap(2)}(?:van|in) (?:alles|niks|niets|het allemaal|dit allemaal|doorgaan|verder gaan|verder leven|nog iets) ${gap(2)}${NIET} (?:meer|in)\\b`,
      `\\b(?:zie|zag) ${gap(2)}geen (?:nut|zin) (?:meer )?(?:in|van) (?:alles|iets|het leven|doorgaan|verder gaan)\\b`,
      `\\b(?:het|alles|dit) (?:wordt|komt) (?:${FILL_NL} ){0,2}nooit (?:meer )?(?:beter|goed)\\b`,
      `\\bred het ${gap(1)}${NIET} meer\\b`,
      `\\b(?:wil|wou) ${gap(2)}(?:er vanaf|eraf|er ?uit|ervan af|er vanaf zijn)${END}`,
      `\\b(?:zie|zag) ${gap(2)}(?:geen einde (?:meer )?aan|het einde ${NIET} (?:meer|van))\\b`,
      `\\bzit (?:er|ik) ${gap(1)}(?:helemaal|compleet|volledig|totaal|echt) (?:door|doorheen)${END}`,
      `\\b(?:geef|gaf) (?:het|alles) ${gap(1)}op${END}|\\bheb (?:het|alles) ${gap(1)}opgegeven${END}|\\bwil (?:het|alles) ${gap(1)}opgeven${END}`,
      `\\b(?:${NIET} (?:meer )?(?:uitmaakt|uit maakt|uitmaken|uitmaakte)|maakt ${gap(2)}${NIET} (?:meer )?uit|kan ${gap(2)}(?:${NIET}|geen bal|niks|niets) (?:meer )?schelen) of ik (?:er )?(?:nog )?(?:ben|leef|besta|er ben|er nog ben|hier ben|dood ben|doodga)\\b`,
      `\\b(?:moe|zat|beu) (?:van )?(?:het )?(?:vechten|strijden|doorgaan|doen alsof)\\b`,
      `\\bniemand (?:${FILL_NL} )?(?:ziet me|merkt het|geeft om me|geeft om mij|zou het merken)(?:${END}| als ik| dat ik)`,
      // subject after the verb, after a fronted clause: "sinds mijn vrouw dood is wil ik ook niet meer"
      `\\b(?:wil|kan|wou) ik (?:${FILL_NL} ){0,3}${NIET} (?:meer|langer)(?:${END}| (?:verder|door)\\b)`,
      `\\bzie ik (?:het|alles|het leven) (?:${FILL_NL} ){0,3}${NIET} (?:meer )?zitten\\b`,
      `\\b(?:niets|niks) (?:is|lijkt|voelt|is nog) (?:${FILL_NL} ){0,2}(?:nog |meer )?de moeite (?:waard)?(?:${END}| meer\\b)`,
      `\\bben (?:het )?(?:allemaal|alles) (?:${FILL_NL} )?(?:zat|beu|moe)\\b`,
      `\\bben het (?:${FILL_NL} ){0,2}(?:zat|beu|moe) (?:allemaal|alles)\\b`,
      `\\bben alles (?:en iedereen )?(?:${FILL_NL} )?(?:zat|beu|moe)\\b`,
      `\\b(?:het )?leven (?:${FILL_NL} )?(?:zat|beu|moe)\\b`,
      "\\blevens(?:moe|zat)[a-z]*",
      "\\bmoe van het leven\\b",
      "\\bklaar met alles\\b",
      `\\bgenoeg van (?:het|mijn) leven\\b`,
      `\\b(?:het|alles|niks|niets) (?:is|heeft) (?:${FILL_NL} ){0,2}(?:geen zin(?: meer)?|zinloos|nog zin|meer zin)\\b`,
      `\\bheeft (?:${FILL_NL} ){0,2}geen zin meer${END}`,
      `\\bheb (?:${FILL_NL} ){0,2}(?:nergens|geen) (?:zin meer|meer zin)(?: in)?${END}`,
      `\\bnergens (?:meer )?zin in\\b`,
      "\\bniets heeft (?:nog|meer) zin\\b",
      "\\bgeen uitweg\\b",
      "\\buitzichtloos\\b",
      "\\bhopeloos\\b(?! (?:in|met|verliefd|ouderwets|slecht|onhandig|te laat|verloren)\\b)",
      "\\bwanhoop\\b|\\bwanhopig\\b",
      `\\b(?:ik heb|zie|heb ik|er is) ${gap(1)}geen toekomst\\b`,
      `\\bgeen hoop meer\\b`,
      `\\b(?:wil|wou) ${gap(2)}verdwijnen\\b`,
      `\\b(?:beter af|beter|gelukkiger|blijer|makkelijker|rustiger) zonder (?:mij|me)\\b`,
      `\\b(?:beter af|beter|gelukkiger|blijer|makkelijker) ${gap(4)}(?:als|wanneer) ik (?:er )?${NIET} meer (?:ben|was|zou zijn)\\b|\\b(?:beter af|beter|gelukkiger|blijer|makkelijker) ${gap(4)}(?:als|wanneer) ik (?:er )?weg (?:ben|was)\\b`,
      `\\bniemand (?:zou|zal) (?:mij|me) ${gap(1)}missen\\b|\\bniemand (?:mij|me) ${gap(1)}(?:zou|zal) missen\\b`,
      `\\bik ${gap(4)}in de weg (?:loop|sta|zit|lig)\\b|\\b(?:loop|sta|zit) ik ${gap(3)}in de weg\\b|\\b(?:i am|i am always|i am just|i feel like i am|i get) (?:in )?(?:everyone|everybodys|peoples|their) way\\b`,
      `\\b(?:ben|voel me) ${gap(2)}(?:een last|tot last)\\b`,
      `\\bgeen licht (?:meer )?aan het einde? van de tunnel\\b`,
      `\\bnooit geboren\\b`,
      `\\bwaarom (?:zou ik |moet ik )?(?:nog )?(?:verder|doorgaan|opstaan)${END}`,
      `\\b(?:doe|doet) er ${gap(1)}${NIET} (?:meer )?toe\\b|\\ber ${gap(1)}${NIET} (?:meer )?toe doe\\b`,
      `\\b(?:alles|het leven|mijn leven|het) (?:voelt|lijkt|is) (?:${FILL_NL} ){0,2}(?:zinloos|leeg|hopeloos|waardeloos|nutteloos)\\b`,
      `\\b(?:zou willen|wil|wou|wens) dat (?:alles|het) (?:${FILL_NL} ){0,2}(?:stopt|ophoudt|voorbij is|over is|ophield|stopte)\\b`,
      `\\b(?:stoppen|ophouden|kappen) met alles\\b`,
      `\\bbeter (?:weg|er niet (?:meer )?) ?(?:zijn|wezen)\\b`,
      `\\bniemand (?:heeft|zal) (?:me|mij) (?:nog )?nodig\\b`,
      `\\b(?:haat|haat ik) mijn (?:leven|bestaan)\\b`,
      `\\bzie er ${gap(1)}geen (?:gat|uitweg|toekomst|licht) (?:meer )?in\\b`,
      `\\bweet het (?:${FILL_NL} ){0,2}${NIET} meer${END}`,
    ),
  },
  {
    cue: "despair.hopeless",
    category: "despair",
    level: "check",
    keys: words(
      "enough unbearable hell dark black rock myself =out =place point hopeless =way hope future without burden nobody =one disappear tired sick done give given gave matters happier easier better =end rope tether wits nothing worth forward =long longer coping matter weary exhausted drowning hate stop =over light",
    ),
    re: rx(
      "\\b(?:end of my (?:rope|tether)|at my wits end)\\b",
      `\\bknow ${gap(2)}not ${gap(1)}(?:how long|how much longer) ${gap(4)}(?:can (?:do|take|keep|go on|cope|handle|last|hold)|keep (?:going|this up)|go on|hold on|last)\\b`,
      `\\b(?:i am|i) (?:${FILL_EN} )?(?:not|barely|hardly) coping\\b`,
      `\\b(?:it|het) (?:does not|would not|wouldnt|does no longer) (?:matter|make a difference) (?:if|whether) (?:i|ik) (?:am|was|were|live|lived|exist|existed|am here|was here|am around|was around|died)\\b`,
      `\\b(?:tired|sick|weary|exhausted) of (?:fighting|struggling|trying|pretending|being (?:me|alive|here)|living like this|this life|carrying on)\\b`,
      `\\b(?:nobody|no one) (?:${FILL_EN} )?(?:notices|cares|sees me|would notice|would care)(?:${END}| if i| about me)`,
      `\\bfeel (?:like )?(?:i am )?drowning\\b(?! in (?:work|paperwork|emails|laundry|admin|bills|tasks|homework)\\b)`,
      `\\bnothing (?:feels|is|seems) (?:${FILL_EN} ){0,2}worth (?:it|anything|doing|living for)(?:${END}| any ?more\\b)`,
      `\\b(?:nothing|niets|niks) (?:(?:feels|is|seems) )?(?:${FILL_EN} ){0,2}worth (?:it|anything) any ?more\\b`,
      `\\b(?:happier|better off|better|easier) ${gap(4)}(?:if|when) i (?:were gone|was gone|am gone|were not here|was not here|were not around|was not around)\\b`,
      `\\b(?:happier|easier|better) without me\\b`,
      `\\bwhat is the point(?:${END}| (?:of|in) (?:living|anything|going on|life|it all|trying)\\b)`,
      "\\bno point (?:in )?(?:anything|carrying on|trying any ?more)\\b",
      "\\bhopeless(?:ness)?\\b(?! (?:at|with|romantic|case)\\b)",
      "\\bno (?:way out|hope left|future for me)\\b",
      "\\bsee no (?:way out|future|point)\\b",
      `\\b(?:everyone|everybody|my family|my kids|they) (?:would be|would all be|are|is) better off without me\\b`,
      "\\bbetter off without me\\b",
      `\\b(?:a |such a )?burden (?:to|on) (?:everyone|everybody|my family|others|people|my kids)\\b`,
      "\\b(?:no one|nobody) would (?:miss|notice|care)\\b",
      `\\b(?:want|wish|wanna) (?:i could |to )?(?:just )?disappear\\b`,
      "\\b(?:tired|sick) of (?:living|life|everything|it all)\\b",
      "\\bdone with (?:everything|it all)\\b",
      "\\bgive up on (?:everything|life)\\b",
      `\\b(?:i|i have) (?:${FILL_EN} )?(?:give|given|gave) up${END}`,
      "\\bnothing matters any ?more\\b",
      `\\bi (?:do not|no longer) matter\\b`,
      `\\bi (?:${FILL_EN} ){0,2}hate myself\\b(?! (?:for|when|after|because)\\b)|\\bi (?:${FILL_EN} ){0,2}want out(?:${END}| of (?:this life|life|everything|it all))`,
      `\\bi have (?:${FILL_EN} ){0,2}had enough(?:${END}| of (?:everything|it all|life|living))`,
      `\\b(?:life|everything|my life) (?:is|feels) (?:${INTENS_EN} ){0,2}(?:too hard|too much|unbearable|hell|a living hell)\\b`,
      `\\b(?:in|at) (?:a |such a )?(?:really |very |so )?(?:dark|bad|black) place\\b|\\brock bottom\\b`,
      `\\b(?:everything|it all|life|my life|nothing) (?:feels|is|seems) (?:${FILL_EN} ){0,2}(?:pointless|meaningless|hopeless|empty|worthless|useless)\\b`,
      `\\bi (?:${FILL_EN} )?hate (?:my life|my existence|being alive)\\b`,
      `\\b(?:want|wish) (?:it all|everything|it) (?:would |to )?(?:just )?(?:stop|end|be over)\\b`,
      "\\bno light at the end of the tunnel\\b",
      `\\b(?:see|find|have) (?:no|any) (?:way (?:forward|out)|future|hope)\\b|\\bno way forward\\b`,
    ),
  },
  {
    cue: "despair.hopeless",
    category: "despair",
    level: "check",
    keys: words("=can =could cannot"),
    re: rx(
      `\\b(?:can not|do not|cannot|could not) (?:${FILL_EN} )?see (?:things|it|anything|life|my life|this) (?:ever )?(?:getting|get|going to get|gonna get|becoming) (?:any )?better\\b`,
      `\\b(?:can not|could not) (?:${FILL_EN} ){0,2}(?:go on|keep going|take (?:it|this|any ?more)|do (?:this|it) any ?more|cope any ?more|handle (?:it|this|anything) any ?more|carry on)\\b`,
    ),
  },
  {
    // Thoughts of death that will not let go are more than a passing thought.
    cue: "suicide.persistent_thoughts",
    category: "suicide",
    level: "crisis",
    keys: words("gedachte idee =kan =kon =can =could denk think"),
    negation: "around",
    re: rx(
      `\\b(?:gedachte|gedachten|idee) ${gap(2)}(?:dood|doodgaan|dood te gaan|sterven|te sterven|zelfmoord|er niet meer te zijn)\\b(?: [a-z0-9.,]+){0,6} (?:laat|laten|liet) (?:me|mij) ${gap(2)}${NIET} (?:meer )?los\\b`,
      `\\b(?:kan|kon) ${gap(2)}${NIET} (?:meer )?(?:stoppen|ophouden) met (?:denken|piekeren) (?:aan|over) (?:de dood|doodgaan|dood gaan|sterven|er niet meer zijn)\\b(?! van\\b)`,
      "\\b(?:can not|could not) stop thinking about (?:death|dying|being dead|not being here|killing myself|ending it)\\b",
      `\\b(?:denk|think|thinking) ${gap(2)}(?:steeds|de hele dag|voortdurend|constant|constantly|all the time|every day|elke dag) ${gap(1)}(?:aan|over|about) (?:de dood|doodgaan|sterven|death|dying)\\b(?! van\\b)`,
    ),
  },
  {
    cue: "suicide.death_thoughts",
    category: "suicide",
    level: "check",
    keys: words(
      "dood sterven =zijn einde death dying being euthanas levensbeeindig voltooid assisted =hulp gedachte idee",
    ),
    re: rx(
      `\\bdenk ${gap(3)}(?:aan|over) (?:de dood|doodgaan|dood gaan|sterven|er niet meer zijn|mijn (?:eigen )?(?:dood|einde))\\b(?! van\\b)`,
      `\\bgedachten (?:aan|over) (?:de dood|doodgaan|sterven|mijn (?:eigen )?dood)\\b(?! van\\b)`,
      `\\bthink(?:ing)? ${gap(2)}about (?:death|dying|not being here|not being alive|my (?:own )?death)\\b`,
      "\\bthoughts (?:of|about) (?:death|dying)\\b",
      `\\b(?:gedachte|gedachten|idee) (?:om|aan|over|van) ${gap(1)}(?:dood (?:te )?gaan|doodgaan|sterven|te sterven|er niet meer (?:te )?zijn)\\b`,
      "\\b(?:euthanasie|levensbeeindiging|voltooid leven|euthanasia|assisted (?:dying|suicide)|hulp bij zelfdoding)\\b",
    ),
  },
  {
    // Putting affairs in order and saying goodbye: a warning sign worth a direct question.
    cue: "suicide.farewell",
    category: "suicide",
    level: "check",
    raiseIf: ctx(
      "\\b(?:touw|strop|pillen|tabletten|slaappillen|medicijnen|mes|scheermes|scheermesje|geweer|pistool|wapen|overdosis|rope|noose|pills|tablets|knife|blade|razor|gun|pistol|rifle|overdose)\\b",
      "\\b(?:alles (?:al )?geregeld|(?:sorted|arranged) everything|everything (?:is )?(?:sorted|arranged|in order)|testament|afscheidsbrie[a-z]*)\\b",
      `\\b(?:ben|was) (?:er|het) ${gap(1)}klaar (?:mee|voor)\\b|\\b(?:i am|i was) (?:so |just )?(?:done|ready)${END}`,
    ),
    unless: ctx(
      "\\b(?:verbouwing|verhuizing|verhuizen|klus|project|renovatie|bruiloft|feest|vakantie|cursus|opleiding|examen|pensioen|collega[a-z]*|werk|baan|renovation|move|moving|wedding|party|holiday|course|exam|retire[a-z]*|colleagues|job|work)\\b",
    ),
    keys: words(
      "punt afscheid spullen bezittingen dingen goodbye goodbyes give giving given gone dead here =meer =dan =then daarna after",
    ),
    re: rx(
      `\\ber ${gap(3)}(?:een )?punt achter ${gap(1)}(?:zetten|zet|te zetten|gezet)\\b`,
      `\\bafscheid ${gap(1)}(?:genomen|nemen|neem|te nemen|aan het nemen) van (?:iedereen|alles|(?:mijn|de) (?:familie|kinderen|kleinkinderen|vrienden|dierbaren|ouders|kids|zus|broer|moeder|vader|man|vrouw|partner|dochter|zoon|hond|kat))\\b`,
      `\\b(?:spullen|bezittingen|dingen) ${gap(3)}weg ?(?:gegeven|geven|gedaan)\\b(?= .*\\b(?:niet meer nodig|heb ik niet meer)\\b)`,
      `\\b(?:said|saying) goodbye to (?:everyone|everybody|my (?:family|kids|friends))\\b|\\b(?:said|say|saying) my goodbyes\\b`,
      `\\bgiv(?:e|ing|en) away (?:my|all my) (?:things|stuff|belongings|possessions)\\b`,
      `\\b(?:in case|when|for when|for after|after) i am (?:gone|dead|not here|no longer here)\\b`,
      `\\bvoor (?:als|wanneer) ik (?:er )?${NIET} meer (?:ben|leef)\\b`,
      `\\b(?:en dan|and then|daarna|after that) (?:is het|it is|it will be|ben ik|am i|i am) ${gap(1)}(?:klaar|over|gedaan|voorbij|done|finished|weg|gone|vrij|free)${END}`,
    ),
  },
  {
    cue: "self_harm.punish",
    category: "self_harm",
    level: "check",
    keys: words(SELF_KEYS, "straf punish"),
    re: rx(
      `\\b${SELF_NL} ${gap(1)}(?:te )?(?:straffen|straf|gestraft)\\b`,
      `\\b(?:straf|strafte) ${SELF_NL}\\b`,
      `\\bpunish(?:ing|ed)? myself\\b`,
    ),
  },
  {
    cue: "violence.harassed",
    category: "violence",
    level: "check",
    keys: words("lastig harass"),
    re: rx(
      `\\b(?:valt|vallen|viel) (?:me|mij) ${gap(1)}lastig\\b`,
      "\\b(?:harass|harasses|harassed|harassing) me\\b",
    ),
  },
  {
    // Pills ready with a time or with drink: a plan, not the weekly box.
    cue: "suicide.method",
    category: "suicide",
    level: "crisis",
    keys: words(PILL_KEYS, "pills"),
    method: true,
    onlyIf: ctx(
      "\\b(?:vanavond|vannacht|straks|vandaag|nu|tonight|today|now|later tonight)\\b",
      "\\b(?:vodka|wodka|drank|alcohol|whisky|whiskey|wijn|wine|jenever|rum|bier|beer)\\b",
    ),
    re: rx(
      `\\b${PILLS_NL} ${gap(3)}(?:klaar|klaarliggen|klaarleggen|klaargelegd|klaar gelegd|liggen klaar|bij elkaar|naast me|naast mij|voor me|voor mij|in mijn hand)\\b`,
      `\\b${PILLS_EN} ${gap(1)}(?:ready|lined up|laid out|counted out)\\b`,
    ),
  },
  {
    // Pills laid out "ready" may be the weekly box or a plan: ask.
    cue: "suicide.pills_ready",
    category: "suicide",
    level: "check",
    keys: words(PILL_KEYS),
    unless: ctx(
      "\\b(?:week|weekdoos|baxter|baxterrol|medicijndoos|pillendoos|dosette|ochtend|avond|morgen|apotheek|organizer|organiser|weekly|morning|evening|tomorrow|pharmacy)\\b",
      "\\b(?:vergeet|vergeten|onthouden|herinner[a-z]*|innemen|in te nemen|remember|forget|reminder|take them|taking them)\\b",
    ),
    re: rx(
      `\\b${PILLS_NL} ${gap(3)}(?:klaar|klaarliggen|klaarleggen|klaargelegd|klaar gelegd|liggen klaar|naast me|naast mij|voor me|voor mij|in mijn hand)\\b`,
      `\\b${PILLS_EN} ${gap(2)}(?:ready|lined up|laid out|counted out|next to me|in front of me|in my hand|beside me)\\b`,
    ),
  },
  {
    // Safety net for phrasings no rule above knows: "ik" or "I" with a death word close after, minus the
    // figures of speech people use every day. Asking costs one question.
    cue: "suicide.death_mention",
    category: "suicide",
    level: "check",
    // A denied mention ("ik wil niet dood aan longkanker") is no reason to ask.
    negation: "inner",
    keys: words(
      "dood sterv sterf overlijd dead =die dying death overlijden einde funeral begrafenis uitvaart",
    ),
    unless: ctx(
      "\\b(?:van|aan) (?:de |het )?(?:honger|dorst|lachen|verveling|schrik|kou|hitte|zenuwen|stress|schaamte|pijn)\\b",
      "\\b(?:dood op|doodop|dood moe|lach me dood|schrok me dood|verveel me dood|dood van de|sterf van)\\b",
      // "ik lach me altijd dood", "ik heb me dood gelachen": the verb says what killed, as emphasis
      "\\b(?:lach|lachen|lacht|lachte|verveel|verveelde|vervelen|schrik|schrok|schrikken|erger|ergerde|ergeren|schaam|schaamde|zweet|zweette|werk|werkte|sjouw|sjouwde|zoek|zocht|pieker|piekerde|wacht|wachtte|eet|at|vries|vroor|loop|liep|fiets|fietste) (?:me|mij|ik me|ik mij)(?: [a-z]+){0,3} (?:dood|een ongeluk|een bult|rot|kapot|te pletter)\\b",
      "\\bdood ?(?:gelachen|geschrokken|verveeld|gewerkt|geergerd|geschaamd|gezocht|gesjouwd|gewacht|gezweet|gevroren|gelopen|gefietst)\\b",
      "\\b(?:laughing|laughter|embarrassment|boredom|die for|dying to|dying for|dead tired|dead on my feet|to death|dead end|deadline|dead battery|dead phone|over my dead body)\\b",
      "\\b(?:palliat[a-z]*|hospice|wilsverklaring|levenstestament|zorgplanning|advance care|living will|end of life care)\\b",
      "\\b(?:dying|died|die|dead) (?:of|from) (?:thirst|hunger|boredom|embarrassment|shame|cold|heat|curiosity|laughter|laughing|exhaustion|tiredness|the heat|the cold)\\b",
      "\\b(?:dood ?werken|doodwerk|werk me dood|dood te werken|work myself to death|young|jong|old age|op hoge leeftijd|one day|someday|ooit|later)\\b",
    ),
    re: rx(
      `\\bik ${gapNot(3, "de|het|een|mijn|zijn|haar|hun|hij|zij|ze|die|dat|jij|je")}(?:dood|doodgaan|dood gaan|doodga|sterven|sterf|overlijden)\\b`,
      `\\b(?:i|im) ${gapNot(3, "the|a|an|his|her|their|my|he|she|they|that|you|it")}(?:dead|die|dying|death)\\b(?! (?:set|serious|certain|sure|easy|good|right|wrong|centre|center|last|ahead|straight|still|quiet|slow|on|tired|beat|heat|weight|end|line|battery|phone)\\b)`,
      "\\b(?:mijn|my) (?:eigen |own )?(?:dood|overlijden|einde|sterven|death|funeral|begrafenis|uitvaart)\\b",
    ),
  },
  {
    // "Ik ga dood" on its own: a plan, a fear or a figure of speech. Ask.
    cue: "suicide.going_to_die",
    category: "suicide",
    level: "check",
    keys: words("=dood sterven =die"),
    re: rx(
      `\\bik ga (?:${FILL_NL} )?(?:dood|sterven)\\b(?! (?:van|aan|als|bij)\\b)`,
      `\\bi am going to die\\b(?! (?:of|from|if|when|one day|someday|laughing|alone)\\b)`,
    ),
  },
];

/** Rules in priority order: within a level the first one to fire names the category. */
export const RULES: readonly Rule[] = [...SUICIDE, ...SELF_HARM, ...VIOLENCE, ...ACUTE, ...CHECK];

// Shared building blocks of the screener's rules: word lists, gaps and sentence-context tests over normalized text.
// The text has single spaces and " . " / " , " marks; a gap word never crosses a mark.

export const W = "[a-z0-9]+";
export const gap = (n: number): string => `(?:${W} ){0,${n}}`;
/** A gap whose words are not in the list (so a construction cannot borrow a subject from elsewhere). */
export const gapNot = (n: number, not: string): string => `(?:(?!(?:${not}) )${W} ){0,${n}}`;
export const END = "(?= [.,]|$)";
export const any = (...parts: string[]): string => `(?:${parts.join("|")})`;
export const rx = (...alternatives: string[]): RegExp => new RegExp(`\\b(?:${alternatives.join("|")})`, "g");
/** Key lists written as space-separated words, optionally with shared lists spread in. */
export const words = (...parts: (string | readonly string[])[]): string[] =>
  parts.flatMap((part) => (typeof part === "string" ? part.split(" ") : [...part]));
/** Sentence-level context test (not global: lastIndex must stay 0). */
export const ctx = (...alternatives: string[]): RegExp => new RegExp(alternatives.join("|"));

export const NIET = "(?:niet|nie|ni)";
export const NOMORE_NL = `(?:${NIET} (?:meer|langer)|nooit meer)`;
export const FILL_NL =
  "(?:echt|gewoon|allemaal|helemaal|even|nu|bijna|eigenlijk|ook|wel|nog|toch|dus|heus|maar|gewoonweg|zeker|al|zo|erg|heel|best|vaak|soms)";
export const FILL_EN =
  "(?:really|just|honestly|even|actually|truly|simply|totally|literally|so|all|still|kind of)";

/**
 * Flemish "mijn eigen" is reflexive ("ik snij mijn eigen") only when no noun follows: "zijn eigen brood
 * snijden" is not. The lookahead lets it through before a mark, the end, or a small word.
 */
export const EIGEN =
  "eigen(?:ste)?(?=(?: [.,])?$| [.,]| (?:in|op|open|gesneden|gekrast|gebrand|geslagen|gekrabd|snijden|krassen|branden|met|aan|weer|expres|opzettelijk|pijn|kapot|van|te|als|omdat|iets|wat|niet|nie|nooit|wel|ook|nog|gewoon|echt|dood|om|zo|toch|al|steeds|soms|vaak|wil|ga|gaan)\\b)";
export const SELF_NL = `(?:mezelf|mijzelf|mezelve|mijzelve|mzelf|mijn ${EIGEN})`;
export const SELF3_NL = `(?:zichzelf|zichzelve|hemzelf|haarzelf|zijn ${EIGEN}|haar ${EIGEN}|zich)`;
export const ANYSELF_NL = `(?:${SELF_NL}|${SELF3_NL})`;
export const SELF_EN = "(?:myself|my self|himself|herself|themselves|themself)";

export const WISH_NL =
  "(?:wil|wilt|willen|wou|wilde|wilden|zou willen|wens|wenst|wenste|verlang|verlangt|verlangde|hoop|hoopt|hoopte|liefst|liever|graag)";
export const DIE_NL = "(?:doodgaan|dood gaan|doodgaat|doodga|dood|sterven|sterf|sterft|overlijden)";
export const WISH_EN =
  "(?:want|wants|wanted|wanting|wish|wishes|wished|wishing|hope|hoping|would rather|rather|longing|long|ready|prefer)";

/** Drugs people overdose on, by name: benzodiazepines, opioids, sleeping pills, antidepressants, lithium. */
export const DRUG_NAMES =
  "(?:diazepam|oxazepam|temazepam|lorazepam|lormetazepam|nitrazepam|flurazepam|clonazepam|bromazepam|alprazolam|midazolam|brotizolam|triazolam|zolpidem|zopiclon|zopiclone|tramadol|oxycodon|oxycodone|codeine|morfine|morphine|fentanyl|methadon|methadone|lithium|quetiapine|amitriptyline|mirtazapine|ibuprofen|diclofenac|naproxen|promethazine|insuline|insulin|paracetamol|acetaminophen|tylenol|aspirine|aspirin)";
/** How much was taken: "al mijn", "een hele strip", "te veel". */
export const QTY_NL =
  "(?:te veel|teveel|veel te veel|een hele strip|een strip|hele strip|strips|een doosje|een hele doos|de hele doos|een handvol|handvol|een hele pot|een pot|een hele fles|de hele fles|mijn hele voorraad|de hele voorraad|een heleboel|heel veel|een hoop|een stapel|een zak)";
/** "Al mijn pillen ingenomen" is the morning round, unless they were sleeping pills or it went wrong. */
export const SEDATIVES = `(?:slaappillen|slaaptabletten|slaapmiddel|slaapmiddelen|sleeping pills|sleeping tablets|${DRUG_NAMES})`;
export const PILLS_NL = `(?:pillen|pil|tabletten|medicijnen|medicatie|slaappillen|slaaptabletten|slaapmiddel|slaapmiddelen|pijnstillers|drugs|antidepressiva|${DRUG_NAMES})`;
export const PILLS_EN = `(?:pills|tablets|meds|medication|medicine|medicines|sleeping pills|sleeping tablets|painkillers|antidepressants|drugs|opioids|${DRUG_NAMES})`;

export const PARTNER_NL =
  "(?:man|vrouw|partner|vriend|vriendin|vriendje|lief|ex|exman|exvrouw|expartner|exvriend|exvriendin|vader|pa|papa|moeder|ma|mama|stiefvader|stiefmoeder|stiefpa|stiefma|schoonvader|schoonmoeder|schoonzoon|schoondochter|schoonbroer|zwager|zoon|dochter|stiefzoon|stiefdochter|kleinzoon|broer|zus|vent|echtgenoot|echtgenote|oom|tante|opa|neef|huisgenoot|verzorger|stiefbroer|buurman|buurvrouw)";
export const PERP_NL = `(?:hij|zij|ze|iemand|${any(`(?:mijn|onze|die|de) ${PARTNER_NL}(?: van (?:mijn|onze) (?:moeder|mama|ma|vader|papa|zus|dochter|zoon))?`)})`;
export const VICTIM_NL =
  "(?:me|mij|ons|mijn (?:kleine |jongste |oudste |kleinste )?(?:kind|kinderen|kindje|kinders|zoon|zoontje|dochter|dochtertje|baby|moeder|mama|moe|vrouw|man|zus|zusje|broer|broertje|vriendin|kleinkind|kleinkinderen|oma|opa)|(?:zijn|haar|hun) (?:kind|kinderen|kindje|zoon|dochter|baby|vrouw|man|moeder|vriendin|kleinkinderen)|de (?:kinderen|kids|kleine|baby)|onze (?:kinderen|zoon|dochter|kids)|ons (?:kind|kindje))";
export const PARTNER_EN =
  "(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|ex husband|ex wife|dad|father|stepdad|stepfather|mum|mom|mother|stepmum|stepmom|stepmother|son|daughter|brother|sister|uncle|carer|caregiver|flatmate|roommate|fiance|fiancee|neighbour|neighbor|brother in law|sister in law|father in law|mother in law|son in law|grandfather|grandpa|grandson|cousin|nephew)";
export const PERP_EN = `(?:he|she|they|someone|somebody|${any(`(?:my|our|her|his) (?:(?:mums|moms|mothers|dads|fathers|sisters|daughters|sons) )?${PARTNER_EN}`)})`;
export const VICTIM_EN =
  "(?:me|us|the kids|the children|the baby|(?:his|her|their) (?:kids|children|child|son|daughter|baby|wife|girlfriend|mum|mom|mother)|(?:my|our) (?:little |baby |younger |older |big |eldest |youngest |oldest |two |three |step ?)?(?:kids|children|child|son|sons|daughter|daughters|baby|boy|girl|mum|mom|mother|sister|sisters|brother|brothers|wife|husband|grandson|granddaughter|grandchildren|grandkids|nan|gran|grandma|grandmother))";

export const SELF_KEYS = words("mezelf mijzelf mezelve mijzelve mzelf eigen zich hemzelf haarzelf");
export const PILL_KEYS = words(
  "pil tablet medicijn medicatie slaap paracetamol oxazepam temazepam lorazepam lormetazepam nitrazepam flurazepam clonazepam bromazepam brotizolam triazolam diazepam alprazolam midazolam zolpidem zopiclon tramadol codeine morphine fentanyl methadon lithium quetiapine amitriptyline mirtazapine ibuprofen diclofenac naproxen promethazine aspirin acetaminophen pijnstill insuline morfine oxycodon drugs antidepress meds medication medicine tylenol painkill insulin opioid",
);
export const CHILD_KEYS = words(
  "baby kind zoon dochter peuter dreumes kleuter zuigeling pasgeborene kleintje kleine kleinkind kleinzoon kleindochter meisje meiske jongetje ventje manneke jongste kleinste bab infant newborn toddler little son daughter child kid boy girl grand",
);

/** Where people hurt themselves: never a finger or a lip (kitchen accidents, nail and lip biting). */
export const BODY_NL =
  "(?:arm|armen|pols|polsen|been|benen|dij|dijen|bovenbeen|bovenbenen|onderarm|onderarmen|buik|huid|hand|handen|heup|heupen|borst|schouder|schouders|enkel|enkels|kuit|kuiten|zij)";
export const BODY_EN =
  "(?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|forearm|forearms|stomach|belly|skin|hip|hips|chest|shoulder|shoulders|ankle|ankles|calf|calves|side)";

/** What a small child should never swallow: medicines, cleaning products, batteries, magnets, lamp oil. */
export const TOXIC_NL =
  "(?:pillen|pil|tabletten|tablet|medicijnen|medicijn|[a-z]*middel|zeep|vloeibare zeep|handzeep|ontkalker|wc ?blok|wc ?eend|lampenolie|alcoholgel|handgel|schoonmaakmiddel|ontstopper|gootsteenontstopper|chloor|bleek|ammoniak|batterij[a-z]*|knoopbatterij[a-z]*|knoopcel[a-z]*|magneetje[s]?|magneten|wasmiddel|wasmiddelcapsule[s]?|vaatwas[a-z]*|afwasmiddel|lampolie|aanstekervloeistof|spiritus|terpentine|wasbenzine|antivries|rattengif|gif|insecticide)";
export const TOXIC_EN =
  "(?:pills|tablets|medicine|medicines|bleach|cleaner|cleaning (?:liquid|product|fluid|stuff)|detergent|laundry (?:pod|pods|capsule|capsules)|dishwasher (?:tablet|tablets|liquid|soap|pod|pods)|washing up liquid|dish soap|battery|batteries|button battery|magnet|magnets|lamp oil|lighter fluid|white spirit|turpentine|antifreeze|rat poison|poison|weed killer)";

export const CHILD_NL =
  "(?:baby|babys|babytje|kindje|kindjes|kind|zoontje|dochtertje|peuter|peutertje|dreumes|kleuter|zuigeling|pasgeborene|kleintje|de kleine|onze kleine|mijn kleine|(?:mijn|ons|onze) (?:meisje|meiske|jongetje|ventje|manneke|zoon|dochter|jongste|kleinste)|kleinkind|kleinzoon|kleindochter)";
export const CHILD_EN =
  "(?:baby|babies|infant|newborn|toddler|little one|(?:my|our|the) (?:little |baby |youngest |eldest |oldest |younger |older |[0-9]+ (?:year|month|week|yr) old )?(?:son|daughter|child|kid|boy|girl)|grandson|granddaughter|grandchild)";

// ---------------------------------------------------------------------------------------------------
// Context tests, on the sentence around a match.

/** Someone else's death by suicide: grief, and a reason to ask, not proof of danger now. */
export const BEREAVED = ctx(
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
export const CARE_WISH = ctx(
  "\\b(?:thuis|in (?:mijn|zijn|haar) (?:eigen )?(?:bed|huis|slaap)|in (?:alle )?rust|rustig|vredig|waardig|pijnloos|zonder pijn|omringd door|als het (?:zover|zo ver) is|op hoge leeftijd|later)\\b",
  "\\bniet in (?:het|een) (?:ziekenhuis|verpleeghuis)",
  `\\bhoe (?:ik|je|hij|zij) ${gap(1)}(?:wil|wilt|zou willen) (?:sterven|doodgaan)`,
  "\\b(?:euthanasie|wilsverklaring|levenstestament|reanimeren|palliatie[a-z]*|levenseinde|zorgplanning)",
  "\\b(?:at home|in my (?:own )?(?:bed|sleep)|peacefully|with dignity|surrounded by|when the time comes|one day|some day|someday|old age|in hospital|in a hospital)\\b",
  "\\b(?:living will|resuscitat[a-z]*|palliative|hospice|euthanasia|end of life)\\b",
);

/** Accidental injury words: a cut while cooking is not self-harm. */
export const ACCIDENT = ctx(
  "\\b(?:per ongeluk|perongeluk|ongelukje|onhandig|bij het [a-z]+|tijdens (?:het )?[a-z]+|toen ik (?:viel|uitgleed|struikelde)|gevallen|gestruikeld|uitgegleden|in de keuken|aan (?:een|het|de|mijn) (?:mes|broodmes|blik|blikje|pan|oven|glas|papier|strijkijzer|kachel|fornuis|hek|spijker))\\b",
  "\\b(?:accidentally|by accident|by mistake|while [a-z]+ing|when i (?:fell|slipped|tripped)|fell|slipped|tripped|on (?:a|the) (?:knife|can|tin|glass|oven|stove|iron|nail|fence)|cooking|shaving|gardening|chopping|playing|at the gym|at work|lifting|football|soccer|rugby|training)\\b",
  "\\b(?:sport[a-z]*|voetbal[a-z]*|hockey|fitness|klussen|tuinieren|scheren|koken)\\b",
  "\\b(?:kat|poes|hond|konijn|doornen|doorn|bramen|rozen|prikkeldraad|in de zon|door de zon|zonnebrand|verbrand in de zon|cat|kitten|dog|puppy|thorns|brambles|roses|barbed wire|sun|sunburn[a-z]*)\\b",
  // cut or burnt "on" an object, or stitched afterwards: an injury, not an act
  "\\b(?:gesneden|gebrand|gestoken|geprikt|gekrast|gesneden|cut|burnt|burned) (?:me |mezelf |zich |myself |himself |herself )?(?:aan|on) (?:een|het|de|mijn|zijn|haar|a|the|my|some) [a-z]+",
  "\\b(?:gehecht|hechting[a-z]*|stitches|stitched)\\b",
  "\\b(?:broodmes|keukenmes|schilmes|schilmesje|aardappelmes|kaasschaaf|rasp|snijmachine|klein sneetje|klein wondje|kleine snee|small cut|minor cut|little cut|paper cut|papercut|bread knife|kitchen knife|grater|mandoline)\\b",
);
export const INTENT = ctx(
  "\\b(?:expres|opzettelijk|met opzet|bewust|on purpose|deliberately|intentionally)\\b",
);
export const accidentOnly = (sentence: string): boolean => ACCIDENT.test(sentence) && !INTENT.test(sentence);

/** Feelings about a loss or love, not a symptom ("pijn in mijn hart van verdriet"). */
export const EMOTIONAL = ctx(
  "\\b(?:verdriet|verdrietig|gemis|mis|missen|rouw|liefdesverdriet|heimwee|eenzaam|eenzaamheid|emotioneel|figuurlijk|overleden|dood|scheiding|om (?:hem|haar|mijn)|grief|griev[a-z]*|sad|sadness|sorrow|miss|missing|heartbroken|broke up|breakup|lonely|loneliness|passed away|died)\\b",
);

/** Everyday uses of violence words: films, games, sport, the news. */
export const FICTION = ctx(
  "\\b(?:film|films|serie|series|tv|televisie|nieuws|krant|game|games|spel|boek|boeken|oorlog|documentaire|movie|movies|show|news|book|novel|war|video game)\\b",
);

/** Figures of speech built from self-harm verbs ("ik kan mezelf wel voor mijn kop slaan"). */
export const SELF_HARM_IDIOM = ctx(
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
export const LAUGHING = ctx(
  `\\b(?:kill(?:ed|ing)? (?:myself|me)|died|dying|dead|dood|doodgelachen|sterf|stierf|gestorven) ${gap(1)}(?:laughing|of laughter|with laughter|from laughing|van het lachen|van de lach)\\b`,
);

/** "Hit me up": get in touch. */
export const HIT_ME_UP = ctx("\\bhit (?:me|us) up\\b");

/** Rope bought or used for a chore: the washing, a tent, a boat, a swing, the dog. */
export const ROPE_CHORE = ctx(
  "\\b(?:voor de was|waslijn|wasgoed|de tent|tent|de boot|boot|zeilen|de schommel|schommel|de hond|hond|klimmen|vastbinden|vast te binden|verhuizing|verhuizen|aanhanger|kerstboom)\\b",
  "\\b(?:washing line|clothesline|washing|laundry|tent|boat|sailing|swing|dog|climbing|to tie|tie down|moving|trailer|christmas tree|camping|garden)\\b",
);

/** Method or plan words: with them in the sentence, a denied suicide mention still counts in full. */
export const PLAN_HINT = ctx(
  "\\b(?:plan|plannen|gepland|voorbereid|voorbereidingen|geregeld|afscheid|touw|strop|pillen|tabletten|slaappillen|mes|scheermes|scheermesje|brug|trein|spoor|dak|flat|balkon|geweer|pistool|wapen|overdosis|datum|rope|noose|pills|tablets|knife|blade|razor|bridge|train|tracks|roof|gun|pistol|rifle|overdose|planned|note|letter|goodbye)\\b",
);

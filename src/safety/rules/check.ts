// Question-level rules (check): despair, hopelessness and worthlessness, and loose mentions worth one gentle question.
import {
  ctx,
  END,
  FILL_EN,
  FILL_NL,
  gap,
  gapNot,
  NIET,
  PILL_KEYS,
  PILLS_EN,
  PILLS_NL,
  rx,
  SELF_KEYS,
  SELF_NL,
  W,
  words,
} from "./blocks.ts";
import type { Rule } from "./rule.ts";

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

export const CHECK: readonly Rule[] = [
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
      "zitten =meer =aan =vol =trek point uitkijk voelen stelt betekent hoeft =langer =zat =beu =moe levens klaar genoeg =zin zinloos uitweg uitzichtloos hopeloos wanhop toekomst hoop verdwijnen zonder missen =last tunnel geboren waarom stopt ophoudt voorbij =over ophield stopte alles beter nodig haat gelukkiger blijer makkelijker rustiger =zie =weet =het latijn niets niks =wil =kan =wou =hoef vanaf eraf =uit ervan einde gehad genoeg haat walg verafschuw zwaar moeilijk ondraaglijk =hel lijdensweg =dal =gat =put =zit =door doorheen =op opgegeven opgeven uitmaakt uitmaken uitmaakte maakt schelen moe niemand hoelang langer =om nut beter =red =teveel veel vechten strijden doorgaan alsof moeite =toe =doe =doet stoppen ophouden kappen =weg",
    ),
    re: rx(
      `\\bzie (?:het|alles|het leven|de toekomst|mijn leven) (?:${FILL_NL} ){0,2}${NIET} meer (?:zo |echt )?zitten\\b`,
      `\\b(?:het leven|mijn leven|alles) (?:voelt|is|lijkt) ${gap(3)}(?:zinloos|doelloos|leeg en zinloos)\\b`,
      `\\bwaarom zou ik (?:${FILL_NL} )?(?:nog|doorgaan|verder gaan)${END}`,
      `\\b(?:het leven|mijn leven|mijn bestaan|alles) (?:stelt|betekent) (?:${FILL_NL} ){0,2}(?:niks|niets) meer\\b`,
      `\\b(?:niks|niets) meer ${gap(3)}(?:uitkijk|naar uitkijk|voor leef|om voor te leven)\\b|\\bkijk (?:ik )?(?:${FILL_NL} )?nergens meer naar uit\\b`,
      `\\bdan hoef ik (?:${FILL_NL} )?(?:niks|niets) (?:meer )?te voelen\\b`,
      `\\b(?:do not|can not) see (?:the|any) point (?:in |of )?(?:anything|living|life|going on|it all|carrying on)\\b`,
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
      "\\b(?:dood op|doodop|dood moe|dood ongerust|doodongerust|sterven van de|lach me dood|schrok me dood|verveel me dood|dood van de|sterf van)\\b",
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

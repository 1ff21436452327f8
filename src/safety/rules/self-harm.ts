// Self-harm rules (crisis): hurting oneself on purpose by any common means, in Dutch and English.
import {
  ANYSELF_NL,
  accidentOnly,
  BODY_EN,
  BODY_NL,
  ctx,
  END,
  gap,
  gapNot,
  NIET,
  rx,
  SELF_EN,
  SELF_HARM_IDIOM,
  SELF_KEYS,
  W,
  words,
} from "./blocks.ts";
import type { Rule } from "./rule.ts";

/** An urge to hurt oneself is never an accident, whatever word in it looks like one. */
const URGE = ctx("\\b(?:drang|behoefte|neiging|urge|urges)\\b");

/** Scratching an itch: chickenpox, eczema, a mosquito bite. */
const ITCH = ctx(
  "\\b(?:waterpokken|jeuk|jeukt|eczeem|muggenbult[a-z]*|muggenbeet|netelroos|itch[a-z]*|eczema|chickenpox|chicken pox|mosquito|hives)\\b",
);

// Self-harm (crisis)

/** An accident excuses a burn or a cut unless the person says it was not one ("mor nie per ongeluk"). */
const ACCIDENT_ONLY = (sentence: string): boolean =>
  accidentOnly(sentence) && !/\b(?:niet|nie|not) (?:per ongeluk|by accident|an accident)\b/.test(sentence);

const ON_PURPOSE = "(?:expres|opzettelijk|met opzet|bewust|on purpose|deliberately|intentionally)";
/** Hurting one's own body: "slammed my hand", "sloeg mezelf", "mijn arm gebrand". */
const HURT_OWN = `(?:(?:slam|slammed|slamming|hit|hitting|bang|banged|banging|burn|burned|burnt|burning|cut|cutting|punch|punched|bite|bit|scratch|scratched|stab|stabbed|hurt|break|broke|smash|smashed|trap|trapped) ${gap(1)}(?:my|myself)\\b|(?:sla|sloeg|geslagen|klem|klemde|geklemd|brand|brandde|gebrand|snij|sneed|gesneden|kras|kraste|gekrast|bijt|beet|gebeten|stomp|stompte|gestompt|bonk|bonkte|gebonkt|knijp|kneep|geknepen|verwond|verwondde|beuk|beukte|gebeukt) ${gap(3)}(?:mijn|mezelf|mijzelf|me)\\b|(?:mijn|mezelf|mijzelf|me) ${gap(4)}(?:geslagen|geklemd|gebrand|gesneden|gekrast|gebeten|gestompt|gebonkt|geknepen|verwond|gebeukt|pijn gedaan|bezeerd)\\b)`;

export const SELF_HARM: readonly Rule[] = [
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
      "peuk lucifer strijkijzer kerf kerfde snij sneed kras gekrast gesneden gekrabd brand gebrand geslagen opengekrast opengesneden opengehaald kapotgekrast kapotgesneden =open sigaret aansteker hoofd =kop scratch cut burn pick myself =self himself herself themsel relapsed head mesje scheermes razor blade bijt beet bijten gebeten krab knijp kneep geknepen prik geprikt steek stak gestoken stomp gestompt bonk =sla sloeg slaan bite biting =bit pinch =hit hitting punch carv stab slic stompen beuk verbrand schop trap sneetjes sneden snijwonden krassen wondjes wonden brandwonden cuts scratches burns marks wounds pijn verwond bewerkt gehaald bleed bled bloed",
    ),
    negation: "around",
    // An accident excuses the act unless the person says it was on purpose.
    unless: (sentence) => SELF_HARM_IDIOM.test(sentence) || ITCH.test(sentence) || accidentOnly(sentence),
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
      `\\b(?:sigaret|sigaretten|peuk|aansteker|lucifer|strijkijzer) ${gap(3)}(?:op|in|tegen|onder) (?:mijn|mn|m) (?:eigen )?${BODY_NL}\\b`,
      // an everyday object as the blade: "ik kras met een paperclip in mijn arm"
      `\\b(?:kras|kraste|kerf|kerfde|krab|krabde) (?:ik )?met (?:een |mijn |de )?(?:${W} ){1,4}(?:in|op|over|langs) (?:mijn|mn|m) (?:eigen )?${BODY_NL}\\b`,
      `\\b(?:hoofd|kop) ${gap(4)}tegen de (?:muur|deur|kast) ${gap(1)}(?:bonken|bonk|slaan|sla|geslagen|gebonkt|beuken|rammen)\\b`,
      `\\b(?:bonk|bonkt|bonken|beuk|beukt|ram|ramt|sla|slaat) ${gap(2)}(?:mijn|zijn|haar) (?:hoofd|kop) ${gap(1)}tegen de (?:muur|deur|kast|grond)\\b`,
      `\\b(?:scratch|scratching|cut|cutting|burn|burning|pick|picking) (?:my|his|her) (?:arms|legs|thighs|wrists|skin) (?:until|till|to|so) (?:they |it )?(?:bleed|bleeds|bled|bleeding|hurt|hurts)\\b`,
      `\\b(?:cut|cuts|cutting|burn|burns|burning|burned|burnt|hurt|hurts|hurting|harm|harms|harming|scratch|scratching|hit|hitting|punch|punching|bite|biting|starve|starving) ${gap(1)}${SELF_EN}\\b`,
      `\\b(?:started|start|been|am|was|keep|kept|back to) ${gap(1)}cutting(?:${END}| again\\b| my (?:arms|legs|thighs|skin|wrist)\\b)`,
      "\\bcut (?:again|my (?:arms|legs|thighs|skin|wrist))\\b",
      "\\bcutting (?:my )?(?:arms|legs|thighs|skin|wrists)\\b",
      "\\brelapsed (?:on|with|into) (?:cutting|self ?harm)",
      `\\bbang (?:my|his|her) head ${gap(1)}(?:against|on) the (?:wall|door|floor)\\b`,
    ),
  },
  {
    // Self-harm said without "mezelf": "ik heb me gesneden", "mijn arm opengehaald", a punishment of not eating.
    cue: "self_harm.method",
    category: "self_harm",
    level: "crisis",
    method: true,
    keys: words(
      "gesneden gesnee gesnede gekerfd gekrast opengehaald opengesneden opengekrast opengekrabd kapot krab brandwonden brandplekken stomp sla bonk beuk haren haar wimpers ingeslikt doorgeslikt geslikt swallowed straf verdien deserve drang neiging behoefte urge pull",
    ),
    unless: (sentence) => ITCH.test(sentence) || (accidentOnly(sentence) && !URGE.test(sentence)),
    re: rx(
      `\\b(?:heb|had|ben) me ${gap(3)}(?:gesneden|gesnee|gesnede|gekerfd|gekrast)\\b`,
      `\\b(?:mijn|mn) ${BODY_NL} ${gap(3)}(?:opengehaald|opengesneden|opengekrast|opengekrabd|kapotgekrabd|kapotgemaakt)\\b`,
      `\\bkrab (?:ik )?(?:mijn|mn) ${BODY_NL} (?:kapot|open|stuk|tot)\\b`,
      `\\b(?:brandwonden|brandplekken)\\b(?: [a-z0-9]+){0,6} (?:zelf|eigen|mezelf|expres|opzettelijk)\\b`,
      `\\b(?:stomp|sla|bonk|beuk|mep) (?:ik )?${gap(2)}(?:tegen|op|in) (?:mijn|mn) (?:eigen )?(?:hoofd|gezicht|kop)\\b`,
      `\\b(?:trek|trekt|trok) (?:ik )?(?:mijn|mn|m) (?:eigen )?(?:haren|haar|wimpers|wenkbrauwen) ${gap(3)}uit\\b(?= .*\\b(?:tot|kaal|kale|plekken|bloed)\\b)|\\bplukken haar ${gap(2)}uit\\b`,
      `\\bpull ${gap(1)}(?:out )?my (?:own )?(?:hair|eyelashes|eyebrows)\\b(?= .*\\b(?:until|bald|patches|bleed|bleeds)\\b)`,
      `\\b(?:expres|opzettelijk|met opzet|on purpose|deliberately) ${gap(3)}(?:ingeslikt|doorgeslikt|geslikt|swallowed)\\b|\\b(?:ingeslikt|doorgeslikt|swallowed) ${gap(3)}(?:expres|opzettelijk|on purpose|deliberately)\\b`,
      `\\b(?:eet|at|eten)\\b(?: [a-z0-9]+){0,4} (?:niets|niks|${NIET})\\b(?: [a-z0-9,]+){0,6} (?:straf|verdien)\\b|\\bverdien (?:het )?(?:geen|${NIET}) (?:te )?eten\\b|\\bverdien geen eten\\b`,
      `\\b(?:do not|did not) deserve (?:to eat|food|a meal|dinner)\\b|\\b(?:not|have not) eaten\\b(?: [a-z0-9]+){0,6} (?:punish[a-z]*|deserve)\\b`,
      `\\b(?:drang|behoefte|neiging)\\b(?: [a-z0-9]+){0,3} (?:om )?(?:mezelf|mijzelf|me) (?:pijn te doen|te snijden|te krassen|te slaan|te branden|iets aan te doen)\\b`,
      `\\b(?:urge|urges)\\b(?: [a-z0-9]+){0,2} to (?:hurt|cut|burn|hit) myself\\b`,
    ),
  },
  {
    // Wounds on one's own body owned as one's own doing, or named for the relief they bring.
    cue: "self_harm.method",
    category: "self_harm",
    level: "crisis",
    method: true,
    keys: words(
      "sneetjes sneden snijwonden krassen wondjes wonden brandwonden brandwonde brandplekken cuts scratches burns wounds marks",
    ),
    unless: ITCH,
    re: rx(
      `\\b(?:sneetjes|sneden|snijwonden|krassen|wondjes|wonden|brandwonden|brandwonde|brandplekken)\\b(?: [a-z0-9,]+){0,8} (?:zijn van (?:mezelf|mijzelf|mij)|heb ik (?:zelf|mezelf) (?:gedaan|gemaakt|aangedaan)|(?:dat|die) (?:doe|deed|maak) ik (?:als|wanneer|om|zelf|bij)|lucht(?:en)? (?:me )?op|(?:${NIET}|nie) per ongeluk)\\b`,
      `\\b(?:cuts|scratches|burns|wounds|marks)\\b(?: [a-z0-9,]+){0,6} (?:are from me|i did (?:them|it) myself|i do (?:them|it|that) (?:myself|when)|(?:the only thing|all) that (?:takes the edge off|helps|calms me)|takes the edge off|not (?:by accident|an accident))\\b`,
    ),
  },
  {
    // The verb alone, as typed: "k snij weer sinds vorige week", "ik kras weer met een mesje".
    cue: "self_harm.method",
    category: "self_harm",
    level: "crisis",
    method: true,
    keys: words("=snij =snijd =kras"),
    re: rx(
      `\\bik (?:snij|snijd|kras) (?:weer|opnieuw|nog steeds|nog altijd|stiekem) (?:sinds|met|al|elke|iedere|bijna)\\b`,
    ),
  },
  {
    // A hand over the flame or hot water over the arm, held or let run until it hurts.
    cue: "self_harm.burning",
    category: "self_harm",
    level: "crisis",
    method: true,
    keys: words(
      "gaspit vlam kaars fornuis kookplaat strijkijzer heet hete kokend hob flame candle stove cooker iron gas hot boiling scalding",
    ),
    unless: ACCIDENT_ONLY,
    re: rx(
      `\\b(?:hand|handen|arm|armen|vingers|pols) ${gap(1)}(?:boven|in|op|tegen) (?:de|een|het) (?:gaspit|vlam|kaars|kaarsvlam|fornuis|kookplaat|strijkijzer)\\b(?: [a-z0-9,]+){0,6} (?:tot|totdat)\\b`,
      `\\b(?:heet|hete|kokend|kokende) water (?:over|op) (?:mijn|mn) ${BODY_NL} ${gap(2)}(?:tot|totdat)\\b`,
      `\\b(?:hand|hands|arm|arms|fingers|wrist) (?:over|in|on|against) (?:the|a) (?:hob|flame|candle|stove|cooker|iron|gas ring)\\b(?: [a-z0-9,]+){0,6} (?:until|till|til)\\b`,
      `\\b(?:hot|boiling|scalding) water (?:over|on) my ${BODY_EN} ${gap(2)}(?:until|till)\\b`,
    ),
  },
  {
    // Hitting one's own body "tot ze blauw zien", fists until the knuckles split, the head on the door frame.
    cue: "self_harm.hitting",
    category: "self_harm",
    level: "crisis",
    method: true,
    keys: words("klop knokkels deurpost radiator knuckles head hoofd kop"),
    unless: (sentence) => SELF_HARM_IDIOM.test(sentence),
    re: rx(
      `\\b(?:klop|klopt|klopte|kloppen) ${ANYSELF_NL} ${gap(3)}(?:tot|totdat)\\b`,
      `\\b(?:tegen|op|in) (?:de|een|mijn) (?:muur|muren|deur|kast|deurpost)\\b(?: [a-z0-9,]+){0,3} (?:tot|totdat) (?:mijn|de) knokkels ${gap(1)}(?:open|kapot|bloeden|bloedden|gebroken)\\b`,
      `\\b(?:hoofd|kop) tegen (?:de|een) (?:deurpost|deurstijl|radiator|vloer|tafel|spiegel) ${gap(1)}(?:slaan|bonken|beuken|rammen|geslagen|gebonkt)\\b`,
      `\\b(?:punch|punched|punching|hit|hitting) (?:the )?walls? (?:until|till) my knuckles ${gap(1)}(?:split|bleed|bled|crack|break|broke)\\b`,
    ),
  },
  {
    // Pulling one's hair out until it hurts or leaves bald patches, said without "mijn".
    cue: "self_harm.hair_pulling",
    category: "self_harm",
    level: "crisis",
    method: true,
    keys: words("haren uittrekken uitgetrokken uitrukken =trekken wimpers wenkbrauwen hair pulling"),
    re: rx(
      `\\b(?:haren|haar|wimpers|wenkbrauwen) ${gap(1)}(?:uittrekken|uit te trekken|uitgetrokken|uitrukken)\\b(?: [a-z0-9,]+){0,3} (?:tot|totdat|kaal|kale)\\b`,
      `\\bpulling (?:out )?(?:my )?(?:hair|eyelashes|eyebrows)(?: out)?\\b(?: [a-z0-9,]+){0,3} (?:until|till|bald)\\b`,
    ),
  },
  {
    // Swallowing sharp things or a caustic on purpose, in the order people say it.
    cue: "self_harm.swallowing",
    category: "self_harm",
    level: "crisis",
    method: true,
    keys: words("slik slikte expres opzettelijk opzet purpose deliberately"),
    re: rx(
      `\\b(?:slik|slikte) (?:ik )?${gap(2)}(?:expres|met opzet|opzettelijk) ${gap(3)}in\\b`,
      `\\b(?:expres|met opzet|opzettelijk) ${gap(3)}(?:bleekwater|bleek|chloor|ontstopper|schoonmaakmiddel|wc ?eend|ammoniak|spiritus|terpentine|antivries|spelden|punaises|naalden|batterijen|glas|scherven) ${gap(3)}(?:genomen|gedronken|geslikt|ingeslikt|doorgeslikt|op)\\b`,
      `\\b(?:on purpose|deliberately) ${gap(2)}(?:drank|drunk|swallowed) (?:some |a sip of |a mouthful of )?(?:bleach|drain cleaner|cleaner|pins|needles|glass|batteries)\\b|\\b(?:drank|drunk|swallowed) (?:some |a sip of |a mouthful of )?(?:bleach|drain cleaner|pins|needles|glass|batteries) (?:on purpose|deliberately)\\b`,
    ),
  },
  {
    // Food withheld from oneself as a verdict: "als ik het niet verdiend heb", "I haven't earned it".
    cue: "self_harm.starving",
    category: "self_harm",
    level: "crisis",
    method: true,
    keys: words("verdiend verdien earned deserve straf"),
    re: rx(
      `\\b(?:eet|at|eten)\\b(?: [a-z0-9]+){0,3} (?:niets|niks|${NIET})\\b(?: [a-z0-9,]+){0,6} (?:${NIET} verdiend|${NIET} verdien|geen eten verdien)\\b`,
      `\\bstraf (?:mezelf|mijzelf|me) (?:door|met) ${gap(2)}(?:${NIET}|niets|niks|geen) (?:te )?eten\\b`,
      `\\b(?:do not|never|will not) let myself eat\\b(?: [a-z0-9,]+){0,6} (?:earned|deserve)\\b`,
    ),
  },
  {
    // A point or pin pushed into one's own fingers until they bleed: BODY_NL leaves fingers out for
    // kitchen cuts, so the tool and "until it bleeds" say it here.
    cue: "self_harm.method",
    category: "self_harm",
    level: "crisis",
    method: true,
    keys: words("passer naald naalden speld spelden punaise mesje schaar compass needle pin pins"),
    re: rx(
      `\\b(?:prik|prikt|prikte|steek|stak|kras|kraste) (?:ik )?met (?:een |mijn |de )?(?:passer|naald|speld|punaise|mesje|schaar)\\b(?: [a-z0-9]+){0,4} (?:tot|totdat) (?:ze|het|hij|ik) ${gap(1)}(?:bloeden|bloedt|bloed)\\b`,
      `\\b(?:stab|stick|stabbing|sticking|dig|digging) (?:a |my |the )?(?:compass|needle|pin|pins)\\b(?: [a-z0-9]+){0,4} (?:until|till) (?:they|it|i) ${gap(1)}(?:bleed|bleeds|bled)\\b`,
    ),
  },
];

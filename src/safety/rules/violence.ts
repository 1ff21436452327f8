// Violence and danger at home (crisis): a partner, parent, child or carer who hurts, threatens or controls,
// and the fear of harming one's own child or another person.
import {
  CHILD_NL,
  ctx,
  FICTION,
  gap,
  gapNot,
  HIT_ME_UP,
  NIET,
  PARTNER_EN,
  PARTNER_NL,
  PERP_EN,
  PERP_NL,
  rx,
  VICTIM_EN,
  VICTIM_NL,
  W,
  words,
} from "./blocks.ts";
import type { Rule } from "./rule.ts";

/** "Mijn baas vermoordt me als ik te laat ben": a figure of speech about work or school. */
const WORK_THREAT = ctx(
  "\\b(?:baas|chef|leidinggevende|manager|boss|juf|meester|trainer|coach|teacher|lerares|leraar|mama|mam|mum|mom)\\b.*\\b(?:als ik|if i|when i)\\b.*\\b(?:te laat|vergeet|vergeten|late|forget|forgot|miss)\\b",
  // whoever says it, a small slip is what the "killing" is about: a birthday forgotten, being late
  "\\b(?:vermoordt|vermoorden|kills?|will kill|ll kill|would kill|could kill|will murder|would murder|could murder|is going to kill|gonna kill|gonna murder) (?:me|mij|him|her|hem|haar)\\b.*\\b(?:als ik|if i|when i|for|omdat ik)\\b.*\\b(?:te laat|vergeet|vergeten|verjaardag|opeet|opat|opgegeten|taart|koekje|chocola|bus|trein mis|late|forget|forgot|birthday|miss|missed|eat|ate|eating|eaten|cake|biscuit|biscuits|cookie|chocolate|the last)\\b",
  // deadlines, a knee in the rain: "vermoordt me nog met...", a body part as the killer
  "\\b(?:vermoordt|vermoorden) (?:me|mij) (?:nog )?met (?:al )?(?:die|dat|zijn|haar|hun|de)\\b|\\b(?:is killing|are killing|will kill) me with\\b",
  "\\b(?:knie|knieen|rug|heup|voeten|hoofd|nek|schouder|tanden|knee|knees|back|hip|feet|head|neck|shoulder|teeth) (?:vermoordt|vermoorden|is killing|are killing) (?:me|mij)\\b",
);

const HIT_NL =
  "(?:betast|betastte|slaat|sloeg|sloegen|geslagen|schopt|schopte|geschopt|trapt|trapte|getrapt|stompt|stompte|gestompt|mept|mepte|gemept|wurgt|wurgde|gewurgd|mishandelt|mishandelde|misbruikt|misbruikte|verkracht|verkrachtte|bedreigt|bedreigde|terroriseert|terroriseerde|stalkt|intimideert|klopt|klopte|geklopt)";
const HURT_NL =
  "(?:afgetuigd|aftuigt|aftuigen|afgeranseld|afranselt|toegetakeld|toetakelt|in elkaar (?:getrapt|geschopt|gebeukt)|gebeukt|beukt|gemolesteerd|molesteert|vastgebonden|vastgehouden tegen mijn wil|bespuugd|gegrepen|vastgegrepen|beetgepakt|geknepen|gebeten|gekrabd|gestoken|bij (?:mijn|de) (?:arm|armen|keel|nek|haren|pols|polsen|kraag|haar) (?:gegrepen|gepakt|vastgepakt|genomen|gesleurd|getrokken)|tegen de grond (?:gewerkt|geduwd|gegooid|geslagen)|slaat|sloeg|slaan|geslagen|schopt|schopte|geschopt|trapt|trapte|getrapt|stompt|gestompt|wurgt|wurgde|gewurgd|mishandelt|mishandeld|misbruikt|misbruikte|verkracht|bedreigt|bedreigd|bedreigde|vermoordt|vermoorden|vermoord|opsluit|opgesloten|gesleept|gesleurd|sleept|sleurt|geduwd|omvergeduwd|gegooid|gesmeten|pijn doet|pijn gedaan|iets aandoet|iets aandoen|iets aan doet|wat aandoet|slaag geeft|klappen geeft|klappen gaf|slaag gaf|in elkaar slaat|dood slaat|doodslaat|kapot slaat|klopt|geklopt)";
const KILL_NL =
  "(?:(?:kapot|dood|af|neer) ?(?:te )?(?:maken|maakt|maak|slaan|slaat|sla|steken|steekt|steek|schieten|schiet)|vermoorden|vermoord|vermoordt|iets aan ?(?:te )?doen|aandoen|aandoet|wat aan ?(?:te )?doen|van kant (?:te )?maken)";
const HIT_EN =
  "(?:batters|battered|beats up|beat up|beating up|roughs up|roughed up|knocks (?:me )?around|knocked (?:me )?around|slaps (?:me )?around|pins|pinned|spits on|spat on|pushed|pushes|pushing|shoved|shoves|shoving|stalks|stalking|stalked|hits|hit|hitting|beats|beat|beating|kicks|kicked|kicking|punches|punched|punching|slaps|slapped|slapping|chokes|choked|choking|strangles|strangled|strangling|threatens|threatened|threatening|abuses|abused|abusing|rapes|raped|bruised|attacks|attacked|assaults|assaulted|hurts|hurt|hurting|grabs|grabbed|locks|locked|burns|burned|bit|bites|throws things at|threw things at|smacks|smacked)";

/** "Hij slaat nooit een wedstrijd over": the separable verb "overslaan" (to skip), not a blow. */
const SKIPS = /\b(?:slaat|sloeg|sloegen) (?:[a-z0-9]+ ){1,7}over(?= [.,]|$)/;

/** A toddler hitting or biting a parent ("de kleine sloeg me met zijn knuffel"): growing up, not abuse. */
const TODDLER_HITS =
  /\b(?:de|onze|mijn|ons) (?:kleine|peuter|dreumes|kleuter|zoontje|dochtertje|kleinzoon|kleindochter|kindje) (?:sloeg|slaat|schopte|schopt|beet|bijt|krabde|krabt|trapte|trapt|duwde|duwt) (?:me|mij)\b/;

/** "Slaagt" is how many people misspell "slaat"; it only counts directly before a victim. */
const HIT_TYPO_NL = "(?:slaagt|slaad|slat)";

export const VIOLENCE: readonly Rule[] = [
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
    unless: (sentence) =>
      FICTION.test(sentence) ||
      HIT_ME_UP.test(sentence) ||
      SKIPS.test(sentence) ||
      TODDLER_HITS.test(sentence),
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
      `\\b${PERP_EN} ${gap(6)}${HIT_EN} ${gap(1)}(?:${VICTIM_EN}|him|her)\\b(?! (?:back|off|out|at|to it|to|into|towards|forward|through|along|on(?! (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the (?:head|face|arm|back)|my (?:head|face|arm|back))\\b)|ahead)\\b)`,
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
    unless: (sentence) => FICTION.test(sentence) || WORK_THREAT.test(sentence),
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
  {
    // Fear of harming one's own child or another person: the coach asks nothing more, the help line helps.
    cue: "violence.fear_of_harming",
    category: "violence",
    level: "crisis",
    keys: words("bang vrees angst afraid scared terrified frightened worried wil schud schudden shake"),
    re: rx(
      `\\b(?:bang|vrees|angst|schrik)\\b(?: [a-z0-9]+){0,3} (?:ik|mezelf)\\b(?: [a-z0-9]+){0,6} (?:aandoe|aan doe|aan zal doen|pijn doe|pijn zal doen|pijn ga doen|pijn zou doen|iets ga aandoen|iets zou aandoen|aan ga doen|ga slaan|zal slaan|sla|door elkaar schud|schud|verwond|vermoord|iets doe|te lijf ga|uithaal|smoor|laat vallen|ik ontplof en)\\b`,
      `\\b(?:wil|zou willen|had zin om|kon wel|denk erover om) ${gap(3)}(?:mijn|de|ons|onze|m|mn) (?:baby|kind|kindje|zoontje|dochtertje|kleine|kinderen) ${gap(3)}(?:door elkaar (?:te )?schudden|schudden|slaan|iets aan (?:te )?doen|pijn (?:te )?doen|smoren|stikken)\\b`,
      `\\b(?:afraid|scared|terrified|frightened|worried|fear)\\b(?: [a-z0-9]+){0,2} i (?:will|would|might|could|am going to|may) ${gap(2)}(?:hurt|harm|hit|shake|kill|smother|strangle|attack|drop) (?:my|the|him|her|them|someone|somebody|a|our)\\b`,
      `\\b(?:want|wanted|feel like|urge) (?:to )?${gap(1)}(?:shake|hit|hurt|smother) (?:my|the|our) (?:baby|child|kid|son|daughter|little one)\\b`,
    ),
  },
  {
    // Money, a bank card or medicines taken by a relative: elder abuse, said as plainly as people say it.
    cue: "violence.elder_abuse",
    category: "violence",
    level: "crisis",
    keys: words("pakt neemt steelt pikt afgepakt afgenomen gestolen takes took stole steals taking"),
    unless: FICTION,
    re: rx(
      `\\b(?:${PERP_NL}) (?:pakt|neemt|steelt|pikt|pakte|nam|stal) ${gap(2)}(?:mijn|ons) (?:geld|pensioen|bankpas|pinpas|spaargeld|uitkering|medicijnen|pillen|telefoon|gsm|sleutels|eten) ${gap(1)}(?:af|weg)\\b`,
      `\\b(?:${PERP_NL}) (?:heeft|had) ${gap(2)}(?:mijn|ons) (?:geld|pensioen|bankpas|pinpas|spaargeld|uitkering|medicijnen|telefoon|gsm) ${gap(1)}(?:afgepakt|afgenomen|gestolen|weggenomen|ingepikt)\\b`,
      `\\b(?:${PERP_EN}) (?:takes|took|steals|stole|keeps|kept|is taking|has taken) ${gap(1)}(?:my|our) (?:money|pension|bank card|card|savings|benefits|medication|pills|phone|keys|food)\\b(?! (?:for safekeeping|to the bank|to help)\\b)`,
    ),
  },
  {
    cue: "violence.hit",
    category: "violence",
    level: "crisis",
    keys: words(
      "duwt duwde geduwd knijpt kneep geknepen schudt schudde geschud pushes pushed shoves shoved shakes shook",
    ),
    unless: FICTION,
    re: rx(
      `\\b(?:${PERP_NL}) (?:duwt|duwde|knijpt|kneep|schudt|schudde|sleurt|sleurde) ${gap(1)}(?:${VICTIM_NL})\\b(?! (?:om|naar|richting|vooruit|over de streep)\\b)`,
      `\\b(?:${PERP_NL}) (?:heeft|had) (?:${VICTIM_NL}) ${gap(2)}(?:geduwd|geknepen|door elkaar geschud|gesleurd)\\b`,
      `\\b(?:${PERP_EN}) (?:pushes|pushed|shoves|shoved|shakes|shook|drags|dragged|pinches|pinched) (?:${VICTIM_EN})\\b(?! (?:to|into|towards|forward|on)\\b)`,
    ),
  },
  {
    // Money withheld, contacts forbidden, locked in: coercive control.
    cue: "violence.coercive_control",
    category: "violence",
    level: "crisis",
    keys: words(
      "mag geld pensioen loon salaris uitkering pinpas bankpas bankkaart voordeur deur slot vragen sluit opgesloten locks locked let checks",
    ),
    re: rx(
      `\\b(?:krijg|kreeg) geen (?:eigen )?(?:geld|bankpas|pinpas) (?:meer )?van (?:mijn|m|mn) ${PARTNER_NL}\\b`,
      `\\b(?:houdt|hield) (?:al )?(?:mijn|ons) (?:geld|pensioen|loon|uitkering|bankpas) in\\b`,
      `\\bmoet (?:ik )?om alles vragen\\b`,
      `\\b(?:pinpas|bankpas|bankkaart|telefoon|gsm|paspoort) heeft (?:hij|ze|zij) ${gap(1)}(?:ingenomen|afgepakt|afgenomen)\\b|\\b(?:heeft|pakt|pakte|nam|neemt) (?:hij |ze |zij )?(?:mijn|m) (?:pinpas|bankpas|bankkaart|paspoort) ${gap(1)}(?:af|in|afgepakt|ingenomen|afgenomen)\\b`,
      `\\b(?:doet|deed|draait|draaide) (?:hij |ze |zij )?(?:de )?(?:voordeur|deur) ${gap(2)}op slot\\b(?= .*\\b(?:kan|kon|mag) (?:ik )?(?:er )?${NIET} (?:meer )?(?:uit|weg|naar buiten)\\b)`,
      `\\bmag (?:ik )?van (?:hem|haar|mijn ${PARTNER_NL}) ${gap(1)}(?:${NIET}|nooit|geen) ${gap(2)}(?:de deur uit|naar buiten|werken|bellen|afspreken|alleen weg)\\b`,
      `\\b(?:houdt|hield|pakt|pakte|neemt|nam) (?:hij |ze |zij )?al (?:mijn|ons) (?:geld|pensioen|loon|salaris|uitkering)\\b`,
      `\\b(?:mag ik|ik mag) ${gap(1)}(?:${NIET}|niemand|geen) (?:meer )?${gap(1)}(?:zien|bellen|spreken|appen|afspreken|de deur uit|naar buiten)\\b`,
      `\\b(?:sluit|sloot) (?:me|mij|ons) ${gap(2)}op\\b|\\b(?:sluit|sloot) (?:hij|ze|zij) (?:me|mij|ons) op\\b`,
      `\\b(?:locks|locked) (?:me|us) (?:in|up|out)\\b`,
      `\\b(?:will not|does not|do not) let me (?:see|call|phone|meet|go out|leave)\\b`,
    ),
  },
  {
    // A carer or relative who is rough, or takes money: elder abuse.
    cue: "violence.elder_abuse",
    category: "violence",
    level: "crisis",
    keys: words("ruw ruwe hardhandig grof rough verzorger verzorgster thuiszorg carer caregiver"),
    re: rx(
      `\\b(?:ruw|hardhandig|grof|agressief|gemeen) (?:met|tegen) (?:mijn|onze|ons) (?:vader|moeder|pa|ma|opa|oma|man|vrouw|papa|mama|moe|va)\\b`,
      `\\b(?:rough|violent|aggressive) with (?:my|our) (?:dad|father|mum|mom|mother|nan|gran|grandma|grandad|grandpa|husband|wife)\\b`,
      `\\b(?:carer|caregiver|care worker|nurse|verzorger|verzorgster|thuiszorg|hulp)\\b(?: [a-z0-9]+){0,3} (?:takes|took|steals|stole|pakt|neemt|steelt|pikt) ${gap(2)}(?:money|cash|geld|pinpas|bank card|pension|pensioen)\\b`,
    ),
  },
  {
    cue: "violence.fear_of_harming",
    category: "violence",
    level: "crisis",
    keys: words("beelden gedachten images thoughts"),
    re: rx(
      `\\b(?:beelden|gedachten|images|thoughts)\\b(?: [a-z0-9]+){0,2} (?:dat|of|that|about) (?:ik|i|me) ${gap(2)}(?:mijn|my|ons|our) ${gap(1)}(?:baby|kind|kindje|zoon|zoontje|dochter|dochtertje|kleine|child|son|daughter|kid|little one) ${gap(2)}(?:pijn doe|iets aandoe|sla|hurt|harm|hurting|harming|hit|hitting)\\b`,
    ),
  },
  {
    // Bruises from a set day, with his anger at home named: partner violence said sideways.
    cue: "violence.hit",
    category: "violence",
    level: "crisis",
    keys: words("blauwe bruises bruise blauw black"),
    onlyIf: ctx(
      `\\b(?:hij|zij|ze|mijn ${PARTNER_NL}) (?:wordt|werd|is|was) ${gap(1)}(?:kwaad|boos|woedend|agressief|driftig)\\b`,
      `\\b(?:he|she|my ${PARTNER_EN}) (?:gets|got|is|was) ${gap(1)}(?:angry|mad|furious|violent|aggressive)\\b`,
    ),
    re: rx(`\\b(?:blauwe plekken|blauw oog|blauwe ogen|bruises|a black eye|bruised)\\b`),
  },
  {
    // Pushed into walls, hit with a spoon: a blow said with the thing it was done with.
    cue: "violence.hit",
    category: "violence",
    level: "crisis",
    keys: words(
      "shoves shoved pushes pushed throws threw hits =hit smacks smacked beats =slaat sloeg duwt duwde",
    ),
    re: rx(
      `\\b${PERP_EN} (?:shoves|shoved|pushes|pushed|throws|threw) (?:me|us) (?:into|against|down) (?:the )?(?:walls?|doors?|stairs|floor)\\b`,
      `\\b(?:${PERP_EN}|mum|mom|dad|mam) (?:hits|hit|smacks|smacked|beats) (?:me|us) with (?:a|the|his|her) [a-z]+\\b`,
      `\\b${PERP_NL} (?:slaat|sloeg|duwt|duwde) (?:me|mij|ons) ${gap(2)}(?:met (?:een|de|zijn|haar) [a-z]+|tegen (?:de )?(?:muur|deur|grond|muren))\\b`,
    ),
  },
  {
    // Locked in the cellar or left without food "als ik niet doe wat ze zegt": control of the dependent.
    cue: "violence.coercive_control",
    category: "violence",
    level: "crisis",
    keys: words("sluit sloot opgesloten kelder zonder locks locked without"),
    unless: FICTION,
    re: rx(
      `\\b${PERP_NL} (?:sluit|sloot) ${gap(1)}(?:${VICTIM_NL}|hem|haar) ${gap(1)}op in (?:de|het|een|zijn|haar) (?:kelder|kast|kamer|badkamer|schuur|berging|wc|toilet|hok)\\b`,
      `\\b${PERP_NL} (?:laat|liet) (?:me|mij|ons|hem|haar) ${gap(3)}zonder (?:eten|drinken|eten en drinken|medicijnen|geld)\\b`,
      `\\b${PERP_EN} (?:leaves|left|keeps|kept) (?:me|us|him|her) ${gap(3)}without (?:food|water|my medication|money)\\b`,
      `\\b${PERP_EN} (?:locks|locked) (?:me|us|him|her|the kids|my [a-z]+) (?:in|up in) (?:the|a|my|his|her) (?:cellar|basement|cupboard|room|bathroom|shed)\\b`,
    ),
  },
  {
    // A carer or relative who pulls hard at one's arm: rough handling of someone who depends on them.
    cue: "violence.elder_abuse",
    category: "violence",
    level: "crisis",
    keys: words(
      "trekt trok rukt sleurt kneep yanks yanked grabs pinches pinched knijpt pulls pulled twists twisted",
    ),
    re: rx(
      `\\b(?:${PERP_NL}|de (?:thuishulp|thuiszorg|verpleging|verpleegster|verpleger|zuster|hulp))(?: [a-z0-9,]+){0,6} (?:trekt|trok|rukt|rukte|sleurt|knijpt|kneep) (?:hard |ruw )?(?:aan|in) (?:mijn|me|m) (?:arm|armen|pols|polsen|haar|haren)\\b`,
      `\\b(?:${PERP_EN}|the (?:carer|caregiver|nurse|home help))(?: [a-z0-9,]+){0,6} (?:yanks|yanked|pulls|pulled|twists|twisted|pinches|pinched) (?:hard (?:on|at) )?my (?:arm|arms|wrist|wrists|hair)\\b`,
    ),
  },
  {
    // Touched and told to keep quiet, or "dingen met mij die ik niet wil": sexual abuse in plain words.
    cue: "violence.sexual",
    category: "violence",
    level: "crisis",
    keys: words("gezeten =zitten =zat =zit dingen things"),
    re: rx(
      `\\b(?:heeft|hebben|had) ${gap(1)}aan (?:me|mij|mijn lichaam) gezeten\\b`,
      `\\b(?:zit|zat|zitten) ${gap(1)}aan (?:me|mij) (?:terwijl|als|wanneer|en)\\b(?= .*\\b(?:${NIET} wil|mag ${gap(1)}(?:niks|niets|${NIET}) (?:vertellen|zeggen)|geheim|bang)\\b)`,
      `\\b(?:doet|deed|doen) dingen (?:met|bij) (?:me|mij) (?:die|dat) ik ${NIET} (?:wil|wilde|wou)\\b`,
      `\\b(?:does|did|makes me do) things (?:to|with) me (?:that )?i (?:do not|did not|don t|didn t) want\\b`,
    ),
  },
  {
    // "Als ik de politie bel, steekt hij het huis in brand": a threat set on asking for help.
    cue: "violence.threat",
    category: "violence",
    level: "crisis",
    keys: words("brand fik fire burn"),
    unless: FICTION,
    re: rx(
      `\\b(?:als|wanneer) ik ${gap(4)}(?:bel|vertel|wegga|weg ga|aangifte doe|vertrek) , ${gap(1)}(?:steekt|zet) (?:hij|zij|ze) ${gap(3)}in (?:brand|de fik)\\b`,
      `\\bif i ${gap(4)}(?:call|tell|leave|report) ${gap(1)}(?:, )?(?:he|she) (?:will|ll|would|d) (?:set fire to|burn (?:down )?)\\b`,
    ),
  },
  {
    // Controls that come in twos (her card and her messages, her papers and her phone) or are told in secret.
    cue: "violence.coercive_control",
    category: "violence",
    level: "crisis",
    keys: words(
      "pinpas bankpas identiteitskaart paspoort gsm telefoon berichten stiekem bibliotheek card phone passport messages library allowed geheim money emails texts keys =id geld mails sleutels",
    ),
    re: rx(
      `\\b(?:heeft|houdt|pakt|neemt|checkt|leest) ${gap(1)}(?:mijn|m) (?:pinpas|bankpas|identiteitskaart|paspoort|gsm|telefoon|geld)\\b(?: [a-z0-9,]+){0,3} (?:en|,) ${gap(1)}(?:mijn|al mijn|m) (?:pinpas|bankpas|identiteitskaart|paspoort|gsm|telefoon|berichten|geld)\\b`,
      `\\b(?:mijn|m) (?:pinpas|bankpas|identiteitskaart|paspoort|gsm|telefoon)\\b(?: [a-z0-9,]+){0,2} (?:en )?(?:checkt|leest|controleert) (?:hij|zij|ze )?(?:al )?(?:mijn|m) (?:berichten|mails|telefoon)\\b`,
      `\\b(?:stiekem|in het geheim)\\b(?: [a-z0-9,]+){0,10} (?:leest|kijkt|checkt) (?:hij|zij|ze) ${gap(1)}(?:alles )?mee\\b`,
      `\\b(?:has|took|taken|keeps) my (?:bank card|phone|passport|id|money)\\b(?: [a-z0-9,]+){0,2} (?:and|,) (?:reads|checks|has|took|keeps) (?:all )?my (?:messages|texts|phone|passport|emails|bank card)\\b`,
      `\\b(?:taken|took|has) my (?:phone|bank card|passport|keys)\\b(?: [a-z0-9,]+){0,8} (?:only allowed|not allowed|never allowed)\\b`,
      `\\bkan ${gap(1)}(?:hier )?${NIET} weg\\b(?: [a-z0-9,]+){0,3} (?:hij|zij|ze) heeft (?:mijn|m) (?:identiteitskaart|paspoort|gsm|telefoon|sleutels|geld|pinpas)\\b`,
    ),
  },
  {
    // Afraid of what one will do to one's child or another, or putting the baby down "voor ik iets doe".
    cue: "violence.fear_of_harming",
    category: "violence",
    level: "crisis",
    keys: words("bang angst afraid scared frightened neerleggen wegleggen weglopen =leggen"),
    re: rx(
      `\\b(?:bang|angst) (?:van|voor) wat ik ${gap(1)}(?:ga|zou|kan|zal) (?:doen|aandoen)\\b(?= .*\\b(?:${CHILD_NL}|kind|kleine|hem|haar)\\b)|\\b(?:${CHILD_NL}|kleine)\\b(?: [a-z0-9,]+){0,8} (?:bang|angst) (?:van|voor) wat ik ${gap(1)}(?:ga|zou|kan|zal) (?:doen|aandoen)\\b`,
      `\\b(?:neerleggen|wegleggen|weg te leggen|neer te leggen|weglopen) (?:voor|voordat) ik iets doe (?:wat|dat) ik ${NIET} wil\\b`,
      `\\b(?:afraid|scared|frightened) (?:that )?i (?:will|ll|might|could|would) do something to (?:him|her|them|my [a-z]+)\\b`,
    ),
  },
  {
    // A knife carried for the day one meets the ex.
    cue: "violence.fear_of_harming",
    category: "violence",
    level: "crisis",
    keys: words("mes knife wapen pistool boksbeugel weapon gun"),
    re: rx(
      `\\b(?:mes|wapen|pistool|boksbeugel)\\b(?: [a-z0-9]+){0,4} voor (?:als|wanneer) ik (?:hem|haar|mijn ${PARTNER_NL}|die ${W}) ${gap(1)}(?:tegenkom|zie|tref)\\b`,
      `\\b(?:knife|weapon|gun)\\b(?: [a-z0-9]+){0,4} (?:for )?(?:if|when|in case) i (?:see|run into|bump into|meet) (?:him|her|my ${PARTNER_EN})\\b`,
    ),
  },
  {
    // Rough with the mother one cares for, and afraid it will get worse.
    cue: "violence.fear_of_harming",
    category: "violence",
    level: "check",
    keys: words("vastgepakt vastgegrepen geduwd geslagen geknepen geschud"),
    raiseIf: /\b(?:bang dat het erger|ik ben bang|afraid it|scared it)\b/,
    re: rx(
      `\\bik ${gap(1)}(?:haar|hem|mijn (?:moeder|vader|man|vrouw)) ${gap(2)}(?:hard|ruw|te hard) ${gap(1)}(?:heb )?(?:vastgepakt|vastgegrepen|geduwd|geknepen|door elkaar geschud)\\b`,
    ),
  },
  {
    // Intrusive thoughts said as a picture: the knife and my wife, "wat als ik haar onder water houd".
    cue: "violence.fear_of_harming",
    category: "violence",
    level: "crisis",
    keys: words("mes knife =wat =what pictures images thoughts"),
    re: rx(
      `\\b(?:denk|dacht) ik ${gap(2)}aan (?:het|een) mes en (?:mijn|onze) (?:vrouw|man|kind|kinderen|baby|partner|dochter|zoon)\\b`,
      `\\bwat als ik (?:haar|hem|mijn [a-z]+|de baby|de kleine) ${gap(2)}(?:onder water (?:houd|hou|duw)|van de trap (?:duw|gooi)|laat vallen|uit het raam (?:gooi|duw)|iets aandoe|sla)\\b`,
      `\\bthink (?:about|of) (?:the|a) knife and my (?:wife|husband|child|children|kids|baby|partner|daughter|son)\\b`,
      `\\b(?:pictures|images|thoughts) (?:in my head |in my mind )?of (?:me )?(?:pushing|dropping|drowning|stabbing|hurting|throwing) (?:my|our|the) (?:baby|child|son|daughter|kids|wife|husband)\\b`,
      `\\bwhat if i (?:pushed|dropped|drowned|hurt|stabbed|held) (?:my|the|her|him) ${gap(2)}(?:down|under|off)?\\b(?= .*\\b(?:baby|child|son|daughter|stairs|water)\\b)`,
    ),
  },
];

/** A complaint that comes and goes, checked and found normal (see acute.chest). */

// Plans and preparations said without a method word: a day chosen, things given away "since I won't need
// them", pills put by, a rope bought for it, a height checked. C-SSRS counts each as behaviour, not talk.
import { ctx, END, gap, NIET, PILL_KEYS, PILLS_EN, PILLS_NL, rx, words } from "./blocks.ts";
import type { Rule } from "./rule.ts";

/** Words that show the "it" is the act itself: daring, a goodbye, everything arranged. */
const RESOLVE =
  /\b(?:durf|durven|doen|doe|geregeld|afscheid|voorgoed|niemand|eruit|dare|do it|goodbye|for good|arranged|sorted)\b/;

/** What a date is usually set for: a wedding, an operation, a move, a holiday, an appointment. */
const DATE_FOR =
  "(?:bruiloft|trouwen|feest|feestje|operatie|ingreep|verhuiz[a-z]*|vakantie|reis|afspraak|verjaardag|examen|behandeling|opname|wedding|party|surgery|operation|moving|move|holiday|trip|appointment|birthday|exam|treatment)";

export const PLANS: readonly Rule[] = [
  {
    // "Vrijdag ga ik het doen, ik heb alles geregeld": a day and everything arranged.
    cue: "suicide.plan",
    category: "suicide",
    level: "crisis",
    method: true,
    keys: words("geregeld regelen klaar worked decided planned picked =when"),
    re: rx(
      `\\b(?:ga|doe) ik het ${gap(2)}(?:, )?${gap(3)}alles (?:is |staat )?(?:al )?(?:geregeld|klaar|voorbereid)\\b`,
      `\\balles (?:is|staat) (?:al )?(?:geregeld|klaar|voorbereid) (?:, )?${gap(3)}(?:ga|doe) ik het\\b`,
      `\\b(?:worked out|decided|planned|picked|chosen|know) (?:exactly )?(?:when|where|how) (?:i will|i am going to|i am gonna|to) do it\\b`,
    ),
  },
  {
    // "Ik weet al waar en wanneer": worrying alone, a plan once "durf" or "doen" is near.
    cue: "suicide.plan",
    category: "suicide",
    level: "check",
    keys: words("waar wanneer"),
    raiseIf: RESOLVE,
    re: rx(
      `\\bweet (?:ik )?(?:al |precies |nu )?(?:waar en wanneer|wanneer en waar|hoe en wanneer|wanneer en hoe)${END}`,
    ),
  },
  {
    cue: "suicide.preparation",
    category: "suicide",
    level: "crisis",
    method: true,
    keys: words(
      PILL_KEYS,
      "weggegeven gave given touw rope spaar gespaard opgespaard sparen saving saved stash hoard put",
    ),
    re: rx(
      // things given away because they will not be needed
      `\\b(?:weggegeven|weg gegeven)\\b(?: [a-z0-9,]+){0,8} (?:toch |straks |binnenkort )?${NIET} meer nodig\\b`,
      `\\b(?:gave|given|giving) (?:away )?${gap(4)}(?:away )?${gap(2)}(?:will not|am not going to|won t) need (?:it|them|any of it) (?:anymore|any more|where i am going)\\b`,
      // a rope bought for it
      `\\btouw\\b(?: [a-z0-9]+){0,8} (?:daarvoor|ervoor|speciaal|voor mezelf) gekocht\\b`,
      `\\brope\\b(?: [a-z0-9]+){0,6} (?:for it|for that|for myself|for this)\\b`,
      // pills put by
      `\\b(?:spaar|spaarde|sparen|gespaard|opgespaard|verzamel|verzameld) ${gap(6)}${PILLS_NL}(?: ${gap(1)}op)?\\b`,
      `\\b${PILLS_NL} ${gap(6)}(?:opgespaard|gespaard|verzameld|bewaar ik|bewaar ze|bewaard)\\b`,
      `\\b(?:enough|plenty of|a stash of) ${PILLS_EN} ${gap(2)}(?:put by|saved|stashed|stockpiled|hidden)\\b`,
      `\\b(?:saving|saved|stockpiling|stockpiled|stashing|stashed|hoarding) (?:up )?(?:my |some |the )?${PILLS_EN}\\b`,
    ),
    unless: /\b(?:vakantie|holiday|apotheek|pharmacy|weekdoos|pillendoos|dosette)\b/,
  },
  {
    // A height looked at for it, or a car steered into a pillar.
    cue: "suicide.method",
    category: "suicide",
    level: "crisis",
    method: true,
    keys: words("hoog high pijler boom pillar tree vangrail tegenligger"),
    onlyIf:
      /\b(?:balkon|brug|flat|dak|viaduct|toren|parkeergarage|bovenste verdieping|balcony|bridge|roof|tower|car park|multi storey|top floor|rijd|rij|rijden|sturen|drive|driving|steer|denk|erover|zin|wil|think|thinking|want)\b/,
    re: rx(
      `\\b(?:hoog genoeg|high enough)\\b(?= .*\\b(?:denk|denken|dacht|erover|vaak|steeds|think|thinking|keep|check|checking)\\b|.*\\b(?:balkon|brug|flat|dak|viaduct|balcony|bridge|roof)\\b)`,
      `\\b(?:checking|checked|looked up|look up|working out|worked out) how high ${gap(6)}(?:is|are|goes)\\b`,
      `\\b(?:op|tegen) (?:een|de) (?:pijler|boom|vangrail|tegenligger|muur) ${gap(2)}(?:af ?(?:te )?sturen|aan (?:te )?rijden|in (?:te )?rijden|te knallen|te crashen)\\b`,
      `\\b(?:stuur|rij|rijden|sturen|drive|driving|steer|steering) ${gap(3)}(?:tegen|op|into) (?:een|de|a|the) (?:pijler|boom|vangrail|tegenligger|pillar|tree|oncoming)\\b`,
    ),
  },
  {
    // How many pills it would take, looked up or wondered about: a lethal amount in all but name.
    cue: "suicide.method",
    category: "suicide",
    level: "crisis",
    method: true,
    keys: words("hoeveel =many"),
    re: rx(
      `\\b(?:opgezocht|gegoogeld|gegoogled|gezocht|opzoeken|googelen|gelezen|uitgerekend|berekend)\\b(?: [a-z0-9]+){0,3} hoeveel ${gap(3)}(?:${PILLS_NL}|[a-z]+pillen|[a-z]+tabletten)\\b(?! ${gap(2)}(?:per dag|per keer|mag|maximaal)\\b)`,
      `\\bhoeveel ${gap(3)}(?:${PILLS_NL}|[a-z]+pillen|[a-z]+tabletten) ${gap(4)}(?:om (?:${NIET} meer wakker|dood|te sterven|er een eind)|dodelijk|genoeg (?:is|zijn) om)\\b`,
      `\\bhow many ${gap(3)}${PILLS_EN} (?:it would take|it d take|it takes to|would kill|would do it|would be enough|are enough|to (?:die|do it|end it|not wake up))\\b`,
    ),
  },
  {
    // Knowing which pills one would take, and having them: the means chosen.
    cue: "suicide.method",
    category: "suicide",
    level: "crisis",
    method: true,
    keys: words("welke which =what"),
    re: rx(
      `\\bweet ${gap(2)}(?:precies|al|wel|exact) (?:welke|hoeveel) ${PILLS_NL} ik (?:zou|ga|zal|wil) (?:nemen|innemen|slikken|gebruiken)\\b`,
      `\\bknow (?:exactly |already )?(?:which|what|how many) ${PILLS_EN} i (?:would|will|d|am going to) (?:take|use|need)\\b`,
    ),
  },
  {
    // Enough of a drug at hand "to do it".
    cue: "suicide.method",
    category: "suicide",
    level: "crisis",
    method: true,
    keys: words("genoeg enough"),
    re: rx(
      `\\bgenoeg ${gap(1)}${PILLS_NL}\\b(?: [a-z0-9]+){0,5} om het (?:te doen|mee te doen)\\b`,
      `\\benough ${gap(1)}${PILLS_EN}\\b(?: [a-z0-9]+){0,5} to do it\\b`,
    ),
  },
  {
    // A gun in the house that one's thoughts keep going to.
    cue: "suicide.method",
    category: "suicide",
    level: "crisis",
    keys: words("geweer jachtgeweer pistool vuurwapen gun rifle shotgun pistol"),
    negation: "around",
    unless: ctx("\\b(?:jacht|jagen|schietclub|schietvereniging|hunting|shooting club|range)\\b"),
    re: rx(
      `\\b(?:jacht)?(?:geweer|pistool|vuurwapen)\\b(?: [a-z0-9,]+){0,8} (?:daar|er) denk ik ${gap(2)}aan\\b`,
      `\\b(?:denk|dacht|denken) ${gap(3)}aan (?:het|dat|zijn|zn|mijn) (?:jacht)?(?:geweer|pistool|vuurwapen)\\b`,
      `\\b(?:gun|rifle|shotgun|pistol)\\b(?: [a-z0-9,]+){0,8} (?:i (?:keep )?(?:think|thinking) about (?:it|that)|(?:it|that) is all i think about)\\b`,
      `\\b(?:keep thinking|think|thinking) about (?:the|his|my [a-z]+s|that) (?:gun|rifle|shotgun|pistol)\\b`,
    ),
  },
  {
    // A way to die looked up without a death word: how hanging or drowning goes.
    cue: "suicide.method",
    category: "suicide",
    level: "crisis",
    method: true,
    keys: words("opgezocht gegoogled gegoogeld googelen gezocht gelezen googled looked searched read"),
    re: rx(
      `\\b(?:opgezocht|gegoogled|gegoogeld|googelen|gezocht|gelezen)\\b(?: [a-z0-9]+){0,8} (?:ophangt|ophangen|verhangt|verhangen|verdrinkt|verdrinken|verstikt|verstikken)\\b`,
      `\\b(?:googled|looked up|searched|read up on)\\b(?: [a-z0-9]+){0,8} (?:hang yourself|hang myself|hanging yourself|drown yourself|drowning yourself|suffocate)\\b`,
    ),
  },
  {
    // The car, the garage, the hose: a method listed item by item.
    cue: "suicide.method",
    category: "suicide",
    level: "crisis",
    method: true,
    keys: words("garage"),
    re: rx(
      `\\b(?:auto|car)\\b(?: [a-z0-9,]+){0,4} garage\\b(?: [a-z0-9,]+){0,4} (?:slang|tuinslang|uitlaat|hose|tube|pipe|exhaust)\\b`,
    ),
  },
  {
    // At the rails or the water, thinking how fast it would be over.
    cue: "suicide.method",
    category: "suicide",
    level: "crisis",
    keys: words("=snel =quick =quickly =fast"),
    onlyIf: ctx(
      "\\b(?:spoor|trein|treinen|rails|spoorlijn|brug|water|kanaal|rivier|schelde|maas|zee|rand|dak|train|train line|track|tracks|railway|bridge|river|canal|sea|edge|ledge|roof)\\b",
    ),
    re: rx(
      `\\bhoe snel (?:het )?(?:voorbij|gedaan|over) (?:zou zijn|zou wezen|is)\\b`,
      `\\bhow (?:quick|quickly|fast) it (?:would|could|d) (?:be|all be)(?: over)?\\b`,
    ),
  },
  {
    // "Een stap en het is gedaan": the step off, said as a thought (the place often in the sentence before).
    cue: "suicide.method",
    category: "suicide",
    level: "crisis",
    keys: words("stap step"),
    re: rx(
      `(?<!\\bnog )\\b(?:een|1) stap (?:en|verder en) (?:het|t) (?:is|zou zijn) (?:gedaan|voorbij|over)${END}`,
      `(?<!\\b(?:just|more) )\\bone step and it (?:is|would be|s|d be) (?:over|done)${END}`,
    ),
  },
  {
    // The highest bridge "asking for a friend": the question a method search starts with, half joking.
    cue: "suicide.method",
    category: "suicide",
    level: "crisis",
    keys: words("highest tallest hoogste"),
    re: rx(
      `\\b(?:highest|tallest) (?:bridge|building|cliff|car park|multi storey)\\b(?= .*\\basking for a friend\\b)`,
      `\\bhoogste (?:brug|flat|gebouw|parkeergarage)\\b(?= .*\\bvraag (?:het )?voor een (?:vriend|vriendin)\\b)`,
    ),
  },
  {
    // "Ik ga het echt doen, het is geen roepen om aandacht": intent, with the listener's doubt answered.
    cue: "suicide.intent",
    category: "suicide",
    level: "crisis",
    keys: words("meen mean roepen roep schreeuw aandacht cry attention"),
    unless: ctx(
      "\\b(?:roken|stoppen met|afvallen|sporten|dieet|lijnen|opleiding|studie|cursus|bellen|aanmelden|solliciteren|smoking|quit|diet|gym|exercise|lose weight|course|apply|sign up)\\b",
    ),
    re: rx(
      `\\b(?:ga|doe) ik het ${gap(2)}(?:doen)?\\b(?: [a-z0-9,]+){0,4} (?:meen (?:ik )?het|geen (?:roepen|roep|schreeuw) ${gap(1)}om (?:aandacht|hulp))\\b`,
      `\\bik ga het ${gap(1)}doen\\b(?: [a-z0-9,]+){0,6} (?:meen (?:ik )?het|geen (?:roepen|roep|schreeuw) ${gap(1)}om (?:aandacht|hulp))\\b`,
      `\\bmeen ik het ${gap(1)}(?:, )?ik maak het af\\b`,
      `\\b(?:going to|gonna|will) do it ${gap(2)}(?:, )?(?:i mean it|it is not a cry for help|this is not a cry for help|not for attention)\\b`,
    ),
  },
  {
    // Stepping out, or checking out, once the courage comes: leaving life, said as a plan.
    cue: "suicide.intent",
    category: "suicide",
    level: "crisis",
    keys: words("stap stappen checking check"),
    onlyIf: ctx(
      "\\b(?:moed|durf|durven|niemand houdt|tegenhoudt|tegenhouden|voorgoed|nerve|courage|stopping me|stop me|for good)\\b",
    ),
    unless: ctx(
      "\\b(?:relatie|huwelijk|baan|werk|bedrijf|vereniging|club|sekte|auto|bus|trein|hotel|library|shop|store|relationship|marriage|job|company|cult|car)\\b",
    ),
    re: rx(
      `\\b(?:stap|stapt|stappen) ${gap(1)}(?:eruit|er uit)\\b`,
      `\\b(?:checking|check|checked) out\\b(?! (?:the|a|this|that|my|your|his|her|some)\\b)`,
    ),
  },
  {
    // Nobody home on the day, and all the pills then: a plan with its moment chosen.
    cue: "suicide.plan",
    category: "suicide",
    level: "crisis",
    method: true,
    keys: words("=neem =slik =taking =take =swallowing"),
    onlyIf: ctx(
      "\\b(?:iedereen (?:is )?weg|niemand (?:is )?thuis|alleen thuis|everyones (?:out|away|gone)|everyone is (?:out|away|gone)|nobody (?:is )?(?:home|in|around)|no one (?:is )?(?:home|in|around)|home alone)\\b",
    ),
    re: rx(
      `\\b(?:neem|slik) ik ${gap(1)}(?:al mijn|alle|allemaal|al die) ${gap(1)}${PILLS_NL} ${gap(1)}in\\b`,
      `\\b(?:taking|take|going to take|will take|swallowing) (?:all|all of) (?:my|the) ${PILLS_EN}\\b`,
    ),
  },
  {
    // "Dan doe ik het. Ik weet al hoe.": the act, its moment and its means known.
    cue: "suicide.plan",
    category: "suicide",
    level: "crisis",
    method: true,
    keys: words("hoe how"),
    re: rx(
      `\\b(?:dan doe ik het|ga ik het doen|doe ik het)\\b(?= [.,] (?:en )?(?:ik )?weet (?:ik )?(?:al|precies|ook al) (?:hoe|waar)\\b)`,
      `\\b(?:then i will do it|i will do it then|i am doing it)\\b(?= [.,] (?:and )?i (?:already )?know (?:exactly )?(?:how|where)\\b)`,
    ),
  },
  {
    // A drive to the bridge worked out in advance.
    cue: "suicide.plan",
    category: "suicide",
    level: "crisis",
    method: true,
    keys: words("uitgedacht uitgestippeld besloten gepland worked planned decided"),
    re: rx(
      `\\b(?:rij|ga|loop|fiets|rijd) ik ${gap(1)}(?:door )?naar (?:de|het) (?:brug|spoor|rails|kanaal|flat|dak|viaduct|parkeergarage)\\b(?: [a-z0-9,]+){0,10} (?:uitgedacht|uitgestippeld|besloten|gepland)\\b`,
      `\\b(?:drive|go|walk) (?:straight )?to the (?:bridge|tracks|railway|canal|roof|car park|cliff)\\b(?: [a-z0-9,]+){0,10} (?:worked out|planned out|all planned|decided)\\b`,
    ),
  },
  {
    // Things handed on "die heb ik toch niet meer nodig", "I won't be needing them": given away for after.
    cue: "suicide.preparation",
    category: "suicide",
    level: "crisis",
    method: true,
    keys: words("gegeven geschonken weggedaan =gaf gave given giving"),
    re: rx(
      `\\b(?:gegeven|geschonken|weggedaan|gaf)\\b(?: [a-z0-9,]+){0,10} (?:toch|straks|binnenkort) (?:${NIET}|nooit) meer nodig\\b`,
      `\\b(?:gave|given|giving)\\b(?: [a-z0-9,]+){0,12} i (?:will not|won t|am not going to) be needing (?:it|them|any of it)\\b`,
    ),
  },
  {
    // The will made and the pet rehomed, "and now I'm ready": affairs settled for a death.
    cue: "suicide.preparation",
    category: "suicide",
    level: "crisis",
    method: true,
    keys: words("testament will"),
    re: rx(
      `\\btestament\\b(?: [a-z0-9,]+){0,14} (?:(?:nu )?ben ik er klaar voor|ondergebracht|nieuw baasje|weggegeven|afscheid)\\b`,
      `\\bmy will\\b(?: [a-z0-9,]+){0,14} (?:i am ready(?: now)?|ready now|new home for|rehomed|given away|goodbye)\\b`,
    ),
  },
  {
    // Pills gathered instead of thrown away, or kept back at each visit to the pharmacy.
    cue: "suicide.preparation",
    category: "suicide",
    level: "crisis",
    method: true,
    keys: words(PILL_KEYS, "achter back"),
    // A spare supply for travel or for emergencies is kept back for a reason the person names.
    unless: /\b(?:vakantie|op reis|reserve|noodvoorraad|holiday|trip|travel|spare|emergencies)\b/,
    re: rx(
      `\\b${PILLS_NL}\\b(?: [a-z0-9,]+){0,8} (?:(?:verzamel|spaar|hamster|bewaar) (?:ik )?(?:ze|die)|(?:die|ze) (?:spaar|verzamel|hamster) ik)\\b(?! ${gap(2)}(?:voor de apotheek|om terug te brengen|om in te leveren))`,
      `\\b(?:houd|hou|hield) (?:ik )?(?:er )?(?:een paar|wat|steeds een paar|telkens een paar|een of twee|er [0-9]+) ${gap(1)}achter\\b(?= .*\\b(?:genoeg|apotheek|pillen|tabletten|voorraad|strip)\\b)`,
      `\\b(?:keep|kept|hold|held|holding|keeping) (?:a few|some|one or two|a couple) back\\b(?= .*\\b(?:enough|pharmacy|chemist|pills|tablets|supply)\\b)`,
    ),
  },
  {
    // The letter lies ready, with everything arranged.
    cue: "suicide.preparation",
    category: "suicide",
    level: "crisis",
    method: true,
    keys: words("brief briefje afscheidsbrief letter note"),
    onlyIf: ctx("\\b(?:geregeld|wachtwoorden|testament|afscheid|sorted|passwords|will|goodbye)\\b"),
    re: rx(
      `\\b(?:de|een|mijn|mn) (?:afscheids)?brief(?:je)? (?:ligt|liggen|is) (?:al )?klaar\\b`,
      `\\b(?:the|a|my) (?:letter|note) (?:is|s) (?:already )?(?:ready|written|done)\\b`,
    ),
  },
  {
    // Goodbyes sent "voor als het morgen klaar is": a farewell with a moment set.
    cue: "suicide.preparation",
    category: "suicide",
    level: "crisis",
    method: true,
    keys: words("=dag =gedag vaarwel afscheid goodbye"),
    re: rx(
      `\\b(?:dag|gedag|vaarwel|afscheid) (?:te )?(?:zeggen|nemen|gezegd|genomen)\\b(?: [a-z0-9,]+){0,8} (?:voor als|als|wanneer) het ${gap(1)}(?:klaar|gedaan|voorbij|zover) is\\b`,
      `\\b(?:say|said|saying) goodbye\\b(?: [a-z0-9,]+){0,8} (?:for when|before) it (?:is|s) (?:over|done|time)\\b`,
    ),
  },
  {
    // "Soon I won't be a problem for anyone": a burden lifted by one's absence, soon.
    cue: "suicide.burden",
    category: "suicide",
    level: "crisis",
    keys: words("problem burden bother last"),
    re: rx(
      `\\b(?:soon|shortly|before long|after (?:this|today|tonight)) i (?:will not|won t) be (?:a )?(?:problem|burden|bother) (?:for|to) (?:anyone|anybody|you|them|everyone|you all)\\b`,
      `\\b(?:binnenkort|straks|gauw|snel) ${gap(2)}(?:ben ik|zal ik) (?:niemand|jullie|iedereen) (?:meer |nog )?(?:tot last|een last)\\b`,
    ),
  },
  {
    // "Ik heb een datum gekozen", nothing named that it is for: a date set for it (C-SSRS: a plan). What
    // a date is usually for, anywhere after it, makes it an ordinary date.
    cue: "suicide.plan",
    category: "suicide",
    level: "crisis",
    keys: words("datum date"),
    re: rx(
      `\\bik heb ${gap(1)}(?:een|de) datum (?:gekozen|geprikt|bepaald|vastgesteld|vastgelegd)${END}(?!.*\\b${DATE_FOR}\\b)`,
      `\\bi (?:have|ve) (?:picked|chosen|set) (?:a|the) date${END}(?!.*\\b${DATE_FOR}\\b)`,
    ),
  },
];

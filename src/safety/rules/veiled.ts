// Danger said around the words rather than with them: death welcomed in passing, arrangements for "when I
// am no longer here", a railway or a height visited, punishment by hunger or heat, intrusive thoughts of
// harming a child, abuse at night, threats about the children. Each pairs two ideas in one sentence.
import { CHILD_NL, FICTION, gap, NIET, PILLS_EN, PILLS_NL, rx, SELF_NL, words } from "./blocks.ts";
import type { Rule } from "./rule.ts";

/** One's own death as an event: dying in one's sleep, not waking, a train or a car "taking" one. */
const OWN_DEATH_NL = `(?:overlijd|overlijden|overleed|sterf|sterven|stierf|dood (?:ga|ging|zou gaan|gaan)|doodga|doodgaan|doodging|(?:${NIET}|nooit) (?:meer )?wakker (?:word|werd|zou worden)|er ${NIET} meer (?:ben|was|zou zijn|zal zijn)|onder (?:een|de) (?:auto|trein|bus|tram|vrachtwagen|truck) (?:kom|kwam|terechtkom|zou komen)|(?:de|een) (?:trein|auto|bus|tram|vrachtwagen) tegen (?:me|mij) aan (?:rijdt|reed|zou rijden|knalt)|(?:de|een) (?:trein|auto|bus|tram|vrachtwagen) (?:me|mij) (?:[a-z]+ )?(?:meeneemt|meenam|raakt|schept|aanrijdt|overrijdt|zou meenemen|zou raken)|verongeluk|een ongeluk (?:krijg|kreeg|zou krijgen)|(?:de|het) (?:zomer|kerst|voorjaar|winter|nieuwe jaar|volgende jaar) ${NIET} (?:meer )?(?:haal|zou halen|meemaak|zou meemaken))`;
/** Welcoming it: "dan is dat maar goed ook", "vind ik dat wel best", "een opluchting". */
const WELCOME_NL = `(?:(?:is|vind ik|zou ik) (?:dat|het) (?:eigenlijk |ook |wel |maar |gewoon |helemaal |echt )*(?:best|goed|prima|ok|oke|niet erg|geen ramp|geen probleem|een opluchting|welkom|fijn)(?: vinden)?|(?:dat|het) (?:is|vind ik) (?:eigenlijk |ook |wel |maar |gewoon )*(?:best|goed|prima)|maar goed ook|ook goed|ook prima|mij best|mij goed|vind ik (?:dat |het )?(?:eigenlijk |wel )?${NIET} erg|zou ik ${NIET} erg vinden|dan is het maar zo)`;
/** "... goed geregeld", "prima verzekerd": the welcome word is about the arrangements, not the death. */
const NOT_WELCOME_AFTER =
  "(?! (?:geregeld|verzekerd|bekend|vastgelegd|afgesproken|voor elkaar|opgeschreven|opgevangen))";

/** Where people go to end their lives, and the act there. */
const RAIL_NL =
  "(?:het spoor|de rails|de spoorweg|de spoorbaan|de treinrails|de overweg|het spoorwegviaduct)";
const HEIGHT_NL = "(?:brug|viaduct|flat|dak|balkon|toren|parkeergarage|klif|kade|bovenste verdieping)";
const HEIGHT_EN = "(?:bridge|overpass|flat|roof|balcony|tower|car park|multi storey|cliff|top floor)";

/** Arrangements for after one's death: who gets the pet, letters, everything on paper. */
const ARRANGED =
  /\b(?:verzorgd|geregeld|regel|regelen|op papier|opgeschreven|krijgt|krijgen|gaat naar|gaan naar|opvangen|zorgt voor|zorgen voor|brief|brieven|testament|afscheid|spullen|weggegeven|weg gegeven|sorted|arranged|will go to|gets|letters?|goodbye|given away|looked after)\b/;
/** Soon, or for good: arrangements with a date are preparation, not estate planning. */
const SOON =
  /\b(?:binnenkort|straks|snel|gauw|deze week|volgende week|deze maand|niet lang meer|na (?:de|mijn|zijn|haar|het) [a-z]+|voorgoed|eindelijk|niemand (?:zich|hoeft)|soon|this week|next week|not long now|for good|finally)\b/;

/** Things a parent may fear doing to a child in an intrusive thought. */
const HARM_ACT_NL =
  "(?:pijn doe|pijn ga doen|pijn zou doen|iets aandoe|iets aan doe|iets ga aandoen|iets zou aandoen|sla|duw|gooi|laat vallen|verdrink|smoor|steek|wurg|van de trap (?:duw|gooi)|uit het raam (?:gooi|duw)|met een mes)";
const HARM_ACT_EN =
  "(?:hurt|harm|hit|push|pushing|drop|dropping|drown|drowning|stab|stabbing|smother|smothering|strangle|throw)";

export const VEILED: readonly Rule[] = [
  {
    // "Als de trein me meeneemt vind ik dat wel best": a passive wish, said as if in passing.
    cue: "suicide.passive_wish",
    category: "suicide",
    level: "crisis",
    keys: words(
      "overlijd overleed sterf stierf dood doodga doodging wakker =er onder trein auto verongeluk ongeluk zomer kerst voorjaar winter jaar",
    ),
    re: rx(
      `\\b${OWN_DEATH_NL}\\b(?: [a-z0-9,]+){0,6} ${WELCOME_NL}\\b${NOT_WELCOME_AFTER}`,
      `\\b${WELCOME_NL}\\b ${gap(3)}(?:als|wanneer|mocht|dat) ${gap(4)}${OWN_DEATH_NL}\\b`,
    ),
  },
  {
    cue: "suicide.passive_wish",
    category: "suicide",
    level: "crisis",
    keys: words("hope hopes hoping wish fine okay ok alright peace relieved happy"),
    re: rx(
      "\\b(?:hope|hopes|hoping|wish|pray) (?:that )?i (?:do not|will not|never|would not|did not) (?:wake up|wake|make it to)\\b",
      "\\b(?:would be|i am|i d be|id be) (?:fine|ok|okay|alright|at peace|relieved|happy) (?:with it |with that )?(?:if|when) i (?:did not|do not|never|would not) (?:wake up|wake)\\b",
      "\\b(?:would be|i am|i d be|id be) (?:fine|ok|okay|alright|at peace|relieved|happy) (?:with it |with that )?(?:if|when) (?:i|a car|a bus|a train|the train) (?:died|was dead|were dead|was gone|were gone|hit me|took me)\\b",
    ),
  },
  {
    // "Ik weet hoe ik het ga doen, de pillen liggen klaar": only with a means in the same sentence, since
    // "ik weet hoe ik het ga doen" is also how people answer a question about their goal.
    cue: "suicide.plan",
    category: "suicide",
    level: "crisis",
    method: true,
    keys: words("hoe how"),
    onlyIf: new RegExp(
      `\\b(?:${PILLS_NL}|${PILLS_EN}|touw|strop|mes|scheermes|${HEIGHT_NL}|trein|spoor|rope|noose|knife|razor|${HEIGHT_EN}|train|tracks|gun|geweer)\\b`,
    ),
    re: rx(
      "\\bweet (?:ik )?(?:al |precies |nu |allang |wel )?hoe ik het (?:ga|zou|wil|zal) doen\\b",
      "\\bknow (?:exactly |already )?how i (?:would|will|am going to|want to) do it\\b",
    ),
  },
  {
    // A height looked at "to see if it is high enough": the place in the sentence, not the phrase alone.
    cue: "suicide.method",
    category: "suicide",
    level: "crisis",
    method: true,
    keys: words("hoog high"),
    onlyIf: new RegExp(`\\b(?:${HEIGHT_NL}|${HEIGHT_EN})\\b`),
    unless:
      /\b(?:vrachtwagen|vrachtwagens|boot|boten|schip|schepen|bus|caravan|truck|trucks|boats|ships|lorry|lorries)\b/,
    re: rx(
      `\\b(?:of|hoe|kijk|kijken|check|reken|rekenen|meet|meten) ${gap(4)}hoog genoeg\\b`,
      `\\b(?:whether|if|how|check|checking|work out|working out|see) ${gap(4)}high enough\\b`,
    ),
  },
  {
    // At the railway, or about to jump there: visiting the place is what C-SSRS calls preparatory behaviour.
    cue: "suicide.method",
    category: "suicide",
    level: "check",
    keys: words(
      "spoor rails spoorweg spoorbaan treinrails overweg spoorwegviaduct perron tracks railway platform",
    ),
    raiseIf:
      /\b(?:wachten tot|wacht tot|wachtte tot|trein (?:komt|aankomt|eraan komt)|springen|spring|sprong|voorgoed|een eind|niet meer|voor de trein|waiting for the train|jump|jumped|jumping|for good|end it)\b/,
    unless:
      /\b(?:werk|school|naar huis|op weg|vertraging|storing|overstappen|forens|work|commute|delay|delayed)\b/,
    re: rx(
      `\\b(?:sta|staan|stond|stonden|gestaan|zit|zat|gezeten|loop|liep|gelopen|wandel|wandelde|gewandeld|ga|ging|gegaan) ${gap(4)}(?:aan|bij|op|langs|naar) ${RAIL_NL}\\b`,
      `\\b(?:aan|bij|op|langs) ${RAIL_NL} ${gap(3)}(?:gestaan|gezeten|gelopen|gestaan|staan|zitten|te wachten)\\b`,
      `\\bperron ${gap(6)}(?:springen|te springen|spring|sprong|wilde springen)\\b`,
      `\\b(?:stood|standing|sat|sitting|walked|went) ${gap(3)}(?:by|on|at|near|to) the (?:tracks|railway|rails|level crossing)\\b`,
    ),
  },
  {
    // Walking into the sea "and not coming back".
    cue: "suicide.method",
    category: "suicide",
    level: "crisis",
    method: true,
    keys: words("zee water rivier meer gracht sea river lake"),
    onlyIf:
      /\b(?:(?:niet|nie|nooit) (?:meer )?terug|voorgoed|niet meer boven|verdrink|verdrinken|kom (?:niet|nie) (?:meer )?terug|not coming back|never come back|for good|drown)\b/,
    re: rx(
      `\\b(?:de zee|het water|de rivier|het meer|de gracht|de schelde|de maas) in ${gap(1)}(?:lopen|loop|wandelen|wandel|gaan|ga|zwemmen|zwem)\\b`,
      `\\b(?:lopen|loop|wandel|ga|zwem) (?:ik )?${gap(2)}(?:de zee|het water|de rivier|het meer) in\\b`,
      "\\b(?:walk|walking|swim|swimming|go|going) (?:out )?into the (?:sea|water|river|lake)\\b",
    ),
  },
  {
    // "De hond gaat naar mijn zus als ik er niet meer ben": arrangements for after one's death. Estate
    // planning sounds alike, so alone it is a question; with a date or "voorgoed" it is preparation.
    cue: "suicide.preparation",
    category: "suicide",
    level: "check",
    keys: words("=er dood overleden gone dead here"),
    onlyIf: ARRANGED,
    raiseIf: SOON,
    unless:
      /\b(?:notaris|later|ooit|oud|op hoge leeftijd|ouder|one day|some day|someday|old|solicitor|lawyer)\b/,
    re: rx(
      `\\b(?:als|wanneer|voor als|tegen dat|zodra|na|dat) ik (?:er )?${NIET} meer (?:ben|zal zijn|zou zijn|leef)\\b`,
      "\\b(?:als|wanneer|voor als|tegen dat|zodra) ik (?:dood|overleden) (?:ben|zou zijn)\\b",
      "\\b(?:when|once|after) i (?:am|m) (?:gone|dead|not here|no longer here)\\b",
    ),
  },
  {
    // "Vrijdag ben ik er niet meer": a day for no longer being there, without a trip or a move to explain it.
    cue: "suicide.not_here_long",
    category: "suicide",
    level: "crisis",
    keys: words(
      "binnenkort straks gauw weldra morgen overmorgen maandag dinsdag woensdag donderdag vrijdag zaterdag zondag volgende =na",
    ),
    unless:
      /\b(?:vakantie|verhuis[a-z]*|op reis|reis|verlof|ziekenhuis|opgenomen|operatie|werk|kantoor|school|stage|pensioen|holiday|trip|away|moving|hospital|work|office)\b/,
    re: rx(
      `\\b(?:binnenkort|straks|gauw|weldra|morgen|overmorgen|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|volgende week|na (?:de|het|mijn) [a-z]+) (?:ben|zijn) (?:ik|we) (?:er )?${NIET} meer\\b`,
    ),
  },
  {
    // "Binnenkort zijn ze van me af": a burden lifted by one's absence.
    cue: "suicide.burden",
    category: "suicide",
    level: "check",
    keys: words("=af rust"),
    raiseIf: SOON,
    re: rx(
      `\\b(?:zijn|is|ben|zal|zullen) (?:ze|jullie|iedereen|hij|zij|mijn [a-z]+|de kinderen) ${gap(1)}(?:eindelijk |eens |voorgoed )?van (?:me|mij) af\\b`,
      `\\b(?:hebben|heeft|krijgen|krijgt) (?:ze|iedereen|hij|zij|mijn [a-z]+) ${gap(1)}(?:eindelijk )?rust (?:van|zonder) (?:me|mij)\\b`,
    ),
  },
  {
    // "Ik stop ermee, met alles": quitting everything, with a decision behind it.
    cue: "suicide.end_life",
    category: "suicide",
    level: "check",
    keys: words("alles everything"),
    raiseIf:
      /\b(?:knoop doorgehakt|besloten|voorgoed|afscheid|geregeld|niemand|decided|for good|goodbye|sorted)\b/,
    re: rx(
      "\\b(?:stop|stopt|kap|hou op|houd op) (?:ik |ermee |er mee )*(?:, )?(?:gewoon )?met alles\\b",
      "\\b(?:giving up on|done with|quitting) (?:it )?(?:all|everything)(?: for good)?\\b(?= .*\\b(?:decided|for good|goodbye|sorted)\\b)",
    ),
  },
  {
    // Hunger as punishment: skipping meals "als straf", starving oneself "because I deserve it".
    cue: "self_harm.starving",
    category: "self_harm",
    level: "crisis",
    keys: words("straf straffen verdien punish punishment deserve honger verhonger uithonger starve"),
    onlyIf:
      /\b(?:eet|eten|at|maaltijd|maaltijden|overslaan|sla|honger|verhongeren|uithongeren|eat|eating|meals?|skip|skipping|starve|starving|food)\b/,
    re: rx(
      "\\b(?:als straf|ter straf|om mezelf te straffen|omdat ik het verdien|verdien ik het|to punish myself|as (?:a )?punishment|because i deserve it)\\b",
      `\\b(?:laat|liet) ${SELF_NL} ${gap(2)}(?:honger lijden|verhongeren|uithongeren)\\b`,
      "\\b(?:starve|starving|starved) myself\\b",
    ),
  },
  {
    // A hand held under the hot tap on purpose.
    cue: "self_harm.burning",
    category: "self_harm",
    level: "crisis",
    keys: words("heet hete kokend kokende gloeiend hot boiling scalding"),
    onlyIf:
      /\b(?:hou|houd|houden|hield|expres|straf|boos|tot|pijn|voelen|hold|held|holding|on purpose|angry|until|pain|feel)\b/,
    re: rx(
      `\\b(?:hand|handen|arm|armen|pols|polsen|vingers) ${gap(2)}onder (?:de )?(?:hete|kokende|gloeiend hete|heet|kokend) (?:kraan|water)\\b`,
      `\\b(?:hete|kokende|heet|kokend) (?:kraan|water) ${gap(6)}(?:hand|handen|arm|armen|pols) (?:eronder|erin|onder)\\b`,
      "\\b(?:hand|hands|arm|arms|wrist|wrists) under (?:the )?(?:hot|boiling|scalding) (?:tap|water)\\b",
    ),
  },
  {
    // Fists or a head against the wall: a question alone, self-harm once it bleeds or breaks.
    cue: "self_harm.hitting",
    category: "self_harm",
    level: "check",
    keys: words("muur muren deur kast wall walls door"),
    onlyIf: /\b(?:vuist|vuisten|hoofd|knokkels|handen|fist|fists|knuckles|head|hands)\b/,
    raiseIf:
      /\b(?:bloed|bloeden|bloedde|gebroken|kapot|blauw|tot (?:ik|ze|het)|blood|bleed|bleeding|broke|broken|until)\b/,
    unless: /\b(?:spijker|schroef|plank|schilderij|nail|screw|shelf|picture)\b/,
    re: rx(
      `\\b(?:sla|sloeg|slaan|stomp|stompte|stompen|beuk|beukte|beuken|bonk|bonkte|ram|ramde|rammen) ${gap(4)}(?:tegen|op|in) (?:de|een|mijn) (?:muur|muren|deur|kast)\\b`,
      `\\b(?:punch|punched|punching|hit|hitting|bang|banged|banging|smash|smashed|smashing) ${gap(3)}(?:into |against |on )?(?:the|a|my) (?:wall|walls|door)\\b`,
    ),
  },
  {
    // Intrusive thoughts of harming a child or another person: the parent asks for help, the child may
    // need it. Same category as the fear of harming one's child.
    cue: "violence.fear_of_harming",
    category: "violence",
    level: "crisis",
    keys: words("beelden gedachten gedachte visioenen images thoughts thought vertrouw trust"),
    re: rx(
      `\\b(?:beelden|gedachten|gedachte|visioenen)\\b(?: [a-z0-9]+){0,3} (?:dat|of|waarin|waarbij) ik ${gap(5)}${HARM_ACT_NL}\\b`,
      `\\b(?:images|thoughts|thought|visions)\\b(?: [a-z0-9]+){0,3} (?:of|about|that) (?:me |i |myself )?${gap(2)}${HARM_ACT_EN}(?:ing)? (?:my|our|the|someone|him|her)\\b`,
      `\\bvertrouw ${SELF_NL} ${gap(2)}(?:${NIET} )?(?:meer )?(?:alleen )?(?:met|bij|rond) ${CHILD_NL}\\b`,
      "\\b(?:do not|can not|no longer) trust myself (?:alone )?(?:with|around) (?:my|the|our) (?:baby|child|children|kids|kid|son|daughter|little one)\\b",
    ),
  },
  {
    // Someone coming to one's room at night, told by the one it happens to.
    cue: "violence.sexual",
    category: "violence",
    level: "crisis",
    keys: words("nachts snachts nacht night"),
    onlyIf:
      /\b(?:wil ik (?:niet|nie)|(?:niet|nie) wil|wil (?:dat|het) (?:niet|nie)|bang|aanraakt|aanraken|zit aan|zat aan|betast|moet ik|geheim|niemand vertellen|durf|do not want|scared|afraid|touches|secret|tell anyone)\b/,
    re: rx(
      `\\b(?:stiefvader|stiefpa|oom|opa|vader|papa|broer|stiefbroer|neef|buurman|hij|de vriend van mijn moeder) (?:komt|kwam|kruipt|kroop) ${gap(3)}(?:s nachts|snachts|in de nacht|als iedereen slaapt) ${gap(2)}(?:op|in|naar|bij) (?:mijn|me|mij) ${gap(1)}(?:kamer|bed)\\b`,
      "\\b(?:stepdad|stepfather|uncle|grandad|grandpa|father|dad|brother|he) (?:comes|came|creeps|crept|gets|got) (?:into|in to|to) my (?:room|bed) (?:at night|in the night)\\b",
    ),
  },
  {
    // "Hij zegt dat hij de kinderen meeneemt als ik wegga": the children used as a threat.
    cue: "violence.threat",
    category: "violence",
    level: "crisis",
    keys: words("dreigt dreigde gedreigd zegt zei threatens threatened says said"),
    onlyIf:
      /\b(?:als ik|if i|buitenland|nooit meer|dreig[a-z]*|weg ga|wegga|scheid[a-z]*|vertrek|politie|aangifte|abroad|never see|threat[a-z]*|leave|police)\b/,
    unless: FICTION,
    re: rx(
      `\\b(?:dreigt|dreigde|heeft gedreigd|zegt dat (?:hij|ze|zij)|zei dat (?:hij|ze|zij)) ${gap(3)}(?:de|mijn|onze|ons) (?:kinderen|kids|kind|kleine|zoon|dochter) ${gap(4)}(?:meeneemt|mee te nemen|meenemen|afpakt|af te pakken|ontvoert|weghaalt|weg te halen)\\b`,
      "\\b(?:threatens|threatened|says|said) (?:that )?(?:he|she) (?:will|would|is going to|ll) (?:take|took) (?:the|my|our) (?:kids|children|child|baby)\\b",
    ),
  },
];

// The words that tell what a trainee's utterance is about, per topic and language: the data of ../topic.ts.
// Patterns run on lowercased text without diacritics; Flemish forms sit beside the Dutch ones.
import type { Locale } from "../../locales.ts";

export const topics = [
  "ideas",
  "values",
  "future",
  "past",
  "person",
  "smoking",
  "alcohol",
  "medication",
  "sleep",
  "eating",
  "moving",
  "work",
  "family",
  "complaint",
  "feelings",
  "daily",
  "general",
] as const;

/** What an utterance is about; "none" when it is about nothing in particular ("mm-hm", "goed zo"). */
export type Topic = (typeof topics)[number] | "none";

/** Something the patient reacts to as such, whatever the topic. */
export type Special = "insult" | "suicide" | "intrusive" | "scaleImportance" | "scaleConfidence";

const w = (words: string): RegExp => new RegExp(`\\b(?:${words.trim().split(/\s+/).join("|")})\\b`);
const r = (source: string): RegExp => new RegExp(source);

/**
 * The order is the priority when an utterance touches more than one topic. First the frames (own ideas and attempts, what matters, the future, the past, the person), because
 * the patient answers the frame ("wat heeft u al geprobeerd om te stoppen met roken?" asks about attempts);
 * then the life domains; then the complaint; feelings, daily life and the general "how are you" last, since
 * "hoe voelt u zich op het werk?" is about work and "hoe gaat het met slapen?" about sleep.
 */
export const topicCues: Record<Locale, Record<(typeof topics)[number], RegExp[]>> = {
  nl: {
    ideas: [
      r("\\b(?:al|zelf|eerder|vroeger|ooit|eens) (?:\\w+ )?(?:geprobeerd|gedaan om|gestopt|geminderd)"),
      r("\\bgeprobeerd\\b"),
      // "Wat denkt u van het weer?" asks an opinion on the thing named, not the patient's own idea.
      r(
        "\\b(?:wat|hoe) (?:denkt|denk|dacht) (?:u|je|jij|ge|gij) (?!(?:van|over) (?:het|de|een)\\b)(?:zelf|eigenlijk)?\\b",
      ),
      r("\\b(?:eigen )?(?:idee|ideeen|verklaring|verwachting)\\b"),
      r("\\bwaar (?:denkt|denk) (?:u|je|ge) dat\\b|\\bwaar (?:het|dat) (?:door|vandaan) komt\\b"),
      r("\\bwat (?:hielp|heeft geholpen|helpt er|hielp er)\\b|\\bwat (?:verwacht|hoopt) (?:u|je|ge) van\\b"),
      r("\\bwat (?:weet|weet je|weet u) (?:u|je|ge)? ?(?:al )?(?:over|van)\\b"),
    ],
    values: [
      r(
        "\\bbelangrijk|\\bwaardevol|\\bde moeite waard|\\bwaar (?:word|wordt) (?:u|je|ge) blij|\\bblij van\\b",
      ),
      r("\\bgeniet|\\bwaar doet (?:u|je|ge) het voor|\\bwat (?:drijft|betekent|geeft)\\b|\\bhet mooiste\\b"),
      r(
        "\\bzin (?:aan|in) (?:het|uw|je) leven|\\bwaar hecht|\\bwat telt\\b|\\bwat (?:echt )?(?:ertoe doet|er echt toe doet)\\b",
      ),
      r("\\b(?:energie|plezier) (?:van|uit)\\b|\\bwat geeft (?:u|je|jou|ge) energie\\b"),
    ],
    future: [
      r(
        "\\btoekomst|\\bover (?:een|\\w+) (?:jaar|jaren|maanden)\\b|\\bstraks\\b|\\blater\\b|\\bvolgend jaar\\b",
      ),
      r(
        "\\b(?:wat|hoe) (?:zou|zoudt|zouden) (?:u|je|jij|ge|gij)\\b.*\\b(?:willen|wensen|hopen)\\b|\\bstel dat\\b",
      ),
      r(
        "\\b(?:wens|wensen|hoopt|hoop je|droom)\\b|\\bveranderen\\b|\\bverandering\\b|\\bdoel\\b|\\bbereiken\\b",
      ),
      r("\\beerste stap\\b|\\bvolgende stap\\b|\\bvoornemen\\b"),
    ],
    past: [
      r(
        "\\bvroeger\\b|\\bin het verleden\\b|\\bjaren geleden\\b|\\btoen (?:u|je|jij|ge|gij|jullie)\\b|\\bdestijds\\b",
      ),
      r(
        "\\bhoe (?:was|ging) (?:dat|het) (?:toen|vroeger|eerst)\\b|\\btoen\\?|\\bjeugd\\b|\\bde vorige keer\\b",
      ),
    ],
    person: [
      r("\\b(?:over )?(?:uzelf|jezelf|uwezelf)\\b|\\bwie (?:bent|ben) (?:u|je|jij)\\b|\\bhoe oud\\b"),
      r(
        "\\bwaar (?:woont|woon) (?:u|je|ge)\\b|\\bwat voor (?:iemand|persoon|mens)\\b|\\bgelovig\\b|\\bachtergrond\\b",
      ),
    ],
    smoking: [
      w("rook\\w* rookt roken gerookt sigaret\\w* shag sjekkie\\w* peuk\\w* nicotine\\w* vapen dampen"),
    ],
    alcohol: [
      w("alcohol\\w* bier\\w* wijn\\w* pint\\w* borrel\\w* glaasje\\w* drank jenever"),
      r(
        "\\bhoeveel (?:drinkt|drink) (?:u|je|ge)\\b|\\b(?:drinkt|drink) (?:u|je|ge|gij) (?:nog|veel|wel|weleens|alcohol)\\b",
      ),
    ],
    medication: [
      w(
        "medicijn\\w* medicatie pil pillen pilletje\\w* tablet\\w* metformine puf\\w* inhalator\\w* insuline paracetamol voorgeschreven innemen inneemt slaapmiddel\\w* spray",
      ),
    ],
    sleep: [
      w("slaap\\w* slapen sliep\\w* geslapen wakker nachtrust nacht nachten bed bedtijd inslapen doorslapen"),
    ],
    eating: [
      w(
        "eten eet\\w* maaltijd\\w* voeding dieet snoep\\w* koek\\w* ontbijt\\w* avondeten lunch koken kookt gewicht afvallen aankomen groente\\w* fruit tussendoor\\w* frieten frituur eetlust",
      ),
    ],
    moving: [
      w(
        "beweg\\w* beweeg\\w* sport\\w* wandel\\w* fiets\\w* fitness zwemmen zwemt dansen danst zumba rondje\\w* conditie actief",
      ),
      r("\\b(?:met de hond|hond uitlaten)\\b|\\blopen (?:u|je|ge)\\b|\\bloopt (?:u|je|ge)\\b"),
    ],
    work: [
      w(
        "werk werkt werken werkte gewerkt job baan collega\\w* baas werkgever winkel school klas bureau dienst pensioen gepensioneerd ziekteverlof ziekgemeld",
      ),
    ],
    family: [
      w(
        "partner man vrouw echtgeno\\w* kinderen kind kleinkind\\w* kleinzoon kleindochter zoon dochter\\w* familie gezin vrienden vriend vriendin\\w* buren buurvrouw buurman kennissen zus broer ouders moeder vader schoonzoon schoondochter",
      ),
      r(
        "\\b(?:mensen )?(?:om|rond) (?:u|je|jou|ge|uzelf) heen\\b|\\bwie (?:heeft|hebt|heb) (?:u|je|jij|ge|gij) (?:nog )?(?:om|rond)\\b|\\b(?:sociale )?contact(?:en)?\\b|\\bsteun aan\\b|\\bwie (?:helpt|steunt)\\b|\\bhoe (?:gaat|is|staat) (?:het|alles|'t) thuis\\b",
      ),
    ],
    complaint: [
      w(
        "klacht\\w* last pijn\\w* kortademig\\w* benauwd\\w* adem\\w* hoest\\w* slijm koorts duizelig\\w* moe moeheid vermoeid\\w* uitgeput suiker\\w* bloedsuiker hba1c longen long copd diabetes spieren gewrichten schouders verkouden symptomen lichamelijk controle",
      ),
      r(
        "\\bwat (?:kan|mag) ik (?:voor|doen voor) (?:u|je|jou|ge|u)\\b|\\bwaarvoor (?:komt|kom) (?:u|je|ge)\\b",
      ),
      r("\\bwat (?:brengt|scheelt|is er aan de hand)\\b|\\bwaarmee kan ik\\b|\\bwat is er gebeurd\\b"),
    ],
    feelings: [
      w(
        "voel\\w* gevoel\\w* verdriet\\w* verdrietig bang angst\\w* zorgen boos somber\\w* eenzaam\\w* stress\\w* gespannen emotie\\w* raakt huil\\w* mis mist missen schaam\\w* frustr\\w*",
      ),
      r(
        "\\bhoe is dat voor (?:u|je|jou|ge)\\b|\\bwat doet dat met\\b|\\bhoe ervaart|\\bhoe beleeft|\\bzwaar\\b|\\balleen (?:zijn|voelen)\\b",
      ),
    ],
    daily: [
      r(
        "\\b(?:gewone|normale|doorsnee) dag\\b|\\bhoe (?:ziet|verloopt) (?:een|uw|je|jouw|zo'?n) (?:\\w+ )?dag\\b|\\bdag eruit\\b|\\bdagelijks\\w*|\\boverdag\\b|\\bhuishouden\\b",
      ),
      r(
        "\\bvrije tijd\\b|\\bhobby\\w*|\\bweekend\\w*|\\bavond(?:en)?\\b|\\bboodschappen\\b|\\bthuis\\b|\\bdagen door\\b",
      ),
    ],
    general: [
      r(
        "\\bhoe (?:gaat|is) (?:het|t)\\b|\\bhoe gaat het ermee\\b|\\balles goed\\b|\\bhoe maakt (?:u|ge|gij) het\\b",
      ),
      r("\\bvertel (?:eens|es|maar)\\b|\\bhoe staat het\\b|\\bhoe stelt ge het\\b|\\bhoe is t\\b"),
    ],
  },
  en: {
    ideas: [
      r("\\btried\\b|\\bhave you (?:ever )?(?:stopped|cut down|quit)\\b"),
      r(
        "\\bwhat do you (?:think|reckon)(?! (?:of|about) (?:the|a|an)\\b)(?: yourself)?\\b|\\byour own (?:idea|view|explanation)\\b",
      ),
      r("\\b(?:idea|ideas|explanation|expectation|expectations)\\b|\\bwhat(?: do you think)? is causing\\b"),
      r("\\bwhat (?:helped|has helped|works for you)\\b|\\bwhat do you (?:expect|hope for) from\\b"),
      r("\\bwhat do you (?:already )?know about\\b"),
    ],
    values: [
      r("\\bimportant|\\bmatters?\\b|\\bworth(?:while| it)\\b|\\bmakes? you happy\\b|\\benjoy|\\bmeaning"),
      r(
        "\\bwhat (?:drives|gives you|keeps you going)\\b|\\bthe best thing\\b|\\bcare about most\\b|\\bvalue\\b",
      ),
    ],
    future: [
      r("\\bfuture\\b|\\bin (?:a|one|two|five|\\w+) (?:year|years|months)\\b|\\bnext year\\b|\\blater on\\b"),
      r("\\bwhat would you (?:like|want|wish|hope)\\b|\\bimagine\\b|\\bsuppose\\b"),
      r(
        "\\b(?:wish|wishes|hope|hopes|dream)\\b|\\bchange\\b|\\bgoal\\b|\\bachieve\\b|\\bfirst step\\b|\\bnext step\\b",
      ),
    ],
    past: [
      r(
        "\\bused? to (?:do|be|go|have|work|play|sing|dance|walk|smoke)\\b|\\bused to\\b|\\bin the past\\b|\\byears ago\\b|\\bback then\\b|\\bwhen you were\\b|\\blast time\\b",
      ),
      r("\\bwhat was (?:it|that) like (?:then|before)\\b|\\bchildhood\\b|\\bbefore (?:you|the)\\b"),
    ],
    person: [
      r("\\byourself\\b|\\bwho are you\\b|\\bhow old\\b|\\bwhere do you live\\b|\\bwhat kind of person\\b"),
      r("\\breligious\\b|\\bbackground\\b"),
    ],
    smoking: [w("smok\\w* cigarette\\w* cigs? tobacco nicotine vap\\w*")],
    alcohol: [
      w("alcohol\\w* beers? wine pints? booze spirits units"),
      r("\\bhow much do you drink\\b|\\bdo you (?:still )?drink\\b|\\bdrinking\\b"),
    ],
    medication: [
      w(
        "medication\\w* medicines? pills? tablets? metformin inhalers? puffers? insulin paracetamol prescri\\w* dose",
      ),
    ],
    sleep: [w("sleep\\w* slept nights? awake bed bedtime insomnia")],
    eating: [
      w(
        "eat eats eating ate food meals? diet snacks? biscuits? sweets breakfast dinner lunch cook\\w* weight vegetables fruit appetite",
      ),
    ],
    moving: [
      w(
        "exercis\\w* move moving sports? walk\\w* cycl\\w* bike swim\\w* danc\\w* zumba gym fitness active activity",
      ),
      r("\\bwith the dog\\b"),
    ],
    work: [
      w("work works working worked job colleagues? boss employer shop school class office retire\\w*"),
      r("\\bsick leave\\b"),
    ],
    family: [
      w(
        "partner husband wife children child kids grandchildren grandkids sons? daughters? family friends? neighbou?rs? sister brother parents mother father",
      ),
      r(
        "\\b(?:people )?around you\\b|\\bwho do you have (?:to talk|in your life|close)\\b|\\bsupport from\\b|\\bwho (?:helps|supports)\\b|\\bhow (?:are things|is (?:it|everything|life)) at home\\b",
      ),
    ],
    complaint: [
      w(
        "complaints? symptoms? pain\\w* breathless\\w* breath breathing cough\\w* phlegm fever dizzy tired\\w* fatigue exhausted sugars? hba1c lungs? copd diabetes muscles joints shoulders check-up physically",
      ),
      r("\\bwhat can i do for you\\b|\\bwhat brings you\\b|\\bwhat seems to be the (?:problem|matter)\\b"),
      r("\\bwhat(?:'s| is) (?:the matter|wrong|bothering you)\\b|\\bhow can i help\\b"),
    ],
    feelings: [
      w(
        "feel feels feeling\\w* sad\\w* afraid scared fear\\w* worr\\w* angry lonely alone stress\\w* emotion\\w* upset cry\\w* miss missing ashamed frustrat\\w*",
      ),
      r("\\bwhat is (?:that|it) like for you\\b|\\bhow does (?:that|it) affect you\\b|\\bhard for you\\b"),
    ],
    daily: [
      r(
        "\\b(?:typical|normal|ordinary) day\\b|\\bwhat does (?:a|your) (?:\\w+ )?day look like\\b|\\bday-to-day\\b|\\bdaily\\b|\\bduring the day\\b|\\bhousework\\b",
      ),
      r(
        "\\bspare time\\b|\\bfree time\\b|\\bhobb\\w*|\\bweekends?\\b|\\bevenings?\\b|\\bshopping\\b|\\bat home\\b",
      ),
    ],
    general: [
      r(
        "\\bhow are (?:you|things)\\b|\\bhow(?:'s| is| has) (?:it|everything|life) (?:going|been)\\b|\\bhow have you been\\b",
      ),
      r("\\btell me\\b|\\bhow are you doing\\b|\\bhow(?:'s| is) it going\\b"),
    ],
  },
};

/** Reactions the patient has to a kind of question or remark, checked before the topic. */
export const specialCues: Record<Locale, Record<Special, RegExp[]>> = {
  nl: {
    suicide: [
      r("\\b(?:zelfmoord|suicid\\w*|zelfdoding)\\b|\\buit het leven (?:te )?(?:stappen|gaan)\\b"),
      r(
        "\\b(?:een )?(?:eind|einde) aan (?:uw|je|jouw) leven\\b|\\bdood (?:willen|te willen) zijn\\b|\\b(?:wil|wilt|zou) (?:je|u|ge|gij) (?:soms |liever |weleens )?dood\\b|\\bniet meer (?:willen )?(?:leven|wakker worden)\\b",
      ),
      r("\\bgedachten? (?:aan|over) (?:de )?dood\\b|\\bdoodsgedachten\\b|\\bleven(?:smoe| niet meer)\\b"),
    ],
    insult: [
      r(
        "\\b(?:lui|dom|dik|stom|zielig|idioot|sukkel|zeur|zeurpiet|aansteller|watje|ouwe zak|onnozel)\\b.*\\b(?:bent|ben|zijt|is)\\b",
      ),
      r(
        "\\b(?:bent|ben|zijt) (?:u|je|jij|ge|gij) (?:nou |nu |gewoon |echt |wel )?(?:zo )?(?:lui|dom|dik|stom|zielig|idioot|een sukkel|een zeur|een aansteller|onnozel)\\b",
      ),
      r(
        "\\b(?:u|je|jij|ge|gij) (?:bent|zijt|ben) (?:gewoon |echt |ook |wel )?(?:een )?(?:lui|dom|dik|stom|zielig|idioot|sukkel|zeur\\w*|aansteller|watje|onnozel)\\b",
      ),
      r(
        "\\bstel (?:je|u) niet (?:zo )?aan\\b|\\bniet zo zeuren\\b|\\bzeur niet\\b|\\beigen schuld\\b|\\bhou (?:je|uw) mond\\b",
      ),
    ],
    intrusive: [
      r(
        "\\b(?:verdient|verdien) (?:u|je|ge)\\b|\\bsalaris\\b|\\binkomen\\b|\\bseks\\w*|\\bop wie stemt\\b|\\bstemt (?:u|je)\\b",
      ),
      r("\\bhoeveel geld\\b|\\bspaargeld\\b|\\berfenis\\b"),
    ],
    scaleImportance: [
      r(
        "\\b(?:hoe belangrijk|belangrijk)\\b.*\\b(?:schaal|cijfer|0 tot 10|nul tot tien|een tot tien|1 tot 10)\\b",
      ),
      r("\\b(?:schaal|cijfer|0 tot 10|nul tot tien|1 tot 10)\\b.*\\bbelangrijk\\b"),
      r(
        "\\b(?:schaal|cijfer) van\\b|\\bop een schaal\\b|\\b0 tot 10\\b|\\bnul tot tien\\b|\\bwelk cijfer\\b",
      ),
    ],
    scaleConfidence: [
      r("\\b(?:vertrouwen|zeker|lukken)\\b.*\\b(?:schaal|cijfer|0 tot 10|nul tot tien|1 tot 10)\\b"),
      r("\\b(?:schaal|cijfer|0 tot 10|nul tot tien|1 tot 10)\\b.*\\b(?:vertrouwen|zeker|lukken|lukt)\\b"),
    ],
  },
  en: {
    suicide: [
      r(
        "\\bsuicid\\w*|\\bkill(?:ing)? yourself\\b|\\bend(?:ing)? your (?:own )?life\\b|\\btake your (?:own )?life\\b",
      ),
      r(
        "\\bthoughts? (?:of|about) (?:death|dying)\\b|\\bwant(?:ing)? to (?:die|be dead)\\b|\\bnot (?:want(?:ing)? to )?(?:live|wake up)\\b|\\blife (?:is )?not worth\\b",
      ),
    ],
    insult: [
      r(
        "\\byou(?:'re| are) (?:just |really |so |being )?(?:a )?(?:lazy|stupid|fat|pathetic|idiot|moron|whiner|drama queen)\\b",
      ),
      r("\\bstop (?:whining|moaning|complaining)\\b|\\byour own fault\\b|\\bshut up\\b|\\bget a grip\\b"),
    ],
    intrusive: [
      r(
        "\\bhow much (?:do you earn|money)\\b|\\bsalary\\b|\\bincome\\b|\\bsex\\w*|\\bwho do you vote\\b|\\binheritance\\b",
      ),
    ],
    scaleImportance: [
      r("\\bimportant\\b.*\\b(?:scale|out of (?:10|ten)|0 to 10|zero to ten|number)\\b"),
      r("\\b(?:scale|0 to 10|zero to ten|out of (?:10|ten))\\b.*\\bimportant\\b"),
      r(
        "\\bon a scale\\b|\\bscale of\\b|\\b0 to 10\\b|\\bzero to ten\\b|\\bout of (?:10|ten)\\b|\\bwhat number\\b",
      ),
    ],
    scaleConfidence: [
      r(
        "\\b(?:confident|confidence|sure|manage)\\b.*\\b(?:scale|out of (?:10|ten)|0 to 10|zero to ten|number)\\b",
      ),
      r("\\b(?:scale|0 to 10|zero to ten|out of (?:10|ten))\\b.*\\b(?:confident|confidence|sure|manage)\\b"),
    ],
  },
};

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/**
 * Question frames that ask about a named thing: "wat vindt u van het weer?", "hoe was uw vakantie?",
 * "welke auto...?", "uw favoriete kleur". The first group holds the words that name it. Only these frames
 * can make a question unplaced (../topic.ts): an open question in any other shape ("wat maakt het zo
 * lastig?", "wat zou een eerste stap zijn?") is the patient's to answer from their story.
 */
export const namingFrames: Record<Locale, RegExp[]> = {
  nl: [
    r(
      "\\b(?:wat|hoe) (?:vindt|vind|vond|denkt|denk|dacht) (?:u|je|jij|ge|gij) (?:eigenlijk |zelf |zoal )?(?:van|over) ((?:[\\w']+ ?){1,3})",
    ),
    r("\\b(?:hoe|wat) (?:is|was|zijn|waren) (?:uw|je|jouw|de|het|die|uwe) ((?:[\\w']+ ?){1,3})\\?*$"),
    r("\\bwelke? ((?:[\\w']+ ?){1,2})"),
    r("\\b((?:favoriete|lievelings)\\w*)\\b"),
  ],
  en: [
    r("\\bwhat do you (?:think|reckon) (?:of|about) ((?:[\\w']+ ?){1,3})"),
    r("\\b(?:how|what)(?: is| was| were| are|'s) (?:your|the|that|this) ((?:[\\w']+ ?){1,3})\\?*$"),
    r("\\bwhich ((?:[\\w']+ ?){1,2})"),
    r("\\b(favou?rite)\\b"),
  ],
};

/**
 * Words that name nothing the patient could be puzzled by: articles, pronouns, "daar" pointing back,
 * common verbs and prepositions, the time of a week or a day, and words that judge rather than name
 * ("het moeilijkste"). A naming frame whose words are all of these ("hoe was het voor u?", "wat is de
 * reden van uw komst?") is an invitation to go on, not a question the reader cannot place.
 */
export const carrierWords: Record<Locale, ReadonlySet<string>> = {
  nl: words(`
    wat hoe waar waarom wanneer wie welke welk hoeveel
    u uw uwe uzelf je jij jou jouw jezelf ge gij ik me mij mijn we wij ons onze zij ze hij hem haar
    hun het de een dat dit die deze daar hier er iets niets niks alles iemand zoiets ander andere anders
    daarmee daarover daardoor daarvan daarbij daarin daarop daaraan daarna daarvoor hierover hiermee
    ervan erover ermee erbij erin eraan erop ervoor
    is was zijn waren ben bent zijt heeft hebt heb had kan kunt kon wil wilt zou zoudt zal moet mag
    gaat ging doet deed vindt vond denkt dacht bedoelt zegt zei weet komt kwam gebeurt gebeurde
    van voor met over op in aan bij naar om uit tot door te tegen na mee toe af
    en of maar want dus als dan omdat toen nu eens nog meer verder wel niet geen ook al even eigenlijk
    zo zoal allemaal precies misschien echt heel erg beetje vandaag nou ja nee goed zelf soms vaak
    verhaal vraag vragen reden komst situatie gesprek bedoeling
    dag dagen week weken maand jaar tijd tijden leven laatste afgelopen eerste volgende
    moeilijk moeilijkste lastig lastigste zwaar zwaarste ergste mooiste fijnste leukste beste grootste
    belangrijkste meeste minste goede kant kanten minder voordelen nadelen
  `),
  en: words(`
    what how where why when who which
    you your yours yourself i me my we us our they them their he him his she her it its the a an
    that this these those there here something anything everything nothing else
    is are was were be been do does did have has had can could would will should may might must
    want mean think say tell know go going come get make see happen happened help like
    on of for with about at in to from by into over after before up out
    and or but so then now today again just really actually also too very bit little kind sort
    well okay yes not any some much many lot right ever more
    story question reason thing things
    day days week weeks month year time times life last first next
    hard hardest difficult tough toughest worst best biggest most least good side sides less pros cons
  `),
};

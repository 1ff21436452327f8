// Suicide rules (crisis, some check): the C-SSRS ladder from a wish to be dead to a plan, a method and preparatory acts,
// in Dutch (NL and Flemish) and English, with veiled and coded forms.
import {
  ANYSELF_NL,
  accidentOnly,
  BEREAVED,
  CARE_WISH,
  ctx,
  DIE_NL,
  END,
  FILL_EN,
  FILL_NL,
  gap,
  gapNot,
  LAUGHING,
  NIET,
  NOMORE_NL,
  PILL_KEYS,
  PILLS_EN,
  PILLS_NL,
  QTY_NL,
  ROPE_CHORE,
  rx,
  SEDATIVES,
  SELF_EN,
  SELF_KEYS,
  SELF_NL,
  W,
  WISH_EN,
  WISH_NL,
  words,
} from "./blocks.ts";
import type { Rule } from "./rule.ts";

/** Not right after a place ("op dat feest", "bij die vergadering"), where "er" is that place. */
const NOT_A_PLACE = "(?<!\\b(?:op|bij|naar|in) (?:dat|die|het|de|zo n|zon|een|mijn|m) [a-z]+ )";

/** Suicide prevention as the subject of a film, a talk or a course watched: a topic, not a sign. */
const PREVENTION_TOPIC = ctx(
  "\\b(?:zelfmoordpreventie|suicide prevention|suicide awareness)\\b(?=.*\\b(?:documentaire|film|lezing|cursus|training|workshop|artikel|documentary|talk|course|article|programme|program)\\b)",
  "\\b(?:documentaire|film|lezing|cursus|training|workshop|artikel|documentary|talk|course|article|programme|program)\\b.*\\b(?:zelfmoordpreventie|suicide prevention|suicide awareness)\\b",
);

// Suicide (crisis)

export const SUICIDE: readonly Rule[] = [
  {
    // "Thinking about ending it": the object left out, as people say it. A relationship ("ending it with
    // him") is something else.
    cue: "suicide.end_life",
    category: "suicide",
    level: "crisis",
    keys: words("ending end"),
    negation: "around",
    unlessAfter: /^ (?:with|between|for us|for good with)\b/,
    re: rx(
      `\\b(?:thinking|thought|think|thinks|considering|considered|planning|want|wanted|going) (?:${FILL_EN} )?(?:about |of )?(?:ending|to end) it(?: all)?\\b`,
    ),
  },
  {
    cue: "suicide.term",
    category: "suicide",
    level: "crisis",
    keys: words(
      "zelfdoding zelfmoord suicid suizid doodswens doodsverlang doodsgedacht levensmoeheid kill unaliv sewerslide =kms =ctb",
    ),
    negation: "around",
    lower: BEREAVED,
    unless: (sentence) => LAUGHING.test(sentence) || PREVENTION_TOPIC.test(sentence),
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
      /^ (?:dan|than)\b(?! (?:dat |that )?(?:ik |i )?(?:zo|dit|verder|nog|langer|leven|live|living|go on|go through|live through|face|continue|carry on|like this|this|another)\b)/,
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
      /^ (?:dan|than)\b(?! (?:dat |that )?(?:ik |i )?(?:zo|dit|verder|nog|langer|leven|live|living|go on|go through|live through|face|continue|carry on|like this|this|another)\b)/,
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
    // "Dat ik er beter niet meer kan zijn": not being there as the better way, said without a death word.
    // Asked about rather than assumed: "er" may still be a place ("op dat feest kan ik er beter niet zijn").
    cue: "suicide.better_not_there",
    category: "suicide",
    level: "check",
    keys: words("beter better"),
    negation: "around",
    re: rx(
      `${NOT_A_PLACE}\\b(?:ik|k) (?:er )?beter ${NIET} (?:meer )?(?:kan|kon|zou|had kunnen) (?:zijn|bestaan|leven)\\b`,
      `${NOT_A_PLACE}\\b(?:(?:kan|kon|zou) (?:ik|k)|(?:ik|k) (?:kan|kon|zou)) (?:er )?beter ${NIET} (?:meer )?(?:zijn|bestaan|leven)\\b`,
      `\\bi (?:would|d|had) better not (?:be here|be around|exist) (?:any ?more|at all)\\b`,
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
  {
    // "Al mijn pillen genomen" is also "I have already taken my pills": asked about, not a crisis.
    cue: "suicide.all_pills",
    category: "suicide",
    level: "check",
    keys: words(PILL_KEYS),
    // Swallowed at once, or with the wish to be gone said alongside: no morning round.
    raiseIf: ctx(
      "\\b(?:tegelijk|in (?:een|1) keer|ik wil (?:niet|nie) meer|wil dood|at once|in one go|all together|i do not want to (?:live|be here))\\b",
    ),
    unless: ctx(
      "\\b(?:voorgeschreven|zoals altijd|ochtendronde|dokter zei|vanochtend|vandaag|vanavond|gisteravond|op tijd|as prescribed|prescribed|this morning|today|tonight|on time)\\b",
    ),
    re: rx(
      `\\bal (?:mijn|mn|m|haar|zijn) ${PILLS_NL} ${gap(2)}(?:ingenomen|genomen|geslikt|op)\\b`,
      `\\b(?:took|taken|swallowed) (?:all|all of) (?:my|the|her|his) ${PILLS_EN}\\b`,
    ),
  },
  {
    cue: "suicide.all_pills",
    category: "suicide",
    level: "crisis",
    method: true,
    keys: words(PILL_KEYS),
    unless: ctx(
      "\\b(?:voorgeschreven|zoals altijd|per ongeluk|as prescribed|prescribed|by mistake|accidentally)\\b",
    ),
    re: rx(
      `\\b(?:alle|allemaal|de hele|een hele) ${gap(1)}(?:mijn |mn )?${PILLS_NL} ${gap(3)}(?:ingenomen|genomen|geslikt|opgegeten|op)\\b`,
      `\\b${PILLS_NL} ${gap(2)}allemaal ${gap(1)}(?:ingenomen|genomen|geslikt|opgegeten|op)\\b`,
      `\\b(?:al mijn|al mn|alle|allemaal) ${gap(1)}${PILLS_NL} (?:in (?:een|1) keer|tegelijk|tegelijkertijd) (?:ingenomen|genomen|geslikt|opgegeten)\\b`,
      `\\b(?:took|taken|swallowed) (?:all|all of) (?:my|the|her|his) ${PILLS_EN} (?:at once|in one go|together|at the same time)\\b`,
      `\\b(?:took|taken|swallowed) (?:the whole|a whole) (?:bottle|box|packet|pack|strip) of\\b`,
    ),
  },
  {
    // A train named on its own is how some people say it without saying it.
    cue: "suicide.coded",
    category: "suicide",
    level: "check",
    keys: words("trein treinen train"),
    unless: ctx(
      "\\b(?:vertraging|vertraagd|te laat|storing|ns|nmbs|spoor|perron|station|reizigers|nieuws|rennen|ren|rende|renden|haast|haasten|op tijd|halen|gehaald|gemist|missen|delay|delayed|late|passenger|news|run|ran|running|catch|caught|missed)\\b",
    ),
    raiseIf: ctx(
      "\\b(?:spring|springen|sprong|gooi|gooien|lopen|loop|stap|stappen|liggen|leggen|jump|jumping|step|throw|lie down)\\b",
    ),
    re: rx(
      "\\b(?:onder|voor) (?:de|een) (?:trein|tram|metro)\\b",
      "\\b(?:under|in front of) (?:a|the) (?:train|tube|tram)\\b",
    ),
  },
  {
    // Giving one's things away and settling affairs: preparatory acts on the C-SSRS. Asked about; raised
    // to a crisis when the text ties it to not being there.
    cue: "suicide.preparation",
    category: "suicide",
    level: "check",
    keys: words(
      "geef geven gaf weggegeven weg giving give gave given away testament will huisdier baasje home",
    ),
    unless: ctx(
      "\\b(?:verhuis[a-z]*|opruim[a-z]*|minimalis[a-z]*|kringloop|uitzoeken|marktplaats|2dehands|tweedehands|verkleinen|moving|move house|declutter[a-z]*|charity shop|downsiz[a-z]*|sell|selling|verkopen|verkoop)\\b",
    ),
    raiseIf: ctx(
      "\\b(?:dood|afscheid|niet meer nodig|er niet meer ben|als ik er niet meer|einde|al (?:mijn|mn) (?:spullen|bezittingen)|alleen mijn [a-z]+ (?:staat|ligt) er nog|all (?:of )?my (?:things|stuff|belongings)|goodbye|when i am gone|after i am gone|will not need|need them anymore|no longer need|not be here|will not be here)\\b",
    ),
    re: rx(
      `\\b(?:geef|geeft|gaf|gaven|geven) ${gap(2)}(?:al )?(?:mijn|mn|m) (?:spullen|bezittingen|kleren|sieraden|boeken|dingen|spaargeld|geld|huisdieren|hond|kat|bezit) ${gap(2)}weg\\b`,
      `\\b(?:mijn|mn|m) (?:spullen|bezittingen|sieraden|dingen|hond|kat) ${gap(2)}(?:weggegeven|weg gegeven|aan het weggeven)\\b`,
      `\\b(?:nieuw baasje|nieuw thuis) ${gap(2)}(?:voor|gezocht voor) (?:mijn|mn) (?:hond|kat|huisdier|konijn)\\b`,
      `\\b(?:giving|given|gave|give) ${gap(1)}(?:away )?(?:all )?(?:my|of my) (?:things|stuff|belongings|possessions|jewellery|jewelry|clothes|books) ${gap(1)}(?:away)?\\b`,
      "\\b(?:giving|given|gave) away (?:all )?(?:my|of my) (?:things|stuff|belongings|possessions)\\b",
      `\\b(?:new home|someone to take) ${gap(2)}(?:for )?my (?:dog|cat|pet|pets)\\b`,
    ),
  },
  {
    // Hoping not to wake up, not minding an accident: passive ideation, the first rung of the C-SSRS ladder.
    cue: "suicide.passive_ideation",
    category: "suicide",
    level: "crisis",
    keys: words(
      "wakker wake erg schelen rouwig liefst liever hoop wens =er mind care relief relieved easier better",
    ),
    re: rx(
      `\\b(?:hoop|hoopt|hoopte|wens|wenste|zou willen|liefst|liever|bid)\\b(?: [a-z0-9]+){0,6} (?:${NIET}|nooit) (?:meer )?wakker (?:word|wordt|worden|te worden|zou worden)\\b`,
      `\\b(?:liefst|liever|hoop|wens|wou|wil|zou willen)\\b(?: [a-z0-9]+){0,8} er ${NIET} meer (?:zijn|ben|te zijn|zou zijn)\\b`,
      `\\b(?:ongeluk|doodging|dood ging|dood ga|doodga|dood was|dood ben|er ${gap(1)}${NIET} meer (?:ben|was|zou zijn|zijn)|overkomt|overkwam|overkomen|aangereden|onder een (?:auto|bus|vrachtwagen|trein))\\b(?: [a-z0-9,]+){0,8} (?:${NIET} (?:zo )?erg (?:vinden|vind|vond)|${NIET} (?:zo )?rouwig|niks kunnen schelen|${NIET} kunnen schelen|een opluchting)\\b`,
      `\\b(?:${NIET} (?:eens |zo |echt )?erg (?:vinden|vind|vond)|niks kunnen schelen|${NIET} kunnen schelen|${NIET} rouwig (?:zijn|om))\\b(?: [a-z0-9,]+){0,8} (?:tegen me aan (?:reed|rijdt|zou rijden)|over me heen (?:reed|rijdt|zou rijden)|ongeluk|doodging|dood ging|dood ga|doodga|dood was|er ${gap(1)}${NIET} meer (?:ben|was|zou zijn|zijn)|overkomt|overkwam|overkomen|aangereden)\\b`,
      `\\b(?:hope|hoping|wish|pray)\\b(?: [a-z0-9]+){0,4} (?:i )?(?:do not|never|will not|would not) wake up\\b`,
      `\\b(?:hit me|ran me over|run me over|killed me|i died|i die|i was dead|i did not wake up|i was not here|i was not around|i were not here|i were not around|i was gone)\\b(?: [a-z0-9]+){0,5} (?:would not mind|would not care|would be relieved|would be a relief|easier for everyone|better for everyone|better off)\\b`,
      `\\b(?:easier|better) for (?:everyone|everybody|them|my family) if i (?:was|were) (?:not|no longer) (?:here|around|alive)\\b`,
    ),
  },
  {
    // Letters, goodbyes and pets rehomed "for when I am gone": preparatory acts.
    cue: "suicide.preparation",
    category: "suicide",
    level: "crisis",
    method: true,
    keys: words("=er heen altijd voorgoed gone going last need"),
    onlyIf: ctx(
      "\\b(?:brief|brieven|briefje|briefjes|geschreven|afscheid|gedag|weggegeven|weggedaan|gebracht|geregeld|testament|letter|letters|note|notes|wrote|written|goodbye|goodbyes|giving|gave|given|sorted|arranged|rehomed)\\b",
    ),
    re: rx(
      `\\ber (?:straks |binnenkort |bijna )?${NIET} meer (?:ben|zijn|zal zijn)\\b`,
      `\\bwaar ik (?:straks )?heen ga\\b`,
      `\\b(?:weten|weet) ${gap(2)}(?:${NIET}|van niks) dat het (?:voor altijd|de laatste keer|voorgoed) (?:is|was)\\b`,
      "\\b(?:when|after) i am (?:gone|not here|not around)\\b|\\bwhere i am going\\b|\\bfor the (?:very )?last time\\b",
      "\\b(?:will not|would not|do not|no longer) need (?:it|them|anything|my things) (?:any ?more|where i am going)?\\b",
    ),
  },
  {
    // Looking up a bridge, a height or a dose: researching a method.
    cue: "suicide.method",
    category: "suicide",
    level: "crisis",
    method: true,
    keys: words(
      "opgezocht gegoogled googelen gegoogeld opzoeken zocht zoek looked looking googled searched research",
    ),
    re: rx(
      `\\b(?:opgezocht|gegoogled|gegoogeld|googelen|opzoeken|zocht|zoek)\\b(?: [a-z0-9]+){0,4} (?:welke|hoe|waar)\\b(?: [a-z0-9]+){0,3} (?:brug|flat|gebouw|klif|rots|dosis|pillen|tabletten|dak|hoogst|hoogste|dodelijk|dodelijke)\\b`,
      `\\b(?:looked up|googled|searched|researched|researching|looking up)\\b(?: [a-z0-9]+){0,4} (?:which|how|where|what)\\b(?: [a-z0-9]+){0,3} (?:bridge|cliff|building|dose|pills|tablets|roof|highest|tallest|lethal|fatal)\\b`,
    ),
  },
  {
    // "Ik ga haar achterna" after a death: following the dead.
    cue: "suicide.coded",
    category: "suicide",
    level: "crisis",
    keys: words("achterna follow join"),
    onlyIf: ctx(
      "\\b(?:overleden|gestorven|dood|er niet meer is|er nie meer is|niet meer leeft|begraven|died|dead|passed away|is gone|funeral)\\b",
    ),
    re: rx(
      `\\b(?:ga|wil|zou|gaan) (?:ik )?${gap(2)}(?:hem|haar|ze|mijn [a-z]+) achterna\\b`,
      `\\b(?:follow|join) (?:him|her|them|my [a-z]+)\\b(?! (?:on|to the|into the|around)\\b)`,
    ),
  },
  {
    // Standing by the track, the bridge or the edge, thinking "jump now".
    cue: "suicide.method",
    category: "suicide",
    level: "crisis",
    method: true,
    keys: words("springen spring jump"),
    onlyIf: ctx(
      "\\b(?:spoor|trein|brug|dak|flat|balkon|perron|rails|overgang|spoorwegovergang|viaduct|klif|ravijn|rand|track|tracks|train|bridge|roof|balcony|platform|cliff|edge|ledge)\\b",
    ),
    unless: ctx("\\b(?:zwembad|zwemmen|parachute|bungee|trampoline|duiken|pool|swim|swimming|diving)\\b"),
    re: rx(
      `\\b(?:denk|dacht|denken)\\b(?: [a-z0-9.,]+){0,3} (?:nu |gewoon |dan )?springen\\b`,
      `\\b(?:think|thought|thinking)\\b(?: [a-z0-9]+){0,3} (?:just )?jump\\b`,
    ),
  },
  {
    // "Dan neem ik alles in wat ik heb": a plan to take everything at once.
    cue: "suicide.plan",
    category: "suicide",
    level: "crisis",
    method: true,
    keys: words("alles everything"),
    re: rx(
      `\\b(?:neem|slik|nemen|slikken) (?:ik |we )?alles in\\b`,
      `\\balles ${gap(1)}(?:in ?(?:te )?nemen|innemen|slikken) wat (?:ik|er|hier)\\b`,
      `\\b(?:take|swallow) everything (?:i have|in the cupboard|in the house|at once)\\b`,
    ),
  },
  {
    // Never having been there at all: "ik wou dat ik er nooit geweest was", "nooit geboren".
    cue: "suicide.wish",
    category: "suicide",
    level: "crisis",
    keys: words("nooit geboren wereld"),
    negation: "around",
    re: rx(
      `\\b(?:${WISH_NL}|was|had) ${gap(3)}(?:er )?nooit (?:geweest|geboren) (?:was|ben|zijn)?\\b`,
      `\\b(?:${WISH_NL}) ${gap(3)}(?:${NIET}|nooit) (?:geboren|op de wereld gekomen)\\b`,
    ),
  },
  {
    // Lying with the dead "liever vandaag dan morgen": a wish to be dead, said as a place.
    cue: "suicide.wish",
    category: "suicide",
    level: "crisis",
    keys: words("kerkhof begraafplaats graf grond cemetery grave graveyard ground"),
    lower: CARE_WISH,
    onlyIf: ctx(`\\b(?:${WISH_NL}|${WISH_EN})\\b`),
    re: rx(
      `\\b(?:${WISH_NL}) ${gap(5)}(?:op het kerkhof|op de begraafplaats|in (?:het|mijn|zijn|haar|een) graf|onder de grond)(?: ${gap(1)}(?:liggen|lag|zijn|rusten))?\\b`,
      `\\b(?:${WISH_EN}) ${gap(4)}(?:in the (?:ground|grave|cemetery|graveyard)|in my grave|next to (?:him|her|my [a-z]+) in the (?:ground|grave|cemetery|graveyard))\\b`,
    ),
  },
  {
    // Better for everyone once I am gone: the relief of others set on one's own absence, whichever comes first.
    cue: "suicide.not_being",
    category: "suicide",
    level: "crisis",
    keys: words("beter makkelijker gemakkelijker rustiger fijner better easier"),
    negation: "around",
    re: rx(
      `\\b(?:beter|makkelijker|rustiger|fijner|gemakkelijker)(?: (?:voor|for) ${W})? (?:is|zou zijn|wordt|zijn)? ?(?:als|wanneer|dat) ik ${gap(2)}(?:er ${NIET} meer ben|er ${NIET} meer zou zijn|er ${NIET} meer was|(?:voor altijd|voorgoed) (?:verdwijn|weg ben|weg zou zijn)|dood (?:ben|was|zou zijn))\\b`,
      `\\b(?:ik ben er ${NIET} meer|ik er ${NIET} meer ben) (?:, )?${gap(3)}(?:dan )?(?:is|wordt|zijn) (?:het|alles|iedereen) ${gap(3)}(?:beter|makkelijker|rustiger)\\b`,
      `\\b(?:better|easier)(?: for (?:everyone|everybody|them|all|my [a-z]+))? (?:if|when|once) i (?:am|was|were|m) (?:gone|dead|not here|not around|no longer here|no longer around)\\b`,
    ),
  },
  {
    // "Waarom zou ik hier nog rondlopen": why go on being here at all.
    cue: "suicide.not_living",
    category: "suicide",
    level: "crisis",
    keys: words("waarom why"),
    lowerAfter: /^ (?:als|zo|met|zonder|like|if|with|without)\b/,
    re: rx(
      `\\bwaarom (?:zou|moet) ik ${gap(2)}(?:hier |er )?nog (?:rondlopen|leven|blijven leven|bestaan|zijn${END}|ademen|wakker worden|hier zijn|er zijn|doorleven)\\b`,
      `\\bwhy (?:should|would|do) i (?:even )?(?:still )?(?:be (?:here|around|alive)|go on living|keep living|stay alive|bother living|exist)\\b`,
    ),
  },
  {
    // Thinking of death and of no longer being there: the thought has a shape, not only a topic.
    cue: "suicide.not_being",
    category: "suicide",
    level: "crisis",
    keys: words("=aan =about"),
    negation: "around",
    re: rx(
      `\\b(?:denk|dacht|denken) ${gap(4)}aan ${gap(1)}er ${gap(1)}${NIET} meer (?:te )?zijn\\b`,
      `\\baan er (?:gewoon |echt |helemaal )?${NIET} meer (?:te )?zijn${END}`,
      `\\b(?:think|thinking|thought) ${gap(3)}about (?:just )?(?:not being (?:here|around|alive) any ?more|not existing|being gone for good)\\b`,
    ),
  },
  {
    // Quitting "with it" when life is what was just called worthless: "ik denk eraan om ermee op te houden".
    cue: "suicide.end_life",
    category: "suicide",
    level: "crisis",
    keys: words("ermee =mee"),
    onlyIf: ctx(
      "\\b(?:leven|bestaan|de moeite niet|niet meer waard|zin meer|dood|er niet meer|voorgoed|alles|life|living|worth|for good)\\b",
    ),
    unless: ctx(
      "\\b(?:roken|sigaret[a-z]*|drinken|drank|alcohol|werk|baan|job|studie|opleiding|club|sport|relatie|smoking|drinking|medicijn[a-z]*|pillen|behandeling|therapie|dieet)\\b",
    ),
    re: rx(
      `\\b(?:denk|dacht|denken|wil|wou|ga|zin|overweeg|besloten|klaar) ${gap(3)}(?:om )?(?:er ?mee|er ${gap(1)}mee) (?:op te houden|ophouden|te stoppen|stoppen|te kappen|kappen|uit te scheiden|uitscheiden)\\b`,
      `\\b(?:stop|stopt|hou|houd|kap) ik ${gap(1)}(?:er ?mee|er mee)(?: op)?${END}(?=.*\\bvoorgoed\\b)`,
    ),
  },
  {
    // "Me van het leven beroven" wished or planned by the one speaking: the word itself is the act.
    cue: "suicide.end_life",
    category: "suicide",
    level: "crisis",
    keys: words("beroven"),
    negation: "around",
    re: rx(`\\b(?:me|mij|mezelf|mijzelf) ${gap(1)}van het leven (?:te )?beroven\\b`),
  },
  {
    // "Er een punt achter zetten", "mee stoppen met alles" about one's life: a decision to end it.
    cue: "suicide.end_life",
    category: "suicide",
    level: "crisis",
    keys: words("punt"),
    onlyIf: ctx("\\b(?:leven|bestaan|alles|voorgoed|beslist|besloten|dood)\\b"),
    unless: ctx("\\b(?:relatie|huwelijk|ruzie|discussie|baan|werk|studie|vriendschap|samenwerking)\\b"),
    re: rx(
      `\\b(?:ga|gaan|wil|wou|zal|zou|ik) ${gap(2)}(?:er )?(?:een|n) punt ${gap(1)}achter (?:zetten|zet|te zetten)\\b`,
    ),
  },
  {
    // An end made to everything, in the order people type it: "een einde maak aan alles", "een eind aan alles maken".
    cue: "suicide.end_life",
    category: "suicide",
    level: "crisis",
    keys: words("eind einde"),
    negation: "inner",
    unlessAfter: /^ (?:wat|dat|die|van|in)\b/,
    re: rx(
      `\\b(?:een|n|1) (?:eind|einde) (?:maak|maken|te maken|maakt) aan (?:alles|het allemaal|mijn leven|mijn bestaan)\\b`,
      `\\b(?:een|n|1) (?:eind|einde) aan (?:alles|het allemaal|mijn bestaan) (?:maken|maak|te maken|gemaakt)\\b`,
    ),
  },
  {
    // Going to sleep for good, said as a plan ("binnenkort ga ik voorgoed slapen").
    cue: "suicide.not_living",
    category: "suicide",
    level: "crisis",
    keys: words("voorgoed altijd eeuwig forever good ever"),
    re: rx(
      `\\b(?:ga|gaan|zal|zou|ik) ${gap(2)}(?:voorgoed|voor altijd|eeuwig) (?:slapen|inslapen|gaan slapen|rusten)\\b`,
      `\\b(?:going to|gonna|will) (?:go to )?sleep (?:forever|for good|for ever)\\b`,
    ),
  },
  {
    // The last time anyone will hear from me: a farewell, written now.
    cue: "suicide.farewell",
    category: "suicide",
    level: "crisis",
    keys: words("laatste last"),
    re: rx(
      `\\b(?:de|het|mijn) laatste (?:keer|gesprek|bericht|berichtje) ${gap(2)}(?:dat (?:je|jullie|u|iemand) (?:nog )?(?:van|iets van) (?:me|mij) (?:hoort|horen|leest)|met (?:de|mijn|jou|u|jullie) ${gap(1)}${W} ${gap(1)}, (?:daarna|dan) (?:stop|ben|ga) ik)\\b`,
      `\\b(?:the )?last time (?:you|anyone|anybody) (?:will |ll )?(?:hear|hears) from me\\b`,
    ),
  },
  {
    // Going, "en dan bedoel ik niet verhuizen": the speaker rules out the harmless reading herself.
    cue: "suicide.coded",
    category: "suicide",
    level: "crisis",
    keys: words("bedoel mean"),
    re: rx(
      `\\b(?:ga|gaan|weg|vertrek|vertrekken|ga ik)\\b(?: [a-z0-9,]+){0,6} (?:en )?(?:dan |daarmee )?bedoel ik ${NIET} (?:verhuizen|op reis|op vakantie|naar [a-z]+|een reis|weg uit)\\b`,
      `\\b(?:go|going|leave|leaving)\\b(?: [a-z0-9,]+){0,6} (?:and )?i (?:do not|don t) mean (?:moving|on holiday|a holiday|a trip|away)\\b`,
    ),
  },
];

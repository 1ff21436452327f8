// Acute medical rules along ABCDE and the triage red flags a GP's assistant uses. screen.ts reads how each match
// is framed (acute-frame.ts): wishes, fears and bare `askWhenBare` signs get the acute question first.
import {
  CHILD_EN,
  CHILD_KEYS,
  CHILD_NL,
  ctx,
  EMOTIONAL,
  END,
  gap,
  gapNot,
  NIET,
  PILL_KEYS,
  PILLS_EN,
  PILLS_NL,
  rx,
  TOXIC_EN,
  TOXIC_NL,
  words,
} from "./blocks.ts";
import type { Rule } from "./rule.ts";

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

export const ACUTE: readonly Rule[] = [
  {
    cue: "acute.chest",
    askWhenBare: true,
    askWhenHabit: true,
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
    askWhenBare: true,
    askWhenHabit: true,
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
    askWhenBare: true,
    category: "acute_medical",
    level: "acute",
    keys: words(
      "hartaanval hartinfarct infarct beroerte herseninfarct hersenbloeding =tia hartstilstand =heart stroke cardiac",
    ),
    chronic: true,
    // "Daar krijg ik nog een hartaanval van": a bill or a fright, said as a figure of speech.
    unless: ctx(
      "\\b(?:krijg|krijgt|kreeg) (?:ik |je |hij |ze )?(?:nog |bijna )?een (?:hartaanval|hartverzakking|beroerte) van\\b",
    ),
    re: rx(
      `\\b(?:denk|vrees|bang|volgens mij|misschien|alsof|lijkt|voelt|voel|krijg|krijgt|heb|heeft|nu|net|zojuist) ${gapNot(4, "gehad|had")}(?:een )?(?:hartaanval|hartinfarct|infarct|beroerte|herseninfarct|hersenbloeding|tia|hartstilstand)\\b(?! (?:gehad|heb gehad|heeft gehad|had|overleefd|gekregen|in)\\b)`,
      `\\b(?:think|thinks|thought|scared|afraid|worried|like|having|have|has|maybe|might be|could be|feels like|feel like|now|just) ${gapNot(4, "had|survived")}(?:a )?(?:heart attack|stroke|cardiac arrest|mini stroke|tia)\\b(?! (?:of|in|last|years|when|a few|before|back)\\b)`,
    ),
  },
  {
    cue: "acute.breath",
    askWhenBare: true,
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
      "\\b(?:anafylact[a-z]*|anafylax[a-z]*|anaphylax[a-z]*|anaphylact[a-z]*)\\b",
      `\\b(?:epipen|epi pen)\\b (?:gebruikt|gegeven|gezet|geprikt|used|given|in)\\b|\\b(?:gebruik|zet|prik|use|used|give|gave|needed) ${gap(2)}(?:epipen|epi pen)\\b`,
      `\\b(?:lips|face|lippen|gezicht|skin|huid) ${gap(2)}(?:turning|going|are|is|look|looks|seem|zijn|is|worden|wordt|zien|ziet|kleurt|kleuren) ${gap(1)}(?:blue|blauw|grey|gray|grauw)\\b`,
    ),
  },
  {
    cue: "acute.breath",
    askWhenBare: true,
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
      "\\b(?:adem|ademen|lucht|benauwd|slikken|allergi[a-z]*|allerg[a-z]*|wesp[a-z]*|bij|bijen[a-z]*|[a-z]*steek|gestoken|insect[a-z]*|pinda[a-z]*|noot|noten|garnal[a-z]*|schaaldier[a-z]*|gegeten|eten|hap|medicijn[a-z]*|antibiotica|penicilline|shock)\\b",
      "\\b(?:breath|breathe|breathing|swallow[a-z]*|allerg[a-z]*|sting|stung|bee|wasp|insect|peanuts?|nuts?|shellfish|prawns?|eating|ate|food|antibiotics?|penicillin|shock)\\b",
    ),
    re: rx(
      `\\b(?:keel|tong|lippen|lip|gezicht|mond) ${gap(4)}(?:zwelt|zwellen|zwol|gezwollen|opgezwollen|opzwelt|dik|dikker|dicht|dichtzit|dichtgaat|dichtknijpt|dichtgeknepen|knijpt dicht|zit dicht|gaat dicht)\\b`,
      `\\b(?:throats?|tongue|lips|face) ${gap(5)}(?:swelling|swollen|closing|closing up|tightening|tight)\\b`,
      "\\b(?:zwelt|zwellen|zwol|zwollen) (?:mijn|zijn|haar|de) (?:keel|tong|lippen|lip|gezicht)\\b",
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
    askWhenBare: true,
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
      `\\b(?:linkerkant|rechterkant|linkerhelft|rechterhelft|linker helft|rechter helft|helft|een kant|de ene kant) van (?:mijn|zijn|haar) (?:gezicht|mond|tong|lichaam)\\b(?: [a-z0-9]+){0,5} (?:gevoelloos|doof|verlamd|slap|lam|hangt|tintelt)\\b`,
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
    askWhenBare: true,
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
    askWhenBare: true,
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
    askWhenBare: true,
    category: "acute_medical",
    level: "acute",
    keys: words("dood sterf sterv dying =die"),
    chronic: true,
    re: rx(
      `\\b(?:denk|voel|gevoel|bang|vrees|alsof|lijkt) ${gap(3)}(?:dat )?(?:ik )?${gap(1)}(?:doodga|dood ga|aan het doodgaan|aan het sterven|ga sterven|ga dood|sterf)\\b(?! (?:van|aan)\\b)`,
      `\\b(?:think|feel like|feels like|scared|afraid|like) ${gap(2)}(?<!\\b(?:scared|afraid) (?:of )?)(?:i am |i will be |i am going to be )?(?:dying|going to die|about to die)\\b(?! (?:of|from|young|old|alone|one day|someday|before|too soon|early|like)\\b| to\\b)`,
    ),
  },
  {
    // Too breathless to speak is a severe sign whatever else is said.
    cue: "acute.breath_severe",
    category: "acute_medical",
    level: "acute",
    keys: words("benauwd kortademig adem lucht ademnood breathless breath sentence sentences"),
    re: rx(
      `\\b(?:benauwd|kortademig|buiten adem|weinig lucht|geen lucht|ademnood|lucht tekort) ${gap(4)}(?:${NIET}|geen) ${gap(2)}(?:kan |kon )?(?:praten|spreken|zin|zinnen|woord|woorden)\\b`,
      "\\bte (?:benauwd|kortademig) om (?:te )?(?:praten|spreken|te praten)\\b",
      `\\b(?:too|so) (?:breathless|short of breath|out of breath) ${gap(3)}(?:talk|speak|finish|say)\\b`,
      `\\b(?:can not|could not) (?:finish|complete|get out) (?:a|my|one) (?:sentence|word)\\b`,
      `\\bkan geen (?:zin|zinnen) (?:meer )?afmaken\\b`,
      // typing or talking fails for the breath: "zo benauwd dat ik dit bijna niet kan typen"
      `\\bzo (?:benauwd|kortademig) dat ik ${gap(3)}(?:${NIET}|nauwelijks) (?:kan|kon) (?:typen|praten|spreken)\\b`,
      `\\b(?:benauwd|kortademig|lucht)\\b(?: [a-z0-9,]+){0,10} (?:praten|spreken) lukt ${gap(1)}(?:${NIET}|nauwelijks)\\b`,
      `\\bso (?:breathless|short of breath|out of breath) (?:that )?i can (?:barely|hardly|not) (?:type|talk|speak)\\b`,
      `\\b(?:can not|could not) get enough (?:air|breath) to (?:finish|talk|speak|say)\\b`,
    ),
  },
  {
    cue: "acute.hypo",
    askWhenHabit: true,
    category: "acute_medical",
    level: "acute",
    chronic: true,
    keys: words("hypo suiker bloedsuiker glucose sugar diabetes suikerziekte diabeet diabetic"),
    // A hypo is an emergency when it makes someone drowsy, confused or hard to wake.
    onlyIf: ctx(
      "\\b(?:suf|suffer[a-z]*|slaperig|verward|wazig|zakt weg|wegzakken|valt weg|reageert|trilt|trillen|flauw|bewusteloos|aanspreekbaar|wakker|drowsy|sleepy|confused|passing out|pass out|shaky|sweaty|not making sense|unconscious|wake|groggy|out of it)\\b",
    ),
    re: rx(
      "\\bhypo(?:s|tje)?\\b",
      `\\b(?:diabetes|suikerziekte|diabeet|suiker|suikers|bloedsuiker|diabetic)\\b(?: [a-z0-9]+){0,8} (?:suf|sufferig|verward|wazig|slaperig|drowsy|confused|groggy)\\b`,
      `\\b(?:lage|heel lage|te lage) (?:suiker|bloedsuiker|suikers)\\b`,
      `\\b(?:suiker|bloedsuiker|glucose|suikers) ${gap(2)}(?:laag|te laag|heel laag|onder de [0-9]|[0-3](?: [0-9])?)\\b`,
      "\\b(?:low blood sugar|blood sugar (?:is |was )?(?:very |really |dangerously )?low|hypoglyc[a-z]*)\\b",
      `\\b(?:blood sugar|sugar|sugars|glucose) ${gap(2)}(?:is |was |of |at )?(?:[0-3](?: [0-9])?|under [0-9])\\b`,
    ),
  },
  {
    // Too much of a medicine by mistake, insulin first among them: the acute text, not the crisis text.
    cue: "acute.overdose",
    category: "acute_medical",
    level: "acute",
    keys: words(
      "insuline avondinsuline ochtendinsuline nachtinsuline insulin dosis dose teveel =veel =much =many dubbel double twice",
    ),
    re: rx(
      `\\b(?:te veel|teveel|een dubbele dosis|dubbele dosis|dubbel|twee keer) ${gap(2)}(?:insuline|insulin|${PILLS_NL}) ${gap(2)}(?:gespoten|ingespoten|ingenomen|genomen|geslikt|gegeven)\\b`,
      `\\b(?:injected|took|taken|given|gave|had|swallowed) ${gap(2)}(?:too much|too many|a double dose of|double (?:the |my )?dose of|twice the dose of|twice my) ${gap(1)}(?:insulin|${PILLS_EN})\\b`,
      `\\b(?:too much|too many|a double dose of) (?:insulin|${PILLS_EN}) ${gap(2)}(?:by mistake|accidentally|by accident)\\b`,
      `\\b(?:injected|took|taken|given|gave|had) (?:my |his |her )?(?:insulin|${PILLS_EN}) twice\\b`,
      `\\b(?:twee keer|dubbel|2 keer) (?:mijn |zijn |haar )?(?:(?:avond|ochtend|nacht)?insuline|${PILLS_NL}) ${gap(1)}(?:gespoten|ingespoten|ingenomen|genomen|geslikt)\\b`,
    ),
  },
  {
    // Sudden loss of sight in one eye, a curtain before the eye, double vision: BE-FAST's E.
    cue: "acute.vision",
    askWhenHabit: true,
    category: "acute_medical",
    level: "acute",
    askWhenBare: true,
    keys: words(
      "zie ziet zien oog ogen linkeroog rechteroog dubbel gordijn blind sight vision double seeing see eye",
    ),
    unless: ctx(
      "\\b(?:bier|biertjes|drank|dronken|wijn|tipsy|drunk|lachen|haha|bril|lenzen|glasses|lenses|beeldscherm|screen|scherm)\\b",
    ),
    re: rx(
      `\\b(?:zie|ziet) ${gap(3)}(?:niks|niets|zwart|geen (?:hand|hol|steek)) ${gap(1)}(?:meer )?(?:met|uit|aan) (?:mijn|zijn|haar|een|het|1) ${gap(1)}(?:oog|linkeroog|rechteroog|kant)\\b`,
      `\\b(?:oog|linkeroog|rechteroog) ${gap(3)}(?:is |wordt |werd |ging )?(?:blind|zwart|ziet (?:niks|niets|niet))\\b`,
      `\\b(?:zie|ziet|zag) (?:ik |hij |ze )?(?:met|uit) (?:een|mijn|zijn|haar|1) (?:linker|rechter)?oog ${gap(1)}(?:niks|niets|nauwelijks (?:iets|wat)|bijna niks) (?:meer)?\\b`,
      "\\b(?:zie|ziet|zag|zien) (?:ik |hij |ze |je )?(?:ineens |plots |opeens |soms |vaak |af en toe |de laatste tijd |regelmatig |wel eens |weleens |nu en dan |steeds )*(?:alles )?dubbel\\b|\\bdubbel ?zien\\b",
      `\\b(?:gordijn|zwart gordijn|schaduw|zwarte vlek) ${gap(2)}(?:voor|over) (?:mijn|zijn|haar|het|een) ${gap(1)}oog\\b`,
      `\\b(?:lost|losing|lose|lost all) ${gap(2)}(?:sight|vision) ${gap(3)}(?:eye|side)\\b`,
      "\\bblind in (?:one|my left|my right|his left|her left|his right|her right|the left|the right) eye\\b",
      "\\b(?:double vision|seeing double|see double|seeing two of everything)\\b",
      `\\b(?:curtain|shadow|blackness) ${gap(2)}(?:over|across|coming down over|in front of) ${gap(1)}(?:my |his |her |one )?eye\\b`,
      `\\b(?:can not|could not) see ${gap(2)}(?:out of|with|from) (?:my|his|her|one) ${gap(1)}eye\\b`,
    ),
  },
  {
    // Pills with alcohol, however many: poisoning. A habit ("altijd") is for the GP.
    cue: "acute.poisoning",
    category: "acute_medical",
    level: "acute",
    chronic: true,
    keys: words(PILL_KEYS, "drank alcohol wijn bier wodka whisky jenever booze wine beer vodka"),
    unless: ctx(
      "\\b(?:mag ik|mag je|mag dat|mag het|kan ik|kun je|is het erg|is dat erg|mag niet|niet samen|can i|is it ok|is it okay|is it safe|safe to|should i|mix|mixen|combineren)\\b",
    ),
    re: rx(
      `\\b${PILLS_NL} ${gap(3)}(?:met|en|samen met|na|op) ${gap(2)}(?:drank|alcohol|wijn|bier|wodka|whisky|jenever|rum|gin) ${gap(3)}(?:genomen|ingenomen|geslikt|gedronken|op)\\b`,
      `\\b(?:drank|alcohol|wijn|bier|wodka|whisky|jenever) ${gap(3)}(?:en|met|plus) ${gap(2)}${PILLS_NL} ${gap(2)}(?:genomen|ingenomen|geslikt)\\b`,
      `\\b(?:took|taken|swallowed|had|downed) ${gap(3)}${PILLS_EN} ${gap(3)}(?:with|and|on top of|washed down with) ${gap(2)}(?:drink|drinks|alcohol|wine|beer|vodka|whisky|whiskey|booze|gin)\\b`,
    ),
  },
  {
    cue: "acute.pregnancy",
    category: "acute_medical",
    level: "acute",
    askWhenBare: true,
    keys: words("zwanger pregnant weken weeks"),
    re: rx(
      `\\b(?:zwanger|[0-9]+ weken zwanger)\\b(?: [a-z0-9]+){0,10} (?:bloed|bloedt|bloeden|bloeding|bloedverlies|buikpijn|pijn in (?:mijn|de) (?:buik|onderbuik)|krampen|vruchtwater)\\b`,
      `\\b(?:bloed|bloedt|bloeding|bloedverlies|buikpijn|krampen)\\b(?: [a-z0-9]+){0,6} (?:zwanger|zwangerschap)\\b`,
      `\\b(?:pregnant|weeks pregnant)\\b(?: [a-z0-9]+){0,8} (?:bleed|bleeding|blood|pain in my (?:belly|stomach|tummy|abdomen)|abdominal pain|cramps|cramping|stomach pain|belly pain)\\b`,
      `\\b(?:bleeding|cramps|cramping|abdominal pain)\\b(?: [a-z0-9]+){0,6} (?:pregnant|pregnancy)\\b`,
    ),
  },
  {
    // Fever with shivering and confusion or fast breathing: the signs of sepsis a triage line asks after.
    cue: "acute.sepsis",
    category: "acute_medical",
    level: "acute",
    keys: words("rilt rillingen rillerig klappertand koorts shiver shaking rigors fever temperature"),
    onlyIf: ctx(
      "\\b(?:verward|in de war|wartaal|suf|snel ademen|ademt snel|adem snel|gevlekt|vlekkerig|marmer[a-z]*|zieker dan ooit|nog nooit zo ziek|heel ziek|doodziek|confused|not making sense|drowsy|breathing fast|breathing very fast|fast breathing|mottled|blotchy|never felt this ill|very ill|really ill|worst i have ever felt)\\b",
    ),
    re: rx(
      "\\b(?:rilt|rillen|rillingen|koude rillingen|rillerig|klappertand[a-z]*|koorts|hoge koorts|shivering|shaking|shivers|rigors|fever|high temperature)\\b",
    ),
  },
  {
    // An infection with new confusion and fast breathing or cold, mottled skin: sepsis, without a fever said.
    cue: "acute.sepsis",
    category: "acute_medical",
    level: "acute",
    keys: words(
      "ontsteking blaasontsteking nierbekkenontsteking longontsteking urineweginfectie wondinfectie infectie infection =uti pneumonia",
    ),
    onlyIf: /\b(?:verward|in de war|wartaal|suf|sufferig|confused|not making sense|drowsy)\b/,
    unless: (sentence) =>
      !/\b(?:snel ademen|ademt snel|adem snel|hijgt|ijskoud|koud aan|klam|gevlekt|vlekkerig|marmer[a-z]*|grauw|breathing fast|fast breathing|ice cold|freezing cold|clammy|mottled|blotchy|grey)\b/.test(
        sentence,
      ),
    re: rx(
      "\\b(?:blaasontsteking|nierbekkenontsteking|longontsteking|urineweginfectie|wondinfectie|infectie|ontsteking|bladder infection|kidney infection|urine infection|uti|pneumonia|chest infection|infection)\\b",
    ),
  },
  {
    // Bleeding that goes on: for half an hour, with blood thinners, coughed or vomited up.
    cue: "acute.bleeding",
    category: "acute_medical",
    level: "acute",
    keys: words("bloed bloedt bloeden bloeding bloedverdunner blood bleeding bleed"),
    // Bruising or bleeding easily on blood thinners, watched by the clinic: a known state, not a bleed now.
    unless: ctx(
      "\\b(?:bloedt snel|bloed snel|snel blauwe plekken|in de gaten|trombosedienst|goed ingesteld|bleeds easily|bleed easily|bruise easily|keeps an eye)\\b",
    ),
    re: rx(
      `\\b(?:bloed|bloedt|bloeden|bloeding)\\b(?: [a-z0-9]+){0,8} (?:houdt|hield) ${NIET} op\\b`,
      `\\b(?:bloed|bloedt) (?:al )?${gap(3)}(?:een half uur|een uur|uren|[0-9]+ minuten|twintig minuten|dertig minuten|een kwartier)\\b`,
      `\\bbloedverdunner[a-z]*\\b(?: [a-z0-9]+){0,8} (?:bloed|bloedt|bloeden|bloeding)\\b|\\b(?:bloed|bloedt|bloeden|bloeding)\\b(?: [a-z0-9]+){0,8} bloedverdunner[a-z]*\\b`,
      `\\b(?:hoest|hoesten|spuug|spuugt|braak|braakt|kots|kotst|geef) ${gap(2)}bloed ${gap(1)}(?:op|uit)?\\b`,
      `\\b(?:coughing|cough|coughed|vomiting|throwing|threw|bringing) up ${gap(3)}blood\\b`,
      `\\b(?:bleeding|bled) for (?:half an hour|an hour|hours|[0-9]+ minutes|twenty minutes)\\b|\\bblood thinners?\\b(?: [a-z0-9]+){0,8} (?:bleeding|bleed|blood)\\b`,
    ),
  },
  {
    // A small child chewing on a dishwasher tablet, a battery or medicines: poisoning.
    cue: "acute.child",
    category: "acute_medical",
    level: "acute",
    keys: words(CHILD_KEYS),
    re: rx(
      `\\b${CHILD_NL}\\b(?: [a-z0-9]+){0,6} ${TOXIC_NL}\\b(?: [a-z0-9]+){0,3} (?:kauwen|gekauwd|gesabbeld|sabbelen|likken|gelikt|eten|gegeten|drinken|gedronken)\\b`,
      `\\b${CHILD_EN}\\b(?: [a-z0-9]+){0,6} (?:chewing|chewed|sucking|sucked|licking|licked|eating|ate|drinking|drank) ${gap(2)}${TOXIC_EN}\\b`,
    ),
  },
  {
    // Chest pain with a second sign of the heart or of shock (sweating, dizziness, nausea, fainting):
    // the triage red flag, however the pain itself is worded.
    cue: "acute.chest",
    askWhenHabit: true,
    chronic: true,
    category: "acute_medical",
    level: "acute",
    keys: words("borst chest"),
    onlyIf: ctx(
      "\\b(?:zweet|zweten|zweette|bezweet|klam|klamme|duizelig|licht in mijn hoofd|misselijk|flauw|flauwvallen|grauw|bleek|sweat|sweating|sweaty|clammy|dizzy|lightheaded|light headed|sick|nauseous|faint|grey|gray)\\b",
    ),
    re: rx(
      `\\b(?:pijn|druk|steek|steken|kramp)\\b(?: [a-z0-9,]+){0,6} (?:op|in|aan|achter) (?:de|mijn|zijn|haar) borst(?:kas|been)?\\b`,
      `\\b(?:pain|pressure|ache)\\b(?: [a-z0-9,]+){0,6} (?:in|on|across) (?:my|the|his|her) chest\\b`,
    ),
  },
  {
    // Face or lips swelling after a known allergen, or with wheezing: the airway closing.
    cue: "acute.anaphylaxis",
    // Said as a habit ("soms", "vaak", "altijd"): for the GP in the normal way.
    chronic: true,
    category: "acute_medical",
    level: "acute",
    keys: words("zwelt zwellen zwol zwollen opgezwollen =dik swelling swollen swells puffing puffed"),
    onlyIf: ctx(
      "\\b(?:allergi[a-z]*|noten|pinda[a-z]*|wesp|bij|gestoken|piept|piepen|piepend|benauwd|slikken|allergic|allergy|nuts?|peanuts?|wasp|bee|stung|wheez[a-z]*|breath[a-z]*|swallow)\\b",
    ),
    re: rx(
      `\\b(?:gezicht|lippen|lip|tong|keel|ogen|oogleden) ${gap(2)}(?:zwelt|zwellen|zwol|zwollen|opgezwollen|wordt dik|worden dik)\\b`,
      `\\b(?:face|lips|lip|tongue|throat|eyes) ${gap(2)}(?:is |are )?(?:swelling|swollen|swells|puffing up|puffed up)\\b`,
    ),
  },
  {
    // Bleeding that soaks through a towel or will not stop, a long nosebleed: pressure has failed.
    cue: "acute.bleeding",
    category: "acute_medical",
    level: "acute",
    keys: words(
      "bloed bloedt bloeden bloeding neusbloeding bloedneus blood bleeding bleeds nosebleed nose soaking soaked =cut",
    ),
    re: rx(
      `\\bbloedt ${gap(2)}door (?:de|een|mijn|het) (?:handdoek|doek|theedoek|verband|pleister|kompres)\\b`,
      `\\b(?:bloed|bloedt|bloeden|bloeding)\\b(?: [a-z0-9,]+){0,8} (?:het )?(?:stopt|stopte) ${NIET}\\b`,
      `\\b(?:soaking|soaked|bleeding) (?:right )?through (?:the|a|my) (?:towel|cloth|tea towel|bandage|dressing|plaster)\\b`,
      `\\b(?:bleeding|bleeds|blood|cut)\\b(?: [a-z0-9,]+){0,10} (?:it )?(?:will not|won t|does not|would not) stop\\b`,
      `\\b(?:nosebleed|nose bleed|neusbloeding|bloedneus)\\b(?: [a-z0-9]+){0,6} (?:(?:over |more than )?an hour|hours|(?:een |meer dan een )?uur|blood thinners?|bloedverdunner[a-z]*)\\b`,
      `\\b(?:hoest|hoesten|spuug|spuugt|braak|braakt) ${gap(1)}(?:grote |veel )?(?:klodders|fluimen|slierten) bloed\\b`,
    ),
  },
  {
    // Speech thick as if drunk, a hand that drops everything, all of a sudden: BE-FAST's arm and speech.
    cue: "acute.stroke",
    category: "acute_medical",
    level: "acute",
    keys: words("tong vallen"),
    onlyIf: ctx("\\b(?:ineens|opeens|plots|plotseling|net|sinds vanochtend|sinds een uur|nu)\\b"),
    re: rx(
      `\\b(?:praat|praten|spreek|spreekt) ${gap(2)}met een (?:dikke|dubbele|zware) tong\\b`,
      `\\b(?:hand|arm) (?:laat|liet) ${gap(2)}(?:alles )?vallen\\b`,
    ),
  },
  {
    // Lying there and no longer answering: unresponsive.
    cue: "acute.collapse",
    category: "acute_medical",
    level: "acute",
    keys: words("antwoord reactie answer answering responding"),
    onlyIf: ctx(
      "\\b(?:ligt|lag|liggen|gevallen|in elkaar|vloer|grond|stoep|straat|lying|lies|collapsed|fell|floor|ground|pavement)\\b",
    ),
    re: rx(
      `\\b(?:geeft|gaf) (?:geen|nauwelijks) (?:antwoord|reactie) (?:meer)?\\b`,
      `\\b(?:is not|isn t|not|no longer) (?:answering|responding)\\b`,
    ),
  },
  {
    // A fit that has gone on for five minutes or more: status epilepticus, always 112.
    cue: "acute.seizure",
    category: "acute_medical",
    level: "acute",
    keys: words(
      "schokken schokt schokte stuip trekkingen toeval epileptische fitting seizure convulsing jerking shaking",
    ),
    onlyIf: ctx(
      "\\b(?:(?:al|langer dan|meer dan|over|for|more than) (?:vijf|5|zes|6|tien|10|[0-9]+) minuten|houdt (?:niet|nie) op|stopt (?:niet|nie)|(?:for|over|more than) (?:five|5|ten|10|[0-9]+) minutes|will not stop|won t stop)\\b",
    ),
    re: rx(
      `\\b(?:schokken|schokt|schokte|stuip|trekkingen|toeval|epileptische aanval)\\b`,
      `\\b(?:fitting|seizure|convulsing|jerking|shaking all over)\\b`,
    ),
  },
  {
    // The meter says 2 point something and juice does not help: a hypo that does not lift.
    cue: "acute.hypo",
    category: "acute_medical",
    level: "acute",
    keys: words("meter sap suiker hypo diabetic diabeet"),
    re: rx(
      `\\bmeter ${gap(2)}(?:zegt|geeft|staat op|geeft aan|aan) (?:[0-3](?: [0-9])?)\\b(?= .*\\b(?:duf|suf|trillerig|verward|helpt (?:niet|nie)|zweet)\\b)`,
      `\\b(?:diabetic|diabeet|suikerziekte)\\b(?: [a-z0-9,]+){0,6} (?:confused|drowsy|verward|suf|duf)\\b(?= .*\\b(?:sweaty|sweating|shaky|can not get (?:him|her) to eat|zweet|trilt|wil niet eten|krijg (?:hem|haar) niet)\\b)`,
    ),
  },
  {
    // A whole week's pill box eaten at once by someone confused: an overdose by mistake.
    cue: "acute.overdose",
    category: "acute_medical",
    level: "acute",
    keys: words("weekdoos pillendoos baxter medicijnrol dosette =pill blister"),
    re: rx(
      `\\b(?:weekdoos|pillendoos|baxterrol|medicijnrol|baxterzakjes)\\b(?: [a-z0-9]+){0,5} (?:leeg gegeten|leeggegeten|leeg gemaakt|in een keer|allemaal ingenomen|tegelijk)\\b`,
      `\\b(?:dosette|pill box|pill organiser|pill organizer|blister pack)\\b(?: [a-z0-9]+){0,5} (?:all at once|in one go|emptied|all of it)\\b`,
    ),
  },
  {
    // A child who got at a bottle of turps or has a battery or tablet in the mouth: poisoning.
    cue: "acute.child",
    category: "acute_medical",
    level: "acute",
    keys: words(CHILD_KEYS),
    re: rx(
      `\\b${CHILD_NL}\\b(?: [a-z0-9]+){0,4} aan (?:de|een|het) (?:fles|flesje|pot|doos|bus|tube) ${TOXIC_NL} (?:gezeten|geweest)\\b`,
      `\\b${CHILD_NL}\\b(?: [a-z0-9]+){0,6} ${TOXIC_NL} (?:ingeslikt|doorgeslikt|in (?:zijn|haar) mond)\\b`,
      `\\b${CHILD_EN}\\b(?: [a-z0-9]+){0,6} ${TOXIC_EN} in (?:his|her|their) mouth\\b`,
    ),
  },
  {
    // A stove, heater or engine in a closed space and headaches or nausea in more than one person:
    // carbon monoxide.
    cue: "acute.poisoning",
    // Said as a habit ("soms", "vaak", "altijd"): for the GP in the normal way.
    chronic: true,
    category: "acute_medical",
    level: "acute",
    keys: words(
      "kachel gaskachel houtkachel petroleumkachel barbecue bbq aggregaat generator geiser motor heater stove engine boiler",
    ),
    onlyIf: ctx(
      "\\b(?:garage|tent|caravan|kelder|afgesloten|ramen dicht|koolmonoxide|co ?melder|closed|carbon monoxide|co alarm|basement|shed)\\b",
    ),
    re: rx(
      `\\b(?:kachel|gaskachel|houtkachel|petroleumkachel|barbecue|bbq|aggregaat|generator|geiser|motor)\\b(?: [a-z0-9,]+){0,12} (?:hoofdpijn|misselijk|duizelig|suf|slaperig)\\b`,
      `\\b(?:heater|stove|barbecue|bbq|generator|engine|boiler)\\b(?: [a-z0-9,]+){0,12} (?:headache|headaches|sick|nauseous|dizzy|drowsy)\\b`,
    ),
  },
  {
    // Early pregnancy and sudden sharp pain low on one side with dizziness: an ectopic until proven otherwise.
    cue: "acute.pregnancy",
    category: "acute_medical",
    level: "acute",
    keys: words("zwanger pregnant"),
    onlyIf: ctx(
      "\\b(?:duizelig|flauw|bleek|bloed|bloeding|bloedverlies|dizzy|faint|bleeding|lightheaded)\\b",
    ),
    re: rx(
      `\\bzwanger\\b(?: [a-z0-9,]+){0,8} (?:ineens|plots|opeens|hevige|scherpe|heel erge|felle) ${gap(2)}pijn\\b`,
      `\\bpregnant\\b(?: [a-z0-9,]+){0,8} (?:sudden|sharp|severe|bad) ${gap(2)}pain\\b`,
    ),
  },
  {
    // Cold, mottled skin and not knowing where one is: the signs of sepsis without a fever said.
    cue: "acute.sepsis",
    // Said as a habit ("soms", "vaak", "altijd"): for the GP in the normal way.
    chronic: true,
    category: "acute_medical",
    level: "acute",
    keys: words("gevlekt gevlekte gemarmerd marmer vlekkerig blotchy mottled"),
    onlyIf: ctx(
      "\\b(?:weet (?:niet|nie) meer waar|in de war|verward|suf|reageert|aanspreekbaar|confused|does not know where|doesn t know where|drowsy|not making sense|unresponsive)\\b",
    ),
    re: rx(`\\b(?:gevlekt|gevlekte|gemarmerd|marmerachtig|vlekkerig|blotchy|mottled)\\b`),
  },
];

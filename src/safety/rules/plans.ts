// Plans and preparations said without a method word: a day chosen, things given away "since I won't need
// them", pills put by, a rope bought for it, a height checked. C-SSRS counts each as behaviour, not talk.
import { END, gap, NIET, PILL_KEYS, PILLS_EN, PILLS_NL, rx, words } from "./blocks.ts";
import type { Rule } from "./rule.ts";

/** Words that show the "it" is the act itself: daring, a goodbye, everything arranged. */
const RESOLVE =
  /\b(?:durf|durven|doen|doe|geregeld|afscheid|voorgoed|niemand|eruit|dare|do it|goodbye|for good|arranged|sorted)\b/;

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
      `\\b(?:hoog genoeg|high enough)\\b(?= .*\\b(?:denk|dacht|erover|vaak|steeds|think|thinking|keep|check|checking)\\b|.*\\b(?:balkon|brug|flat|dak|viaduct|balcony|bridge|roof)\\b)`,
      `\\b(?:checking|checked|looked up|look up|working out|worked out) how high ${gap(6)}(?:is|are|goes)\\b`,
      `\\b(?:op|tegen) (?:een|de) (?:pijler|boom|vangrail|tegenligger|muur) ${gap(2)}(?:af ?(?:te )?sturen|aan (?:te )?rijden|in (?:te )?rijden|te knallen|te crashen)\\b`,
      `\\b(?:stuur|rij|rijden|sturen|drive|driving|steer|steering) ${gap(3)}(?:tegen|op|into) (?:een|de|a|the) (?:pijler|boom|vangrail|tegenligger|pillar|tree|oncoming)\\b`,
    ),
  },
];

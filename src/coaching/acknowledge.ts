// Picks a short, warm acknowledgement when an answer speaks of pain, fatigue, worry, sadness or loss,
// said before the next question. Never advice, never a diagnosis. Pure: no I/O, no logging of answer text.
import type { Locale } from "../locales.ts";

export type Feeling = "loss" | "pain" | "fatigue" | "worry" | "sadness";

// Order matters: loss outweighs sadness, so it is checked first. The cues are narrow on purpose:
// "zorgen voor" (caring for) is not worry, "lost my keys" is not a loss, "sit down" is not sadness.
const CUES: ReadonlyArray<[Feeling, Record<Locale, RegExp>]> = [
  [
    "loss",
    {
      nl: /\b(overleden|gestorven|begrafenis|rouw\w*|verlies van|(mijn|m'n|onze) \w+ (verloren|kwijtgeraakt)|weduw\w*)\b/i,
      en: /\b(died|passed away|funeral|grie(f|ving)|bereave\w*|widow\w*|loss of (my|our)|lost (my|our) (wife|husband|partner|son|daughter|child|baby|mother|father|mum|mom|dad|brother|sister|friend))\b/i,
    },
  ],
  [
    "pain",
    {
      nl: /\b(pijn\w*|zeer doet|doet zeer|hoofdpijn|rugpijn)\b/i,
      en: /\b(pain\w*|hurts?|hurting|aches?|aching|sore)\b/i,
    },
  ],
  [
    "fatigue",
    {
      nl: /\b(moe|vermoeid\w*|uitgeput|doodop|futloos|geen energie|weinig energie|slaap slecht|slecht slapen|slecht geslapen)\b/i,
      en: /\b(tired|exhausted|worn out|no energy|fatigue\w*|(can't|cannot|don't) sleep|sleep badly)\b/i,
    },
  ],
  [
    "worry",
    {
      nl: /\b(zorgen(?! (voor|dat|ervoor))|bezorgd|ongerust|bang|angst\w*|piekeren|pieker\w*|onzeker)\b/i,
      en: /\b(worr\w*|anxious|anxiety|afraid|scared|fear\w*|nervous)\b/i,
    },
  ],
  [
    "sadness",
    {
      nl: /\b(verdriet\w*|somber\w*|huil\w*|triest|neerslachtig|eenzaam\w*|ik ben down|voel me down)\b/i,
      en: /\b(sad\w*|crying|cry|depressed|unhappy|lonely|loneliness|feel(ing)? (down|low))\b/i,
    },
  ],
];

// "geen pijn meer", "niet meer moe", "no pain": the person says it is gone, so nothing to acknowledge.
const NEGATED: Record<Locale, RegExp> = {
  nl: /\b(geen|niet|nooit|nauwelijks|minder)( (meer|zo|erg|veel|echt|last van))* $/i,
  en: /\b(no|not|never|hardly|less|without|n't)( (any|much|so|really|longer|feel|in))* $/i,
};

// Written to sound like someone listening: short, no "I understand exactly", no advice, no diagnosis.
const TEXT: Record<Feeling, Record<Locale, string>> = {
  loss: { nl: "Wat verdrietig dat je dit hebt meegemaakt.", en: "I'm sorry you've been through this loss." },
  pain: { nl: "Vervelend dat je pijn hebt.", en: "That sounds painful, I'm sorry." },
  fatigue: { nl: "Dat klinkt vermoeiend.", en: "That sounds exhausting." },
  worry: {
    nl: "Dat klinkt als iets wat je bezighoudt.",
    en: "That sounds like something that weighs on you.",
  },
  sadness: { nl: "Wat naar dat je je zo voelt.", en: "I'm sorry you feel this way." },
};
// Pain and tiredness often come together; naming both sounds more like listening than naming one.
const PAIN_AND_FATIGUE: Record<Locale, string> = {
  nl: "Pijn en moe zijn, dat klinkt zwaar.",
  en: "Pain and tiredness together, that sounds hard.",
};

function names(answer: string, cue: RegExp, lang: Locale): boolean {
  const global = new RegExp(cue.source, "gi");
  for (const match of answer.matchAll(global)) {
    if (!NEGATED[lang].test(answer.slice(0, match.index))) return true;
  }
  return false;
}

/** Every feeling the answer names (not negated), strongest first. */
export function feelingsIn(answer: string, lang: Locale): Feeling[] {
  return CUES.filter(([, cues]) => names(answer, cues[lang], lang)).map(([feeling]) => feeling);
}

/** The strongest feeling the answer names, if any. */
export function feelingIn(answer: string, lang: Locale): Feeling | undefined {
  return feelingsIn(answer, lang)[0];
}

/** A short acknowledgement to say before the next question, or undefined when none fits. */
export function acknowledge(answer: string, lang: Locale): string | undefined {
  const feelings = feelingsIn(answer, lang);
  const first = feelings[0];
  if (first === undefined) return undefined;
  if (first === "pain" && feelings.includes("fatigue")) return PAIN_AND_FATIGUE[lang];
  return TEXT[first][lang];
}

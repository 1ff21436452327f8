// Picks a short, warm acknowledgement when an answer speaks of pain, fatigue, worry, sadness or loss,
// said before the next question. Never advice, never a diagnosis. Pure: no I/O, no logging of answer text.

export type AckLang = "nl" | "en";
export type Feeling = "loss" | "pain" | "fatigue" | "worry" | "sadness";

// Order matters: loss outweighs sadness, so it is checked first.
const CUES: ReadonlyArray<[Feeling, Record<AckLang, RegExp>]> = [
  [
    "loss",
    {
      nl: /\b(overleden|gestorven|verloren|verlies|begrafenis|rouw)\w*/i,
      en: /\b(died|passed away|lost my|loss|funeral|grief|grieving)\b/i,
    },
  ],
  [
    "pain",
    { nl: /\b(pijn\w*|zeer doet|doet zeer)\b/i, en: /\b(pain\w*|hurts?|hurting|aches?|aching|sore)\b/i },
  ],
  [
    "fatigue",
    {
      nl: /\b(moe|vermoeid\w*|uitgeput|geen energie|slaap slecht)/i,
      en: /\b(tired|exhausted|worn out|no energy|fatigue\w*)\b/i,
    },
  ],
  [
    "worry",
    {
      nl: /\b(zorgen|bezorgd|ongerust|bang|angst\w*|piekeren|pieker)\b/i,
      en: /\b(worr\w*|anxious|afraid|scared|fear\w*|nervous)\b/i,
    },
  ],
  [
    "sadness",
    {
      nl: /\b(verdriet\w*|somber\w*|huil\w*|triest|down|neerslachtig)\b/i,
      en: /\b(sad\w*|down|crying|cry|low|depressed|unhappy)\b/i,
    },
  ],
];

// Written to sound like someone listening: short, no "I understand exactly", no advice.
const TEXT: Record<Feeling, Record<AckLang, string>> = {
  loss: { nl: "Wat verdrietig dat je dit hebt meegemaakt.", en: "I'm sorry you've been through this loss." },
  pain: { nl: "Vervelend dat je pijn hebt.", en: "That sounds painful, I'm sorry." },
  fatigue: { nl: "Dat klinkt vermoeiend.", en: "That sounds exhausting." },
  worry: { nl: "Fijn dat je je zorgen deelt.", en: "Thank you for sharing what worries you." },
  sadness: { nl: "Wat naar dat je je zo voelt.", en: "I'm sorry you feel this way." },
};

/** Which feeling the answer names, if any. */
export function feelingIn(answer: string, lang: AckLang): Feeling | undefined {
  for (const [feeling, cues] of CUES) if (cues[lang].test(answer)) return feeling;
  return undefined;
}

/** A short acknowledgement to say before the next question, or undefined when none fits. */
export function acknowledge(answer: string, lang: AckLang): string | undefined {
  const feeling = feelingIn(answer, lang);
  return feeling ? TEXT[feeling][lang] : undefined;
}

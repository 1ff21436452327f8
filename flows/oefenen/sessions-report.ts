// Plays ten scripted practice sessions per persona and prints how often the patient answered the topic
// a person would hear in the question (labelled by hand), how often it held back for lack of trust, and how
// many sentences it said twice without a "zoals ik al zei".
// Run: npm run sessions
import type { Locale } from "../../src/locales.ts";
import { en } from "./content.en.ts";
import { nl } from "./content.nl.ts";
import type { ReplyPart } from "./context.ts";
import { type FactTopic, factDepths } from "./facts.ts";
import { lineOf } from "./lines.ts";
import { type PersonaId, personaIds } from "./personas.ts";
import { play } from "./play.ts";

/**
 * What a person would hear a line ask about: a topic with facts, the general "hoe gaat het?", or
 * something the patient has no story for (the weather, a holiday), where a puzzled answer is the answer.
 */
type Asked = FactTopic | "general" | "unplaced";

/**
 * Thirteen trainees: exemplary, ZZ checklist, careless, Flemish, long mixed turns, rude, repetitive, scaling,
 * English, story then topics, life domains, and small talk off the patient's map (NL and EN).
 */
export const scripts: { name: string; locale: Locale; lines: [string, Asked | "-"][] }[] = [
  {
    name: "exemplary",
    locale: "nl",
    lines: [
      ["Fijn dat u er bent. Hoe gaat het met u?", "general"],
      ["Het klinkt alsof u al een tijd niet lekker in uw vel zit.", "-"],
      ["Hoe ziet een gewone dag er voor u uit?", "daily"],
      ["Wat is voor u echt belangrijk?", "values"],
      ["Dat raakt u.", "-"],
      ["Zullen we nu kijken wat u zou willen veranderen?", "-"],
      ["Wat zou een eerste stap kunnen zijn?", "-"],
      ["Wie kan u daarbij helpen?", "-"],
    ],
  },
  {
    name: "ZZ checklist",
    locale: "nl",
    lines: [
      ["Goedemorgen. Wat kan ik voor u doen?", "complaint"],
      ["Rookt u?", "smoking"],
      ["Hoeveel alcohol drinkt u per week?", "alcohol"],
      ["Neemt u uw medicijnen goed in?", "medication"],
      ["Hoe slaapt u?", "sleep"],
      ["Beweegt u voldoende?", "moving"],
      ["Heeft u koorts gehad?", "complaint"],
      ["Hoe is uw eetpatroon?", "eating"],
    ],
  },
  {
    name: "careless",
    locale: "nl",
    lines: [
      ["Zo, vertel het maar.", "general"],
      ["Oké.", "-"],
      ["Mm-hm.", "-"],
      ["Vind je dat lastig?", "-"],
      ["Ja.", "-"],
      ["Oké.", "-"],
      ["Vind je dat lastig?", "-"],
      ["Mm-hm.", "-"],
    ],
  },
  {
    name: "Flemish",
    locale: "nl",
    lines: [
      ["Dag, hoe is 't met u?", "general"],
      ["Rookt ge nog?", "smoking"],
      ["Hoeveel pintjes drinkt ge zo in het weekend?", "alcohol"],
      ["Slaapt ge goed door?", "sleep"],
      ["Wat doet ge zoal in uw vrije tijd?", "daily"],
      ["Wat vindt ge zelf het belangrijkste in uw leven?", "values"],
      ["Wie heeft u om u heen?", "family"],
    ],
  },
  {
    name: "mixed turns",
    locale: "nl",
    lines: [
      ["Goed dat u er bent. U komt voor de controle. Hoe gaat het met u?", "general"],
      ["U bent vaak moe. Hoe slaapt u eigenlijk?", "sleep"],
      ["Dat klinkt vervelend. En hoe gaat het op uw werk?", "work"],
      ["Hm. Wat doet dat met u?", "feelings"],
      ["U zegt het luchtig. Hoe was dat vroeger?", "past"],
      ["Samengevat: het is zwaarder dan u laat merken. Klopt dat?", "-"],
    ],
  },
  {
    name: "rude",
    locale: "nl",
    lines: [
      ["Wat kan ik voor u doen?", "complaint"],
      ["U bent gewoon lui.", "-"],
      ["Hoeveel verdient u eigenlijk?", "-"],
      ["Heeft u weleens gedachten om uit het leven te stappen?", "-"],
      ["Hoe slaapt u?", "sleep"],
    ],
  },
  {
    name: "repeating",
    locale: "nl",
    lines: [
      ["Rookt u?", "smoking"],
      ["Rookt u?", "smoking"],
      ["Hoe slaapt u?", "sleep"],
      ["Hoe slaapt u?", "sleep"],
      ["Hoe slaapt u?", "sleep"],
      ["Wat eet u?", "eating"],
      ["Wat eet u?", "eating"],
    ],
  },
  {
    name: "scaling",
    locale: "nl",
    lines: [
      ["Hoe gaat het met u?", "general"],
      ["Op een schaal van 0 tot 10, hoe belangrijk is het voor u om iets te veranderen?", "-"],
      ["En hoeveel vertrouwen heeft u dat het lukt, van 0 tot 10?", "-"],
      ["Wat heeft u zelf al geprobeerd?", "attempts"],
      ["Wat denkt u zelf dat er aan de hand is?", "ideas"],
    ],
  },
  {
    name: "English",
    locale: "en",
    lines: [
      ["How are you?", "general"],
      ["Do you smoke?", "smoking"],
      ["How do you sleep?", "sleep"],
      ["What does a typical day look like for you?", "daily"],
      ["What matters most to you?", "values"],
      ["Who do you have around you?", "family"],
      ["How do you feel about that?", "feelings"],
    ],
  },
  {
    name: "story, then topics",
    locale: "nl",
    lines: [
      ["Hoe gaat het met u?", "general"],
      ["Vertel eens wat meer.", "general"],
      ["En verder?", "general"],
      ["Wat speelt er nog meer?", "general"],
      ["Hoe ziet een dag er bij u uit?", "daily"],
      ["Hoeveel beweegt u?", "moving"],
      ["Hoe is het met uw familie?", "family"],
      ["Hoe ging dat vroeger?", "past"],
      ["Wat voor werk doet u?", "work"],
      ["Wat zijn uw klachten?", "complaint"],
    ],
  },
  {
    name: "life domains",
    locale: "nl",
    lines: [
      ["Hoe gaat het thuis?", "family"],
      ["Wat doet u overdag?", "daily"],
      ["Hoe ging dat vroeger?", "past"],
      ["Hoe ziet u de toekomst?", "future"],
      ["Vertel eens iets over uzelf.", "person"],
      ["Hoe is het met uw familie?", "family"],
      ["Hoe beweegt u?", "moving"],
    ],
  },
  {
    name: "off the map",
    locale: "nl",
    lines: [
      ["Vertelt u eens, hoe gaat het met u?", "general"],
      ["Wat is uw favoriete kleur?", "unplaced"],
      ["Kunt u daar meer over vertellen?", "general"],
      ["Wat vindt u van het weer?", "unplaced"],
      ["Hoe was uw vakantie?", "unplaced"],
      ["Wat speelt er nog meer?", "general"],
      ["Welke auto rijdt u?", "unplaced"],
      ["Wat vindt u van de politiek?", "unplaced"],
    ],
  },
  {
    name: "off the map, English",
    locale: "en",
    lines: [
      ["What brings you here today?", "complaint"],
      ["What's your favourite colour?", "unplaced"],
      ["Tell me more.", "general"],
      ["What do you think of the weather?", "unplaced"],
      ["How was your holiday?", "unplaced"],
    ],
  },
];

export interface SessionFigures {
  /** Lines a person would read as asking about a topic (labelled by hand in the scripts). */
  topicQuestions: number;
  /** Replies that answer that topic: a fact of it, or an in-character puzzlement when the patient has none. */
  answered: number;
  /** Replies that held back for lack of trust (a guarded line or a short answer). */
  heldBack: number;
  replies: number;
  /** Sentences of three words or more said earlier in the session without a "zoals ik al zei" in front. */
  repeated: number;
  /** Sentences said again with a "zoals ik al zei" in front (the same thing asked again). */
  echoed: number;
  /**
   * Sentences that say nearly what an earlier one said (most of their words the same), without a "zoals ik
   * al zei": a story line and a topic fact telling the same thing twice.
   */
  nearRepeats: number;
}

/** The words of a sentence that carry its content: four letters or more, lowercased. */
function contentWords(sentence: string): Set<string> {
  return new Set(sentence.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
}

/** Whether two sentences say nearly the same: at least 70% of the shorter one's content words recur. */
export function nearlySame(a: Set<string>, b: Set<string>): boolean {
  const [short, long] = a.size <= b.size ? [a, b] : [b, a];
  if (short.size < 3) return false;
  let shared = 0;
  for (const word of short) if (long.has(word)) shared++;
  return shared / short.size >= 0.7;
}

/** Whether a reply answers the topic a person would hear in the question. */
function answers(reply: readonly ReplyPart[], topic: Asked, persona: PersonaId): boolean {
  const known = topic === "general" || (topic !== "unplaced" && factDepths[persona][topic] !== undefined);
  return reply.some(
    (p) =>
      (p.pool === "about" && p.topic === topic) ||
      (!known && p.pool === "unknown") ||
      (topic === "general" && ["open", "deepen", "value"].includes(p.pool)) ||
      (topic === "complaint" && p.pool === "denies") ||
      (topic === "values" && (p.pool === "value" || p.pool === "valueMore")) ||
      (topic === "future" && ["changeTalk", "goal", "afterGoal", "notYet"].includes(p.pool)),
  );
}

export function measure(persona: PersonaId): SessionFigures {
  const f: SessionFigures = {
    topicQuestions: 0,
    answered: 0,
    heldBack: 0,
    replies: 0,
    repeated: 0,
    echoed: 0,
    nearRepeats: 0,
  };
  for (const script of scripts) {
    const content = script.locale === "en" ? en : nl;
    const lines = content.personas[persona];
    const { parts } = play(
      persona,
      script.lines.map(([line]) => line),
      script.locale,
    );
    const heard = new Set<string>();
    const heardWords: Set<string>[] = [];
    script.lines.forEach(([, topic], i) => {
      const reply = parts[i] ?? [];
      f.replies++;
      for (const part of reply) {
        const text = lineOf(part, content, lines);
        const echo = content.repeat.some((r) => text.startsWith(r));
        for (const sentence of text.match(/[^.!?]+[.!?]*/g) ?? []) {
          const key = sentence.trim().toLowerCase();
          if (key.split(/\s+/).length < 3) continue;
          const words = contentWords(key);
          if (heard.has(key)) {
            if (echo) f.echoed++;
            else f.repeated++;
          } else if (!echo && heardWords.some((w) => nearlySame(w, words))) f.nearRepeats++;
          heard.add(key);
          heardWords.push(words);
        }
      }
      if (topic === "-") return;
      f.topicQuestions++;
      if (answers(reply, topic, persona)) f.answered++;
      else if (reply.some((p) => p.pool === "guarded" || p.pool === "closed")) f.heldBack++;
    });
  }
  return f;
}

const pct = (n: number, d: number) => `${d === 0 ? "—" : ((100 * n) / d).toFixed(1)}%`;

function main(): void {
  console.log(`${scripts.length} scripted sessions per persona\n`);
  console.log(
    "persona  topic questions  answered the topic  held back (trust)  replies  repeated  nearly  echoed",
  );
  for (const persona of personaIds) {
    const f = measure(persona);
    console.log(
      `${persona.padEnd(8)} ${String(f.topicQuestions).padStart(15)}  ${pct(f.answered, f.topicQuestions).padStart(18)}  ${pct(f.heldBack, f.topicQuestions).padStart(17)}  ${String(f.replies).padStart(7)}  ${String(f.repeated).padStart(8)}  ${String(f.nearRepeats).padStart(6)}  ${String(f.echoed).padStart(6)}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();

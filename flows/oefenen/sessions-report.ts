// Plays ten scripted practice sessions per persona and prints how often the patient answered the topic
// that was asked, how often it held back for lack of trust, and how many replies repeated word for word.
// Run: npm run sessions
import { classify } from "../../src/coaching/classify.ts";
import { readTopic } from "../../src/coaching/topic.ts";
import type { Locale } from "../../src/locales.ts";
import { factDepths } from "./facts.ts";
import { type PersonaId, personaIds } from "./personas.ts";
import { play } from "./play.ts";

/** Ten trainees: exemplary, ZZ checklist, careless, Flemish, long mixed turns, rude, repetitive, English. */
export const scripts: { name: string; locale: Locale; lines: string[] }[] = [
  {
    name: "exemplary",
    locale: "nl",
    lines: [
      "Fijn dat u er bent. Hoe gaat het met u?",
      "Het klinkt alsof u al een tijd niet lekker in uw vel zit.",
      "Hoe ziet een gewone dag er voor u uit?",
      "Wat is voor u echt belangrijk?",
      "Dat raakt u.",
      "Zullen we nu kijken wat u zou willen veranderen?",
      "Wat zou een eerste stap kunnen zijn?",
      "Wie kan u daarbij helpen?",
    ],
  },
  {
    name: "ZZ checklist",
    locale: "nl",
    lines: [
      "Goedemorgen. Wat kan ik voor u doen?",
      "Rookt u?",
      "Hoeveel alcohol drinkt u per week?",
      "Neemt u uw medicijnen goed in?",
      "Hoe slaapt u?",
      "Beweegt u voldoende?",
      "Heeft u koorts gehad?",
      "Hoe is uw eetpatroon?",
    ],
  },
  {
    name: "careless",
    locale: "nl",
    lines: [
      "Zo, vertel het maar.",
      "Oké.",
      "Mm-hm.",
      "Vind je dat lastig?",
      "Ja.",
      "Oké.",
      "Vind je dat lastig?",
      "Mm-hm.",
    ],
  },
  {
    name: "Flemish",
    locale: "nl",
    lines: [
      "Dag, hoe is 't met u?",
      "Rookt ge nog?",
      "Hoeveel pintjes drinkt ge zo in het weekend?",
      "Slaapt ge goed door?",
      "Wat doet ge zoal in uw vrije tijd?",
      "Wat vindt ge zelf het belangrijkste in uw leven?",
      "Wie heeft u om u heen?",
    ],
  },
  {
    name: "mixed turns",
    locale: "nl",
    lines: [
      "Goed dat u er bent. U komt voor de controle. Hoe gaat het met u?",
      "U bent vaak moe. Hoe slaapt u eigenlijk?",
      "Dat klinkt vervelend. En hoe gaat het op uw werk?",
      "Hm. Wat doet dat met u?",
      "U zegt het luchtig. Hoe was dat vroeger?",
      "Samengevat: het is zwaarder dan u laat merken. Klopt dat?",
    ],
  },
  {
    name: "rude",
    locale: "nl",
    lines: [
      "Wat kan ik voor u doen?",
      "U bent gewoon lui.",
      "Hoeveel verdient u eigenlijk?",
      "Heeft u weleens gedachten om uit het leven te stappen?",
      "Hoe slaapt u?",
    ],
  },
  {
    name: "repeating",
    locale: "nl",
    lines: [
      "Rookt u?",
      "Rookt u?",
      "Hoe slaapt u?",
      "Hoe slaapt u?",
      "Hoe slaapt u?",
      "Wat eet u?",
      "Wat eet u?",
    ],
  },
  {
    name: "scaling",
    locale: "nl",
    lines: [
      "Hoe gaat het met u?",
      "Op een schaal van 0 tot 10, hoe belangrijk is het voor u om iets te veranderen?",
      "En hoeveel vertrouwen heeft u dat het lukt, van 0 tot 10?",
      "Wat heeft u zelf al geprobeerd?",
      "Wat denkt u zelf dat er aan de hand is?",
    ],
  },
  {
    name: "English",
    locale: "en",
    lines: [
      "How are you?",
      "Do you smoke?",
      "How do you sleep?",
      "What does a typical day look like for you?",
      "What matters most to you?",
      "Who do you have around you?",
      "How do you feel about that?",
    ],
  },
  {
    name: "life domains",
    locale: "nl",
    lines: [
      "Hoe gaat het thuis?",
      "Wat doet u overdag?",
      "Hoe ging dat vroeger?",
      "Hoe ziet u de toekomst?",
      "Vertel eens iets over uzelf.",
      "Hoe is het met uw familie?",
      "Hoe beweegt u?",
    ],
  },
];

export interface SessionFigures {
  topicQuestions: number;
  answered: number;
  heldBack: number;
  replies: number;
  repeated: number;
}

export function measure(persona: PersonaId): SessionFigures {
  const f: SessionFigures = { topicQuestions: 0, answered: 0, heldBack: 0, replies: 0, repeated: 0 };
  for (const script of scripts) {
    const { replies, parts } = play(persona, script.lines, script.locale);
    f.replies += replies.length;
    f.repeated += replies.length - new Set(replies).size;
    script.lines.forEach((line, i) => {
      const reading = readTopic(line, script.locale);
      const question = classify(line, script.locale).behaviour === "question";
      if (!question || reading.special || reading.topic === "none" || reading.topic === "general") return;
      f.topicQuestions++;
      const reply = parts[i] ?? [];
      const known = factDepths[persona][reading.topic] !== undefined;
      const answered = reply.some(
        (p) =>
          (p.pool === "about" && p.topic === reading.topic) ||
          (reading.topic === "values" && (p.pool === "value" || p.pool === "valueMore")) ||
          (!known && p.pool === "unknown") ||
          (["changeTalk", "goal", "afterGoal", "unready", "notYet"].includes(p.pool) &&
            reading.topic === "future"),
      );
      if (answered) f.answered++;
      else if (reply.some((p) => p.pool === "guarded")) f.heldBack++;
    });
  }
  return f;
}

const pct = (n: number, d: number) => `${d === 0 ? "—" : ((100 * n) / d).toFixed(1)}%`;

function main(): void {
  console.log(`${scripts.length} scripted sessions per persona\n`);
  console.log("persona  topic questions  answered the topic  held back (trust)  replies  repeated");
  for (const persona of personaIds) {
    const f = measure(persona);
    console.log(
      `${persona.padEnd(8)} ${String(f.topicQuestions).padStart(15)}  ${pct(f.answered, f.topicQuestions).padStart(18)}  ${pct(f.heldBack, f.topicQuestions).padStart(17)}  ${String(f.replies).padStart(7)}  ${String(f.repeated).padStart(8)}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();

// The shape of the practice flow's copy: what the coach says, and every line a simulated patient can say.
// The machine and the patient logic only hold keys; the sentences live in content.nl.ts and content.en.ts.
import type { Locale } from "../../src/locales.ts";
import type { FactTopic } from "./facts.ts";
import type { Difficulty, EndReason, HintKey } from "./keys.ts";
import type { PersonaId } from "./personas.ts";

/**
 * One simulated patient's lines. Tuples are told in order as the conversation deepens (their length is
 * fixed so both languages tell the same story); plain lists are wording variants, picked by seed and turn.
 */
export interface PersonaLines {
  name: string;
  /** The option in the scenario choice. */
  label: string;
  /** What the trainee knows before the conversation: who, why they come, the setting. */
  card: string[];
  /** Shown with the feedback: the patient type, the hidden value and the readiness. */
  reveal: string;
  /** Answers to open questions, in order: the story comes out bit by bit. */
  open: [string, string, string, string];
  /** Answers to reflections, in order: feelings and what lies under the story. */
  deepen: [string, string, string];
  /** The hidden value, said once when the conversation has gone deep enough. */
  value: string;
  /** More about what matters, once it has been said. */
  valueMore: string[];
  /** Short answers to closed questions about nothing in particular. */
  closed: string[];
  /**
   * What the patient tells when asked about a topic, in order, one line per depth in ./facts.ts: the
   * complaint (also the answer to the ZZ opener), smoking, sleep, what matters on the surface, ...
   */
  about: Partial<Record<FactTopic, string[]>>;
  /** A closed question about a symptom the patient does not have: an honest "nee". */
  denies: string[];
  /** A topic the patient has nothing to say about: puzzled, in character. */
  unknown: string[];
  /** A topic asked before the patient trusts the trainee enough for what comes next: holding back. */
  guarded: string[];
  /** An insult: hurt or cross. */
  hurt: string[];
  /** An intrusive personal question: puzzled, a little put off. */
  intrusive: string[];
  /** A question about suicidal thoughts: an honest no, with the persona's reason to live. */
  suicide: string[];
  /** A scaling question: the number is put in for {n}. */
  scale: string[];
  /** After a backchannel or a remark: a little more, no depth. */
  other: string[];
  /** "Ja, maar": the answer to advice or information nobody asked for. */
  yesBut: string[];
  /** An activating question while the patient has not been asked to move on: not ready. */
  unready: string[];
  /** In phase 2 before saying what matters: does not know yet what to change. */
  notYet: string[];
  /** Change talk on the way to a goal, in order. */
  changeTalk: [string, string];
  /** The patient's own goal, in their words. */
  goal: string;
  /** After the goal: a first step, who helps. */
  afterGoal: string[];
  /** Information or advice after permission: taken on board. */
  acceptInfo: string[];
  /** The pull towards the ZZ conversation: asking for advice early. */
  adviceRequest: string[];
  goodbye: string;
}

/** The lines a reply can be built from. */
export type PersonaPool = Exclude<keyof PersonaLines, "name" | "label" | "card" | "reveal">;
export type GenericPool = "shiftYes" | "shiftOk" | "shiftHesitant";

export interface OefenenContent {
  locale: Locale;
  choose: { intro: string[]; ask: string };
  tips: { ask: string; yes: string; no: string };
  /** Shown when the conversation starts, after the scenario card. */
  start: (name: string, maxTurns: number) => string[];
  /** The label of the text input's skip button, which ends the session. */
  finish: string;
  /** A line of the patient. */
  says: (name: string, text: string) => string;
  /** The patient accepting a named shift: asked with permission, or only announced. */
  shiftYes: string[];
  shiftOk: string[];
  /** Going along with a shift to phase 2 that came before the patient said what matters. */
  shiftHesitant: string[];
  /** Put before a line the patient already said, when the same thing is asked again. */
  repeat: string[];
  hint: Record<HintKey, (name: string) => string>;
  ended: Record<EndReason, (name: string, maxTurns: number) => string>;
  feedbackIntro: string;
  /** The difficulty after the patient's label in the scenario choice. */
  difficulty: Record<Difficulty, string>;
  /** Put on the scenario card at a difficulty other than as written. */
  difficultyCard: Record<Exclude<Difficulty, "ketenzorg">, (name: string) => string>;
  /** Put on the scenario card of a ketenzorg check-up: the protocol topics, and the GG conversation too. */
  protocolCard: (items: string) => string;
  /** At the end of a ketenzorg check-up: how many protocol topics were covered, which are still open. */
  protocol: (done: number, total: number, open: string) => string;
  /** At the end: what the trainee found out about the patient and what stayed hidden (profile.ts). */
  profile: {
    topics: Record<FactTopic, string>;
    /** What matters, when the patient never said it. */
    value: (name: string) => string;
    /** A topic the patient told about, but not all of it. */
    more: (topic: string) => string;
    found: (items: string) => string;
    foundNothing: string;
    missed: (items: string) => string;
  };
  /** The trainee's own words under a remark. */
  quote: (words: string) => string;
  again: string;
  personas: Record<PersonaId, PersonaLines>;
}

// What the practice flow remembers: the chosen patient, the conversation's phase, the patient's state,
// every utterance of the trainee with its classification, and the patient's last reply as keys.
import type { Phase, PracticeTurn } from "../../src/coaching/feedback.ts";
import type { Answer } from "../../src/engine/answer.ts";
import type { FlowInput } from "../../src/engine/flow.ts";
import type { Locale, Region } from "../../src/locales.ts";
import type { GenericPool, PersonaPool } from "./content.ts";
import type { FactTopic } from "./facts.ts";
import type { Difficulty, EndReason, HintKey } from "./keys.ts";
import type { PersonaId } from "./personas.ts";

export type { EndReason, HintKey } from "./keys.ts";

/** Ends after this many utterances of the trainee. */
export const MAX_TURNS = 20;

export interface PatientState {
  /** How far the patient has opened up: an open question adds 1, a reflection 2. */
  depth: number;
  /** Whether the patient has said what matters (the trigger for phase 2). */
  valueVoiced: boolean;
  /** Activating turns after the value was voiced, in phase 2 or 3. */
  changeTalk: number;
  /** The turn at which the patient set a goal of their own. */
  goalTurn: number | null;
  /**
   * How often each pool of lines was used. Story pools are told in this order; for variant pools it
   * picks the next variant (offset by the seed), so a line repeats only after all others were said.
   */
  said: Partial<Record<PersonaPool | GenericPool, number>>;
  /** How many facts of each topic the patient told (see facts.ts). Absent in sessions stored before. */
  told?: Partial<Record<FactTopic, number>>;
  /** Whether the trainee asked permission before moving to phase 3; advice is weighed by it. */
  expertAllowed?: boolean;
  /**
   * A fingerprint of each utterance heard (not the words: the state is stored), so the same question
   * asked again gets the same answer with a "zoals ik al zei" instead of a contradiction.
   */
  asked?: number[];
}

/** One piece of the patient's reply: a pool of lines and which one (modulo the pool's length). */
export interface ReplyPart {
  pool: PersonaPool | GenericPool;
  index: number;
  /** How many times this pool was used before: past its length, the line is a repeat and says so. */
  nth?: number;
  /** For the `about` pool: which topic. */
  topic?: FactTopic;
  /** For the `scale` pool: the number the patient gives. */
  n?: number;
  /** Said again because the same thing was asked again: how many times before (a "zoals ik al zei"). */
  again?: number;
}

export interface OefenenContext {
  locale: Locale;
  region: Region;
  seed: number;
  persona: PersonaId | null;
  /** The difficulty chosen with the patient; null or absent: the persona as written. */
  difficulty?: Difficulty | null;
  /** Null until the trainee chose. */
  withHints: boolean | null;
  phase: Phase;
  patient: PatientState;
  turns: PracticeTurn[];
  /** The patient's reply to the last utterance. */
  reply: ReplyPart[];
  /** The patient's reply to each utterance, for the transcript (absent in sessions stored before). */
  replies?: ReplyPart[][];
  /** Hints for the last utterance (shown only with hints on). */
  hints: HintKey[];
  ended: EndReason | null;
}

export const initialPatient: PatientState = {
  depth: 0,
  valueVoiced: false,
  changeTalk: 0,
  goalTurn: null,
  said: {},
  told: {},
  expertAllowed: false,
};

export function initialContext(input: FlowInput): OefenenContext {
  return {
    locale: input.locale,
    region: input.region,
    seed: input.seed,
    persona: null,
    difficulty: null,
    withHints: null,
    phase: "volgend",
    patient: initialPatient,
    turns: [],
    reply: [],
    hints: [],
    ended: null,
  };
}

export const textOf = (a: Answer): string | undefined => (a.kind === "text" ? a.text : undefined);
export const choiceOf = (a: Answer): string | undefined => (a.kind === "choice" ? a.choice[0] : undefined);

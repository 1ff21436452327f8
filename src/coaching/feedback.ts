// Feedback on a practice conversation, computed from the trainee's classified utterances: counts, the
// MI proficiency measures, expert moves in phase 1, named and unnamed shifts, and a timeline. Pure.
/*
 * Definitions (they are what the trainee is told, so they must stay simple):
 * - phase: the GG phase the conversation is in, as agreed with the patient. It starts at volgend and
 *   changes only by a named shift the patient accepted. The stance is what one utterance does.
 * - expert move in phase 1: advice, information or options while the phase is still volgend, i.e.
 *   before the first named shift. The utterance that names the shift can itself hold advice ("mag ik
 *   je een tip geven? Probeer..."): it counts, because permission means waiting for the answer.
 * - unnamed shift: an utterance whose stance is further along than the phase (volgend < activerend <
 *   expert) without naming the move. A run of such utterances is one shift, so it is counted once.
 * - thresholds: reflections at least as many as questions (R:Q >= 1:1, MITI 4's "fair" level) and at
 *   least 70% open questions (the competency level of MITI 3.1.1; MITI 4 no longer scores it, the
 *   issue asks for it because it is easy to practise).
 */
import type { Behaviour, Classification, InputType, Stance } from "./classify.ts";

export type Phase = Stance;

export const PHASE_ORDER: Record<Phase, number> = { volgend: 0, activerend: 1, expert: 2 };
export const REFLECTION_TO_QUESTION_THRESHOLD = 1;
export const OPEN_SHARE_THRESHOLD = 70;

/** One utterance of the trainee, as the practice flow records it. */
export interface PracticeTurn {
  text: string;
  classification: Classification;
  /** The phase the conversation was in when this was said. */
  phase: Phase;
  /**
   * The named shift the patient accepted after this utterance, if any; premature when it went to phase 2
   * before the patient had said what matters (absent in sessions stored before this was known).
   */
  shift: { to: Phase; permission: boolean; premature?: boolean } | null;
}

export interface ExampleTurn {
  /** 1-based. */
  turn: number;
  text: string;
}

export interface PracticeFeedback {
  turns: number;
  counts: {
    openQuestions: number;
    closedQuestions: number;
    reflections: number;
    advice: number;
    information: number;
    options: number;
    other: number;
  };
  reflectionToQuestion: {
    reflections: number;
    questions: number;
    ratio: number | null;
    threshold: number;
    met: boolean;
  };
  openQuestions: { percent: number | null; threshold: number; met: boolean };
  expertMovesInPhase1: (ExampleTurn & { input: InputType })[];
  namedShifts: (ExampleTurn & { from: Phase; to: Phase; permission: boolean })[];
  unnamedShifts: (ExampleTurn & { from: Phase; to: Phase })[];
  ownGoal: { formulated: boolean; turn: number | null };
  /** The trainee's own utterances to quote: a following open question, a closed question, a reflection. */
  examples: {
    openQuestion: ExampleTurn | null;
    closedQuestion: ExampleTurn | null;
    reflection: ExampleTurn | null;
  };
  timeline: {
    turn: number;
    stance: Stance;
    phase: Phase;
    behaviour: Behaviour;
    shift: "named" | "unnamed" | null;
  }[];
}

/** Further along than the phase, without naming it. */
function ahead(turn: PracticeTurn): boolean {
  return turn.shift === null && PHASE_ORDER[turn.classification.stance] > PHASE_ORDER[turn.phase];
}

/** Whether the utterance at `index` starts an unnamed shift (the one before it was not ahead already). */
export function isUnnamedShift(turns: readonly PracticeTurn[], index: number): boolean {
  const turn = turns[index];
  if (!turn || !ahead(turn)) return false;
  const before = turns[index - 1];
  return !(before && ahead(before));
}

/** Whether the utterance is advice, information or options while the conversation is still in phase 1. */
export function isExpertMoveInPhase1(turn: PracticeTurn): boolean {
  return turn.phase === "volgend" && turn.classification.behaviour === "input";
}

const round = (value: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/** `goalTurn`: the 1-based turn after which the patient formulated a goal of their own, or null. */
export function practiceFeedback(turns: readonly PracticeTurn[], goalTurn: number | null): PracticeFeedback {
  const count = (test: (c: Classification) => boolean) => turns.filter((t) => test(t.classification)).length;
  const counts = {
    openQuestions: count((c) => c.behaviour === "question" && c.question === "open"),
    closedQuestions: count((c) => c.behaviour === "question" && c.question === "closed"),
    reflections: count((c) => c.behaviour === "reflection"),
    advice: count((c) => c.input === "advice"),
    information: count((c) => c.input === "information"),
    options: count((c) => c.input === "options"),
    other: count((c) => c.behaviour === "other"),
  };
  const questions = counts.openQuestions + counts.closedQuestions;
  const ratio = questions === 0 ? null : round(counts.reflections / questions, 2);
  const percent = questions === 0 ? null : Math.round((counts.openQuestions / questions) * 100);

  const expertMovesInPhase1: PracticeFeedback["expertMovesInPhase1"] = [];
  const namedShifts: PracticeFeedback["namedShifts"] = [];
  const unnamedShifts: PracticeFeedback["unnamedShifts"] = [];
  const timeline: PracticeFeedback["timeline"] = [];
  turns.forEach((t, i) => {
    const turn = i + 1;
    const unnamed = isUnnamedShift(turns, i);
    if (isExpertMoveInPhase1(t) && t.classification.input)
      expertMovesInPhase1.push({ turn, text: t.text, input: t.classification.input });
    if (t.shift)
      namedShifts.push({ turn, text: t.text, from: t.phase, to: t.shift.to, permission: t.shift.permission });
    if (unnamed) unnamedShifts.push({ turn, text: t.text, from: t.phase, to: t.classification.stance });
    timeline.push({
      turn,
      stance: t.classification.stance,
      phase: t.phase,
      behaviour: t.classification.behaviour,
      shift: t.shift ? "named" : unnamed ? "unnamed" : null,
    });
  });

  const firstWhere = (test: (t: PracticeTurn) => boolean): ExampleTurn | null => {
    const index = turns.findIndex(test);
    const hit = turns[index];
    return hit ? { turn: index + 1, text: hit.text } : null;
  };
  const isQuestion = (t: PracticeTurn, type: "open" | "closed") =>
    t.classification.behaviour === "question" && t.classification.question === type;
  const examples = {
    openQuestion:
      firstWhere((t) => isQuestion(t, "open") && t.classification.stance === "volgend") ??
      firstWhere((t) => isQuestion(t, "open")),
    closedQuestion: firstWhere((t) => isQuestion(t, "closed")),
    reflection: firstWhere((t) => t.classification.behaviour === "reflection"),
  };

  return {
    turns: turns.length,
    counts,
    reflectionToQuestion: {
      reflections: counts.reflections,
      questions,
      ratio,
      threshold: REFLECTION_TO_QUESTION_THRESHOLD,
      // With no questions at all, any reflection meets the ratio; an empty conversation does not.
      met: counts.reflections > 0 && counts.reflections >= questions * REFLECTION_TO_QUESTION_THRESHOLD,
    },
    openQuestions: {
      percent,
      threshold: OPEN_SHARE_THRESHOLD,
      met: percent !== null && percent >= OPEN_SHARE_THRESHOLD,
    },
    expertMovesInPhase1,
    namedShifts,
    unnamedShifts,
    ownGoal: { formulated: goalTurn !== null, turn: goalTurn },
    examples,
    timeline,
  };
}

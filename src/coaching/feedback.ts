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
 * - counting: each turn is split into parts (parts.ts) and every part counts, as in MITI: a reflection
 *   followed by a question is one of each. A summary with "klopt dat?" is a reflection.
 * - advice without permission: a part of advice while no earlier turn asked permission to inform or
 *   advise (a permission request, or a named move to phase 3 asked with permission), in any phase. As
 *   with expert moves, asking in the same turn does not count: permission means waiting for the answer.
 *   A named move back to phase 1 or 2 ends the permission. Counted per part, as MITI counts "persuade"
 *   apart from "persuade with permission".
 * - each utterance appears at most once per kind of finding, and an expert move in phase 1 is reported
 *   as that, not also as an unnamed shift.
 * - thresholds: reflections at least as many as questions (R:Q >= 1:1, MITI 4's "fair" level) and at
 *   least 70% open questions (the competency level of MITI 3.1.1; MITI 4 no longer scores it, the
 *   issue asks for it because it is easy to practise).
 */
import type { Locale } from "../locales.ts";
import type { Behaviour, Classification, InputType, Stance } from "./classify.ts";
import type { PartKind, TurnPart } from "./parts.ts";
import { type ZzTrack, zzTrack } from "./zz.ts";

export type Phase = Stance;

export const PHASE_ORDER: Record<Phase, number> = { volgend: 0, activerend: 1, expert: 2 };
export const REFLECTION_TO_QUESTION_THRESHOLD = 1;
export const OPEN_SHARE_THRESHOLD = 70;

/** One utterance of the trainee, as the practice flow records it. */
export interface PracticeTurn {
  text: string;
  classification: Classification;
  /** The turn's parts as MITI counts them (parts.ts); absent in sessions stored before, then one part. */
  parts?: TurnPart[];
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
    /** Requests for permission to inform or advise: their own kind, neither advice nor a closed question. */
    permissionRequests: number;
    /** Parts of advice with no permission asked in an earlier turn, in any phase (see the definitions). */
    adviceWithoutPermission: number;
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
  /** The advice parts without permission after phase 1 (those in phase 1 are expert moves already). */
  adviceWithoutPermissionLater: (ExampleTurn & { phase: Phase })[];
  /** Premature: to phase 2 before the patient said what matters (the patient went along hesitantly). */
  namedShifts: (ExampleTurn & { from: Phase; to: Phase; permission: boolean; premature: boolean })[];
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
    /** The trainee's words, and each part's words with its label. */
    text: string;
    parts: { text: string; kind: PartKind }[];
  }[];
  /** Whether the consult was a ZZ conversation throughout (zz.ts). */
  zz: ZzTrack;
}

/** A turn's parts; a turn stored before parts were recorded is one part. */
export function partsOf(turn: PracticeTurn): TurnPart[] {
  if (turn.parts && turn.parts.length > 0) return turn.parts;
  const c = turn.classification;
  const kind: PartKind =
    c.behaviour === "input"
      ? (c.input ?? "information")
      : c.behaviour === "question"
        ? c.question === "open"
          ? "open"
          : "closed"
        : c.behaviour;
  return [{ text: turn.text, kind, stance: c.stance }];
}

const INPUT_KINDS: ReadonlySet<PartKind> = new Set(["advice", "information", "options"]);

/** Further along than the phase, without naming it. */
function ahead(turn: PracticeTurn): boolean {
  return turn.shift === null && PHASE_ORDER[turn.classification.stance] > PHASE_ORDER[turn.phase];
}

/**
 * Whether the utterance at `index` starts an unnamed shift: it is ahead, and no earlier utterance of the
 * same run of utterances ahead was reported. Advice in phase 1 keeps the run going but is reported as an
 * expert move in phase 1 instead, so one utterance is never both.
 */
export function isUnnamedShift(turns: readonly PracticeTurn[], index: number): boolean {
  const turn = turns[index];
  if (!turn || !ahead(turn) || isExpertMoveInPhase1(turn)) return false;
  for (let i = index - 1; i >= 0; i--) {
    const before = turns[i];
    if (!before || !ahead(before)) return true;
    if (!isExpertMoveInPhase1(before)) return false;
  }
  return true;
}

/** Whether the utterance is advice, information or options while the conversation is still in phase 1. */
export function isExpertMoveInPhase1(turn: PracticeTurn): boolean {
  return turn.phase === "volgend" && partsOf(turn).some((p) => INPUT_KINDS.has(p.kind));
}

/**
 * For each turn, whether permission to inform or advise was asked in an earlier turn and still holds: a
 * permission request or a named move to phase 3 with permission grants it, a named move elsewhere ends it.
 */
export function permissionBefore(turns: readonly PracticeTurn[]): boolean[] {
  let granted = false;
  return turns.map((t) => {
    const before = granted;
    if (t.shift && t.shift.to !== "expert") granted = false;
    if (partsOf(t).some((p) => p.kind === "permission") || (t.shift?.to === "expert" && t.shift.permission))
      granted = true;
    return before;
  });
}

const round = (value: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/**
 * `goalTurn`: the 1-based turn after which the patient formulated a goal of their own, or null; `lang`: the
 * session's language, in which the parts are read for their topic (a part clearly in the other is read in that).
 */
export function practiceFeedback(
  turns: readonly PracticeTurn[],
  goalTurn: number | null,
  lang: Locale,
): PracticeFeedback {
  const all = turns.flatMap((t, i) => partsOf(t).map((p) => ({ ...p, turn: i + 1 })));
  const count = (kind: PartKind) => all.filter((p) => p.kind === kind).length;
  const permitted = permissionBefore(turns);
  const unasked = all.filter((p) => p.kind === "advice" && !permitted[p.turn - 1]);
  const counts = {
    openQuestions: count("open"),
    closedQuestions: count("closed"),
    reflections: count("reflection"),
    advice: count("advice"),
    information: count("information"),
    options: count("options"),
    other: count("other"),
    permissionRequests: count("permission"),
    adviceWithoutPermission: unasked.length,
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
    const input = partsOf(t).find((p) => INPUT_KINDS.has(p.kind));
    if (isExpertMoveInPhase1(t) && input)
      expertMovesInPhase1.push({ turn, text: input.text, input: input.kind as InputType });
    if (t.shift)
      namedShifts.push({
        turn,
        text: t.text,
        from: t.phase,
        to: t.shift.to,
        permission: t.shift.permission,
        premature: t.shift.premature ?? false,
      });
    if (unnamed) unnamedShifts.push({ turn, text: t.text, from: t.phase, to: t.classification.stance });
    timeline.push({
      turn,
      stance: t.classification.stance,
      phase: t.phase,
      behaviour: t.classification.behaviour,
      shift: t.shift ? "named" : unnamed ? "unnamed" : null,
      text: t.text,
      parts: partsOf(t).map((p) => ({ text: p.text, kind: p.kind })),
    });
  });

  // Examples quote the part itself, so a quote is a whole clause and never the permission request.
  const firstWhere = (test: (p: (typeof all)[number]) => boolean): ExampleTurn | null => {
    const hit = all.find(test);
    return hit ? { turn: hit.turn, text: hit.text } : null;
  };
  const examples = {
    openQuestion:
      firstWhere((p) => p.kind === "open" && p.stance === "volgend") ?? firstWhere((p) => p.kind === "open"),
    closedQuestion: firstWhere((p) => p.kind === "closed" && !turns[p.turn - 1]?.shift),
    reflection: firstWhere((p) => p.kind === "reflection"),
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
    adviceWithoutPermissionLater: unasked
      .map((p) => ({ turn: p.turn, text: p.text, phase: turns[p.turn - 1]?.phase ?? "volgend" }))
      .filter((p) => p.phase !== "volgend"),
    namedShifts,
    unnamedShifts,
    ownGoal: { formulated: goalTurn !== null, turn: goalTurn },
    examples,
    timeline,
    zz: zzTrack(
      all,
      turns.some((t) => t.shift !== null),
      lang,
    ),
  };
}

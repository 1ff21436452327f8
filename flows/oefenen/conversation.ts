// One turn of the practice conversation: classify what the trainee typed, detect a named shift, let the
// patient answer, record the turn, pick the hints, and decide whether the session ends. Pure.
import { isClosing } from "../../src/coaching/closing.ts";
import { isExpertMoveInPhase1, isUnnamedShift, type PracticeTurn } from "../../src/coaching/feedback.ts";
import { readTurn } from "../../src/coaching/parts.ts";
import { detectShift } from "../../src/coaching/shift.ts";
import { normalizeForTopic, readTopic } from "../../src/coaching/topic.ts";
import type { HintKey, OefenenContext } from "./context.ts";
import { respond } from "./patient.ts";
import { personaAt } from "./scenarios.ts";

export function takeTurn(ctx: OefenenContext, text: string, maxTurns: number): OefenenContext {
  if (ctx.persona === null || ctx.ended !== null) return ctx;
  // Read with English rules when the trainee typed English in a Dutch session (and the other way round).
  const { classification, parts, lang } = readTurn(text, ctx.locale);
  const turn = ctx.turns.length + 1;

  // After the patient set a goal, a closing from the trainee ends the session.
  if (ctx.patient.goalTurn !== null && isClosing(text, lang)) {
    const record: PracticeTurn = { text, classification, parts, phase: ctx.phase, shift: null };
    return {
      ...ctx,
      turns: [...ctx.turns, record],
      reply: [{ pool: "goodbye", index: 0 }],
      replies: [...(ctx.replies ?? []), [{ pool: "goodbye", index: 0 }]],
      hints: [],
      ended: "closed",
    };
  }

  const shift = detectShift(text, lang);
  const topic = readTopic(text, lang);
  const heard = { classification, shift, topic, text: normalizeForTopic(text) };
  const persona = personaAt(ctx.persona, ctx.difficulty);
  const answer = respond(ctx.persona, ctx.patient, ctx.phase, heard, turn, ctx.seed, persona);
  const record: PracticeTurn = { text, classification, parts, phase: ctx.phase, shift: answer.accepted };
  const turns = [...ctx.turns, record];

  const hints: HintKey[] = [];
  if (isExpertMoveInPhase1(record)) hints.push("earlyAdvice");
  else if (isUnnamedShift(turns, turns.length - 1)) hints.push("unnamed");
  // A premature move is not praised as a named one: the trainee hears why the patient hesitates.
  if (record.shift) hints.push(record.shift.premature ? "premature" : "named");
  if ((answer.patient.said.adviceRequest ?? 0) > (ctx.patient.said.adviceRequest ?? 0)) hints.push("pull");
  // The tip to name the move to phase 2 only while the conversation is still in phase 1.
  if (answer.patient.valueVoiced && !ctx.patient.valueVoiced && answer.phase === "volgend")
    hints.push("value");
  if (answer.patient.goalTurn !== null && ctx.patient.goalTurn === null) hints.push("goal");

  return {
    ...ctx,
    phase: answer.phase,
    patient: answer.patient,
    turns,
    reply: answer.reply,
    replies: [...(ctx.replies ?? []), answer.reply],
    hints,
    ended: turn >= maxTurns ? "turns" : null,
  };
}

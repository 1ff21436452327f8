// What the coach shows during practice, built from the context's keys and the content: the scenario
// card, the patient's reply with optional hints, and the feedback at the end.
import { timelineLines } from "../../src/coaching/feedback-text.ts";
import type { OefenenContent, PersonaLines } from "./content.ts";
import type { OefenenContext, ReplyPart } from "./context.ts";
import { toSummary } from "./summary.ts";

function listOf(part: ReplyPart, c: OefenenContent, lines: PersonaLines): readonly string[] {
  switch (part.pool) {
    case "shiftYes":
    case "shiftOk":
    case "shiftHesitant":
      return c[part.pool];
    case "about":
      return part.topic === undefined ? [] : (lines.about[part.topic] ?? []);
    default: {
      const pool = lines[part.pool];
      return typeof pool === "string" ? [pool] : pool;
    }
  }
}

/**
 * One line of the reply. A line said before (the pool's use past its length, or a topic's facts all told)
 * gets a "zoals ik al zei" in front, a different one each round, so the patient never sounds like a loop.
 */
export function lineOf(part: ReplyPart, c: OefenenContent, lines: PersonaLines): string {
  const list = listOf(part, c, lines);
  if (list.length === 0) return "";
  const line = (list[part.index % list.length] ?? list[0] ?? "").replace("{n}", String(part.n ?? ""));
  const nth = part.nth ?? 0;
  const round = part.pool === "about" ? Math.max(0, nth - list.length + 1) : Math.floor(nth / list.length);
  if (round === 0 || list.length === 0) return line;
  return `${c.repeat[(round - 1) % c.repeat.length] ?? ""}${line}`;
}

/** The patient's last reply as one message, and the hints after it when the trainee wanted them. */
export function replyMessages(ctx: OefenenContext, c: OefenenContent): string[] {
  if (ctx.persona === null || ctx.reply.length === 0) return [];
  const lines = c.personas[ctx.persona];
  const text = ctx.reply.map((part) => lineOf(part, c, lines)).join(" ");
  const hints = ctx.withHints ? ctx.hints.map((key) => c.hint[key](lines.name)) : [];
  return [c.says(lines.name, text), ...hints];
}

/** The scenario card and how the conversation works, before the trainee's first words. */
export function startMessages(ctx: OefenenContext, c: OefenenContent, maxTurns: number): string[] {
  if (ctx.persona === null) return [];
  const lines = c.personas[ctx.persona];
  return [...lines.card, ...c.start(lines.name, maxTurns)];
}

/** The end: the patient's last words when the trainee did not end it, then the feedback. */
export function feedbackMessages(ctx: OefenenContext, c: OefenenContent, maxTurns: number): string[] {
  const lines = ctx.persona === null ? null : c.personas[ctx.persona];
  const name = lines?.name ?? "";
  const summary = toSummary(ctx, c, true);
  const remarks = summary.remarks.map((r) => (r.example ? `${r.text}\n${c.quote(r.example)}` : r.text));
  // The timeline is one message, a line per stretch in the same phase.
  const timeline = timelineLines(summary, c.locale).join("\n");
  return [
    ...(ctx.ended === "trainee" ? [] : replyMessages({ ...ctx, withHints: false }, c)),
    c.ended[ctx.ended ?? "trainee"](name, maxTurns),
    c.feedbackIntro,
    ...remarks,
    timeline,
    ...(lines ? [lines.reveal] : []),
    c.again,
  ].filter((m) => m.trim().length > 0);
}

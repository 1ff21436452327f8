// What the coach shows during practice, built from the context's keys and the content: the scenario
// card, the patient's reply with optional hints, and the feedback at the end.
import { timelineLines } from "../../src/coaching/feedback-text.ts";
import type { OefenenContent } from "./content.ts";
import type { OefenenContext } from "./context.ts";
import { lineOf } from "./lines.ts";
import { profileOf } from "./profile.ts";
import { protocolOf } from "./scenarios.ts";
import { toSummary } from "./summary.ts";

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
  const protocol = protocolOf(ctx.persona, ctx.difficulty);
  const names = protocol?.map((t) => c.profile.topics[t]).join(", ");
  return [
    ...lines.card,
    ...(ctx.difficulty && ctx.difficulty !== "ketenzorg"
      ? [c.difficultyCard[ctx.difficulty](lines.name)]
      : []),
    ...(names ? [c.protocolCard(names)] : []),
    ...c.start(lines.name, maxTurns),
  ];
}

/** The end: the patient's last words when the trainee did not end it, then the feedback. */
export function feedbackMessages(ctx: OefenenContext, c: OefenenContent, maxTurns: number): string[] {
  const lines = ctx.persona === null ? null : c.personas[ctx.persona];
  const name = lines?.name ?? "";
  const summary = toSummary(ctx, c, true);
  const remarks = summary.remarks.map((r) => (r.example ? `${r.text}\n${c.quote(r.example)}` : r.text));
  // The timeline is one message, a line per stretch in the same phase.
  const timeline = timelineLines(summary, c.locale).join("\n");
  const profile = profileOf(ctx, c);
  const found =
    profile === null
      ? []
      : [profile.found.length > 0 ? c.profile.found(profile.found.join(", ")) : c.profile.foundNothing];
  const missed = profile && profile.missed.length > 0 ? [c.profile.missed(profile.missed.join(", "))] : [];
  const protocol = profile?.protocol
    ? [
        c.protocol(
          profile.protocol.done.length,
          profile.protocol.done.length + profile.protocol.missed.length,
          profile.protocol.missed.join(", "),
        ),
      ]
    : [];
  return [
    ...(ctx.ended === "trainee" ? [] : replyMessages({ ...ctx, withHints: false }, c)),
    c.ended[ctx.ended ?? "trainee"](name, maxTurns),
    c.feedbackIntro,
    ...remarks,
    timeline,
    ...(lines ? [lines.reveal] : []),
    [...found, ...missed].join(" "),
    ...protocol,
    c.again,
  ].filter((m) => m.trim().length > 0);
}

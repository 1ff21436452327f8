// From the practice flow's context to its feedback: the numbers and timeline (src/coaching/feedback.ts)
// plus the remarks in words. This object is what GET /api/conversations/:id/summary returns.

import { practiceFeedback } from "../../src/coaching/feedback.ts";
import type { PracticeSummary } from "../../src/coaching/feedback-schema.ts";
import { feedbackRemarks } from "../../src/coaching/feedback-text.ts";
import { flowIds } from "../../src/flow-ids.ts";
import type { OefenenContent } from "./content.ts";
import type { OefenenContext } from "./context.ts";
import { lineOf } from "./lines.ts";
import { profileOf } from "./profile.ts";
import { type ScenarioId, scenarioLabel } from "./scenarios.ts";

export function toSummary(ctx: OefenenContext, content: OefenenContent, complete: boolean): PracticeSummary {
  const feedback = practiceFeedback(ctx.turns, ctx.patient.goalTurn, content.locale);
  const lines = ctx.persona === null ? null : content.personas[ctx.persona];
  const goal = lines && ctx.patient.goalTurn !== null ? lines.goal : null;
  return {
    flow: flowIds.practice,
    locale: content.locale,
    complete,
    persona:
      ctx.persona !== null && lines
        ? {
            id: ctx.persona,
            name: lines.name,
            label: ctx.difficulty
              ? scenarioLabel(content, `${ctx.persona}:${ctx.difficulty}` as ScenarioId)
              : lines.label,
          }
        : null,
    ended: ctx.ended,
    ...feedback,
    goal,
    replies: lines
      ? (ctx.replies ?? []).map((parts) => parts.map((p) => lineOf(p, content, lines)).join(" "))
      : [],
    // The hidden profile only at the end: during the session it would give the patient away.
    profile: complete ? profileOf(ctx, content) : null,
    remarks: feedbackRemarks(feedback, content.locale, { patient: lines?.name ?? "", goal }),
  };
}

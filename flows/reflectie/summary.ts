// From the reflection's context to its summary (src/summary schema), and which answer each summary
// item shows, so the person can correct any item before finishing.

import { flowIds } from "../../src/flow-ids.ts";
import { dimensions } from "../../src/summary/dimensions.ts";
import type { SummaryPath } from "../../src/summary/render.ts";
import type { Summary } from "../../src/summary/schema.ts";
import type { ReflectieContent } from "./content.ts";
import type { GradeField, ReflectieContext, TextField } from "./context.ts";

export function themeText(ctx: ReflectieContext, content: ReflectieContent): string | null {
  const theme = ctx.theme;
  if (!theme) return null;
  if (theme.kind === "dimension") return content.web.dimensions[theme.dimension].name;
  if (theme.kind === "more") return ctx.texts.more ?? null;
  return ctx.texts.ownTheme ?? null;
}

export function toSummary(ctx: ReflectieContext, content: ReflectieContent, complete: boolean): Summary {
  const t = (field: TextField) => ctx.texts[field] ?? null;
  return {
    flow: flowIds.reflection,
    locale: ctx.locale,
    region: ctx.region,
    complete,
    matters: {
      happy: t("happy"),
      more: t("more"),
      past: t("vroeger"),
      present: t("nu"),
      future: t("later"),
      addition: t("correction"),
    },
    health: { experience: t("health"), grade: ctx.healthGrade ?? null },
    wants: {
      notNow: ctx.gg2NotNow,
      theme: ctx.gg2NotNow ? null : themeText(ctx, content),
      wish: ctx.gg2NotNow ? null : t("wish"),
      importance: ctx.gg2NotNow ? null : (ctx.importance ?? null),
      importanceWhy: ctx.gg2NotNow ? null : t("importanceWhy"),
      confidence: ctx.gg2NotNow ? null : (ctx.confidence ?? null),
      confidenceWhy: ctx.gg2NotNow ? null : t("confidenceWhy"),
    },
    firstStep: {
      notNow: ctx.stepNotNow,
      what: ctx.stepNotNow ? null : t("step"),
      when: ctx.stepNotNow ? null : t("when"),
      who: ctx.stepNotNow ? null : t("who"),
    },
    visit: {
      mainQuestion: t("mainQuestion"),
      helpWith: t("helpWith"),
      otherTopics: t("otherTopics"),
      complaint: t("complaint"),
      threeQuestions: ctx.threeQuestions,
      socialHelp: ctx.socialHelp === true,
    },
    spinnenweb: dimensions.map((dimension) => ({
      dimension,
      label: content.web.dimensions[dimension].name,
      grade: ctx.web[dimension] ?? null,
      talk: ctx.talk.includes(dimension),
    })),
  };
}

/** The answers behind the summary's text and grade items; the spinnenweb's are added below. */
const answerPaths: Partial<Record<SummaryPath, TextField | GradeField>> = {
  "matters.happy": "happy",
  "matters.more": "more",
  "matters.past": "vroeger",
  "matters.present": "nu",
  "matters.future": "later",
  "matters.addition": "correction",
  "health.experience": "health",
  "health.grade": "healthGrade",
  "wants.wish": "wish",
  "wants.importance": "importance",
  "wants.importanceWhy": "importanceWhy",
  "wants.confidence": "confidence",
  "wants.confidenceWhy": "confidenceWhy",
  "firstStep.what": "step",
  "firstStep.when": "when",
  "firstStep.who": "who",
  "visit.mainQuestion": "mainQuestion",
  "visit.helpWith": "helpWith",
  "visit.otherTopics": "otherTopics",
  "visit.complaint": "complaint",
};

/** Which answer a summary item shows. Items not listed (the chosen theme) are changed by going back. */
export const fieldOfPath: Partial<Record<SummaryPath, TextField | GradeField>> = { ...answerPaths };
for (const dimension of dimensions) fieldOfPath[`spinnenweb.${dimension}`] = `web.${dimension}`;

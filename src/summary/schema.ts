// The summary of a reflection: the person's own goals in layers (what matters, what I want, my first
// step, my question for the visit) and the spinnenweb. The zod schema is the contract of
// GET /api/conversations/:id/summary.
import { z } from "zod";
import { flowIds } from "../flow-ids.ts";
import { localeSchema, regionSchema } from "../locales.ts";
import { dimensionSchema } from "./dimensions.ts";

const text = z.string().min(1).nullable();
const grade = z.number().int().min(0).max(10).nullable();

export const summarySchema = z.object({
  flow: z.literal(flowIds.reflection),
  locale: localeSchema,
  region: regionSchema,
  /** True once the person confirmed the summary. */
  complete: z.boolean(),
  /** What matters to me: values and life goals, in the person's words. */
  matters: z.object({
    happy: text,
    more: text,
    past: text,
    present: text,
    future: text,
    addition: text,
  }),
  health: z.object({ experience: text, grade }),
  /** What I want: the functional goal. */
  wants: z.object({
    notNow: z.boolean(),
    theme: text,
    wish: text,
    importance: grade,
    importanceWhy: text,
    confidence: grade,
    confidenceWhy: text,
  }),
  firstStep: z.object({ notNow: z.boolean(), what: text, when: text, who: text }),
  /** My question for the GP or practice nurse, and the rest of my agenda. */
  visit: z.object({
    mainQuestion: text,
    helpWith: text,
    otherTopics: text,
    complaint: text,
    threeQuestions: z.boolean(),
    /** Wants information about help in the neighbourhood (welzijn op recept, sociaal werk). */
    socialHelp: z.boolean(),
  }),
  spinnenweb: z.array(z.object({ dimension: dimensionSchema, label: z.string(), grade, talk: z.boolean() })),
});

export type Summary = z.infer<typeof summarySchema>;

// The quiz's result as GET /api/conversations/:id/summary returns it: the score and every item with the
// trainee's choice, the right phase and the explanation. The zod schema is that endpoint's contract.
import { z } from "zod";
import { flowIds } from "../flow-ids.ts";
import { localeSchema } from "../locales.ts";

const stance = z.enum(["volgend", "activerend", "expert"]);

export const quizSummarySchema = z.object({
  flow: z.literal(flowIds.quiz),
  locale: localeSchema,
  complete: z.boolean(),
  correct: z.number().int().min(0),
  total: z.number().int().min(1),
  items: z.array(
    z.object({
      id: z.string(),
      patient: z.string(),
      professional: z.string(),
      chosen: stance.nullable(),
      expected: stance,
      correct: z.boolean(),
      explanation: z.string(),
    }),
  ),
});

export type QuizSummary = z.infer<typeof quizSummarySchema>;

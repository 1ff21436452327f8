// The quiz's result as GET /api/conversations/:id/summary returns it: the score and every item with the
// trainee's choice, the right phase and the explanation. The zod schema is that endpoint's contract.
import { z } from "zod";
import type { QuizContent } from "./content.ts";
import type { QuizContext } from "./context.ts";
import { scoreQuiz } from "./score.ts";

const stance = z.enum(["volgend", "activerend", "expert"]);

export const quizSummarySchema = z.object({
  flow: z.literal("quiz"),
  locale: z.enum(["nl", "en"]),
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

export function toQuizSummary(ctx: QuizContext, c: QuizContent, complete: boolean): QuizSummary {
  const score = scoreQuiz(ctx.answers, ctx.order.length);
  return {
    flow: "quiz",
    locale: c.locale,
    complete,
    correct: score.correct,
    total: score.total,
    items: score.items.map((item) => ({ ...item, ...c.items[item.id] })),
  };
}

// From the quiz's context to its result (the schema is src/summary/quiz.ts).
import { flowIds } from "../../src/flow-ids.ts";
import type { QuizSummary } from "../../src/summary/quiz.ts";
import type { QuizContent } from "./content.ts";
import type { QuizContext } from "./context.ts";
import { scoreQuiz } from "./score.ts";

export function toQuizSummary(ctx: QuizContext, c: QuizContent, complete: boolean): QuizSummary {
  const score = scoreQuiz(ctx.answers, ctx.order.length);
  return {
    flow: flowIds.quiz,
    locale: c.locale,
    complete,
    correct: score.correct,
    total: score.total,
    items: score.items.map((item) => ({ ...item, ...c.items[item.id] })),
  };
}

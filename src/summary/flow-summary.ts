// What each product flow ends in, keyed by flow id: the reflection's summary, the practice session's
// feedback, the quiz's score. Channels render a summary by its `flow`, never by trying schemas.
import { z } from "zod";
import { practiceSummarySchema } from "../coaching/feedback-schema.ts";
import { quizSummarySchema } from "./quiz.ts";
import { summarySchema } from "./schema.ts";

// The ids name the members in the API's OpenAPI document.
export const flowSummarySchema = z.discriminatedUnion("flow", [
  summarySchema.meta({ id: "ReflectieSummary" }),
  practiceSummarySchema.meta({ id: "PracticeSummary" }),
  quizSummarySchema.meta({ id: "QuizSummary" }),
]);
export type FlowSummary = z.infer<typeof flowSummarySchema>;

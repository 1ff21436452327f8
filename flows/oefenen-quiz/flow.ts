// The quiz "herken de fase" as the engine sees it: machine, content per language, the score as summary.
// A separate flow (id "quiz") so a trainee can start it on its own, from the web or Slack.

import { defineFlow } from "../../src/engine/flow.ts";
import { flowIds } from "../../src/flow-ids.ts";
import type { QuizSummary } from "../../src/summary/quiz.ts";
import { en } from "./content.en.ts";
import { nl } from "./content.nl.ts";
import type { QuizContent } from "./content.ts";
import type { QuizContext } from "./context.ts";
import { quizMachine } from "./machine.ts";
import { toQuizSummary } from "./summary.ts";

export const quizFlow = defineFlow<QuizContext, QuizContent, QuizSummary>({
  id: flowIds.quiz,
  version: 1,
  machine: quizMachine,
  screened: false,
  content: { nl, en },
  summarize: (context, content, done) => toQuizSummary(context, content, done),
});

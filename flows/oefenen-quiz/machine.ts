// The quiz "herken de fase" as an XState machine: an introduction, then one question state that loops
// over the round's items (the context says which), then the result. Keys and logic only.
import { assign, setup } from "xstate";
import type { FlowEvent, FlowInput } from "../../src/engine/flow.ts";
import { stepsFor } from "../../src/engine/flow.ts";
import type { QuizContent } from "./content.ts";
import { choiceOf, currentItem, initialContext, isStance, type QuizContext, stances } from "./context.ts";
import { answerKey } from "./items.ts";
import { isCorrect, scoreQuiz } from "./score.ts";

const step = stepsFor<QuizContext, QuizContent>();

/** What the coach says about the answer just given: right or not, and why. */
function verdictOnLast(ctx: QuizContext, c: QuizContent): string[] {
  const last = ctx.answers.at(-1);
  if (!last) return [];
  const expected = c.phase[answerKey[last.id]].toLowerCase();
  const head = last.chosen === null ? c.skipped(expected) : isCorrect(last) ? c.right : c.wrong(expected);
  return [`${head} ${c.items[last.id].explanation}`];
}

function questionLines(ctx: QuizContext, c: QuizContent): string[] {
  const id = currentItem(ctx);
  if (id === undefined) return [];
  const item = c.items[id];
  return [
    `${c.progress(ctx.answers.length + 1, ctx.order.length)}\n${c.patient(item.patient)}\n${c.professional(item.professional)}`,
    c.ask,
  ];
}

function resultLines(ctx: QuizContext, c: QuizContent): string[] {
  const { correct, total } = scoreQuiz(ctx.answers, ctx.order.length);
  const verdict = correct === total ? c.verdict.high : correct > total / 2 ? c.verdict.mid : c.verdict.low;
  return [...verdictOnLast(ctx, c), c.result(correct, total), verdict, c.again];
}

export const quizMachine = setup({
  types: { context: {} as QuizContext, events: {} as FlowEvent, input: {} as FlowInput },
  guards: {
    choseStance: ({ event }) => event.type === "answer" && isStance(choiceOf(event.answer)),
    isLastItem: ({ context }) => context.answers.length + 1 >= context.order.length,
  },
  actions: {
    record: assign(({ context, event }) => {
      const id = currentItem(context);
      if (id === undefined) return {};
      const chosen = event.type === "answer" ? choiceOf(event.answer) : undefined;
      return { answers: [...context.answers, { id, chosen: isStance(chosen) ? chosen : null }] };
    }),
  },
}).createMachine({
  id: "quiz",
  context: ({ input }) => initialContext(input),
  initial: "uitleg",
  states: {
    uitleg: {
      meta: step({
        phase: "quiz",
        say: (c) => c.intro,
        input: (c) => ({ kind: "choice", multiple: false, options: [{ id: "start", label: c.start }] }),
      }),
      on: { answer: { target: "vraag" } },
    },
    vraag: {
      meta: step({
        phase: "quiz",
        say: (c, ctx) => [...verdictOnLast(ctx, c), ...questionLines(ctx, c)],
        input: (c) => ({
          kind: "choice",
          multiple: false,
          options: stances.map((id) => ({ id, label: c.phase[id] })),
          skip: c.dontKnow,
        }),
      }),
      on: {
        answer: [
          { guard: "isLastItem", target: "uitslag", actions: "record" },
          { guard: "choseStance", actions: "record" },
        ],
        skip: [{ guard: "isLastItem", target: "uitslag", actions: "record" }, { actions: "record" }],
      },
    },
    uitslag: { type: "final", meta: step({ phase: "uitslag", say: (c, ctx) => resultLines(ctx, c) }) },
  },
});

export type QuizMachine = typeof quizMachine;

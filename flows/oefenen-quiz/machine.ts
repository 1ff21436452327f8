// The quiz "herken de fase" as an XState machine: an introduction, one question state that loops over
// the round's items (the context says which), a second round of other items if wanted, the result.
import { assign, setup } from "xstate";
import type { FlowEvent, FlowInput } from "../../src/engine/flow.ts";
import { stepsFor } from "../../src/engine/flow.ts";
import type { QuizContent } from "./content.ts";
import {
  choiceOf,
  currentItem,
  initialContext,
  isStance,
  MAX_ROUNDS,
  placeOf,
  type QuizContext,
  roundOf,
  stances,
} from "./context.ts";
import { answerKey, QUIZ_LENGTH } from "./items.ts";
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
    `${c.progress(placeOf(ctx).index + 1, QUIZ_LENGTH)}\n${c.patient(item.patient)}\n${c.professional(item.professional)}`,
    c.ask,
  ];
}

/** The score of the round just finished, its verdict, and (at the very end) the score of all rounds. */
function resultLines(ctx: QuizContext, c: QuizContent, end: boolean): string[] {
  const all = scoreQuiz(ctx.answers, ctx.order.length);
  if (ctx.stopped) return [c.result(all.correct, all.total), c.again];
  const round = Math.floor((ctx.answers.length - 1) / QUIZ_LENGTH);
  const { correct, total } = scoreQuiz(ctx.answers.slice(round * QUIZ_LENGTH), QUIZ_LENGTH);
  const verdict = correct === total ? c.verdict.high : correct > total / 2 ? c.verdict.mid : c.verdict.low;
  const overall = end && round > 0 ? [c.result(all.correct, all.total)] : [];
  return [
    ...verdictOnLast(ctx, c),
    c.result(correct, total),
    ...overall,
    verdict,
    ...(end ? [c.again] : [c.another]),
  ];
}

export const quizMachine = setup({
  types: { context: {} as QuizContext, events: {} as FlowEvent, input: {} as FlowInput },
  guards: {
    choseStance: ({ event }) => event.type === "answer" && isStance(choiceOf(event.answer)),
    isLastItem: ({ context }) => context.answers.length + 1 >= context.order.length,
    /** The last item of a round after which another round may follow. */
    isLastOfRound: ({ context }) =>
      context.answers.length + 1 >= context.order.length && context.order.length < MAX_ROUNDS * QUIZ_LENGTH,
    choseAnother: ({ event }) => event.type === "answer" && choiceOf(event.answer) === "another",
  },
  actions: {
    record: assign(({ context, event }) => {
      const id = currentItem(context);
      if (id === undefined) return {};
      const chosen = event.type === "answer" ? choiceOf(event.answer) : undefined;
      return { answers: [...context.answers, { id, chosen: isStance(chosen) ? chosen : null }] };
    }),
    nextRound: assign(({ context }) => ({
      order: [...context.order, ...roundOf(context.seed, QUIZ_LENGTH, context.order.length / QUIZ_LENGTH)],
    })),
    stop: assign({ stopped: true }),
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
          { guard: "isLastOfRound", target: "tussenstand", actions: "record" },
          { guard: "isLastItem", target: "uitslag", actions: "record" },
          { guard: "choseStance", actions: "record" },
        ],
        skip: [
          { guard: "isLastOfRound", target: "tussenstand", actions: "record" },
          { guard: "isLastItem", target: "uitslag", actions: "record" },
          { actions: "record" },
        ],
      },
    },
    tussenstand: {
      meta: step({
        phase: "quiz",
        say: (c, ctx) => resultLines(ctx, c, false),
        input: (c) => ({
          kind: "choice",
          multiple: false,
          options: [
            { id: "another", label: c.anotherRound },
            { id: "stop", label: c.stop },
          ],
        }),
      }),
      on: {
        answer: [
          { guard: "choseAnother", target: "vraag", actions: "nextRound" },
          { target: "uitslag", actions: "stop" },
        ],
      },
    },
    uitslag: {
      type: "final",
      meta: step({ phase: "uitslag", say: (c, ctx) => resultLines(ctx, c, true) }),
    },
  },
});

export type QuizMachine = typeof quizMachine;

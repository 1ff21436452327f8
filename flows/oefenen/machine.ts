// The practice flow as an XState machine: choose a patient -> hints on or off -> the conversation, one
// state per GG phase, moved by named shifts -> feedback. Keys and logic only; the sentences come from
// the content files, the patient's behaviour from patient.ts.
import { assign, setup } from "xstate";
import type { Phase } from "../../src/coaching/feedback.ts";
import type { FlowEvent, FlowInput } from "../../src/engine/flow.ts";
import { stepsFor } from "../../src/engine/flow.ts";
import type { InputSpec } from "../../src/engine/types.ts";
import type { OefenenContent } from "./content.ts";
import { choiceOf, initialContext, MAX_TURNS, type OefenenContext, textOf } from "./context.ts";
import { takeTurn } from "./conversation.ts";
import { feedbackMessages, replyMessages, startMessages } from "./messages.ts";
import { isScenarioId, scenarioIds, scenarioLabel, scenarioOf } from "./scenarios.ts";

const TEXT_MAX = 1000;
const step = stepsFor<OefenenContext, OefenenContent>();

function choiceInput(options: [string, string][], selected?: string): InputSpec {
  return {
    kind: "choice",
    multiple: false,
    options: options.map(([id, label]) => ({ id, label })),
    ...(selected === undefined ? {} : { selected: [selected] }),
  };
}

export interface OefenenOptions {
  /** Utterances of the trainee before the session ends; tests use fewer to explore every path. */
  maxTurns: number;
}

export function createOefenenMachine(options: OefenenOptions = { maxTurns: MAX_TURNS }) {
  const { maxTurns } = options;
  /**
   * The context after the trainee's utterance, or null when the event is not one. A guard cannot hand
   * its result to the action, so the guards and the action each compute it: it is pure and fast.
   */
  const after = (context: OefenenContext, event: FlowEvent): OefenenContext | null => {
    const text = event.type === "answer" ? textOf(event.answer) : undefined;
    return text === undefined ? null : takeTurn(context, text, maxTurns);
  };

  /** One state per phase: the same conversation, shown with its phase, moved by a named shift. */
  const conversation = (phase: Phase, shiftsTo: Phase[]) => ({
    meta: step({
      phase,
      say: (c, ctx) => (ctx.turns.length === 0 ? startMessages(ctx, c, maxTurns) : replyMessages(ctx, c)),
      input: (c) => ({ kind: "text", maxLength: TEXT_MAX, skip: c.finish }),
    }),
    on: {
      answer: [
        { guard: "ends" as const, target: "feedback", actions: "speak" as const },
        ...shiftsTo.map((to) => ({
          guard: { type: "shiftsTo" as const, params: { phase: to } },
          target: to,
          actions: "speak" as const,
        })),
        { guard: "isUtterance" as const, actions: "speak" as const },
      ],
      skip: { target: "feedback", actions: "endByTrainee" as const },
      // Before the first words the trainee can still change the hints; a said word cannot be unsaid.
      ...(phase === "volgend" ? { back: { guard: "notStarted" as const, target: "tips" } } : {}),
    },
  });

  return setup({
    types: { context: {} as OefenenContext, events: {} as FlowEvent, input: {} as FlowInput },
    guards: {
      chosePersona: ({ event }) => event.type === "answer" && isScenarioId(choiceOf(event.answer)),
      isUtterance: ({ context, event }) => after(context, event) !== null,
      ends: ({ context, event }) => (after(context, event)?.ended ?? null) !== null,
      shiftsTo: ({ context, event }, params: { phase: Phase }) =>
        after(context, event)?.phase === params.phase,
      notStarted: ({ context }) => context.turns.length === 0,
    },
    actions: {
      setPersona: assign(({ event }) => {
        const id = event.type === "answer" ? choiceOf(event.answer) : undefined;
        return isScenarioId(id) ? scenarioOf(id) : {};
      }),
      setHints: assign(({ event }) => ({
        withHints: event.type === "answer" && choiceOf(event.answer) === "ja",
      })),
      speak: assign(({ context, event }) => after(context, event) ?? {}),
      endByTrainee: assign({ ended: "trainee" as const }),
    },
  }).createMachine({
    id: "oefenen",
    context: ({ input }) => initialContext(input),
    initial: "scenario",
    states: {
      scenario: {
        meta: step({
          phase: "voorbereiding",
          say: (c) => [...c.choose.intro, c.choose.ask],
          input: (c, ctx) =>
            choiceInput(
              scenarioIds.map((id) => [id, scenarioLabel(c, id)]),
              ctx.persona === null
                ? undefined
                : ctx.difficulty
                  ? `${ctx.persona}:${ctx.difficulty}`
                  : ctx.persona,
            ),
        }),
        on: { answer: { guard: "chosePersona", target: "tips", actions: "setPersona" } },
      },
      tips: {
        meta: step({
          phase: "voorbereiding",
          say: (c) => [c.tips.ask],
          input: (c, ctx) =>
            choiceInput(
              [
                ["ja", c.tips.yes],
                ["nee", c.tips.no],
              ],
              ctx.withHints === null ? undefined : ctx.withHints ? "ja" : "nee",
            ),
        }),
        on: { answer: { target: "volgend", actions: "setHints" }, back: { target: "scenario" } },
      },
      volgend: conversation("volgend", ["activerend", "expert"]),
      activerend: conversation("activerend", ["expert"]),
      expert: conversation("expert", ["activerend"]),
      feedback: {
        type: "final",
        meta: step({ phase: "feedback", say: (c, ctx) => feedbackMessages(ctx, c, maxTurns) }),
      },
    },
  });
}

export const oefenenMachine = createOefenenMachine();
export type OefenenMachine = typeof oefenenMachine;

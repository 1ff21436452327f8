// A small flow that exists only for tests: it exercises every input kind, back, a branch to an
// early end and a normal end, so the engine can be proven without a product flow.
import { assign, setup } from "xstate";
import type { Answer } from "../../../src/engine/answer.ts";
import { defineFlow, type FlowEvent, type FlowInput, stepsFor } from "../../../src/engine/flow.ts";
import { type ProefContent, proefContent } from "./content.ts";

export interface ProefContext {
  locale: FlowInput["locale"];
  region: FlowInput["region"];
  value?: string;
  grade?: number;
  topics: string[];
}

const step = stepsFor<ProefContext, ProefContent>();
const text = (a: Answer) => (a.kind === "text" ? a.text : "");
const choice = (a: Answer) => (a.kind === "choice" ? a.choice : []);

export const proefMachine = setup({
  types: { context: {} as ProefContext, events: {} as FlowEvent, input: {} as FlowInput },
  guards: {
    agrees: ({ event }) => event.type === "answer" && choice(event.answer)[0] === "ja",
    declines: ({ event }) => event.type === "answer" && choice(event.answer)[0] === "nee",
  },
}).createMachine({
  id: "proef",
  context: ({ input }) => ({ locale: input.locale, region: input.region, topics: [] }),
  initial: "welkom",
  states: {
    welkom: {
      meta: step({
        phase: "welkom",
        say: (c) => [c.welcome],
        input: (c) => ({
          kind: "choice",
          multiple: false,
          options: [
            { id: "ja", label: c.yes },
            { id: "nee", label: c.no },
          ],
        }),
      }),
      on: {
        answer: [
          { guard: "agrees", target: "waarde" },
          { guard: "declines", target: "gestopt" },
        ],
      },
    },
    waarde: {
      meta: step({ phase: "gg1", say: (c) => [c.askValue], input: () => ({ kind: "text", maxLength: 500 }) }),
      on: {
        answer: {
          target: "cijfer",
          actions: assign({
            value: ({ event }) => (event.type === "answer" ? text(event.answer) : undefined),
          }),
        },
      },
    },
    cijfer: {
      meta: step({
        phase: "gg1",
        say: (c, ctx) => [c.heard(ctx.value ?? ""), c.askGrade],
        input: () => ({ kind: "scale", min: 0, max: 10 }),
      }),
      on: {
        answer: {
          target: "onderwerpen",
          actions: assign({
            grade: ({ event }) =>
              event.type === "answer" && event.answer.kind === "value" ? event.answer.value : undefined,
          }),
        },
        back: "waarde",
      },
    },
    onderwerpen: {
      meta: step({
        phase: "gg2",
        say: (c) => [c.askTopics],
        input: (c, ctx) => ({
          kind: "choice",
          multiple: true,
          options: c.topics.map(([id, label]) => ({ id, label })),
          selected: ctx.topics,
          skip: c.skip,
        }),
      }),
      on: {
        answer: {
          target: "klaar",
          actions: assign({ topics: ({ event }) => (event.type === "answer" ? choice(event.answer) : []) }),
        },
        back: "cijfer",
        skip: "klaar",
      },
    },
    klaar: { type: "final", meta: step({ phase: "samenvatting", say: (c) => [c.thanks] }) },
    gestopt: { type: "final", meta: step({ phase: "welkom", say: (c) => [c.stopped] }) },
  },
});

/** The test flow's own summary: what the API tests read back. */
interface ProefSummary {
  done: boolean;
  value: string | null;
  grade: number | null;
  topics: string[];
}

export const proefFlow = defineFlow<ProefContext, ProefContent, ProefSummary>({
  id: "proef",
  version: 1,
  machine: proefMachine,
  screened: true,
  content: proefContent,
  summarize: (ctx, _c, done) => ({
    done,
    value: ctx.value ?? null,
    grade: ctx.grade ?? null,
    topics: ctx.topics,
  }),
});

// The practice flow's side of the optional language model (src/llm): for the reply the rules just chose,
// what the model may say (the template line), who the patient is, and what must stay untold this turn.
// Pure. The rules keep deciding what happens; the model only words it.

import { flowIds } from "../../src/flow-ids.ts";
import type { DirectiveSource } from "../../src/llm/hook.ts";
import type { PatientDirective } from "../../src/llm/patient-directive.ts";
import type { Locale } from "../../src/locales.ts";
import { en } from "./content.en.ts";
import { nl } from "./content.nl.ts";
import type { OefenenContent, PersonaLines } from "./content.ts";
import type { OefenenContext, PatientState } from "./context.ts";
import { type FactTopic, factDepths } from "./facts.ts";
import { replyMessages } from "./messages.ts";
import { personas } from "./personas.ts";

const content: Record<Locale, OefenenContent> = { nl, en };

// An honest "no" to a question about suicidal thoughts stays the written line: never generated.
const neverGenerated = new Set(["suicide"]);

const stance = {
  nl: {
    acceptance: {
      hoog: "Je hebt aanvaard wat je hebt.",
      laag: "Je vindt het moeilijk te aanvaarden wat je hebt.",
    },
    control: {
      hoog: "Je vertrouwt erop dat je zelf iets kunt doen, als je weet wat.",
      laag: "Je hebt weinig vertrouwen dat je er zelf iets aan kunt doen.",
    },
  },
  en: {
    acceptance: {
      hoog: "You have accepted your condition.",
      laag: "You find it hard to accept your condition.",
    },
    control: {
      hoog: "You trust you can do something yourself, once you know what.",
      laag: "You have little faith that you can do anything about it yourself.",
    },
  },
} as const;

function isPracticeContext(context: unknown): context is OefenenContext {
  return (
    typeof context === "object" &&
    context !== null &&
    "persona" in context &&
    "reply" in context &&
    Array.isArray(context.reply) &&
    "patient" in context &&
    "turns" in context &&
    Array.isArray(context.turns)
  );
}

/** The facts per topic the patient told so far, and those that lie deeper than the patient has opened up. */
function factsOf(
  lines: PersonaLines,
  depths: Partial<Record<FactTopic, readonly number[]>>,
  patient: PatientState,
) {
  const known: string[] = [];
  const deeper: string[] = [];
  for (const [topic, facts] of Object.entries(lines.about) as [FactTopic, string[]][]) {
    const n = patient.told?.[topic] ?? 0;
    known.push(...facts.slice(0, n));
    deeper.push(...facts.filter((_, i) => i >= n && (depths[topic]?.[i] ?? 0) > patient.depth));
  }
  return { known, deeper };
}

export function practiceDirective(context: unknown, locale: Locale): PatientDirective | undefined {
  if (!isPracticeContext(context) || context.persona === null || context.reply.length === 0) return undefined;
  if (context.reply.some((part) => neverGenerated.has(part.pool))) return undefined;
  const heard = context.turns.at(-1)?.text;
  if (heard === undefined) return undefined;
  const c = content[locale];
  const lines = c.personas[context.persona];
  const persona = personas[context.persona];
  const message = replyMessages({ ...context, withHints: false }, c)[0];
  const prefix = c.says(lines.name, "");
  if (message === undefined || !message.startsWith(prefix)) return undefined;
  const { patient } = context;
  const said = (n: number | undefined) => n ?? 0;
  const facts = factsOf(lines, factDepths[context.persona], patient);
  const story = [
    ...lines.open.slice(0, said(patient.said.open)),
    ...lines.deepen.slice(0, said(patient.said.deepen)),
  ];
  const untoldStory = [
    ...lines.deepen.slice(said(patient.said.deepen)),
    ...lines.changeTalk.slice(said(patient.said.changeTalk)),
  ];
  return {
    kind: "patient",
    locale,
    region: context.region,
    name: lines.name,
    sheet: [
      ...lines.card,
      stance[locale].acceptance[persona.acceptance],
      stance[locale].control[persona.control],
    ],
    template: message.slice(prefix.length),
    acts: context.reply.map((part) => part.pool),
    // The hidden value and the goal only once the state allows them; deeper facts only once told.
    withheld: [
      ...(patient.valueVoiced ? [] : [lines.value, ...lines.valueMore]),
      ...(patient.goalTurn === null ? [lines.goal, ...lines.afterGoal] : []),
      ...facts.deeper,
      ...untoldStory,
      lines.reveal,
    ],
    known: [
      ...(patient.valueVoiced ? [lines.value] : []),
      ...(patient.goalTurn !== null ? [lines.goal] : []),
      ...facts.known,
      ...story,
    ],
    heard,
    message,
    frame: (words) => c.says(lines.name, words),
    speakerPrefix: prefix,
  };
}

export const practiceVoice: DirectiveSource = { flowId: flowIds.practice, directive: practiceDirective };

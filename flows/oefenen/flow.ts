// The practice flow as the engine sees it: machine, content per language, feedback as its summary.
// Not screened: the trainee types as the professional to a made-up patient.

import type { PracticeSummary } from "../../src/coaching/feedback-schema.ts";
import { defineFlow } from "../../src/engine/flow.ts";
import { flowIds } from "../../src/flow-ids.ts";
import { en } from "./content.en.ts";
import { nl } from "./content.nl.ts";
import type { OefenenContent } from "./content.ts";
import type { OefenenContext } from "./context.ts";
import { oefenenMachine } from "./machine.ts";
import { toSummary } from "./summary.ts";

export const oefenenFlow = defineFlow<OefenenContext, OefenenContent, PracticeSummary>({
  id: flowIds.practice,
  version: 1,
  machine: oefenenMachine,
  screened: false,
  content: { nl, en },
  summarize: (context, content, done) => toSummary(context, content, done),
});

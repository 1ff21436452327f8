// The practice flow as the engine sees it: machine, content per language, feedback as its summary.
// Not screened: the trainee types as the professional to a made-up patient.
import { defineFlow } from "../../src/engine/flow.ts";
import { en } from "./content.en.ts";
import { nl } from "./content.nl.ts";
import type { OefenenContent } from "./content.ts";
import type { OefenenContext } from "./context.ts";
import { oefenenMachine } from "./machine.ts";
import { toSummary } from "./summary.ts";

export const oefenenFlow = defineFlow<OefenenContext, OefenenContent>({
  id: "oefenen",
  version: 1,
  machine: oefenenMachine,
  screened: false,
  content: { nl, en },
  summarize: (context, content, done) => toSummary(context, content, done),
});

// The reflection flow as the engine sees it: machine, content per language, summary.
import { defineFlow } from "../../src/engine/flow.ts";
import { en } from "./content.en.ts";
import { nl } from "./content.nl.ts";
import type { ReflectieContent } from "./content.ts";
import type { ReflectieContext } from "./context.ts";
import { reflectieMachine } from "./machine.ts";
import { toSummary } from "./summary.ts";

export const reflectieFlow = defineFlow<ReflectieContext, ReflectieContent>({
  id: "reflectie",
  version: 1,
  machine: reflectieMachine,
  screened: true,
  content: { nl, en },
  summarize: (context, content, done) => toSummary(context, content, done),
});

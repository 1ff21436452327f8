// The reflection flow as the engine sees it: machine, content per language, summary.

import { defineFlow } from "../../src/engine/flow.ts";
import { flowIds } from "../../src/flow-ids.ts";
import type { Summary } from "../../src/summary/schema.ts";
import { en } from "./content.en.ts";
import { nl } from "./content.nl.ts";
import type { ReflectieContent } from "./content.ts";
import type { ReflectieContext } from "./context.ts";
import { reflectieMachine } from "./machine.ts";
import { toSummary } from "./summary.ts";
import { upgradeReflectie } from "./upgrade.ts";

export const reflectieFlow = defineFlow<ReflectieContext, ReflectieContent, Summary>({
  id: flowIds.reflection,
  version: 1,
  machine: reflectieMachine,
  screened: true,
  content: { nl, en },
  summarize: (context, content, done) => toSummary(context, content, done),
  upgrade: upgradeReflectie,
});

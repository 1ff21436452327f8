// The practice scenarios the trainee chooses from: a patient and a difficulty. "Open" and "terughoudend"
// change readiness, acceptance and the pull towards ZZ; a ketenzorg check-up adds the protocol checklist.
/*
 * A scenario id is the persona id, or the persona id and the difficulty joined by a colon ("henk:open").
 * The persona as written (personas.ts) is the standard difficulty.
 * - open: readiness +2, acceptance high, asks for advice at most once (a trainee can practise the phases).
 * - terughoudend: readiness -2, acceptance low, asks for advice more often (the pull towards ZZ is strong).
 * - ketenzorg: the persona as written, in a protocol check-up of the chronic-care programme (diabetes or
 *   COPD): the checklist topics must be covered as well as the GG conversation (see protocolOf).
 */
import type { OefenenContent } from "./content.ts";
import type { FactTopic } from "./facts.ts";
import type { Difficulty } from "./keys.ts";
import { type Persona, type PersonaId, personas } from "./personas.ts";

export { type Difficulty, difficulties } from "./keys.ts";

/** The scenarios offered, in this order: every persona as written, then the variants. */
export const scenarioIds = [
  "ans",
  "henk",
  "samira",
  "gerda",
  "ans:ketenzorg",
  "henk:ketenzorg",
  "henk:open",
  "samira:open",
  "ans:terughoudend",
  "gerda:terughoudend",
] as const satisfies readonly (PersonaId | `${PersonaId}:${Difficulty}`)[];
export type ScenarioId = (typeof scenarioIds)[number];

export function isScenarioId(id: string | undefined): id is ScenarioId {
  return (scenarioIds as readonly string[]).includes(id ?? "");
}

export function scenarioOf(id: ScenarioId): { persona: PersonaId; difficulty: Difficulty | null } {
  const [persona, difficulty] = id.split(":") as [PersonaId, Difficulty | undefined];
  return { persona, difficulty: difficulty ?? null };
}

/** The option of a scenario in the choice: the patient, and the difficulty when not as written. */
export function scenarioLabel(c: OefenenContent, id: ScenarioId): string {
  const { persona, difficulty } = scenarioOf(id);
  const label = c.personas[persona].label;
  return difficulty === null ? label : `${label}, ${c.difficulty[difficulty]}`;
}

const clampReadiness = (n: number) => Math.max(0, Math.min(10, n));

/** The persona as the patient logic sees it at a difficulty. */
export function personaAt(id: PersonaId, difficulty: Difficulty | null | undefined): Persona {
  const base = personas[id];
  if (difficulty === "open")
    return {
      ...base,
      readiness: clampReadiness(base.readiness + 2),
      acceptance: "hoog",
      asksAdviceAt: base.asksAdviceAt.slice(0, 1),
    };
  if (difficulty === "terughoudend")
    return {
      ...base,
      readiness: clampReadiness(base.readiness - 2),
      acceptance: "laag",
      asksAdviceAt: [...new Set([...base.asksAdviceAt, 4, 7])].sort((a, b) => a - b),
    };
  return base;
}

/** The protocol topics of a ketenzorg check-up for the persona's condition, or null outside one. */
export function protocolOf(
  id: PersonaId,
  difficulty: Difficulty | null | undefined,
): readonly FactTopic[] | null {
  if (difficulty !== "ketenzorg") return null;
  // Diabetes (ketenzorg DM2) and COPD check-ups both ask after the complaint, the medication, smoking and
  // moving; diabetes also after eating. The other personas have no chronic-care programme.
  if (id === "ans") return ["complaint", "medication", "smoking", "eating", "moving"];
  if (id === "henk") return ["complaint", "medication", "smoking", "moving"];
  return null;
}

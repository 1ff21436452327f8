// The simulated patients of the practice flow as the patient logic sees them: patient type, readiness
// to change and pull towards the ZZ conversation. What they say lives in the content files.
/*
 * Patient type follows Bloem & Stalpers: high or low acceptance of the condition × high or low perceived
 * control. The four personas cover all four combinations (coaching-models.md section 3).
 * - Low acceptance makes the patient slower to open up (more depth needed before the value is voiced).
 * - Readiness to change (0-10) decides how much activating talk is needed before the patient sets a goal.
 * - The pull towards ZZ is the turns at which the patient asks for advice while the conversation is
 *   still in phase 1: the trap the trainee must not step into.
 */

export const personaIds = ["ans", "henk", "samira", "gerda"] as const;
export type PersonaId = (typeof personaIds)[number];

export type Level = "hoog" | "laag";

export interface Persona {
  acceptance: Level;
  control: Level;
  /** 0-10. */
  readiness: number;
  /** Turns (1-based) at which the patient asks for advice, if the conversation is still in phase 1. */
  asksAdviceAt: readonly number[];
  /**
   * Words of what matters to the patient and of their own goal, Dutch and English (on text folded by
   * normalizeForTopic): advice in phase 3 is taken on board only when it ties to these.
   */
  ownGoal: RegExp;
}

export const personas: Record<PersonaId, Persona> = {
  // Type 2 diabetes: accepts the condition, little trust that she can change anything herself.
  ans: {
    acceptance: "hoog",
    control: "laag",
    readiness: 6,
    asksAdviceAt: [2, 6],
    ownGoal:
      /\b(?:fiets\w*|kleinkind\w*|kleintjes|noor|daan|speeltuin|energie|puf|oma|wandel\w*|kees|bik\w*|cycl\w*|grand\w*|playground|energy|walk\w*)\b/,
  },
  // COPD: "it's my age", and nothing can be done about it.
  henk: {
    acceptance: "laag",
    control: "laag",
    readiness: 3,
    asksAdviceAt: [3],
    ownGoal:
      /\b(?:vis\w*|mark|steiger|hengel\w*|lopen|loopt|wandel\w*|bram|hond|brug|fish\w*|jetty|walk\w*|dog|bridge)\b/,
  },
  // Persistent physical complaints without a clear cause: wants an explanation, sure she can act once she has one.
  samira: {
    acceptance: "laag",
    control: "hoog",
    readiness: 4,
    asksAdviceAt: [2, 5],
    ownGoal:
      /\b(?:school|klas|werk\w*|kinderen|dans\w*|zumba|vriendin\w*|opbouw\w*|mezelf|uzelf|work\w*|children|class|danc\w*|friend\w*|build\w*)\b/,
  },
  // Loneliness after a loss: accepts what happened and manages, but has lost what gave her days meaning.
  gerda: {
    acceptance: "hoog",
    control: "hoog",
    readiness: 5,
    asksAdviceAt: [2],
    ownGoal:
      /\b(?:koor\w*|zing\w*|zang\w*|kook\w*|koken|samen|mensen|nodig|vrijwillig\w*|buren|buurvrouw|choir|sing\w*|cook\w*|together|people|needed|volunteer\w*|neighbou?r\w*)\b/,
  },
};

export function isPersonaId(id: string | undefined): id is PersonaId {
  return (personaIds as readonly string[]).includes(id ?? "");
}

/** How deep the conversation must go (open question 1, reflection 2) before the patient says what matters. */
export function depthToOpenUp(persona: Persona): number {
  return persona.acceptance === "hoog" ? 4 : 6;
}

/** How many activating turns, after what matters was voiced and the shift named, lead to a goal. */
export function changeTalkNeeded(persona: Persona): number {
  if (persona.readiness >= 7) return 1;
  if (persona.readiness >= 5) return 2;
  return 3;
}

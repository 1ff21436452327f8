// The small key sets that the practice flow's context, its copy and its scenarios share. They live on
// their own so content.ts can name them without importing context.ts or scenarios.ts (no import cycle).

/** Why the session ended: the trainee chose to, the turns ran out, or the trainee closed after a goal. */
export type EndReason = "trainee" | "turns" | "closed";

/** The coach's optional hints during the conversation. */
export type HintKey = "earlyAdvice" | "unnamed" | "named" | "premature" | "pull" | "value" | "goal";

/** How a scenario differs from the persona as written (see scenarios.ts). */
export const difficulties = ["open", "terughoudend", "ketenzorg"] as const;
export type Difficulty = (typeof difficulties)[number];

// All red-flag rules in priority order: within a level the first one to fire names the category.
import { ACUTE } from "./acute.ts";
import { CHECK } from "./check.ts";
import { PLANS } from "./plans.ts";
import type { Rule } from "./rule.ts";
import { SELF_HARM } from "./self-harm.ts";
import { SUICIDE } from "./suicide.ts";
import { VEILED } from "./veiled.ts";
import { VIOLENCE } from "./violence.ts";

export { PLAN_HINT } from "./blocks.ts";
export type { Rule, RuleLevel } from "./rule.ts";

export const RULES: readonly Rule[] = [
  ...SUICIDE,
  ...PLANS,
  ...VEILED,
  ...SELF_HARM,
  ...VIOLENCE,
  ...ACUTE,
  ...CHECK,
];

// The coach in Slack: what a DM message, /coach, a button or a visit to App Home does to the user's
// one conversation, through the same engine as the web chat. Every Slack event makes at most one
// engine turn (its turnId derived from the event) and one reply; anything after the reply is cosmetic.
import { createButtonHandler } from "./buttons.ts";
import { type CoachDeps, createCoachKit } from "./coach-kit.ts";
import { createMessageHandlers } from "./dm-message.ts";
import { createHomeTab } from "./home-tab.ts";
import { createUnanswered } from "./unanswered.ts";

export type { CoachDeps, PressedWhere, SlackUser } from "./coach-kit.ts";

export function createSlackCoach(deps: CoachDeps) {
  const kit = createCoachKit(deps);
  const unanswered = createUnanswered(kit);
  const { message, command } = createMessageHandlers(kit, unanswered);
  return { message, command, action: createButtonHandler(kit, unanswered), home: createHomeTab(kit) };
}

export type SlackCoach = ReturnType<typeof createSlackCoach>;

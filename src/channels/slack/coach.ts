// The coach in Slack: what a DM message, /coach, a button or a visit to App Home does to the user's
// one conversation, through the same engine as the web chat. Every Slack event makes at most one
// engine turn (its turnId derived from the event) and one reply; anything after the reply is cosmetic.
import type { PressedAction } from "./actions.ts";
import type { SlackApi } from "./api.ts";
import { createButtonHandler } from "./buttons.ts";
import { type CoachDeps, createCoachKit, type PressedWhere, type SlackUser } from "./coach-kit.ts";
import { createMessageHandlers } from "./dm-message.ts";
import { createDownload } from "./download.ts";
import { createEraser } from "./erase-data.ts";
import { createHomeTab } from "./home-tab.ts";
import { createLabelNotes } from "./label-note-slack.ts";
import { recordingApi } from "./recording-api.ts";
import { createUnanswered } from "./unanswered.ts";

export type { CoachDeps, PressedWhere, SlackUser } from "./coach-kit.ts";

export function createSlackCoach(deps: CoachDeps) {
  const kit = createCoachKit(deps);
  const unanswered = createUnanswered(kit);
  const { message, command } = createMessageHandlers(kit, unanswered);
  const buttons = createButtonHandler(kit, unanswered);
  const home = createHomeTab(kit);
  const erase = createEraser(kit, home);
  const download = createDownload(kit);
  const notes = createLabelNotes(kit);
  // Every handler posts through this, so each message the app posts in a DM is remembered.
  const recorded = (api: SlackApi, who: SlackUser) => recordingApi(api, who, deps.store, deps.now);

  return {
    message: (
      api: SlackApi,
      who: SlackUser,
      dm: { channel: string; text: string },
      key: string,
      ackNow?: () => void,
    ) => message(recorded(api, who), who, dm, key, ackNow),
    command: (api: SlackApi, who: SlackUser) => command(recorded(api, who), who),
    action(api: SlackApi, who: SlackUser, pressed: PressedAction, key: string, where: PressedWhere) {
      if (pressed.kind === "erase") return erase(api, who, pressed.step);
      if (pressed.kind === "download") return download(recorded(api, who), who);
      return buttons(recorded(api, who), who, pressed, key, where);
    },
    home: (api: SlackApi, who: SlackUser) => home(api, who),
    /** "Dat bedoelde ik anders" on a finished practice session's label (label-note-slack.ts). */
    notes,
  };
}

export type SlackCoach = ReturnType<typeof createSlackCoach>;

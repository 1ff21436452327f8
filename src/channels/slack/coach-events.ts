// The events and the command the coach acts on, read once with the envelope (envelope.ts) and handed
// to bolt-app.ts's listeners as class instances, which they tell apart with instanceof, not by parsing.
import { z } from "zod";

const dmMessage = z.looseObject({
  type: z.literal("message"),
  channel_type: z.literal("im"),
  channel: z.string().min(1),
  user: z.string().min(1),
  text: z.string().max(40_000),
  // Edits, joins, file shares and every bot's own posts (ours included) are not answers.
  subtype: z.never().optional(),
  bot_id: z.never().optional(),
});

const homeOpened = z.looseObject({
  type: z.literal("app_home_opened"),
  user: z.string().min(1),
  tab: z.string(),
});

/** Text a person typed in the app's DM. */
export class DirectMessage {
  constructor(
    readonly user: string,
    readonly channel: string,
    readonly text: string,
  ) {}
}

/** The person opened the app's Home tab (not its Messages tab). */
export class HomeOpened {
  constructor(readonly user: string) {}
}

/** A slash command, with who typed it where. */
export class SlashCommand {
  constructor(
    readonly command: string,
    readonly userId: string,
    readonly channelId: string,
  ) {}
}

export type CoachRead = DirectMessage | HomeOpened | SlashCommand;

/** The event as the coach reads it; undefined for anything it does not act on. */
export function readEvent(event: unknown): DirectMessage | HomeOpened | undefined {
  const dm = dmMessage.safeParse(event);
  if (dm.success) return new DirectMessage(dm.data.user, dm.data.channel, dm.data.text);
  const opened = homeOpened.safeParse(event);
  if (opened.success && opened.data.tab === "home") return new HomeOpened(opened.data.user);
  return undefined;
}

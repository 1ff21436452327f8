// The Bolt App behind our receiver: one static bot token (no auth.test call at start or per event),
// the WebClient pointed at SLACK_API_URL, and listeners that hand what the receiver read (once) to the
// coach.
import { App } from "@slack/bolt";
import { z } from "zod";
import type { Logger } from "../../log.ts";
import { ACTION_PATTERN, readAction } from "./actions.ts";
import { webClientApi } from "./api.ts";
import type { SlackCoach } from "./coach.ts";
import { DirectMessage, HomeOpened, SlashCommand } from "./coach-events.ts";
import { ackNowSchema } from "./early-ack.ts";
import { BlockActions } from "./envelope.ts";
import { registerIntervision } from "./intervision/register.ts";
import type { Intervision } from "./intervision/service.ts";
import { boltLogger } from "./logging.ts";
import type { HonoReceiver } from "./receiver.ts";
import { webClientOptions } from "./web-client.ts";

export interface BoltOptions {
  botToken: string;
  /** The Web API base URL; Slack's own when unset. */
  apiUrl: string | undefined;
  receiver: HonoReceiver;
  coach: SlackCoach;
  /** Intervision rounds in channels (/intervisie); absent when there is no store for them. */
  intervision?: Intervision;
  log: Logger;
}

/** What every listener needs from Bolt's context: the team, and what our receiver set (receiver.ts). */
const contextSchema = z.looseObject({
  teamId: z.string().min(1),
  slackKey: z.string().min(1).optional(),
  ackNow: ackNowSchema.optional(),
});

export function createBoltApp(options: BoltOptions): App {
  const { coach, log } = options;
  const app = new App({
    receiver: options.receiver,
    authorize: async () => ({ botToken: options.botToken }),
    // Our own filters drop bot messages; Bolt's would need the bot id from an auth.test call.
    ignoreSelf: false,
    convoStore: false,
    logger: boltLogger(log),
    clientOptions: webClientOptions(options.apiUrl),
  });
  // Errors reach our receiver, which logs their kind only and makes the event reclaimable.
  app.error(async (error) => {
    throw error;
  });

  // The receiver read each event and command once (coach-events.ts); what it did not read is not ours.
  app.event("message", async ({ client, context }) => {
    const dm = context.slackRead;
    const ctx = contextSchema.safeParse(context);
    if (!(dm instanceof DirectMessage) || !ctx.success || !ctx.data.slackKey) return;
    await coach.message(
      webClientApi(client),
      { teamId: ctx.data.teamId, userId: dm.user },
      { channel: dm.channel, text: dm.text },
      ctx.data.slackKey,
      ctx.data.ackNow,
    );
  });

  app.event("app_home_opened", async ({ client, context }) => {
    const opened = context.slackRead;
    const ctx = contextSchema.safeParse(context);
    if (!(opened instanceof HomeOpened) || !ctx.success) return;
    const who = { teamId: ctx.data.teamId, userId: opened.user };
    const api = webClientApi(client);
    await coach.home(options.intervision ? options.intervision.homeApi(api, who) : api, who);
  });

  app.command("/coach", async ({ ack, client, context }) => {
    await ack();
    const typed = context.slackRead;
    const ctx = contextSchema.safeParse(context);
    if (!(typed instanceof SlashCommand) || !ctx.success) return;
    await coach.command(webClientApi(client), { teamId: ctx.data.teamId, userId: typed.userId });
  });

  app.action(ACTION_PATTERN, async ({ ack, action, client, context }) => {
    await ack();
    // The receiver parsed the body once (envelope.ts); a press it could not read in full is not ours.
    const parsed = context.blockActions;
    const ctx = contextSchema.safeParse(context);
    if (!(parsed instanceof BlockActions) || !ctx.success) return;
    const pressed = readAction(action, parsed.payload.state?.values);
    if (!pressed) {
      log.warn("slack action not understood");
      return;
    }
    if (pressed.kind === "tick") return;
    if (!ctx.data.slackKey) {
      log.warn("slack action without trigger id");
      return;
    }
    const { channel, message } = parsed.payload;
    const who = { teamId: ctx.data.teamId, userId: parsed.payload.user.id };
    const api = webClientApi(client);
    await coach.action(
      // "Delete my data" publishes App Home again, with the user's intervision rounds.
      pressed.kind === "erase" && options.intervision ? options.intervision.homeApi(api, who) : api,
      who,
      pressed,
      ctx.data.slackKey,
      {
        channel: channel?.id,
        messageTs: message?.ts,
        messageBlocks: message?.blocks,
        messageText: message?.text ?? "",
      },
    );
  });

  if (options.intervision) registerIntervision(app, options.intervision, log);

  return app;
}

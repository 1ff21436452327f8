// The Bolt App behind our receiver: one static bot token (no auth.test call at start or per event),
// the WebClient pointed at SLACK_API_URL, and listeners that read their payloads with zod and hand
// them to the coach.
import { App } from "@slack/bolt";
import { z } from "zod";
import type { Logger } from "../../log.ts";
import { ACTION_PATTERN, readAction } from "./actions.ts";
import { webClientApi } from "./api.ts";
import type { SlackCoach } from "./coach.ts";
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

/** What every listener needs from Bolt's context: the team, and the claim key our receiver set. */
const contextSchema = z.looseObject({ teamId: z.string().min(1), slackKey: z.string().min(1).optional() });

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

const command = z.looseObject({ user_id: z.string().min(1) });

const blockActions = z.looseObject({
  type: z.literal("block_actions"),
  user: z.looseObject({ id: z.string().min(1) }),
  channel: z.looseObject({ id: z.string().min(1) }).optional(),
  message: z
    .looseObject({
      ts: z.string().min(1),
      text: z.string().optional(),
      blocks: z.array(z.unknown()).optional(),
    })
    .optional(),
  actions: z.array(z.unknown()).min(1),
  state: z.looseObject({ values: z.unknown() }).optional(),
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

  app.event("message", async ({ event, client, context }) => {
    const dm = dmMessage.safeParse(event);
    const ctx = contextSchema.safeParse(context);
    if (!dm.success || !ctx.success || !ctx.data.slackKey) return;
    await coach.message(
      webClientApi(client),
      { teamId: ctx.data.teamId, userId: dm.data.user },
      { channel: dm.data.channel, text: dm.data.text },
      ctx.data.slackKey,
    );
  });

  app.event("app_home_opened", async ({ event, client, context }) => {
    const opened = homeOpened.safeParse(event);
    const ctx = contextSchema.safeParse(context);
    if (!opened.success || !ctx.success || opened.data.tab !== "home") return;
    const who = { teamId: ctx.data.teamId, userId: opened.data.user };
    const api = webClientApi(client);
    await coach.home(options.intervision ? options.intervision.homeApi(api, who) : api, who);
  });

  app.command("/coach", async ({ ack, command: body, client, context }) => {
    await ack();
    const parsed = command.safeParse(body);
    const ctx = contextSchema.safeParse(context);
    if (!parsed.success || !ctx.success) return;
    await coach.command(webClientApi(client), { teamId: ctx.data.teamId, userId: parsed.data.user_id });
  });

  app.action(ACTION_PATTERN, async ({ ack, body, action, client, context }) => {
    await ack();
    const parsed = blockActions.safeParse(body);
    const ctx = contextSchema.safeParse(context);
    if (!parsed.success || !ctx.success) return;
    const pressed = readAction(action, parsed.data.state?.values);
    if (!pressed) {
      log.warn("slack action not understood");
      return;
    }
    if (pressed.kind === "tick") return;
    if (!ctx.data.slackKey) {
      log.warn("slack action without trigger id");
      return;
    }
    const { channel, message } = parsed.data;
    const who = { teamId: ctx.data.teamId, userId: parsed.data.user.id };
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

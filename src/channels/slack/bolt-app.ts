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
import { viewSubmission } from "./intervision/views.ts";
import { NOTE_ACTION, NOTE_VIEW, readNoteMetadata } from "./label-note-views.ts";
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

/** A press of the label-note button in the DM, as far as we read it. */
const notePress = z.looseObject({
  trigger_id: z.string().min(1),
  user: z.looseObject({ id: z.string().min(1) }),
  channel: z.looseObject({ id: z.string().min(1).max(64) }),
  actions: z.tuple([z.looseObject({ value: z.string().max(200) })], z.unknown()),
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

  // "Dat bedoelde ik anders": ack at once, then open the modal while the press's trigger is valid.
  app.action(NOTE_ACTION, async ({ ack, body, client, context }) => {
    await ack();
    const press = notePress.safeParse(body);
    const ctx = contextSchema.safeParse(context);
    if (!press.success || !ctx.success) {
      log.warn("slack label note press not understood");
      return;
    }
    const p = press.data;
    await coach.notes.open(
      webClientApi(client),
      { teamId: ctx.data.teamId, userId: p.user.id },
      p.actions[0].value,
      p.channel.id,
      p.trigger_id,
    );
  });

  // A note is checked before the modal closes (errors inline in the ack), then kept and exported again.
  app.view(NOTE_VIEW, async ({ ack, body, client, context }) => {
    const submission = viewSubmission.safeParse(body);
    const ctx = contextSchema.safeParse(context);
    const meta = submission.success ? readNoteMetadata(submission.data.view.private_metadata) : undefined;
    if (!submission.success || !ctx.success || !meta) {
      log.warn("slack label note not understood");
      return ack();
    }
    const who = { teamId: ctx.data.teamId, userId: submission.data.user.id };
    const checked = await coach.notes.check(who, meta, submission.data.view.state.values);
    if (!checked.ok) return ack({ response_action: "errors", errors: checked.errors });
    await ack();
    await coach.notes.save(webClientApi(client), who, meta, checked.note);
  });

  if (options.intervision) registerIntervision(app, options.intervision, log);

  return app;
}

// The Bolt listeners of intervision: /intervisie, the modals, our buttons, the message shortcut that
// removes a contribution, replies in a round's thread (new, edited, deleted, with a file) and the
// app's own uninstall. Payloads are read with zod; a modal's inline errors go back in its ack
// (`response_action: "errors"`), before any slower work, within Slack's 3 seconds.
import type { App } from "@slack/bolt";
import { z } from "zod";
import type { Logger } from "../../../log.ts";
import { BlockActions } from "../envelope.ts";
import {
  contributeMetadata,
  endMetadata,
  IV_ACTION_PATTERN,
  IV_SHORTCUT,
  IV_VIEW,
  readIntervisionAction,
  readMetadata,
  removeMetadata,
  startMetadata,
} from "./ids.ts";
import { copyFor } from "./kit.ts";
import type { Intervision } from "./service.ts";
import { intervisionApi } from "./slack-api.ts";
import { readStart, readText, viewSubmission } from "./views.ts";

const context = z.looseObject({ teamId: z.string().min(1), slackKey: z.string().min(1).optional() });

const slashCommand = z.looseObject({
  user_id: z.string().min(1),
  channel_id: z.string().min(1),
  text: z.string().max(2000).default(""),
  trigger_id: z.string().min(1),
});

const inChannel = { channel_type: z.enum(["channel", "group"]), channel: z.string().min(1) };

/** A reply (also one sent to the channel too, or one with a file); bots' posts (ours too) are not. */
const threadReply = z.looseObject({
  type: z.literal("message"),
  ...inChannel,
  user: z.string().min(1),
  text: z.string().max(40_000).default(""),
  ts: z.string().min(1),
  thread_ts: z.string().min(1),
  subtype: z.enum(["thread_broadcast", "file_share"]).optional(),
  bot_id: z.never().optional(),
});

/** An edited reply: Slack sends the message as it now is. */
const editedReply = z.looseObject({
  type: z.literal("message"),
  subtype: z.literal("message_changed"),
  ...inChannel,
  message: z.looseObject({
    user: z.string().min(1),
    text: z.string().max(40_000).default(""),
    ts: z.string().min(1),
    thread_ts: z.string().min(1),
    files: z.array(z.unknown()).optional(),
    bot_id: z.never().optional(),
  }),
});

const deletedReply = z.looseObject({
  type: z.literal("message"),
  subtype: z.literal("message_deleted"),
  ...inChannel,
  deleted_ts: z.string().min(1),
  previous_message: z.looseObject({ thread_ts: z.string().min(1) }),
});

const messageShortcut = z.looseObject({
  type: z.literal("message_action"),
  user: z.looseObject({ id: z.string().min(1) }),
  trigger_id: z.string().min(1),
  channel: z.looseObject({ id: z.string().min(1) }),
  message: z.looseObject({
    ts: z.string().min(1),
    thread_ts: z.string().min(1).optional(),
    bot_id: z.string().optional(),
  }),
});

const tokensRevoked = z.looseObject({
  type: z.literal("tokens_revoked"),
  tokens: z.looseObject({ bot: z.array(z.string()).default([]) }),
});

/** Direct messages and group DMs are no place for a team's round. */
const isChannel = (id: string) => /^[CG]/.test(id);

export function registerIntervision(app: App, intervision: Intervision, log: Logger): void {
  const { start, contributions, controls, rate, cases, moderation, removal } = intervision;

  app.command("/intervisie", async ({ ack, command, client, context: ctx }) => {
    const body = slashCommand.safeParse(command);
    const c = context.safeParse(ctx);
    if (!body.success || !c.success) return ack();
    if (!isChannel(body.data.channel_id)) return ack(copyFor("nl").useInChannel);
    await ack();
    await start.command(
      intervisionApi(client),
      { teamId: c.data.teamId, userId: body.data.user_id },
      body.data.channel_id,
      body.data.text,
      body.data.trigger_id,
    );
  });

  app.view(IV_VIEW.start, async ({ ack, body, client, context: ctx }) => {
    const submission = viewSubmission.safeParse(body);
    const c = context.safeParse(ctx);
    const meta = submission.success
      ? readMetadata(startMetadata, submission.data.view.private_metadata)
      : undefined;
    if (!submission.success || !c.success || !meta) {
      log.warn("intervision start not understood");
      return ack();
    }
    const copy = copyFor(meta.l);
    const read = readStart(submission.data.view.state.values, copy);
    if (!read.ok) return ack({ response_action: "errors", errors: read.errors });
    const api = intervisionApi(client);
    const who = { teamId: c.data.teamId, userId: submission.data.user.id };
    // Only people take part: bots and apps are taken out before the modal closes.
    const checked = await start.check(api, who, read.choice, meta.l);
    if (!checked.ok) return ack({ response_action: "errors", errors: checked.errors });
    await ack();
    await start.submitted(api, who, {
      channel: meta.c,
      locale: meta.l,
      channelPrivate: meta.p,
      start: checked.start,
      viewId: submission.data.view.id,
    });
  });

  app.view(IV_VIEW.contribute, async ({ ack, body, client, context: ctx }) => {
    const submission = viewSubmission.safeParse(body);
    const c = context.safeParse(ctx);
    const meta = submission.success
      ? readMetadata(contributeMetadata, submission.data.view.private_metadata)
      : undefined;
    if (!submission.success || !c.success || !meta) return ack();
    const text = readText(submission.data.view.state.values, "text");
    const problem = await contributions.check(meta.r, text, meta.p);
    if (problem) return ack({ response_action: "errors", errors: { text: problem } });
    await ack();
    const api = intervisionApi(client);
    const who = { teamId: c.data.teamId, userId: submission.data.user.id };
    const form = { roundId: meta.r, phase: meta.p, anonymous: meta.a, text, viewId: submission.data.view.id };
    if (meta.k === "proposal") return cases.submitted(api, who, form);
    const result = await contributions.submitted(api, who, form);
    if (result) await moderation.request(api, who, result.pending);
  });

  app.view(IV_VIEW.end, async ({ ack, body, client, context: ctx }) => {
    const submission = viewSubmission.safeParse(body);
    const c = context.safeParse(ctx);
    const meta = submission.success
      ? readMetadata(endMetadata, submission.data.view.private_metadata)
      : undefined;
    if (!submission.success || !c.success || !meta || !c.data.slackKey) return ack();
    const nextSteps = readText(submission.data.view.state.values, "next_steps");
    const problem = await contributions.check(meta.r, nextSteps);
    if (problem) return ack({ response_action: "errors", errors: { next_steps: problem } });
    await ack();
    await controls.end(
      intervisionApi(client),
      { teamId: c.data.teamId, userId: submission.data.user.id },
      meta.r,
      nextSteps,
      c.data.slackKey,
    );
  });

  app.view(IV_VIEW.remove, async ({ ack, body, client, context: ctx }) => {
    const submission = viewSubmission.safeParse(body);
    const c = context.safeParse(ctx);
    const meta = submission.success
      ? readMetadata(removeMetadata, submission.data.view.private_metadata)
      : undefined;
    await ack();
    if (!submission.success || !c.success || !meta) return;
    await removal.confirmed(
      intervisionApi(client),
      { teamId: c.data.teamId, userId: submission.data.user.id },
      { contributionId: meta.c, byApp: meta.o },
    );
  });

  app.shortcut(IV_SHORTCUT.remove, async ({ ack, body, client, context: ctx }) => {
    await ack();
    const parsed = messageShortcut.safeParse(body);
    const c = context.safeParse(ctx);
    if (!parsed.success || !c.success) {
      log.warn("intervision shortcut not understood");
      return;
    }
    const { message } = parsed.data;
    await removal.shortcut(
      intervisionApi(client),
      { teamId: c.data.teamId, userId: parsed.data.user.id },
      {
        channel: parsed.data.channel.id,
        messageTs: message.ts,
        threadTs: message.thread_ts,
        byApp: message.bot_id !== undefined,
        triggerId: parsed.data.trigger_id,
      },
    );
  });

  app.action(IV_ACTION_PATTERN, async ({ ack, action, client, context: ctx }) => {
    await ack();
    // The receiver parsed the body once (../envelope.ts); a press without a trigger id opens nothing.
    const press = ctx.blockActions instanceof BlockActions ? ctx.blockActions.payload : undefined;
    const triggerId = press?.trigger_id;
    const c = context.safeParse(ctx);
    const pressed = readIntervisionAction(action);
    if (!press || !triggerId || !c.success || !pressed || !c.data.slackKey) {
      log.warn("intervision action not understood");
      return;
    }
    const api = intervisionApi(client);
    const who = { teamId: c.data.teamId, userId: press.user.id };
    const where = { channel: press.channel?.id, messageTs: press.message?.ts };
    switch (pressed.kind) {
      case "next":
      case "extend":
      case "close":
      case "end":
        return controls.control(api, who, pressed, c.data.slackKey, { triggerId });
      case "write":
      case "ask":
      case "propose":
        await contributions.open(api, who, pressed, triggerId);
        return;
      case "rate":
        return rate(api, who, pressed, where);
      case "agree": {
        const round = await contributions.agree(api, who, pressed.roundId, where.channel);
        if (round) await intervision.announcer.refreshParent(api, round);
        return;
      }
      case "vote":
        return cases.vote(api, who, pressed.contributionId, where.channel);
      case "pick":
        return cases.pick(api, who, pressed.contributionId, c.data.slackKey, where.channel);
      case "approve":
      case "reject":
        return moderation.decide(api, who, pressed.contributionId, pressed.kind === "approve", where);
    }
  });

  app.event("message", async ({ event, client, context: ctx }) => {
    const c = context.safeParse(ctx);
    if (!c.success) return;
    const api = intervisionApi(client);
    const reply = threadReply.safeParse(event);
    if (reply.success) {
      if (reply.data.thread_ts === reply.data.ts) return;
      return contributions.reply(api, c.data.teamId, {
        channel: reply.data.channel,
        userId: reply.data.user,
        text: reply.data.text,
        ts: reply.data.ts,
        threadTs: reply.data.thread_ts,
        hasFile: reply.data.subtype === "file_share",
      });
    }
    const edit = editedReply.safeParse(event);
    if (edit.success) {
      const { message } = edit.data;
      if (message.thread_ts === message.ts) return;
      return contributions.edited(api, c.data.teamId, {
        channel: edit.data.channel,
        userId: message.user,
        text: message.text,
        ts: message.ts,
        threadTs: message.thread_ts,
        hasFile: (message.files?.length ?? 0) > 0,
      });
    }
    const deletion = deletedReply.safeParse(event);
    if (deletion.success)
      return contributions.deleted(api, c.data.teamId, {
        channel: deletion.data.channel,
        deletedTs: deletion.data.deleted_ts,
        threadTs: deletion.data.previous_message.thread_ts,
      });
  });

  app.event("app_uninstalled", async ({ context: ctx }) => {
    const c = context.safeParse(ctx);
    if (c.success) await intervision.stopWorkspace(c.data.teamId, "uninstall");
  });

  app.event("tokens_revoked", async ({ event, context: ctx }) => {
    const c = context.safeParse(ctx);
    const revoked = tokensRevoked.safeParse(event);
    // Only the bot token matters: it is the one every round sends with.
    if (c.success && revoked.success && revoked.data.tokens.bot.length > 0)
      await intervision.stopWorkspace(c.data.teamId, "revoke");
  });
}

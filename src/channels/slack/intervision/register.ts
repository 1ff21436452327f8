// The Bolt listeners of intervision: /intervisie, the three modals, our buttons and replies in a
// round's thread. Payloads are read with zod; a modal's inline errors go back in its ack
// (`response_action: "errors"`), before any slower work, within Slack's 3 seconds.
import type { App } from "@slack/bolt";
import { z } from "zod";
import type { Logger } from "../../../log.ts";
import {
  contributeMetadata,
  endMetadata,
  IV_ACTION_PATTERN,
  IV_VIEW,
  readIntervisionAction,
  readMetadata,
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

const threadReply = z.looseObject({
  type: z.literal("message"),
  channel_type: z.enum(["channel", "group"]),
  channel: z.string().min(1),
  user: z.string().min(1),
  text: z.string().max(40_000),
  ts: z.string().min(1),
  thread_ts: z.string().min(1),
  // A reply also sent to the channel is still a reply; edits, deletions and bots' posts (ours too) are not.
  subtype: z.literal("thread_broadcast").optional(),
  bot_id: z.never().optional(),
});

const blockActions = z.looseObject({
  type: z.literal("block_actions"),
  user: z.looseObject({ id: z.string().min(1) }),
  trigger_id: z.string().min(1),
  channel: z.looseObject({ id: z.string().min(1) }).optional(),
  message: z.looseObject({ ts: z.string().min(1) }).optional(),
});

/** Direct messages and group DMs are no place for a team's round. */
const isChannel = (id: string) => /^[CG]/.test(id);

export function registerIntervision(app: App, intervision: Intervision, log: Logger): void {
  const { start, contributions, controls, rate } = intervision;

  app.command("/intervisie", async ({ ack, command, client, context: ctx }) => {
    const body = slashCommand.safeParse(command);
    if (!body.success || !context.safeParse(ctx).success) return ack();
    if (!isChannel(body.data.channel_id)) return ack(copyFor("nl").useInChannel);
    await ack();
    await start.command(intervisionApi(client), body.data.channel_id, body.data.text, body.data.trigger_id);
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
    const read = readStart(submission.data.view.state.values, copyFor(meta.l));
    if (!read.ok) return ack({ response_action: "errors", errors: read.errors });
    await ack();
    await start.submitted(
      intervisionApi(client),
      { teamId: c.data.teamId, userId: submission.data.user.id },
      { channel: meta.c, locale: meta.l, choice: read.choice, viewId: submission.data.view.id },
    );
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
    await contributions.submitted(
      intervisionApi(client),
      { teamId: c.data.teamId, userId: submission.data.user.id },
      { roundId: meta.r, phase: meta.p, anonymous: meta.a, text, viewId: submission.data.view.id },
    );
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

  app.action(IV_ACTION_PATTERN, async ({ ack, body, action, client, context: ctx }) => {
    await ack();
    const parsed = blockActions.safeParse(body);
    const c = context.safeParse(ctx);
    const pressed = readIntervisionAction(action);
    if (!parsed.success || !c.success || !pressed || !c.data.slackKey) {
      log.warn("intervision action not understood");
      return;
    }
    const api = intervisionApi(client);
    const who = { teamId: c.data.teamId, userId: parsed.data.user.id };
    switch (pressed.kind) {
      case "next":
      case "extend":
      case "close":
      case "end":
        return controls.control(api, who, pressed, c.data.slackKey, { triggerId: parsed.data.trigger_id });
      case "write":
      case "ask":
        return contributions.open(api, who, pressed, parsed.data.trigger_id);
      case "rate":
        return rate(api, who, pressed, {
          channel: parsed.data.channel?.id,
          messageTs: parsed.data.message?.ts,
        });
    }
  });

  app.event("message", async ({ event, client, context: ctx }) => {
    const reply = threadReply.safeParse(event);
    const c = context.safeParse(ctx);
    if (!reply.success || !c.success || reply.data.thread_ts === reply.data.ts) return;
    await contributions.reply(intervisionApi(client), c.data.teamId, {
      channel: reply.data.channel,
      userId: reply.data.user,
      text: reply.data.text,
      ts: reply.data.ts,
      threadTs: reply.data.thread_ts,
    });
  });
}

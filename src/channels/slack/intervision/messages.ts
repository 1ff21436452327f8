// Block Kit for intervision: the parent message (the method's steps, where the round is, the
// facilitator's controls), each phase's message in the thread, contributions made through a modal,
// the case bringer's rating message, the reminder, the record and App Home's list. Pure.
import type { types } from "@slack/bolt";
import { METHODS, type Phase, phaseOf } from "../../../intervision/methods.ts";
import { RATINGS, type Rating, type RecordModel } from "../../../intervision/record.ts";
import type { Round } from "../../../intervision/store.ts";
import { type Locale, languageTag } from "../../../locales.ts";
import { button, contextLine, LIMITS, type SlackMessage } from "../blocks.ts";
import { chunk, escapeMrkdwn, truncate } from "../text.ts";
import type { IntervisionCopy } from "./copy.ts";
import { IV_ACTION } from "./ids.ts";

type KnownBlock = types.KnownBlock;

/** How many hours the facilitator's extend button adds. */
export const EXTEND_HOURS = 24;

/** Slack ids only ever become mentions; anything else is shown as text. */
export const mention = (id: string) => (/^[UW][A-Z0-9]{2,20}$/.test(id) ? `<@${id}>` : escapeMrkdwn(id));
export const channelLink = (id: string) => (/^[CG][A-Z0-9]{2,20}$/.test(id) ? `<#${id}>` : escapeMrkdwn(id));

function fallbackDate(ms: number, locale: Locale): string {
  return new Intl.DateTimeFormat(languageTag[locale], {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Amsterdam",
  }).format(new Date(ms));
}

/** A date Slack shows in each reader's own time zone, with a Dutch-time fallback. */
export function slackDate(ms: number, locale: Locale): string {
  const seconds = Math.floor(ms / 1000);
  return `<!date^${seconds}^{date_short_pretty} {time}|${fallbackDate(ms, locale)}>`;
}

const mrkdwn = (text: string): KnownBlock => ({
  type: "section",
  text: { type: "mrkdwn", text: truncate(text, LIMITS.sectionText) },
});

/** A context line of our own mrkdwn (mentions and dates stay live; callers escape what people wrote). */
const context = (text: string): KnownBlock => ({
  type: "context",
  elements: [{ type: "mrkdwn", text: truncate(text, LIMITS.sectionText) }],
});

const fallback = (text: string) => truncate(text.replace(/\s+/g, " ").trim(), LIMITS.fallbackText) || " ";

const quote = (text: string) =>
  escapeMrkdwn(text)
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");

export function phaseName(round: Pick<Round, "method" | "locale">, index: number): string {
  return phaseOf(round.method, index).text[round.locale].name;
}

/** The parent message: the method's steps with where the round is, and the facilitator's controls. */
export function parentMessage(round: Round, participantCount: number, copy: IntervisionCopy): SlackMessage {
  const method = METHODS[round.method];
  const running = round.status === "running";
  const steps = method.phases.map((phase, i) => {
    const name = escapeMrkdwn(phase.text[round.locale].name);
    if (!running || i < round.phase) return `✅ ${i + 1}. ${name}`;
    if (i > round.phase) return `◻️ ${i + 1}. ${name}`;
    const when =
      round.deadlineAt === null
        ? ""
        : ` · ${(round.phaseOpen ? copy.until : copy.closedUntil)(slackDate(round.deadlineAt, round.locale))}`;
    return `▶️ *${i + 1}. ${name}*${when}`;
  });
  const blocks: KnownBlock[] = [
    {
      type: "header",
      text: { type: "plain_text", text: truncate(copy.header(method.name[round.locale]), LIMITS.headerText) },
    },
    mrkdwn(copy.people(mention(round.facilitatorId), mention(round.caseBringerId), participantCount)),
    ...(round.anonymousQuestions ? [contextLine(copy.anonymousOn)] : []),
    mrkdwn(steps.join("\n")),
  ];
  if (running) {
    const value = JSON.stringify({ r: round.id, v: round.version });
    const last = round.phase === method.phases.length - 1;
    blocks.push({
      type: "actions",
      block_id: "gc_iv_controls",
      elements: [
        button(IV_ACTION.next, last ? copy.finish : copy.next, value, "primary"),
        button(IV_ACTION.extend, copy.extend(EXTEND_HOURS), value),
        ...(round.phaseOpen ? [button(IV_ACTION.close, copy.close, value)] : []),
        button(IV_ACTION.end, copy.end, value, "danger"),
      ],
    });
    blocks.push(contextLine(copy.parentFooter));
  } else if (round.endedAt !== null) {
    blocks.push(mrkdwn(copy.endedOn(slackDate(round.endedAt, round.locale))));
  }
  return { text: fallback(copy.header(method.name[round.locale])), blocks };
}

function turnLine(phase: Phase, round: Round, copy: IntervisionCopy): string {
  const caseBringer = mention(round.caseBringerId);
  switch (phase.contributors) {
    case "caseBringer":
      return copy.turnCaseBringer(caseBringer);
    case "group":
      return copy.turnGroup(caseBringer);
    case "everyone":
      return copy.turnEveryone;
  }
}

/** A phase's message in the thread: what to do, whose turn it is, until when, and how to contribute. */
export function phaseMessage(
  round: Round,
  index: number,
  copy: IntervisionCopy,
  shown: "current" | "over",
): SlackMessage {
  const phase = phaseOf(round.method, index);
  const text = phase.text[round.locale];
  const count = METHODS[round.method].phases.length;
  const title = copy.phaseTitle(index + 1, count, text.name);
  const blocks: KnownBlock[] = [];
  if (shown === "current" && index > 0 && round.changedBy === "deadline")
    blocks.push(contextLine(copy.timeUp));
  blocks.push(mrkdwn(`*${escapeMrkdwn(title)}*\n${escapeMrkdwn(text.instructions)}`));
  if (shown === "over") {
    blocks.push(contextLine(copy.phaseOver));
    return { text: fallback(title), blocks };
  }
  const lines = [turnLine(phase, round, copy)];
  if (phase.rules.caseBringerListens) lines.push(copy.listens(mention(round.caseBringerId)));
  if (round.deadlineAt !== null) lines.push(copy.phaseRunsUntil(slackDate(round.deadlineAt, round.locale)));
  blocks.push(mrkdwn(lines.join("\n")));
  const value = JSON.stringify({ r: round.id, p: index });
  const buttons = [button(IV_ACTION.write, copy.write, value)];
  if (round.anonymousQuestions && phase.rules.questionsOnly)
    buttons.push(button(IV_ACTION.ask, copy.ask, value));
  blocks.push({ type: "actions", block_id: "gc_iv_contribute", elements: buttons });
  return { text: fallback(`${title}: ${text.instructions}`), blocks };
}

/** A contribution made through the modal, posted by the app in the thread. */
export function contributionMessage(
  text: string,
  author: string,
  anonymous: boolean,
  copy: IntervisionCopy,
): SlackMessage {
  const heading = anonymous ? copy.anonymousQuestion : copy.contributionBy(mention(author));
  const body = chunk(quote(text), LIMITS.sectionText - heading.length - 4);
  return {
    text: fallback(`${anonymous ? copy.anonymousQuestion : copy.contributionBy("")}: ${text}`),
    blocks: body.map((piece, i) => mrkdwn(i === 0 ? `*${heading}*\n${piece}` : piece)),
  };
}

/** A short note in the thread (extended, closed). */
export function threadNote(text: string): SlackMessage {
  return { text: fallback(text), blocks: [context(text)] };
}

/** The case bringer's private message about one question, with the rating buttons. */
export function ratingMessage(
  round: Round,
  contribution: { id: string; phase: number; text: string; userId: string; anonymous: boolean },
  copy: IntervisionCopy,
  chosen: Rating | null,
): SlackMessage {
  const by = contribution.anonymous
    ? copy.anonymousQuestion
    : copy.contributionBy(mention(contribution.userId));
  const ask = copy.rateAsk(channelLink(round.channelId), escapeMrkdwn(phaseName(round, contribution.phase)));
  const blocks: KnownBlock[] = [
    mrkdwn(`${ask}\n_${by}_\n${truncate(quote(contribution.text), LIMITS.sectionText - 400)}`),
    contextLine(copy.rateQuestion),
    {
      type: "actions",
      block_id: "gc_iv_rate",
      elements: RATINGS.map((rating) =>
        button(
          `${IV_ACTION.rate}:${rating}`,
          copy.ratings[rating],
          JSON.stringify({ c: contribution.id, k: rating }),
          chosen === rating ? "primary" : undefined,
        ),
      ),
    },
  ];
  if (chosen) blocks.push(contextLine(copy.rated(copy.ratings[chosen])));
  return { text: fallback(`${copy.rateQuestion} ${contribution.text}`), blocks };
}

export function reminderMessage(round: Round, copy: IntervisionCopy): SlackMessage {
  const text = copy.reminder(
    channelLink(round.channelId),
    escapeMrkdwn(phaseName(round, round.phase)),
    round.deadlineAt === null ? "" : slackDate(round.deadlineAt, round.locale),
  );
  return { text: fallback(text), blocks: [mrkdwn(text)] };
}

/** Splits blocks over as many messages as Block Kit's 50-block limit needs. */
function messagesOf(blocks: KnownBlock[], text: string): SlackMessage[] {
  const messages: SlackMessage[] = [];
  for (let i = 0; i < blocks.length; i += LIMITS.blocksPerMessage)
    messages.push({ text: fallback(text), blocks: blocks.slice(i, i + LIMITS.blocksPerMessage) });
  return messages;
}

/** The record in the thread: one or more messages. */
export function recordMessages(model: RecordModel, copy: IntervisionCopy): SlackMessage[] {
  const blocks: KnownBlock[] = [
    contextLine(copy.recordFollows),
    { type: "header", text: { type: "plain_text", text: truncate(model.title, LIMITS.headerText) } },
    contextLine(model.meta),
  ];
  for (const section of model.sections) {
    const body = `*${escapeMrkdwn(section.heading)}*\n${section.items.map((i) => `• ${escapeMrkdwn(i)}`).join("\n")}`;
    for (const piece of chunk(body, LIMITS.sectionText)) blocks.push(mrkdwn(piece));
  }
  if (model.masked > 0) blocks.push(contextLine(copy.maskedNote(model.masked)));
  blocks.push(contextLine(copy.recordSent));
  return messagesOf(blocks, model.title);
}

/** The record as Markdown for the facilitator's DM, in code blocks that Slack leaves alone. */
export function markdownMessages(markdown: string, channelId: string, copy: IntervisionCopy): SlackMessage[] {
  const lead = copy.markdownFor(channelLink(channelId));
  // Room for the fences; a fence inside the text would end the block early, so it is broken up.
  const pieces = chunk(markdown.replace(/```/g, "``\u200b`"), LIMITS.sectionText - 10);
  const blocks: KnownBlock[] = [mrkdwn(lead), ...pieces.map((p) => mrkdwn(`\`\`\`${p}\`\`\``))];
  return messagesOf(blocks, lead);
}

/** App Home's intervision part: the user's running rounds. */
export function homeBlocks(rounds: Round[], userId: string, copy: IntervisionCopy): KnownBlock[] {
  const blocks: KnownBlock[] = [
    { type: "header", text: { type: "plain_text", text: copy.homeHeader, emoji: true } },
  ];
  if (rounds.length === 0) return [...blocks, contextLine(copy.homeNone), { type: "divider" }];
  for (const round of rounds) {
    const method = METHODS[round.method];
    const line = copy.homeItem(
      escapeMrkdwn(method.name[round.locale]),
      channelLink(round.channelId),
      round.phase + 1,
      method.phases.length,
      escapeMrkdwn(phaseName(round, round.phase)),
      round.deadlineAt === null ? "" : slackDate(round.deadlineAt, round.locale),
    );
    const role =
      round.facilitatorId === userId
        ? copy.homeFacilitator
        : round.caseBringerId === userId
          ? copy.homeCaseBringer
          : undefined;
    blocks.push(mrkdwn(role ? `${line} · _${role}_` : line));
  }
  blocks.push({ type: "divider" });
  return blocks;
}

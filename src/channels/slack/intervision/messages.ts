// Block Kit for intervision: the parent message (the method's steps, where the round is, the
// facilitator's controls), each phase's message in the thread (whose turn, the confidentiality
// agreement and last round's agreements in the first), contributions and case proposals made through
// a modal, the rating and review DMs, the reminder, the record and App Home's lists. Pure. Whatever a
// person wrote is escaped everywhere, the notification text included, so it never becomes a mention
// or a link.
import type { types } from "@slack/bolt";
import { maskIdentifiers } from "../../../intervision/identifiers.ts";
import { METHODS, type Phase, phaseAt, phasesOf } from "../../../intervision/methods.ts";
import { RATINGS, type Rating, type RecordModel } from "../../../intervision/record.ts";
import { phasePlanOf, type Round } from "../../../intervision/store.ts";
import { type Locale, languageTag } from "../../../locales.ts";
import { button, contextLine, LIMITS, type SlackMessage } from "../blocks.ts";
import { chunk, escapeMrkdwn, truncate } from "../text.ts";
import type { IntervisionCopy } from "./copy.ts";
import { IV_ACTION } from "./ids.ts";
import { packMessages } from "./pack.ts";

type KnownBlock = types.KnownBlock;

/** How many hours the facilitator's extend button adds. */
export const EXTEND_HOURS = 24;
/** Mentions in one line; more people are counted instead of named. */
const MAX_MENTIONS = 20;

/** Slack ids only ever become mentions; anything else is shown as text. */
export const mention = (id: string) => (/^[UW][A-Z0-9]{2,20}$/.test(id) ? `<@${id}>` : escapeMrkdwn(id));
export const channelLink = (id: string) => (/^[CG][A-Z0-9]{2,20}$/.test(id) ? `<#${id}>` : escapeMrkdwn(id));

/** People as mentions, the first twenty by name and the rest as a count. */
export function mentions(ids: string[], copy: IntervisionCopy): string {
  const named = ids.slice(0, MAX_MENTIONS).map(mention);
  if (ids.length > MAX_MENTIONS) named.push(copy.andOthers(ids.length - MAX_MENTIONS));
  if (named.length <= 1) return named[0] ?? "";
  return `${named.slice(0, -1).join(", ")} ${copy.and} ${named.at(-1)}`;
}

/** The round's thread as a link for a DM: Slack's permalink when we have one, else the channel. */
function threadLink(round: Round, copy: IntervisionCopy): string {
  const url = round.parentLink;
  return url && /^https:\/\/[^\s<>|]+$/.test(url) ? copy.threadLink(url) : channelLink(round.channelId);
}

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

/** A day (no time), shown in each reader's own time zone. */
function slackDay(ms: number, locale: Locale): string {
  const day = new Intl.DateTimeFormat(languageTag[locale], {
    dateStyle: "long",
    timeZone: "Europe/Amsterdam",
  });
  return `<!date^${Math.floor(ms / 1000)}^{date_long}|${day.format(new Date(ms))}>`;
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

/** The notification and screen-reader text: one line, what people wrote escaped by the caller. */
const fallback = (text: string) => truncate(text.replace(/\s+/g, " ").trim(), LIMITS.fallbackText) || " ";

const quote = (text: string) =>
  escapeMrkdwn(text)
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");

export function phaseName(round: Pick<Round, "method" | "locale" | "caseCollection">, index: number): string {
  return phaseAt(phasePlanOf(round), index).text[round.locale].name;
}

const caseBringerOf = (round: Round, copy: IntervisionCopy) =>
  round.caseBringerId ? mention(round.caseBringerId) : copy.caseBringerToChoose;

export interface ParentFacts {
  participants: number;
  confirmed: number;
}

/** The parent message: the method's steps with where the round is, and the facilitator's controls. */
export function parentMessage(round: Round, facts: ParentFacts, copy: IntervisionCopy): SlackMessage {
  const method = METHODS[round.method];
  const phases = phasesOf(phasePlanOf(round));
  const running = round.status === "running";
  const steps = phases.map((phase, i) => {
    const name = escapeMrkdwn(phase.text[round.locale].name);
    if (!running || i < round.phase) return `✅ ${i + 1}. ${name}`;
    if (i > round.phase) return `◻️ ${i + 1}. ${name}`;
    const when =
      round.deadlineAt === null
        ? ""
        : ` · ${(round.phaseOpen ? copy.until : copy.closedUntil)(slackDate(round.deadlineAt, round.locale))}`;
    return `▶️ *${i + 1}. ${name}*${when}`;
  });
  const people = copy.people(mention(round.facilitatorId), caseBringerOf(round, copy), facts.participants);
  const blocks: KnownBlock[] = [
    {
      type: "header",
      text: { type: "plain_text", text: truncate(copy.header(method.name[round.locale]), LIMITS.headerText) },
    },
    mrkdwn(`${people}\n${copy.confirmedCount(facts.confirmed, facts.participants)}`),
    ...(round.anonymousQuestions ? [contextLine(copy.anonymousOn)] : []),
    mrkdwn(steps.join("\n")),
  ];
  if (running) {
    const value = JSON.stringify({ r: round.id, v: round.version });
    const last = round.phase === phases.length - 1;
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

/** Who should act in a phase: the case bringer, everyone else, or everyone. */
export function actorsOf(phase: Phase, round: Round, participants: string[]): string[] {
  switch (phase.contributors) {
    case "caseBringer":
      return round.caseBringerId ? [round.caseBringerId] : participants;
    case "group":
      return participants.filter((p) => p !== round.caseBringerId);
    case "everyone":
      return participants;
  }
}

/** What the first phase message adds: the confidentiality agreement and the last round's agreements. */
export interface Opening {
  previous?: { endedAt: number; nextSteps: string };
}

function openingBlocks(round: Round, copy: IntervisionCopy, opening: Opening): KnownBlock[] {
  const blocks: KnownBlock[] = [
    mrkdwn(copy.confidentiality),
    context(round.channelPrivate === false ? copy.visibilityPublic : copy.visibilityPrivate),
    {
      type: "actions",
      block_id: "gc_iv_agree",
      elements: [button(IV_ACTION.agree, copy.confirm, JSON.stringify({ r: round.id }), "primary")],
    },
  ];
  const previous = opening.previous;
  if (previous) {
    const items = previous.nextSteps
      .split(/\n+/)
      .map((line) => line.replace(/^\s*[-*•]\s*/, "").trim())
      .filter((line) => line.length > 0)
      .map((line) => `• ${escapeMrkdwn(maskIdentifiers(line, (kind) => copy.kinds[kind]).text)}`);
    if (items.length > 0)
      blocks.push(
        ...chunk(
          `${copy.previousSteps(slackDay(previous.endedAt, round.locale))}\n${items.join("\n")}\n${copy.previousAsk}`,
          LIMITS.sectionText,
        ).map(mrkdwn),
      );
  }
  blocks.push({ type: "divider" });
  return blocks;
}

/**
 * A phase's message in the thread: what to do, who should act now (by name, never the one who
 * should not), until when, and how to contribute. The first phase's also holds the opening.
 */
export function phaseMessage(
  round: Round,
  index: number,
  copy: IntervisionCopy,
  shown: "current" | "over",
  participants: string[] = [],
  opening?: Opening,
): SlackMessage {
  const phases = phasesOf(phasePlanOf(round));
  const phase = phaseAt(phasePlanOf(round), index);
  const text = phase.text[round.locale];
  const title = copy.phaseTitle(index + 1, phases.length, text.name);
  const blocks: KnownBlock[] = index === 0 ? openingBlocks(round, copy, opening ?? {}) : [];
  if (shown === "current" && index > 0 && round.changedBy === "deadline")
    blocks.push(contextLine(copy.timeUp));
  blocks.push(mrkdwn(`*${escapeMrkdwn(title)}*\n${escapeMrkdwn(text.instructions)}`));
  if (shown === "over") {
    blocks.push(contextLine(copy.phaseOver));
    return { text: fallback(title), blocks };
  }
  const actors = actorsOf(phase, round, participants);
  const turn =
    phase.contributors === "caseBringer" && round.caseBringerId
      ? copy.turnCaseBringer(mention(round.caseBringerId))
      : copy.turnPeople(mentions(actors, copy));
  const lines = [turn];
  if (phase.rules.caseBringerListens) lines.push(copy.listens(mention(round.caseBringerId)));
  if (round.deadlineAt !== null) lines.push(copy.phaseRunsUntil(slackDate(round.deadlineAt, round.locale)));
  blocks.push(mrkdwn(lines.join("\n")));
  const value = JSON.stringify({ r: round.id, p: index });
  const buttons = phase.rules.proposals
    ? [button(IV_ACTION.propose, copy.propose, value, "primary")]
    : [button(IV_ACTION.write, copy.write, value)];
  if (round.anonymousQuestions && phase.rules.questionsOnly)
    buttons.push(button(IV_ACTION.ask, copy.ask, value));
  blocks.push({ type: "actions", block_id: "gc_iv_contribute", elements: buttons });
  return { text: fallback(`${title}. ${turn}`), blocks };
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
    text: fallback(`${anonymous ? copy.anonymousQuestion : copy.contributionBy("")}: ${escapeMrkdwn(text)}`),
    blocks: body.map((piece, i) => mrkdwn(i === 0 ? `*${heading}*\n${piece}` : piece)),
  };
}

/** A proposed case in the thread, without its author, with a vote and the facilitator's pick. */
export function proposalMessage(
  contribution: { id: string; text: string },
  n: number,
  copy: IntervisionCopy,
): SlackMessage {
  const heading = copy.proposalHeading(n);
  const value = JSON.stringify({ c: contribution.id });
  return {
    text: fallback(`${heading}: ${escapeMrkdwn(contribution.text)}`),
    blocks: [
      mrkdwn(`*${escapeMrkdwn(heading)}*\n${truncate(quote(contribution.text), LIMITS.sectionText - 100)}`),
      {
        type: "actions",
        block_id: "gc_iv_proposal",
        elements: [button(IV_ACTION.vote, copy.vote, value), button(IV_ACTION.pick, copy.pick, value)],
      },
    ],
  };
}

/** A short note in the thread (extended, closed), or a DM of our own words. */
export function threadNote(text: string): SlackMessage {
  return { text: fallback(text), blocks: [context(text)] };
}

/** The case bringer's private message about one question, with the rating buttons and a link to the thread. */
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
    context(`${escapeMrkdwn(copy.rateQuestion)} ${threadLink(round, copy)}`),
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
  return { text: fallback(`${copy.rateQuestion} ${escapeMrkdwn(contribution.text)}`), blocks };
}

/** The facilitator's DM about an anonymous question waiting for approval; after deciding, the outcome. */
export function reviewMessage(
  round: Round,
  contribution: { id: string; phase: number; text: string },
  copy: IntervisionCopy,
  outcome?: "approved" | "rejected",
): SlackMessage {
  const ask = copy.reviewAsk(
    channelLink(round.channelId),
    escapeMrkdwn(phaseName(round, contribution.phase)),
  );
  const value = JSON.stringify({ c: contribution.id });
  const blocks: KnownBlock[] = [
    mrkdwn(
      `${ask}\n${truncate(quote(outcome === "rejected" ? "…" : contribution.text), LIMITS.sectionText - 400)}`,
    ),
  ];
  if (outcome) blocks.push(contextLine(outcome === "approved" ? copy.reviewApproved : copy.reviewRejected));
  else
    blocks.push(context(threadLink(round, copy)), {
      type: "actions",
      block_id: "gc_iv_review",
      elements: [
        button(IV_ACTION.approve, copy.approve, value, "primary"),
        button(IV_ACTION.reject, copy.reject, value, "danger"),
      ],
    });
  return { text: fallback(ask.replace(/<[^>]*>/g, "")), blocks };
}

export function reminderMessage(round: Round, copy: IntervisionCopy): SlackMessage {
  const text = copy.reminder(
    channelLink(round.channelId),
    escapeMrkdwn(phaseName(round, round.phase)),
    round.deadlineAt === null ? "" : slackDate(round.deadlineAt, round.locale),
  );
  return { text: fallback(text), blocks: [mrkdwn(text), context(threadLink(round, copy))] };
}

/** The record in the thread: as many messages as Slack's limits need, each within them. */
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
  return packMessages(blocks, model.title, contextLine(copy.recordContinued));
}

/** The record as Markdown for the facilitator's DM, in code blocks, escaped so nothing in it pings anyone. */
export function markdownMessages(markdown: string, channelId: string, copy: IntervisionCopy): SlackMessage[] {
  const lead = copy.markdownFor(channelLink(channelId));
  // Room for the fences; a fence inside the text would end the block early, so it is broken up.
  const pieces = chunk(escapeMrkdwn(markdown.replace(/```/g, "``\u200b`")), LIMITS.sectionText - 10);
  const blocks: KnownBlock[] = [mrkdwn(lead), ...pieces.map((p) => mrkdwn(`\`\`\`${p}\`\`\``))];
  return packMessages(blocks, lead.replace(/<[^>]*>/g, "").trim());
}

/** The facilitator's DM when Slack refuses the round's channel for good. */
export function blockedMessage(round: Round, copy: IntervisionCopy): SlackMessage {
  const reason =
    (round.blockedReason ? copy.blockedReasons[round.blockedReason] : undefined) ?? copy.blockedOther;
  return threadNote(copy.blocked(channelLink(round.channelId), reason));
}

/** App Home's intervision part: the user's running rounds, and ended ones with a link to their record. */
export function homeBlocks(
  running: Round[],
  ended: Round[],
  userId: string,
  copy: IntervisionCopy,
): KnownBlock[] {
  const blocks: KnownBlock[] = [
    { type: "header", text: { type: "plain_text", text: copy.homeHeader, emoji: true } },
  ];
  if (running.length === 0) blocks.push(contextLine(copy.homeNone));
  for (const round of running) {
    const method = METHODS[round.method];
    const line = copy.homeItem(
      escapeMrkdwn(method.name[round.locale]),
      channelLink(round.channelId),
      round.phase + 1,
      phasesOf(phasePlanOf(round)).length,
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
  if (ended.length > 0) {
    blocks.push({ type: "header", text: { type: "plain_text", text: copy.homeEnded, emoji: true } });
    for (const round of ended) {
      const url = round.recordLink;
      const link = url && /^https:\/\/[^\s<>|]+$/.test(url) ? ` · <${url}|${copy.homeRecord}>` : "";
      blocks.push(
        mrkdwn(
          copy.homeEndedItem(
            escapeMrkdwn(METHODS[round.method].name[round.locale]),
            channelLink(round.channelId),
            slackDay(round.endedAt ?? round.createdAt, round.locale),
            link,
          ),
        ),
      );
    }
  }
  blocks.push({ type: "divider" });
  return blocks;
}

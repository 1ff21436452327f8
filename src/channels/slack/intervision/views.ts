// The intervision modals (start a round, write a contribution, anonymous question or case proposal,
// end the round, remove a contribution) and reading their submissions back with zod. Pure: data in,
// Block Kit JSON out, and back.
import type { types } from "@slack/bolt";
import { z } from "zod";
import { METHOD_IDS, METHODS, type MethodId } from "../../../intervision/methods.ts";
import type { WorkHours } from "../../../intervision/store.ts";
import type { Locale } from "../../../locales.ts";
import { escapeMrkdwn, truncate } from "../text.ts";
import type { IntervisionCopy } from "./copy.ts";
import { IV_VIEW } from "./ids.ts";

export const PHASE_HOURS = [12, 24, 48, 72] as const;
export const DEFAULT_PHASE_HOURS = 24;
export const MIN_PARTICIPANTS = 3;
export const MAX_PARTICIPANTS = 100;
/** A contribution is a message, not an essay: Block Kit's section limit, with room for the heading. */
export const MAX_CONTRIBUTION = 2900;

const plain = (text: string, max = 75): types.PlainTextElement => ({
  type: "plain_text",
  text: truncate(text, max),
  emoji: true,
});

function modal(
  callbackId: string,
  title: string,
  submit: string | undefined,
  copy: IntervisionCopy,
  metadata: string,
  blocks: types.KnownBlock[],
): types.ModalView {
  return {
    type: "modal",
    callback_id: callbackId,
    title: plain(title, 24),
    ...(submit ? { submit: plain(submit, 24) } : {}),
    close: plain(submit ? copy.cancel : copy.dismiss, 24),
    private_metadata: metadata,
    blocks,
  };
}

/** The start modal while the channel and its people are looked up: nothing to submit yet. */
export function loadingModal(copy: IntervisionCopy, metadata: string): types.ModalView {
  return modal(IV_VIEW.loading, copy.modalTitle, undefined, copy, metadata, [
    { type: "section", text: { type: "mrkdwn", text: copy.loading } },
  ]);
}

/** The start modal when no round can run in the channel (the app is not in it, or it is archived). */
export function cannotStartModal(copy: IntervisionCopy, text: string): types.ModalView {
  return modal(IV_VIEW.loading, copy.modalTitle, undefined, copy, "{}", [
    { type: "section", text: { type: "mrkdwn", text } },
  ]);
}

const option = (text: string, value: string): types.PlainTextOption => ({ text: plain(text), value });

export function startModal(
  copy: IntervisionCopy,
  locale: Locale,
  metadata: string,
  members: string[],
  channelPrivate: boolean | null,
  /** The channel is too big to fill in its members: the facilitator picks the participants. */
  crowded = false,
): types.ModalView {
  const methods = METHOD_IDS.map((id) => option(METHODS[id].name[locale], id));
  const hours = PHASE_HOURS.map((h) => option(copy.hours(h), String(h)));
  const yes = option(copy.anonymousYes, "yes");
  const reviewed = option(copy.anonymousReviewed, "reviewed");
  const no = option(copy.anonymousNo, "no");
  const byMethod = option(copy.casesMethod, "method");
  const office = option(copy.workOffice, "office");
  return modal(IV_VIEW.start, copy.modalTitle, copy.start, copy, metadata, [
    { type: "section", text: { type: "mrkdwn", text: copy.modalIntro } },
    {
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text: channelPrivate === false ? copy.visibilityPublic : copy.visibilityPrivate,
        },
      ],
    },
    {
      type: "input",
      block_id: "method",
      label: plain(copy.method),
      element: {
        type: "static_select",
        action_id: "method",
        options: methods,
        ...(methods[0] ? { initial_option: methods[0] } : {}),
      },
    },
    {
      type: "context",
      elements: METHOD_IDS.map((id) => ({
        type: "mrkdwn" as const,
        text: `*${METHODS[id].name[locale]}*: ${METHODS[id].summary[locale]}`,
      })),
    },
    {
      type: "input",
      block_id: "cases",
      label: plain(copy.cases),
      element: {
        type: "radio_buttons",
        action_id: "choice",
        options: [byMethod, option(copy.casesCollect, "collect"), option(copy.casesFixed, "fixed")],
        initial_option: byMethod,
      },
    },
    {
      type: "input",
      block_id: "case_bringer",
      optional: true,
      label: plain(copy.caseBringer),
      hint: plain(copy.caseBringerHint, 150),
      element: { type: "users_select", action_id: "user" },
    },
    {
      type: "input",
      block_id: "participants",
      label: plain(copy.participants),
      hint: plain(crowded ? copy.participantsHintCrowded : copy.participantsHint, 150),
      element: {
        type: "multi_users_select",
        action_id: "users",
        max_selected_items: MAX_PARTICIPANTS,
        ...(members.length > 0 ? { initial_users: members.slice(0, MAX_PARTICIPANTS) } : {}),
      },
    },
    {
      type: "input",
      block_id: "duration",
      label: plain(copy.duration),
      hint: plain(copy.durationHint, 150),
      element: {
        type: "static_select",
        action_id: "hours",
        options: hours,
        initial_option: option(copy.hours(DEFAULT_PHASE_HOURS), String(DEFAULT_PHASE_HOURS)),
      },
    },
    {
      type: "input",
      block_id: "work_hours",
      label: plain(copy.workHours),
      element: {
        type: "radio_buttons",
        action_id: "choice",
        options: [office, option(copy.workAlways, "always")],
        initial_option: office,
      },
    },
    {
      type: "input",
      block_id: "anonymous",
      label: plain(copy.anonymous),
      element: {
        type: "radio_buttons",
        action_id: "choice",
        options: [yes, reviewed, no],
        initial_option: no,
      },
    },
  ]);
}

export function contributeModal(
  copy: IntervisionCopy,
  metadata: string,
  kind: "contribution" | "anonymous" | "proposal",
  phaseName: string,
): types.ModalView {
  const title = { contribution: copy.contributeTitle, anonymous: copy.askTitle, proposal: copy.proposeTitle };
  const label = {
    contribution: copy.yourContribution,
    anonymous: copy.yourQuestion,
    proposal: copy.yourProposal,
  };
  const hint = { contribution: undefined, anonymous: copy.anonymousHint, proposal: copy.proposalHint }[kind];
  return modal(IV_VIEW.contribute, title[kind], copy.post, copy, metadata, [
    { type: "context", elements: [{ type: "mrkdwn", text: `*${escapeMrkdwn(phaseName)}*` }] },
    {
      type: "input",
      block_id: "text",
      label: plain(label[kind]),
      ...(hint ? { hint: plain(hint, 150) } : {}),
      element: {
        type: "plain_text_input",
        action_id: "text",
        multiline: true,
        max_length: MAX_CONTRIBUTION,
      },
    },
  ]);
}

export function endModal(copy: IntervisionCopy, metadata: string): types.ModalView {
  return modal(IV_VIEW.end, copy.endTitle, copy.endSubmit, copy, metadata, [
    {
      type: "input",
      block_id: "next_steps",
      optional: true,
      label: plain(copy.nextSteps),
      hint: plain(copy.nextStepsHint, 150),
      element: { type: "plain_text_input", action_id: "text", multiline: true, max_length: MAX_CONTRIBUTION },
    },
  ]);
}

/** Asks the facilitator to confirm removing a contribution from the record. */
export function removeModal(copy: IntervisionCopy, metadata: string): types.ModalView {
  return modal(IV_VIEW.remove, copy.removeTitle, copy.removeSubmit, copy, metadata, [
    { type: "section", text: { type: "mrkdwn", text: copy.removeText } },
  ]);
}

/** A view_submission payload, as far as we read it. */
export const viewSubmission = z.looseObject({
  type: z.literal("view_submission"),
  user: z.looseObject({ id: z.string().min(1) }),
  view: z.looseObject({
    id: z.string().min(1).max(64),
    callback_id: z.string(),
    private_metadata: z.string().max(3000),
    state: z.looseObject({ values: z.record(z.string(), z.record(z.string(), z.unknown())) }),
  }),
});
export type ViewSubmission = z.infer<typeof viewSubmission>;
type Values = ViewSubmission["view"]["state"]["values"];

const selected = z.looseObject({ selected_option: z.looseObject({ value: z.string() }).nullish() });
const user = z.looseObject({ selected_user: z.string().min(1).nullish() });
const users = z.looseObject({ selected_users: z.array(z.string().min(1)).nullish() });
const textInput = z.looseObject({ value: z.string().nullish() });

function field<T>(values: Values, block: string, action: string, schema: z.ZodType<T>): T | undefined {
  const parsed = schema.safeParse(values[block]?.[action]);
  return parsed.success ? parsed.data : undefined;
}

export interface StartChoice {
  method: MethodId;
  /** Empty when the round chooses its case first. */
  caseBringerId: string;
  participants: string[];
  phaseHours: number;
  anonymousQuestions: boolean;
  moderated: boolean;
  caseCollection: boolean;
  workHours: WorkHours;
}

/** The start modal's answers, or the inline errors per block (`response_action: "errors"`). */
export function readStart(
  values: Values,
  copy: IntervisionCopy,
): { ok: true; choice: StartChoice } | { ok: false; errors: Record<string, string> } {
  const method = z
    .enum(METHOD_IDS)
    .safeParse(field(values, "method", "method", selected)?.selected_option?.value);
  const cases = field(values, "cases", "choice", selected)?.selected_option?.value ?? "method";
  const collect =
    cases === "collect" || (cases === "method" && method.success && METHODS[method.data].collectsCases);
  // Choosing the case together decides who brings it: a name picked here anyway only takes part.
  const named = field(values, "case_bringer", "user", user)?.selected_user ?? undefined;
  const caseBringer = collect ? undefined : named;
  const hours = Number(field(values, "duration", "hours", selected)?.selected_option?.value);
  const anonymousChoice = field(values, "anonymous", "choice", selected)?.selected_option?.value;
  const workHours = field(values, "work_hours", "choice", selected)?.selected_option?.value;
  const picked = field(values, "participants", "users", users)?.selected_users ?? [];
  const participants = [...new Set([...(named ? [named] : []), ...picked])];
  const errors: Record<string, string> = {};
  if (participants.length < MIN_PARTICIPANTS) errors.participants = copy.tooFew;
  if (participants.length > MAX_PARTICIPANTS) errors.participants = copy.tooMany(MAX_PARTICIPANTS);
  if (!collect && !caseBringer) errors.case_bringer = copy.caseBringerNeeded;
  if (!method.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    choice: {
      method: method.data,
      caseBringerId: caseBringer ?? "",
      participants,
      phaseHours: (PHASE_HOURS as readonly number[]).includes(hours) ? hours : DEFAULT_PHASE_HOURS,
      anonymousQuestions: anonymousChoice === "yes" || anonymousChoice === "reviewed",
      moderated: anonymousChoice === "reviewed",
      caseCollection: collect,
      workHours: workHours === "always" ? "always" : "office",
    },
  };
}

/** The text of a contribute or end modal (trimmed; empty when nothing was written). */
export function readText(values: Values, block: "text" | "next_steps"): string {
  return (field(values, block, "text", textInput)?.value ?? "").trim();
}

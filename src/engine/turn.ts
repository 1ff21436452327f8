// The decisions of one turn, pure: replay of a known turnId, the safety hold, the version check, what
// the answer means for the flow, and the reply and rows to store. createEngine only loads, calls
// planTurn, persists and returns.
import type { AnyMachineSnapshot } from "xstate";
import type { Locale, Region } from "../locales.ts";
import { screen } from "../safety/screen.ts";
import { type Answer, answerAsText, checkAnswerFits, normalizeAnswer, type ParsedAnswer } from "./answer.ts";
import { engineCopy } from "./copy.ts";
import { fail, ok, type Result } from "./errors.ts";
import type { Flow } from "./flow.ts";
import { packJson } from "./phrase-code.ts";
import type { ConversationRecord, ConversationStatus, ConversationUpdate, EventRecord } from "./records.ts";
import { renderStep } from "./reply.ts";
import type { TurnRequest } from "./requests.ts";
import {
  CHECK_NO,
  CHECK_YES,
  heldState,
  parseHold,
  questionFor,
  type SafetyHold,
  type Screening,
} from "./safety-gate.ts";
import { advanceFlow, restoreFlow, type Stepped } from "./step.ts";
import { readAnswer, storeAnswer } from "./stored-answer.ts";
import { readReply, storeReply } from "./stored-reply.ts";
import { readSnapshot, storeSnapshot } from "./stored-snapshot.ts";
import type { ConversationState } from "./types.ts";

export interface TurnInput {
  flow: Flow;
  /** The conversation, already opened by the caller's credential. */
  row: ConversationRecord;
  /** The event this turnId made before, if it was applied. */
  known: EventRecord | undefined;
  request: TurnRequest;
  at: number;
  /** When a conversation in this status, changed at `at`, is deleted. */
  expiresAt: (status: ConversationStatus, at: number) => number;
}

export type TurnPlan =
  /** The turnId was applied before: its stored reply, nothing new stored. */
  | { kind: "replay"; state: ConversationState }
  /** Coaching ended for safety: the help stored with the turn that ended it, again; nothing stored. */
  | { kind: "held" }
  /** A new turn: the reply, the event and update to store in one batch, and the summary once done. */
  | {
      kind: "append";
      state: ConversationState;
      event: EventRecord;
      update: ConversationUpdate;
      summary?: unknown;
    };

/** What the turn does to the flow, before it is rendered and stored. */
interface Decision {
  kind: EventRecord["kind"];
  stepped: Stepped;
  shown?: string;
  screening?: Screening;
  hold: SafetyHold | null;
  /** Said before the step is shown again, after a check answered "no". */
  resume?: string;
}

/** The stored reply of `event` when it was given this same answer; a different answer is refused. */
export function replayTurn(event: EventRecord, given: ParsedAnswer): Result<ConversationState> {
  const stored = event.answer === null ? null : readAnswer(event.answer);
  if (JSON.stringify(stored?.given ?? null) !== JSON.stringify(given))
    return fail("turn_id_reused", "this turnId was already used for a different answer");
  return ok(readReply(event.result, event.seq));
}

export function planTurn(input: TurnInput): Result<TurnPlan> {
  const { flow, row, known, request } = input;
  const given = normalizeAnswer(request.answer);
  if (known) {
    const replayed = replayTurn(known, given);
    return replayed.ok ? ok({ kind: "replay", state: replayed.value }) : replayed;
  }
  const hold = parseHold(row.safety);
  // After a crisis every turn gets the same help back; nothing continues the coaching.
  if (hold?.type === "crisis") return ok({ kind: "held" });
  if (row.status === "done") return fail("finished", "this conversation has ended; it takes no more answers");
  if (request.version !== undefined && request.version !== row.version)
    return fail(
      "version_conflict",
      `this answer was given at version ${request.version}; the conversation is at ${row.version}`,
    );

  // `persisted` stays unread for the current step: a decision that keeps it stores row.snapshot as it is.
  const current: Stepped = { snapshot: restoreFlow(flow, readSnapshot(row.snapshot)), persisted: null };
  const decided =
    hold?.type === "check"
      ? answerCheck(row.region, row.locale, hold, given, current)
      : decide(flow, row.locale, given, current);
  if (!decided.ok) return decided;
  const decision = decided.value;

  const version = row.version + 1;
  const settings = flow.settings(decision.stepped.snapshot) ?? { locale: row.locale, region: row.region };
  const state = replyOf(flow, decision, settings, version);
  const status = statusOf(decision, state);
  const persisted = decision.stepped === current ? row.snapshot : storeSnapshot(decision.stepped.persisted);
  const finished = decision.stepped.snapshot.status === "done" && status === "done";
  return ok({
    kind: "append",
    state,
    ...(finished ? { summary: flow.summarize(decision.stepped.snapshot, settings.locale) } : {}),
    event: {
      seq: version,
      turnId: request.turnId,
      kind: decision.kind,
      answer: storeAnswer(given, decision.shown),
      result: storeReply(state),
      screening: decision.screening ? packJson(decision.screening) : null,
      createdAt: input.at,
    },
    update: {
      snapshot: persisted,
      version,
      phase: state.phase,
      status,
      safety: decision.hold ? JSON.stringify(decision.hold) : null,
      locale: settings.locale,
      region: settings.region,
      updatedAt: input.at,
      expiresAt: input.expiresAt(status, input.at),
    },
  });
}

function replyOf(
  flow: Flow,
  decision: Decision,
  settings: { locale: Locale; region: Region },
  version: number,
): ConversationState {
  const rendered = renderStep(flow, decision.stepped.snapshot, settings.locale, version);
  const held = heldState(decision.hold, settings.region, settings.locale, rendered.phase, version);
  if (held) return held;
  if (decision.kind === "pause")
    return { ...rendered, messages: [{ role: "coach", text: engineCopy[settings.locale].paused }] };
  if (decision.resume !== undefined)
    return { ...rendered, messages: [{ role: "coach", text: decision.resume }, ...rendered.messages] };
  return rendered;
}

function statusOf(decision: Decision, state: ConversationState): ConversationStatus {
  if (decision.hold) return decision.hold.type;
  if (state.done) return "done";
  return decision.kind === "pause" ? "paused" : "active";
}

function screeningOf(text: string, locale: Locale): Screening {
  const { level, category, cues } = screen(text, locale);
  return { level, category, cues };
}

function decide(flow: Flow, locale: Locale, given: ParsedAnswer, current: Stepped): Result<Decision> {
  const view = flow.view(current.snapshot, locale);
  if (given.kind === "command") {
    if (given.command === "pause") return ok({ kind: "pause", stepped: current, hold: null });
    if (given.command === "skip" && !("skip" in view.input && view.input.skip))
      return fail("invalid_request", "this question cannot be skipped");
    const next = advanceFlow(flow, current.snapshot, { type: given.command });
    if (!next)
      return fail(
        "invalid_request",
        `${given.command === "back" ? "going back" : "skipping"} is not possible at this step`,
      );
    return ok({ kind: given.command, stepped: next, hold: null });
  }
  const answer = given.answer;
  // Danger outranks form: free text is screened even where the step waits for something else
  // (in Slack a person can type at a button step), and before it is judged too long or empty.
  let screening: Screening | undefined;
  if (flow.screened && answer.kind === "text") {
    screening = screeningOf(answer.text, locale);
    const base = { kind: "answer", stepped: current, shown: answer.text, screening } as const;
    if (screening.level === "crisis" || screening.level === "acute")
      return ok({ ...base, hold: { type: "crisis", level: screening.level, category: screening.category } });
    if (screening.level === "check" || screening.level === "acute_check")
      return ok({ ...base, hold: { type: "check", level: screening.level, category: screening.category } });
  }
  return applyAnswer(flow, view.input, answer, current, screening, locale);
}

function applyAnswer(
  flow: Flow,
  input: ReturnType<Flow["view"]>["input"],
  answer: Answer,
  current: Stepped,
  screening: Screening | undefined,
  locale: Locale,
): Result<Decision> {
  const problem = checkAnswerFits(answer, input, locale);
  if (problem) return fail("invalid_request", problem);
  const next = advanceFlow(flow, current.snapshot, { type: "answer", answer });
  if (!next) return fail("invalid_request", "this answer does not fit the current step");
  return ok({
    kind: "answer",
    stepped: next,
    shown: answerAsText(answer, input),
    hold: null,
    ...(screening ? { screening } : {}),
  });
}

/**
 * The answer to the direct question. Yes ends coaching with the help that fits (the acute text after the
 * acute question). No goes back exactly where the person was: the open question is asked again and the
 * text that raised the check is never taken as its answer.
 */
function answerCheck(
  region: Region,
  locale: Locale,
  hold: Extract<SafetyHold, { type: "check" }>,
  given: ParsedAnswer,
  current: Stepped,
): Result<Decision> {
  const choice = given.kind === "answer" && given.answer.kind === "choice" ? given.answer.choice : [];
  const question = questionFor(hold, region, locale);
  const acute = hold.level === "acute_check";
  // Whatever is typed instead of yes or no is screened too: any signal in it, while the coach is
  // asking about danger, counts as a yes.
  if (given.kind === "answer" && given.answer.kind === "text") {
    const screening = screeningOf(given.answer.text, locale);
    if (screening.level !== "none") {
      // Crisis stays crisis; otherwise the acute help answers an acute question or an acute sign.
      const level =
        screening.level !== "crisis" && (acute || screening.level === "acute") ? "acute" : "crisis";
      const fallback = acute ? "acute_medical" : (hold.category ?? "suicide");
      return ok({
        kind: "answer",
        stepped: current,
        shown: given.answer.text,
        screening,
        hold: { type: "crisis", level, category: screening.category ?? fallback },
      });
    }
  }
  if (choice.length !== 1 || (choice[0] !== CHECK_YES && choice[0] !== CHECK_NO))
    return fail(
      "invalid_request",
      `please answer the question first: { "choice": "${CHECK_YES}" } or { "choice": "${CHECK_NO}" }`,
    );
  if (choice[0] === CHECK_YES)
    return ok({
      kind: "answer",
      stepped: current,
      shown: question.yes,
      hold: acute
        ? { type: "crisis", level: "acute", category: "acute_medical" }
        : { type: "crisis", level: "crisis", category: hold.category ?? "suicide" },
    });
  return ok({ kind: "answer", stepped: current, shown: question.no, hold: null, resume: question.resume });
}

/** The flow's current step rendered from a snapshot: only for conversations with no stored reply. */
export function renderCurrent(flow: Flow, row: ConversationRecord): ConversationState {
  const snapshot: AnyMachineSnapshot = restoreFlow(flow, readSnapshot(row.snapshot));
  const step = renderStep(flow, snapshot, row.locale, row.version);
  return heldState(parseHold(row.safety), row.region, row.locale, step.phase, row.version) ?? step;
}

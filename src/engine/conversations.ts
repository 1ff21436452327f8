// The turn pipeline (DESIGN section 4), channel-neutral: authorize, restore the flow from its
// snapshot, apply one answer, render the next step, and persist event + snapshot in one batch.
import type { AnyMachineSnapshot } from "xstate";
import { checkQuestionFor } from "../safety/help.ts";
import { answerAsText, checkAnswerFits, normalizeAnswer, type ParsedAnswer } from "./answer.ts";
import { engineCopy } from "./copy.ts";
import { type EngineError, fail, ok, type Result } from "./errors.ts";
import type { Flow, FlowInput, FlowRegistry } from "./flow.ts";
import type { CreateRequest, TurnRequest } from "./requests.ts";
import { formatResumeCode, newResumeCode, normalizeResumeCode } from "./resume-code.ts";
import {
  CHECK_NO,
  CHECK_YES,
  crisisState,
  heldState,
  parseHold,
  type SafetyHold,
  type Screening,
} from "./safety-gate.ts";
import { screenAnswer } from "./screening.ts";
import { type Restored, restoreFlow, type Stepped, startFlow } from "./step.ts";
import type { AuditEntry, ConversationRecord, ConversationStore, EventRecord } from "./store.ts";
import { readAnswer, shownOf, storeAnswer } from "./stored-answer.ts";
import { readReply, storeReply } from "./stored-reply.ts";
import { hashToken, newToken, sameDigest } from "./token.ts";
import type { Channel, ConversationState, Locale, Message } from "./types.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface EngineOptions {
  store: ConversationStore;
  flows: FlowRegistry;
  now?: () => number;
  /** Days a finished conversation is kept. */
  retentionDays?: number;
  /** Days an unfinished conversation is kept after its last turn. */
  idleDays?: number;
}

export interface Created {
  id: string;
  token: string;
  /** Written down by the person to continue on another device; works like the token. */
  resumeCode: string;
  state: ConversationState;
}

export interface ConversationView {
  id: string;
  flow: string;
  status: ConversationRecord["status"];
  locale: Locale;
  region: ConversationRecord["region"];
  state: ConversationState;
  transcript: Message[];
}

export type Engine = ReturnType<typeof createEngine>;

/**
 * Server-side channels that keep their own mapping from a user to a conversation (Slack) pass this
 * instead of a token. It is a symbol, so nothing that arrives over HTTP can ever be it.
 */
export const CHANNEL_ACCESS: unique symbol = Symbol("channel access");
export type Access = string | undefined | typeof CHANNEL_ACCESS;

export function createEngine(options: EngineOptions) {
  const { store, flows } = options;
  const now = options.now ?? Date.now;
  const retentionMs = (options.retentionDays ?? 90) * DAY_MS;
  const idleMs = (options.idleDays ?? 30) * DAY_MS;

  const expiryFor = (status: ConversationRecord["status"], at: number) =>
    at + (status === "done" ? retentionMs : idleMs);

  const stateOf = (version: number, snapshot: AnyMachineSnapshot, flow: Flow, locale: Locale) => {
    const view = flow.view(snapshot, locale);
    return {
      version,
      phase: view.phase,
      messages: view.messages.map((text) => ({ role: "coach" as const, text })),
      input: view.input,
      canGoBack: !view.done && snapshot.can({ type: "back" }),
      done: view.done,
    } satisfies ConversationState;
  };

  function flowOf(row: ConversationRecord): Flow {
    const flow = flows.get(row.flowId, row.flowVersion);
    // A stored conversation whose flow version was removed is a deployment error, not bad input.
    if (!flow) throw new Error(`flow ${row.flowId} v${row.flowVersion} is not registered`);
    return flow;
  }

  // Only create() uses the seed: a restored machine keeps the context it was started with.
  const inputOf = (row: ConversationRecord): FlowInput => ({
    locale: row.locale,
    region: row.region,
    seed: 0,
  });

  async function authorize(id: string, token: Access): Promise<Result<ConversationRecord>> {
    if (!token) return fail("unauthorized", "a bearer token is required");
    return check(await store.find(id), token);
  }

  /** Whether `token` opens `row`; a symbol-carrying channel is trusted as it is. */
  function check(row: ConversationRecord | undefined, token: Access): Result<ConversationRecord> {
    if (!token) return fail("unauthorized", "a bearer token is required");
    if (!row) return fail("not_found", "no conversation with this id");
    if (token === CHANNEL_ACCESS) return ok(row);
    const digest = hashToken(token);
    const opens =
      sameDigest(digest, row.tokenHash) || (row.resumeHash !== null && sameDigest(digest, row.resumeHash));
    if (!opens) return fail("unauthorized", "the token does not open this conversation");
    return ok(row);
  }

  /** Which kind of credential opened the row, for the audit log. */
  function actorOf(row: ConversationRecord, token: Access): AuditEntry["actor"] {
    if (token === CHANNEL_ACCESS) return "channel";
    if (token && sameDigest(hashToken(token), row.tokenHash)) return "token";
    return "resume-code";
  }

  function replay(event: EventRecord, given: ParsedAnswer): Result<ConversationState> {
    const stored = event.answer === null ? null : readAnswer(event.answer);
    const storedGiven = stored?.given ?? null;
    if (JSON.stringify(storedGiven) !== JSON.stringify(given))
      return fail("turn_id_reused", "this turnId was already used for a different answer");
    return ok(readReply(event.result, event.seq));
  }

  /** What one turn does, before it is rendered and stored. */
  interface Decision {
    kind: EventRecord["kind"];
    stepped: Stepped;
    shown?: string;
    screening?: Screening;
    hold: SafetyHold | null;
  }

  function decide(
    flow: Flow,
    row: ConversationRecord,
    given: ParsedAnswer,
    current: Restored,
  ): Result<Decision> {
    const view = flow.view(current.snapshot, row.locale);
    if (given.kind === "command") {
      if (given.command === "pause") return ok({ kind: "pause", stepped: current, hold: null });
      if (given.command === "skip" && !("skip" in view.input && view.input.skip))
        return fail("invalid_request", "this question cannot be skipped");
      const next = current.advance({ type: given.command });
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
      screening = screenAnswer(answer.text, row.locale);
      const base = { kind: "answer", stepped: current, shown: answer.text, screening } as const;
      if (screening.level === "crisis" || screening.level === "acute")
        return ok({
          ...base,
          hold: { type: "crisis", level: screening.level, category: screening.category },
        });
      if (screening.level === "check")
        return ok({ ...base, hold: { type: "check", category: screening.category, answer } });
    }
    const problem = checkAnswerFits(answer, view.input);
    if (problem) return fail("invalid_request", problem);
    const shown = answerAsText(answer, view.input);
    const next = current.advance({ type: "answer", answer });
    if (!next) return fail("invalid_request", "this answer does not fit the current step");
    return ok({ kind: "answer", stepped: next, shown, hold: null, ...(screening ? { screening } : {}) });
  }

  /** The answer to the direct question (ending one's life, or being unsafe): yes ends coaching, no carries on. */
  function answerCheck(
    flow: Flow,
    row: ConversationRecord,
    hold: Extract<SafetyHold, { type: "check" }>,
    given: ParsedAnswer,
    current: Restored,
  ): Result<Decision> {
    const choice = given.kind === "answer" && given.answer.kind === "choice" ? given.answer.choice : [];
    const question = checkQuestionFor(hold.category, row.locale);
    // Whatever is typed instead of yes or no is screened too: any signal in it, while the coach is
    // asking about ending one's life, counts as a yes.
    if (given.kind === "answer" && given.answer.kind === "text") {
      const screening = screenAnswer(given.answer.text, row.locale);
      if (screening.level !== "none")
        return ok({
          kind: "answer",
          stepped: current,
          shown: given.answer.text,
          screening,
          hold: {
            type: "crisis",
            level: screening.level === "acute" ? "acute" : "crisis",
            category: screening.category ?? hold.category ?? "suicide",
          },
        });
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
        hold: { type: "crisis", level: "crisis", category: hold.category ?? "suicide" },
      });
    // No: the answer that was held back goes to the flow as if the check had not been needed.
    // The held text is applied only where it answers the step; text typed at a button step was
    // never an answer, and the person is back exactly where they were.
    const fits = checkAnswerFits(hold.answer, flow.view(current.snapshot, row.locale).input) === null;
    const next = fits ? current.advance({ type: "answer", answer: hold.answer }) : null;
    return ok({ kind: "answer", stepped: next ?? current, shown: question.no, hold: null });
  }

  async function create(request: CreateRequest, channel: Channel = "web"): Promise<Result<Created>> {
    const flow = flows.latest(request.flow);
    if (!flow)
      return fail(
        "invalid_request",
        `unknown flow "${request.flow}"; available: ${flows.ids().join(", ") || "none"}`,
      );
    const at = now();
    const input: FlowInput = {
      locale: request.locale,
      region: request.region,
      seed: crypto.getRandomValues(new Uint32Array(1))[0] ?? 0,
    };
    const started = startFlow(flow, input);
    const state = stateOf(0, started.snapshot, flow, request.locale);
    const token = newToken();
    const resumeCode = newResumeCode();
    const id = crypto.randomUUID();
    const status = state.done ? "done" : "active";
    await store.create(
      {
        id,
        flowId: flow.id,
        flowVersion: flow.version,
        channel,
        locale: request.locale,
        region: request.region,
        tokenHash: hashToken(token),
        resumeHash: hashToken(resumeCode),
        snapshot: JSON.stringify(started.persisted),
        version: 0,
        phase: state.phase,
        status,
        safety: null,
        createdAt: at,
        updatedAt: at,
        expiresAt: expiryFor(status, at),
      },
      {
        seq: 0,
        turnId: "start",
        kind: "start",
        answer: null,
        result: storeReply(state),
        screening: null,
        createdAt: at,
      },
      { at, action: "create", actor: "token", conversationId: id, detail: channel },
    );
    return ok({ id, token, resumeCode: formatResumeCode(resumeCode), state });
  }

  async function turn(id: string, token: Access, request: TurnRequest): Promise<Result<ConversationState>> {
    if (!token) return fail("unauthorized", "a bearer token is required");
    // One read: the conversation, and the event if this turnId was applied before.
    const found = await store.findForTurn(id, request.turnId);
    const authorized = check(found?.conversation, token);
    if (!authorized.ok) return authorized;
    const row = authorized.value;
    const given = normalizeAnswer(request.answer);
    if (found?.event) return replay(found.event, given);
    const hold = parseHold(row.safety);
    // After a crisis every turn gets the same help back; nothing continues the coaching.
    if (hold?.type === "crisis") return ok(crisisState(hold, row.region, row.locale, row.version));
    if (row.status === "done")
      return fail("finished", "this conversation has ended; it takes no more answers");
    if (request.version !== undefined && request.version !== row.version)
      return fail(
        "version_conflict",
        `this answer was given at version ${request.version}; the conversation is at ${row.version}`,
      );

    const flow = flowOf(row);
    const current = restoreFlow(flow, JSON.parse(row.snapshot), inputOf(row));
    const decided =
      hold?.type === "check"
        ? answerCheck(flow, row, hold, given, current)
        : decide(flow, row, given, current);
    if (!decided.ok) return decided;
    const decision = decided.value;

    const version = row.version + 1;
    const settings = flow.settings(decision.stepped.snapshot) ?? { locale: row.locale, region: row.region };
    const rendered = stateOf(version, decision.stepped.snapshot, flow, settings.locale);
    const state =
      heldState(decision.hold, settings.region, settings.locale, rendered.phase, version) ??
      (decision.kind === "pause"
        ? { ...rendered, messages: [{ role: "coach", text: engineCopy[settings.locale].paused }] }
        : rendered);
    const status: ConversationRecord["status"] = decision.hold
      ? decision.hold.type
      : rendered.done
        ? "done"
        : decision.kind === "pause"
          ? "paused"
          : "active";
    const at = now();
    const written = await store.append(
      id,
      row.version,
      {
        seq: version,
        turnId: request.turnId,
        kind: decision.kind,
        answer: storeAnswer(given, decision.shown),
        result: storeReply(state),
        screening: decision.screening ? JSON.stringify(decision.screening) : null,
        createdAt: at,
      },
      {
        snapshot: JSON.stringify(decision.stepped.persisted),
        version,
        phase: state.phase,
        status,
        safety: decision.hold ? JSON.stringify(decision.hold) : null,
        locale: settings.locale,
        region: settings.region,
        updatedAt: at,
        expiresAt: expiryFor(status, at),
      },
    );
    if (written) return ok(state);

    // Lost a race: either our own retry won (replay it) or another turn did (conflict).
    const winner = await store.findEvent(id, request.turnId);
    if (winner) return replay(winner, given);
    if (!(await store.find(id))) return fail("not_found", "no conversation with this id");
    return fail("version_conflict", "another answer was saved first; reload the conversation and try again");
  }

  function transcriptOf(events: EventRecord[]): Message[] {
    const transcript: Message[] = [];
    for (const event of events) {
      if (event.answer !== null) {
        const shown = shownOf(readAnswer(event.answer));
        if (shown !== undefined) transcript.push({ role: "user", text: shown });
      }
      transcript.push(...readReply(event.result, event.seq).messages);
    }
    return transcript;
  }

  /** What the person sees now: the held safety state if there is one, else the flow's step. */
  function currentState(
    row: ConversationRecord,
    flow: Flow,
    snapshot: AnyMachineSnapshot,
  ): ConversationState {
    const step = stateOf(row.version, snapshot, flow, row.locale);
    return heldState(parseHold(row.safety), row.region, row.locale, step.phase, row.version) ?? step;
  }

  async function get(id: string, token: Access): Promise<Result<ConversationView>> {
    const authorized = await authorize(id, token);
    if (!authorized.ok) return authorized;
    const row = authorized.value;
    const flow = flowOf(row);
    const { snapshot } = restoreFlow(flow, JSON.parse(row.snapshot), inputOf(row));
    return ok({
      id: row.id,
      flow: row.flowId,
      status: row.status,
      locale: row.locale,
      region: row.region,
      state: currentState(row, flow, snapshot),
      transcript: transcriptOf(await store.events(id)),
    });
  }

  async function summary(id: string, token: Access): Promise<Result<{ done: boolean; summary: unknown }>> {
    const authorized = await authorize(id, token);
    if (!authorized.ok) return authorized;
    const row = authorized.value;
    const flow = flowOf(row);
    const { snapshot } = restoreFlow(flow, JSON.parse(row.snapshot), inputOf(row));
    return ok({ done: snapshot.status === "done", summary: flow.summarize(snapshot, row.locale) });
  }

  async function exportData(id: string, token: Access): Promise<Result<Record<string, unknown>>> {
    const authorized = await authorize(id, token);
    if (!authorized.ok) return authorized;
    const row = authorized.value;
    const { tokenHash: _token, resumeHash: _resume, snapshot, safety, ...conversation } = row;
    await store.audit({ at: now(), action: "export", actor: actorOf(row, token), conversationId: id });
    const [events, timers, audit] = await Promise.all([
      store.events(id),
      store.timers(id),
      store.auditTrail(id),
    ]);
    return ok({
      exportedAt: new Date(now()).toISOString(),
      conversation: {
        ...conversation,
        snapshot: JSON.parse(snapshot) as unknown,
        safety: safety === null ? null : (JSON.parse(safety) as unknown),
      },
      events: events.map((e) => ({
        ...e,
        answer: e.answer === null ? null : readAnswer(e.answer),
        result: readReply(e.result, e.seq),
        screening: e.screening === null ? null : (JSON.parse(e.screening) as unknown),
      })),
      timers,
      audit,
      transcript: transcriptOf(events),
    });
  }

  async function erase(id: string, token: Access): Promise<Result<{ erased: true }>> {
    const authorized = await authorize(id, token);
    if (!authorized.ok) return authorized;
    const audit = {
      at: now(),
      action: "erase",
      actor: actorOf(authorized.value, token),
      conversationId: id,
    } as const;
    if (!(await store.erase(id, audit))) return fail("not_found", "no conversation with this id");
    return ok({ erased: true });
  }

  /** The conversation a resume code opens, and the code in its normal form to use as credential. */
  async function resume(input: string): Promise<Result<{ id: string; credential: string }>> {
    const code = normalizeResumeCode(input);
    if (!code) return fail("invalid_request", "a resume code has 12 letters and digits, like ABCD-EFGH-JKMN");
    const id = await store.findByResumeHash(hashToken(code));
    if (!id) return fail("not_found", "no conversation has this resume code");
    await store.audit({ at: now(), action: "resume", actor: "resume-code", conversationId: id });
    return ok({ id, credential: code });
  }

  return { create, turn, get, summary, exportData, erase, resume };
}

export type { EngineError };

// The turn pipeline (DESIGN section 4), channel-neutral: authorize, restore the flow from its
// snapshot, apply one answer, render the next step, and persist event + snapshot in one batch.
import type { AnyMachineSnapshot } from "xstate";
import { answerAsText, checkAnswerFits, normalizeAnswer, type ParsedAnswer } from "./answer.ts";
import { engineCopy } from "./copy.ts";
import { type EngineError, fail, ok, type Result } from "./errors.ts";
import type { Flow, FlowInput, FlowRegistry } from "./flow.ts";
import type { CreateRequest, TurnRequest } from "./requests.ts";
import { advanceFlow, restoreFlow, type Stepped, startFlow } from "./step.ts";
import type { ConversationRecord, ConversationStore, EventRecord } from "./store.ts";
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

/** What is stored in an event's `answer` column. */
interface StoredAnswer {
  given: ParsedAnswer;
  shown?: string;
}

export interface Created {
  id: string;
  token: string;
  state: ConversationState;
}

export interface ConversationView {
  id: string;
  flow: string;
  status: ConversationRecord["status"];
  state: ConversationState;
  transcript: Message[];
}

export type Engine = ReturnType<typeof createEngine>;

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
      done: view.done,
    } satisfies ConversationState;
  };

  function flowOf(row: ConversationRecord): Flow {
    const flow = flows.get(row.flowId, row.flowVersion);
    // A stored conversation whose flow version was removed is a deployment error, not bad input.
    if (!flow) throw new Error(`flow ${row.flowId} v${row.flowVersion} is not registered`);
    return flow;
  }

  const inputOf = (row: ConversationRecord): FlowInput => ({ locale: row.locale, region: row.region });

  async function authorize(id: string, token: string | undefined): Promise<Result<ConversationRecord>> {
    if (!token) return fail("unauthorized", "a bearer token is required");
    const row = await store.find(id);
    if (!row) return fail("not_found", "no conversation with this id");
    if (!sameDigest(await hashToken(token), row.tokenHash))
      return fail("unauthorized", "the token does not open this conversation");
    return ok(row);
  }

  function replay(event: EventRecord, given: ParsedAnswer): Result<ConversationState> {
    const stored = event.answer === null ? null : (JSON.parse(event.answer) as StoredAnswer);
    const storedGiven = stored?.given ?? null;
    if (JSON.stringify(storedGiven) !== JSON.stringify(given))
      return fail("turn_id_reused", "this turnId was already used for a different answer");
    return ok(JSON.parse(event.result) as ConversationState);
  }

  async function create(request: CreateRequest, channel: Channel = "web"): Promise<Result<Created>> {
    const flow = flows.latest(request.flow);
    if (!flow)
      return fail(
        "invalid_request",
        `unknown flow "${request.flow}"; available: ${flows.ids().join(", ") || "none"}`,
      );
    const at = now();
    const input: FlowInput = { locale: request.locale, region: request.region };
    const started = startFlow(flow, input);
    const state = stateOf(0, started.snapshot, flow, request.locale);
    const token = newToken();
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
        tokenHash: await hashToken(token),
        snapshot: JSON.stringify(started.persisted),
        version: 0,
        phase: state.phase,
        status,
        createdAt: at,
        updatedAt: at,
        expiresAt: expiryFor(status, at),
      },
      { seq: 0, turnId: "start", kind: "start", answer: null, result: JSON.stringify(state), createdAt: at },
    );
    return ok({ id, token, state });
  }

  async function turn(
    id: string,
    token: string | undefined,
    request: TurnRequest,
  ): Promise<Result<ConversationState>> {
    const authorized = await authorize(id, token);
    if (!authorized.ok) return authorized;
    const row = authorized.value;
    const given = normalizeAnswer(request.answer);

    const earlier = await store.findEvent(id, request.turnId);
    if (earlier) return replay(earlier, given);
    if (row.status === "done")
      return fail("finished", "this conversation has ended; it takes no more answers");
    if (request.version !== undefined && request.version !== row.version)
      return fail(
        "version_conflict",
        `this answer was given at version ${request.version}; the conversation is at ${row.version}`,
      );

    const flow = flowOf(row);
    const input = inputOf(row);
    const persisted: unknown = JSON.parse(row.snapshot);
    const current = restoreFlow(flow, persisted, input);
    const currentView = flow.view(current, row.locale);

    let stepped: Stepped;
    let kind: EventRecord["kind"];
    let shown: string | undefined;
    let leadIn: Message[] = [];
    if (given.kind === "command" && given.command === "pause") {
      stepped = { snapshot: current, persisted };
      kind = "pause";
      leadIn = [{ role: "coach", text: engineCopy[row.locale].paused }];
    } else if (given.kind === "command") {
      const next = advanceFlow(flow, persisted, input, { type: "back" });
      if (!next) return fail("invalid_request", "going back is not possible at this step");
      stepped = next;
      kind = "back";
    } else {
      const problem = checkAnswerFits(given.answer, currentView.input);
      if (problem) return fail("invalid_request", problem);
      const next = advanceFlow(flow, persisted, input, { type: "answer", answer: given.answer });
      if (!next) return fail("invalid_request", "this answer does not fit the current step");
      stepped = next;
      kind = "answer";
      shown = answerAsText(given.answer, currentView.input);
    }

    const version = row.version + 1;
    const rendered = stateOf(version, stepped.snapshot, flow, row.locale);
    const state: ConversationState = kind === "pause" ? { ...rendered, messages: leadIn } : rendered;
    const status = state.done ? "done" : kind === "pause" ? "paused" : "active";
    const at = now();
    const stored: StoredAnswer = shown === undefined ? { given } : { given, shown };
    const written = await store.append(
      id,
      row.version,
      {
        seq: version,
        turnId: request.turnId,
        kind,
        answer: JSON.stringify(stored),
        result: JSON.stringify(state),
        createdAt: at,
      },
      {
        snapshot: JSON.stringify(stepped.persisted),
        version,
        phase: state.phase,
        status,
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
        const stored = JSON.parse(event.answer) as StoredAnswer;
        if (stored.shown !== undefined) transcript.push({ role: "user", text: stored.shown });
      }
      transcript.push(...(JSON.parse(event.result) as ConversationState).messages);
    }
    return transcript;
  }

  async function get(id: string, token: string | undefined): Promise<Result<ConversationView>> {
    const authorized = await authorize(id, token);
    if (!authorized.ok) return authorized;
    const row = authorized.value;
    const flow = flowOf(row);
    const snapshot = restoreFlow(flow, JSON.parse(row.snapshot), inputOf(row));
    return ok({
      id: row.id,
      flow: row.flowId,
      status: row.status,
      state: stateOf(row.version, snapshot, flow, row.locale),
      transcript: transcriptOf(await store.events(id)),
    });
  }

  async function summary(
    id: string,
    token: string | undefined,
  ): Promise<Result<{ done: boolean; summary: unknown }>> {
    const authorized = await authorize(id, token);
    if (!authorized.ok) return authorized;
    const row = authorized.value;
    const flow = flowOf(row);
    const snapshot = restoreFlow(flow, JSON.parse(row.snapshot), inputOf(row));
    return ok({ done: snapshot.status === "done", summary: flow.summarize(snapshot, row.locale) });
  }

  async function exportData(id: string, token: string | undefined): Promise<Result<Record<string, unknown>>> {
    const authorized = await authorize(id, token);
    if (!authorized.ok) return authorized;
    const { tokenHash: _secret, snapshot, ...conversation } = authorized.value;
    const [events, timers] = await Promise.all([store.events(id), store.timers(id)]);
    return ok({
      exportedAt: new Date(now()).toISOString(),
      conversation: { ...conversation, snapshot: JSON.parse(snapshot) as unknown },
      events: events.map((e) => ({
        ...e,
        answer: e.answer === null ? null : (JSON.parse(e.answer) as unknown),
        result: JSON.parse(e.result) as unknown,
      })),
      timers,
      transcript: transcriptOf(events),
    });
  }

  async function erase(id: string, token: string | undefined): Promise<Result<{ erased: true }>> {
    const authorized = await authorize(id, token);
    if (!authorized.ok) return authorized;
    if (!(await store.erase(id))) return fail("not_found", "no conversation with this id");
    return ok({ erased: true });
  }

  return { create, turn, get, summary, exportData, erase };
}

export type { EngineError };

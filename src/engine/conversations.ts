// The turn pipeline (DESIGN section 4), channel-neutral: load the conversation, let the pure turn
// core decide (turn.ts), persist event and snapshot in one batch, return. Reading a conversation
// shows the replies stored with its turns, never a fresh rendering of them.
import type { Locale, Region } from "../locales.ts";
import { type Access, actorOf, checkAccess, refused } from "./access.ts";
import { normalizeAnswer } from "./answer.ts";
import { fail, ok, type Result } from "./errors.ts";
import type { Flow, FlowInput, FlowRegistry } from "./flow.ts";
import type { Channel, ConversationRecord, ConversationStatus, EventRecord } from "./records.ts";
import { renderStep } from "./reply.ts";
import type { CreateRequest, TurnRequest } from "./requests.ts";
import { formatResumeCode, newResumeCode, normalizeResumeCode } from "./resume-code.ts";
import { restoreFlow, startFlow } from "./step.ts";
import type { ConversationStore } from "./store.ts";
import { readAnswer, shownOf } from "./stored-answer.ts";
import { readReply, storeReply } from "./stored-reply.ts";
import { hashToken, newToken } from "./token.ts";
import { planTurn, renderCurrent, replayTurn } from "./turn.ts";
import type { ConversationState, Message } from "./types.ts";

export { type Access, CHANNEL_ACCESS } from "./access.ts";

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

/** Where a conversation stands: what a channel needs to show it and to speak about it. */
export interface CurrentView {
  id: string;
  flow: string;
  status: ConversationStatus;
  locale: Locale;
  region: Region;
  state: ConversationState;
}

export interface ConversationView extends CurrentView {
  transcript: Message[];
}

/** A turn's result: the reply, and the conversation as the turn left it, so no channel reads it again. */
export interface TurnOutcome extends CurrentView {
  /** The flow's summary once the conversation is done (the reply then is its last words). */
  summary?: unknown;
}

export type Engine = ReturnType<typeof createEngine>;

/** A stored reply shown now: the version is the conversation's, whatever turn stored it. */
const asCurrent = (event: EventRecord, version: number): ConversationState => ({
  ...readReply(event.result, event.seq),
  version,
});

/** The event whose reply is the step shown now: the newest, except that a pause keeps the step before it. */
function stepEvent(events: EventRecord[]): EventRecord | undefined {
  for (let i = events.length - 1; i >= 0; i--) if (events[i]?.kind !== "pause") return events[i];
  return undefined;
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

export function createEngine(options: EngineOptions) {
  const { store, flows } = options;
  const now = options.now ?? Date.now;
  const retentionMs = (options.retentionDays ?? 90) * DAY_MS;
  const idleMs = (options.idleDays ?? 30) * DAY_MS;

  const expiresAt = (status: ConversationStatus, at: number) =>
    at + (status === "done" ? retentionMs : idleMs);

  function flowOf(row: ConversationRecord): Flow {
    const flow = flows.get(row.flowId, row.flowVersion);
    // A stored conversation whose flow version was removed is a deployment error, not bad input.
    if (!flow) throw new Error(`flow ${row.flowId} v${row.flowVersion} is not registered`);
    return flow;
  }

  async function open(id: string, access: Access): Promise<Result<ConversationRecord>> {
    if (!access) return fail("unauthorized", "a bearer token is required");
    return checkAccess(await store.find(id), access);
  }

  const viewOf = (row: ConversationRecord, state: ConversationState): CurrentView => ({
    id: row.id,
    flow: row.flowId,
    status: row.status,
    locale: row.locale,
    region: row.region,
    state,
  });

  /** The stored reply shown now; a conversation without one gets its step rendered. */
  const currentState = (row: ConversationRecord, event: EventRecord | undefined) =>
    event ? asCurrent(event, row.version) : renderCurrent(flowOf(row), row);

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
    const state = renderStep(flow, started.snapshot, request.locale, 0);
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
        expiresAt: expiresAt(status, at),
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

  async function turn(id: string, access: Access, request: TurnRequest): Promise<Result<TurnOutcome>> {
    if (!access) return fail("unauthorized", "a bearer token is required");
    // One read: the conversation, and the event if this turnId was applied before.
    const found = await store.findForTurn(id, request.turnId);
    const opened = checkAccess(found?.conversation, access);
    if (!opened.ok) return opened;
    const row = opened.value;
    const flow = flowOf(row);
    const planned = planTurn({ flow, row, known: found?.event, request, at: now(), expiresAt });
    if (!planned.ok) return planned;
    const plan = planned.value;
    if (plan.kind === "replay") return ok(viewOf(row, plan.state));
    if (plan.kind === "held") return ok(viewOf(row, currentState(row, await store.currentEvent(id))));

    if (await store.append(id, row.version, plan.event, plan.update)) {
      const outcome: TurnOutcome = viewOf({ ...row, ...plan.update }, plan.state);
      return ok(plan.summary === undefined ? outcome : { ...outcome, summary: plan.summary });
    }
    // Lost a race: either our own retry won (replay it) or another turn did (conflict).
    const winner = await store.findEvent(id, request.turnId);
    if (winner) {
      const replayed = replayTurn(winner, normalizeAnswer(request.answer));
      if (!replayed.ok) return replayed;
      const latest = await store.find(id);
      return ok(viewOf(latest ?? row, replayed.value));
    }
    // Erased while this turn ran: it answers as an unknown id does.
    if (!(await store.find(id))) return refused();
    return fail("version_conflict", "another answer was saved first; reload the conversation and try again");
  }

  /** Where the conversation stands, without its transcript. */
  async function current(id: string, access: Access): Promise<Result<CurrentView>> {
    const opened = await open(id, access);
    if (!opened.ok) return opened;
    const row = opened.value;
    return ok(viewOf(row, currentState(row, await store.currentEvent(id))));
  }

  async function get(id: string, access: Access): Promise<Result<ConversationView>> {
    const opened = await open(id, access);
    if (!opened.ok) return opened;
    const row = opened.value;
    const events = await store.events(id);
    return ok({ ...viewOf(row, currentState(row, stepEvent(events))), transcript: transcriptOf(events) });
  }

  async function summary(id: string, access: Access): Promise<Result<{ done: boolean; summary: unknown }>> {
    const opened = await open(id, access);
    if (!opened.ok) return opened;
    const row = opened.value;
    const flow = flowOf(row);
    const snapshot = restoreFlow(flow, JSON.parse(row.snapshot));
    return ok({ done: snapshot.status === "done", summary: flow.summarize(snapshot, row.locale) });
  }

  async function exportData(id: string, access: Access): Promise<Result<Record<string, unknown>>> {
    const opened = await open(id, access);
    if (!opened.ok) return opened;
    const row = opened.value;
    const { tokenHash: _token, resumeHash: _resume, snapshot, safety, ...conversation } = row;
    await store.audit({ at: now(), action: "export", actor: actorOf(row, access), conversationId: id });
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

  async function erase(id: string, access: Access): Promise<Result<{ erased: true }>> {
    const opened = await open(id, access);
    if (!opened.ok) return opened;
    const audit = {
      at: now(),
      action: "erase",
      actor: actorOf(opened.value, access),
      conversationId: id,
    } as const;
    if (!(await store.erase(id, audit))) return refused();
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

  return { create, turn, current, get, summary, exportData, erase, resume };
}

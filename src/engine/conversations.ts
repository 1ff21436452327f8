// The turn pipeline (DESIGN section 4), channel-neutral: load the conversation, let the pure turn
// core decide (turn.ts), persist event and snapshot in one batch, return. Reading a conversation
// shows the replies stored with its turns, never a fresh rendering of them.
import type { Locale, Region } from "../locales.ts";
import { type Access, actorOf, checkAccess, refused } from "./access.ts";
import { normalizeAnswer } from "./answer.ts";
import { type EngineError, fail, ok, type Result } from "./errors.ts";
import type { Flow, FlowInput, FlowRegistry } from "./flow.ts";
import { unpackJson } from "./phrase-code.ts";
import type { Channel, ConversationRecord, ConversationStatus, EventRecord } from "./records.ts";
import { renderStep } from "./reply.ts";
import { applyReplyHook, type ReplyHook, voiceOf } from "./reply-hook.ts";
import type { CreateRequest, TurnRequest } from "./requests.ts";
import { formatResumeCode, newResumeCode, normalizeResumeCode } from "./resume-code.ts";
import { isOutdated, restoreFlow, startFlow } from "./step.ts";
import type { ConversationStore, LabelNoteRecord } from "./store.ts";
import { readAnswer, shownOf } from "./stored-answer.ts";
import { readReply, storeReply } from "./stored-reply.ts";
import { readSnapshot, storeSnapshot } from "./stored-snapshot.ts";
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
  /** Rewords a reply before it is stored (the optional language model); none by default. */
  replyHook?: ReplyHook;
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

/**
 * A turn refused after the conversation was opened (finished, a stale version, an answer that does not
 * fit, a reused turnId) carries where it stands, so a channel answering the refusal reads nothing again.
 * `current` holds the conversation's words: log the code, never the error whole.
 */
export type TurnError = EngineError & { current?: CurrentView };

/** What a channel may hear from inside a turn while it runs. */
export interface TurnSignals {
  /** Called once, just before the turn waits for the language model: Slack acks then (issue 22, item 4). */
  beforeModel?: () => void;
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

/** The voice of a stored reply, for the export, when the model was asked for it. */
function withVoice(stored: string): { voice?: ReturnType<typeof voiceOf> } {
  const voice = voiceOf(stored);
  return voice ? { voice } : {};
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

  /** The stored reply shown now; a conversation without one, or stored by an older shape of its flow, gets its step rendered. */
  const currentState = (row: ConversationRecord, event: EventRecord | undefined) =>
    event && !isOutdated(flowOf(row), row.snapshot)
      ? asCurrent(event, row.version)
      : renderCurrent(flowOf(row), row);

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
        snapshot: storeSnapshot(started.persisted),
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

  /** A refusal of a turn on an opened conversation, with the conversation as it stands. */
  async function refusedAt(
    row: ConversationRecord,
    error: EngineError,
  ): Promise<{ ok: false; error: TurnError }> {
    const current = viewOf(row, currentState(row, await store.currentEvent(row.id)));
    return { ok: false, error: { ...error, current } };
  }

  async function turn(
    id: string,
    access: Access,
    request: TurnRequest,
    signals: TurnSignals = {},
  ): Promise<Result<TurnOutcome, TurnError>> {
    if (!access) return fail("unauthorized", "a bearer token is required");
    // One read: the conversation, and the event if this turnId was applied before.
    const found = await store.findForTurn(id, request.turnId);
    const opened = checkAccess(found?.conversation, access);
    if (!opened.ok) return opened;
    const row = opened.value;
    const flow = flowOf(row);
    const planned = planTurn({ flow, row, known: found?.event, request, at: now(), expiresAt });
    if (!planned.ok) return refusedAt(row, planned.error);
    const decided = planned.value;
    if (decided.kind === "replay") return ok(viewOf(row, decided.state));
    if (decided.kind === "held") return ok(viewOf(row, currentState(row, await store.currentEvent(id))));
    // Any rewording happens here, after the reads and before the one write: nothing is held meanwhile.
    const plan = await applyReplyHook(
      options.replyHook,
      flow,
      decided,
      id,
      async () => transcriptOf(await store.events(id)),
      signals.beforeModel,
    );

    if (await store.append(id, row.version, plan.event, plan.update)) {
      const outcome: TurnOutcome = viewOf({ ...row, ...plan.update }, plan.state);
      return ok(plan.summary === undefined ? outcome : { ...outcome, summary: plan.summary });
    }
    // Lost a race: either our own retry won (replay it) or another turn did (conflict).
    const winner = await store.findEvent(id, request.turnId);
    const latest = await store.find(id);
    if (winner) {
      const replayed = replayTurn(winner, normalizeAnswer(request.answer));
      if (!replayed.ok) return refusedAt(latest ?? row, replayed.error);
      return ok(viewOf(latest ?? row, replayed.value));
    }
    // Erased while this turn ran: it answers as an unknown id does.
    if (!latest) return refused();
    return refusedAt(latest, {
      code: "version_conflict",
      message: "another answer was saved first; reload the conversation and try again",
    });
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
    const snapshot = restoreFlow(flow, readSnapshot(row.snapshot));
    return ok({ done: snapshot.status === "done", summary: flow.summarize(snapshot, row.locale) });
  }

  async function exportData(id: string, access: Access): Promise<Result<Record<string, unknown>>> {
    const opened = await open(id, access);
    if (!opened.ok) return opened;
    const row = opened.value;
    const { tokenHash: _token, resumeHash: _resume, snapshot, safety, ...conversation } = row;
    await store.audit({ at: now(), action: "export", actor: actorOf(row, access), conversationId: id });
    const [events, timers, audit, labelNotes] = await Promise.all([
      store.events(id),
      store.timers(id),
      store.auditTrail(id),
      store.labelNotes(id),
    ]);
    return ok({
      exportedAt: new Date(now()).toISOString(),
      conversation: {
        ...conversation,
        snapshot: readSnapshot(snapshot),
        safety: safety === null ? null : (JSON.parse(safety) as unknown),
      },
      events: events.map((e) => ({
        ...e,
        answer: e.answer === null ? null : readAnswer(e.answer),
        result: readReply(e.result, e.seq),
        ...withVoice(e.result),
        screening: e.screening === null ? null : unpackJson(e.screening),
      })),
      timers,
      audit,
      labelNotes,
      transcript: transcriptOf(events),
    });
  }

  /** The person's notes on labels, for the page that shows them (no export, so not audited as one). */
  async function labelNotes(id: string, access: Access): Promise<Result<LabelNoteRecord[]>> {
    const opened = await open(id, access);
    if (!opened.ok) return opened;
    return ok(await store.labelNotes(id));
  }

  /** Keeps the person's note on one label of the feedback (the flow's export checks which labels exist). */
  async function noteLabel(
    id: string,
    access: Access,
    note: { turn: number; part: number; text: string },
  ): Promise<Result<{ kept: true }>> {
    const opened = await open(id, access);
    if (!opened.ok) return opened;
    if (!(await store.saveLabelNote(id, { ...note, createdAt: now() }))) return refused();
    return ok({ kept: true });
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
    // A refused code is audited without the code itself: guessing shows in the log, no code leaks.
    const refuse = (detail: "malformed" | "unknown") =>
      store.audit({
        at: now(),
        action: "resume-refused",
        actor: "resume-code",
        conversationId: null,
        detail,
      });
    const code = normalizeResumeCode(input);
    if (!code) {
      await refuse("malformed");
      return fail("invalid_request", "a resume code has 12 letters and digits, like ABCD-EFGH-JKMN");
    }
    const id = await store.findByResumeHash(hashToken(code));
    if (!id) {
      await refuse("unknown");
      return fail("not_found", "no conversation has this resume code");
    }
    await store.audit({ at: now(), action: "resume", actor: "resume-code", conversationId: id });
    return ok({ id, credential: code });
  }

  return { create, turn, current, get, summary, exportData, labelNotes, noteLabel, erase, resume };
}

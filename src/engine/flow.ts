// What a flow is to the engine: an XState machine whose states carry a `meta` step (phase, what the
// coach says, what input it waits for), content per locale, and a summary of the context.
import type { AnyMachineSnapshot, AnyStateMachine, StateValue } from "xstate";
import { isLocale, isRegion, type Locale, type Region } from "../locales.ts";
import type { Answer } from "./answer.ts";
import type { InputSpec } from "./types.ts";

/** The input every flow machine is created with. */
export interface FlowInput {
  locale: Locale;
  region: Region;
  /** Chooses among wording variants, so the coach does not sound like a form; fixed per conversation. */
  seed: number;
}

/** The events the engine sends to a flow machine. */
export type FlowEvent = { type: "answer"; answer: Answer } | { type: "back" } | { type: "skip" };

/** The `meta` of a state: written by the flow with `step()`, read by the engine through `view`. */
export interface StepMeta<TContext, TContent> {
  phase: string;
  say: (content: TContent, context: TContext) => string[];
  input?: (content: TContent, context: TContext) => InputSpec;
}

/** The rendered step: what the coach says now and what it waits for. */
export interface StepView {
  phase: string;
  messages: string[];
  input: InputSpec;
  done: boolean;
}

/** What a stored snapshot is rebuilt from (step.ts). */
export interface StoredFlowSnapshot {
  value: StateValue;
  context: unknown;
}

/** A flow as the engine runs it; `TSummary` is what it ends in (src/summary/flow-summary.ts for the product's). */
export interface Flow<TSummary = unknown> {
  readonly id: string;
  readonly version: number;
  readonly machine: AnyStateMachine;
  /** Patient-facing flows have every free-text answer screened for danger before they see it. */
  readonly screened: boolean;
  view(snapshot: AnyMachineSnapshot, locale: Locale): StepView;
  summarize(snapshot: AnyMachineSnapshot, locale: Locale): TSummary;
  /** Language and region as the person chose them inside the flow, when the flow asks. */
  settings(snapshot: AnyMachineSnapshot): { locale: Locale; region: Region } | undefined;
  /**
   * A snapshot stored by an earlier shape of the same flow version, in today's shape (undefined when
   * it already is), so conversations stored mid-way continue after the flow's steps changed.
   */
  upgrade?(stored: StoredFlowSnapshot): StoredFlowSnapshot | undefined;
}

export interface FlowDefinition<TContext, TContent, TSummary> {
  id: string;
  version: number;
  machine: AnyStateMachine;
  screened: boolean;
  content: Record<Locale, TContent>;
  summarize: (context: TContext, content: TContent, done: boolean) => TSummary;
  upgrade?: (stored: StoredFlowSnapshot) => StoredFlowSnapshot | undefined;
}

/** Typed helper for writing a state's meta inside a flow. */
export function stepsFor<TContext, TContent>() {
  return (meta: StepMeta<TContext, TContent>): StepMeta<TContext, TContent> => meta;
}

function isStepMeta(value: unknown): value is StepMeta<unknown, unknown> {
  if (typeof value !== "object" || value === null) return false;
  return (
    "phase" in value && typeof value.phase === "string" && "say" in value && typeof value.say === "function"
  );
}

/** The meta of the deepest active state that has one: child states refine their parents. */
function currentStep(snapshot: AnyMachineSnapshot): StepMeta<unknown, unknown> {
  const metas: unknown[] = Object.values(snapshot.getMeta());
  for (let i = metas.length - 1; i >= 0; i--) {
    const meta = metas[i];
    if (isStepMeta(meta)) return meta;
  }
  throw new Error(`flow state ${JSON.stringify(snapshot.value)} has no step meta`);
}

function settingsOf(context: unknown): { locale: Locale; region: Region } | undefined {
  if (typeof context !== "object" || context === null) return undefined;
  if (!("locale" in context) || !("region" in context)) return undefined;
  const { locale, region } = context;
  return isLocale(locale) && isRegion(region) ? { locale, region } : undefined;
}

export function defineFlow<TContext, TContent, TSummary>(
  def: FlowDefinition<TContext, TContent, TSummary>,
): Flow<TSummary> {
  return {
    id: def.id,
    version: def.version,
    machine: def.machine,
    screened: def.screened,
    ...(def.upgrade ? { upgrade: def.upgrade } : {}),
    settings: (snapshot) => settingsOf(snapshot.context),
    view(snapshot, locale) {
      // The step was written with stepsFor<TContext, TContent>() for this very machine.
      const step = currentStep(snapshot) as StepMeta<TContext, TContent>;
      const context = snapshot.context as TContext;
      const content = def.content[locale];
      const done = snapshot.status === "done";
      return {
        phase: step.phase,
        messages: step.say(content, context),
        input: done || !step.input ? { kind: "none" } : step.input(content, context),
        done,
      };
    },
    summarize(snapshot, locale) {
      return def.summarize(snapshot.context as TContext, def.content[locale], snapshot.status === "done");
    },
  };
}

/** Maps a flow id (and the version a conversation started with) to its definition. */
export class FlowRegistry {
  readonly #flows = new Map<string, Map<number, Flow>>();

  constructor(flows: readonly Flow[] = []) {
    for (const flow of flows) this.register(flow);
  }

  register(flow: Flow): void {
    const versions = this.#flows.get(flow.id) ?? new Map<number, Flow>();
    if (versions.has(flow.version)) throw new Error(`flow ${flow.id} v${flow.version} is registered twice`);
    versions.set(flow.version, flow);
    this.#flows.set(flow.id, versions);
  }

  /** The newest version of a flow, for new conversations. */
  latest(id: string): Flow | undefined {
    const versions = this.#flows.get(id);
    if (!versions) return undefined;
    return versions.get(Math.max(...versions.keys()));
  }

  /** The exact version a stored conversation was started with. */
  get(id: string, version: number): Flow | undefined {
    return this.#flows.get(id)?.get(version);
  }

  ids(): string[] {
    return [...this.#flows.keys()];
  }
}

// The engine's reply hook for the language model: for a flow the settings allow, its directive for this
// turn (from the flow), the model's words in place of the template's, and a mark of which voice it was.
// Off (no hook at all) unless configured, so nothing is sent and turns are exactly as before.
import type { ReplyHook, ReplyHookInput, Reworded } from "../engine/reply-hook.ts";
import type { Locale } from "../locales.ts";
import type { Logger } from "../log.ts";
import { type Chat, createChat } from "./client.ts";
import type { PatientDirective } from "./patient-directive.ts";
import { exchangesOf, voicePatient } from "./patient-voice.ts";
import type { ReflectionDirective } from "./reflection-directive.ts";
import { voiceReflection } from "./reflection-voice.ts";
import { type LlmSettings, usesModel } from "./settings.ts";

/**
 * A flow's way to say what its reply this turn should do, given its context and the reply's messages;
 * undefined when nothing in the reply is the model's to word.
 */
export interface DirectiveSource {
  flowId: string;
  directive(
    context: unknown,
    locale: Locale,
    messages: readonly string[],
  ): PatientDirective | ReflectionDirective | undefined;
}

export function createLlmHook(
  settings: LlmSettings | undefined,
  sources: readonly DirectiveSource[],
  options: { chat?: Chat; log?: Logger } = {},
): ReplyHook | undefined {
  if (!settings) return undefined;
  const allowed = new Map(sources.filter((s) => usesModel(settings, s.flowId)).map((s) => [s.flowId, s]));
  if (allowed.size === 0) return undefined;
  const chat = options.chat ?? createChat(settings);
  const inflight = new Map<string, Promise<Reworded | undefined>>();

  async function reword({
    flow,
    snapshot,
    state,
    locale,
    transcript,
    beforeModel,
  }: ReplyHookInput): Promise<Reworded | undefined> {
    const texts = state.messages.map((m) => (m.role === "coach" ? m.text : ""));
    const directive = allowed.get(flow.id)?.directive(snapshot.context, locale, texts);
    if (!directive) return undefined;
    const at = texts.indexOf(directive.message);
    if (at < 0) return undefined;
    const history =
      directive.kind === "patient" ? exchangesOf(await transcript(), directive.speakerPrefix) : [];
    // Slack acks here, so the wait for the model never holds Slack's three seconds.
    const asked: Chat = (messages) => {
      beforeModel();
      return chat(messages);
    };
    const voiced =
      directive.kind === "patient"
        ? await voicePatient(asked, directive, history)
        : await voiceReflection(asked, directive);
    const framed = directive.kind === "patient" ? directive.frame(voiced.words) : voiced.words;
    // The reason only: never the words, which are the trainee's and the model's.
    if (voiced.fallback) options.log?.info("llm fallback", { flow: flow.id, reason: voiced.fallback });
    const messages = state.messages.map((m, i) => (i === at ? { ...m, text: framed } : m));
    return {
      state: { ...state, messages },
      voice: { by: voiced.voice, ...(voiced.fallback ? { fallback: voiced.fallback } : {}) },
    };
  }

  return {
    wants: (flowId) => allowed.has(flowId),
    reword(input) {
      // A retry of a turn still waiting for the model waits for the same answer: one call per turn.
      const running = inflight.get(input.turnKey);
      if (running) return running;
      const made = reword(input).finally(() => inflight.delete(input.turnKey));
      inflight.set(input.turnKey, made);
      return made;
    },
  };
}

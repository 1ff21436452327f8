// The flows the product offers. Each flow lives in its own folder; register it here.
import { FlowRegistry } from "../src/engine/flow.ts";
import type { DirectiveSource } from "../src/llm/hook.ts";
import { oefenenFlow } from "./oefenen/flow.ts";
import { practiceVoice } from "./oefenen/voice.ts";
import { quizFlow } from "./oefenen-quiz/flow.ts";
import { reflectieFlow } from "./reflectie/flow.ts";
import { reflectionVoice } from "./reflectie/voice.ts";

export function productFlows(): FlowRegistry {
  return new FlowRegistry([reflectieFlow, oefenenFlow, quizFlow]);
}

/** The flows whose replies the optional language model may word (src/llm), when LLM_FLOWS lets it (the reflection only when named). */
export const productVoices: readonly DirectiveSource[] = [practiceVoice, reflectionVoice];

// Whether the optional language model is on, and for which flows: read from the configuration. Unset means
// off, and then nothing is ever sent anywhere (issue 22, item 1).
import { type Config, ConfigError } from "../config.ts";
import { flowIds, productFlowIds } from "../flow-ids.ts";

export interface LlmSettings {
  /** An OpenAI-compatible endpoint over HTTP, or on Workers the Workers AI binding (`[ai]` in wrangler.toml). */
  via: "http" | "binding";
  /** The endpoint, up to and including /v1 (Ollama: http://localhost:11434/v1); empty for the binding. */
  baseUrl: string;
  model: string;
  apiKey?: string;
  /** Flow ids that may use the model. */
  flows: readonly string[];
  timeoutMs: number;
  /** The most tokens one reply may take: a patient's turn is a few sentences. */
  maxTokens: number;
}

/** Room for three or four spoken sentences in Dutch, which takes more tokens than English. */
export const MAX_TOKENS = 220;

type LlmConfig = Pick<Config, "LLM_BASE_URL" | "LLM_MODEL" | "LLM_API_KEY" | "LLM_FLOWS" | "LLM_TIMEOUT_MS">;

/**
 * The model's settings when base URL and model are set; one without the other is a configuration error,
 * except on Workers with an AI binding, where the model alone means the binding.
 */
export function llmSettings(
  config: Partial<LlmConfig>,
  runtime: { binding?: boolean } = {},
): LlmSettings | undefined {
  const { LLM_BASE_URL: baseUrl, LLM_MODEL: model, LLM_API_KEY: apiKey } = config;
  if (!baseUrl && !model) {
    if (apiKey || config.LLM_FLOWS)
      throw new ConfigError("invalid configuration: LLM_BASE_URL and LLM_MODEL are needed to use the model");
    return undefined;
  }
  const binding = !baseUrl && runtime.binding === true;
  if (!baseUrl && !binding)
    throw new ConfigError("invalid configuration: LLM_BASE_URL is required when LLM_MODEL is set");
  if (!model) throw new ConfigError("invalid configuration: LLM_MODEL is required when LLM_BASE_URL is set");
  const flows = (config.LLM_FLOWS ?? flowIds.practice)
    .split(",")
    .map((id) => id.trim())
    .filter((id) => id !== "");
  const unknown = flows.find((id) => !(productFlowIds as readonly string[]).includes(id));
  if (unknown !== undefined)
    throw new ConfigError(
      `invalid configuration: LLM_FLOWS names "${unknown}", which is not a flow (${productFlowIds.join(", ")})`,
    );
  return {
    via: binding ? "binding" : "http",
    baseUrl: (baseUrl ?? "").replace(/\/+$/, ""),
    model,
    ...(apiKey ? { apiKey } : {}),
    flows,
    timeoutMs: config.LLM_TIMEOUT_MS ?? 4000,
    maxTokens: MAX_TOKENS,
  };
}

/** Whether this flow may use the model under these settings. */
export const usesModel = (settings: LlmSettings | undefined, flowId: string): settings is LlmSettings =>
  settings?.flows.includes(flowId) === true;

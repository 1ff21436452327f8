// Configuration from environment variables, validated with zod at start. A bad value stops the
// process with one line naming the variable.
import { z } from "zod";
import { defaultRateLimits, type RateLimits } from "./http/rate-limit.ts";
import { parseTrustProxy, type TrustPolicy } from "./http/trust-proxy.ts";
import { logLevelSchema } from "./log.ts";

const configSchema = z.object({
  PORT: z.coerce
    .number({ error: "must be a port number" })
    .int("must be a whole number")
    .min(1, "must be from 1 to 65535")
    .max(65535, "must be from 1 to 65535")
    .default(8787),
  HOST: z.string().min(1).default("127.0.0.1"),
  // Which reverse proxies may name the client (X-Forwarded-For, CF-Connecting-IP) and say https.
  TRUST_PROXY: z
    .string()
    .default("none")
    .transform((setting, ctx): TrustPolicy => {
      const policy = parseTrustProxy(setting);
      if (typeof policy !== "string") return policy;
      ctx.addIssue({ code: "custom", message: policy });
      return z.NEVER;
    }),
  DATABASE_URL: z
    .string()
    .regex(
      /^(file:.+|libsql:\/\/.+|https?:\/\/.+|wss?:\/\/.+|:memory:)$/,
      "must be file:<path>, :memory: or a libsql://, http(s):// or ws(s):// URL",
    )
    .default("file:data/gesprekscoach.db"),
  DATABASE_AUTH_TOKEN: z.string().min(1).optional(),
  // Encrypts the embedded database file at rest (libsql's encryption); see README for the trade-offs.
  DATABASE_ENCRYPTION_KEY: z.string().min(16, "must be at least 16 characters").optional(),
  LOG_LEVEL: logLevelSchema.default("info"),
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  IDLE_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  // Named on the privacy page: the organisation responsible for the data and how to reach it.
  PRIVACY_CONTROLLER_NAME: z.string().trim().min(1).max(200).optional(),
  PRIVACY_CONTACT: z.string().trim().min(1).max(200).optional(),
  // Per client: conversations started per 10 minutes, turns per minute.
  RATE_LIMIT_CREATES: z.coerce.number().int().min(1).max(100_000).default(30),
  RATE_LIMIT_TURNS: z.coerce.number().int().min(1).max(100_000).default(300),
  // Slack (optional, both or neither): the app's signing secret and bot token, and the Web API base
  // URL (Slack's own unless set; tests point it at a fake).
  SLACK_SIGNING_SECRET: z
    .string()
    .regex(/^[0-9A-Za-z]{16,128}$/, "must be the app's signing secret (letters and digits)")
    .optional(),
  SLACK_BOT_TOKEN: z
    .string()
    .regex(/^xoxb-[0-9A-Za-z-]{1,250}$/, "must be a bot token (xoxb-...)")
    .optional(),
  SLACK_API_URL: z
    .string()
    .regex(/^https?:\/\/\S+$/, "must be an http(s) URL")
    .optional(),
  // The optional language model (issue 22): any OpenAI-compatible chat-completions endpoint. Unset, nothing
  // is sent anywhere; src/llm/settings.ts checks that base URL and model come together.
  LLM_BASE_URL: z
    .string()
    .regex(/^https?:\/\/\S+$/, "must be an http(s) URL")
    .optional(),
  LLM_MODEL: z.string().min(1).max(200).optional(),
  LLM_API_KEY: z.string().min(1).optional(),
  // Comma-separated flow ids that may use the model; unset means only the practice flow.
  LLM_FLOWS: z
    .string()
    .regex(
      /^\s*[a-z]+(\s*,\s*[a-z]+)*\s*$/,
      "must be flow ids separated by commas, such as oefenen,reflectie",
    )
    .optional(),
  LLM_TIMEOUT_MS: z.coerce
    .number({ error: "must be a number of milliseconds" })
    .int("must be a whole number")
    .min(100, "must be from 100 to 60000")
    .max(60_000, "must be from 100 to 60000")
    .default(4000),
});

export type Config = z.infer<typeof configSchema>;

/** The settings that mean something on Workers, where the platform owns port and storage. */
export const workerConfigSchema = configSchema.pick({
  LOG_LEVEL: true,
  RETENTION_DAYS: true,
  IDLE_DAYS: true,
  PRIVACY_CONTROLLER_NAME: true,
  PRIVACY_CONTACT: true,
  RATE_LIMIT_CREATES: true,
  RATE_LIMIT_TURNS: true,
  SLACK_SIGNING_SECRET: true,
  SLACK_BOT_TOKEN: true,
  SLACK_API_URL: true,
  LLM_BASE_URL: true,
  LLM_MODEL: true,
  LLM_API_KEY: true,
  LLM_FLOWS: true,
  LLM_TIMEOUT_MS: true,
});
export type WorkerConfig = z.infer<typeof workerConfigSchema>;

/** The Slack settings when both secret and token are set; one without the other is a configuration error. */
export function slackSettings(
  config: Pick<Config, "SLACK_SIGNING_SECRET" | "SLACK_BOT_TOKEN" | "SLACK_API_URL">,
): { signingSecret: string; botToken: string; apiUrl?: string } | undefined {
  const { SLACK_SIGNING_SECRET: signingSecret, SLACK_BOT_TOKEN: botToken, SLACK_API_URL: apiUrl } = config;
  if (!signingSecret && !botToken) return undefined;
  if (!signingSecret)
    throw new ConfigError(
      "invalid configuration: SLACK_SIGNING_SECRET is required when SLACK_BOT_TOKEN is set",
    );
  if (!botToken)
    throw new ConfigError(
      "invalid configuration: SLACK_BOT_TOKEN is required when SLACK_SIGNING_SECRET is set",
    );
  return { signingSecret, botToken, ...(apiUrl ? { apiUrl } : {}) };
}

/** The rate limits the configuration asks for. */
export function rateLimitsOf(config: Pick<Config, "RATE_LIMIT_CREATES" | "RATE_LIMIT_TURNS">): RateLimits {
  return {
    ...defaultRateLimits,
    creates: { ...defaultRateLimits.creates, max: config.RATE_LIMIT_CREATES },
    turns: { ...defaultRateLimits.turns, max: config.RATE_LIMIT_TURNS },
  };
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses the environment; empty strings count as unset so `PORT= npm start` keeps the default. */
export function loadConfig(env: Record<string, string | undefined>): Config;
export function loadConfig<T>(env: Record<string, string | undefined>, schema: z.ZodType<T>): T;
export function loadConfig(
  env: Record<string, string | undefined>,
  schema: z.ZodType = configSchema,
): unknown {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ""),
  );
  const parsed = schema.safeParse(present);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = String(issue?.path[0] ?? "configuration");
  // Secrets are named, never echoed.
  const given = /SECRET|TOKEN|KEY/.test(name) ? undefined : env[name];
  throw new ConfigError(
    `invalid configuration: ${name} ${issue?.message ?? "is invalid"}${given === undefined ? "" : ` (got ${JSON.stringify(given)})`}`,
  );
}

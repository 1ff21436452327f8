// The configuration loader: defaults, how values are read, and the one line a bad value gets, for
// every variable the service reads (the command line prints that line; test/api/cli.test.ts checks the wiring once).
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, rateLimitsOf, slackSettings, workerConfigSchema } from "./config.ts";

/** The message loadConfig throws for this environment (the line the command line prints). */
function refusal(env: Record<string, string | undefined>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error(`expected a configuration error for ${JSON.stringify(env)}`);
}

describe("loadConfig", () => {
  it("gives the documented defaults for an empty environment", () => {
    expect(loadConfig({})).toEqual({
      PORT: 8787,
      HOST: "127.0.0.1",
      TRUST_PROXY: { cloudflare: false, proxies: [] },
      DATABASE_URL: "file:data/gesprekscoach.db",
      LOG_LEVEL: "info",
      RETENTION_DAYS: 90,
      IDLE_DAYS: 30,
      RATE_LIMIT_CREATES: 30,
      RATE_LIMIT_TURNS: 300,
      LLM_TIMEOUT_MS: 4000,
    });
  });

  it("reads numbers from their text and counts an empty value as unset", () => {
    const config = loadConfig({ PORT: "9000", RETENTION_DAYS: "7", HOST: "", LOG_LEVEL: "" });
    expect(config).toMatchObject({ PORT: 9000, RETENTION_DAYS: 7, HOST: "127.0.0.1", LOG_LEVEL: "info" });
  });

  it("reads TRUST_PROXY into the proxies it names", () => {
    expect(loadConfig({ TRUST_PROXY: "cloudflare" }).TRUST_PROXY).toEqual({ cloudflare: true, proxies: [] });
    expect(loadConfig({ TRUST_PROXY: "loopback, 10.0.0.0/8" }).TRUST_PROXY.proxies).toHaveLength(3);
  });

  it("ignores variables it does not know", () => {
    expect(loadConfig({ PATH: "/usr/bin", HOME: "/root" })).not.toHaveProperty("PATH");
  });

  it.each<[Record<string, string>, string]>([
    [{ PORT: "abc" }, 'invalid configuration: PORT must be a port number (got "abc")'],
    [{ PORT: "70000" }, 'invalid configuration: PORT must be from 1 to 65535 (got "70000")'],
    [{ PORT: "0" }, 'invalid configuration: PORT must be from 1 to 65535 (got "0")'],
    [{ PORT: "80.5" }, 'invalid configuration: PORT must be a whole number (got "80.5")'],
    [
      { DATABASE_URL: "postgres://db/x" },
      'invalid configuration: DATABASE_URL must be file:<path>, :memory: or a libsql://, http(s):// or ws(s):// URL (got "postgres://db/x")',
    ],
    [{ RETENTION_DAYS: "0" }, "invalid configuration: RETENTION_DAYS "],
    [{ IDLE_DAYS: "many" }, "invalid configuration: IDLE_DAYS "],
    [{ RATE_LIMIT_TURNS: "-1" }, "invalid configuration: RATE_LIMIT_TURNS "],
    [
      { TRUST_PROXY: "loopback,everyone" },
      'invalid configuration: TRUST_PROXY has "everyone", which is not an address, a CIDR range, loopback, private or cloudflare (got "loopback,everyone")',
    ],
    [
      { SLACK_API_URL: "slack.com" },
      'invalid configuration: SLACK_API_URL must be an http(s) URL (got "slack.com")',
    ],
  ])("refuses %o with one line naming the variable and the value", (env, start) => {
    const message = refusal(env);
    expect(message.startsWith(start)).toBe(true);
    expect(message).not.toContain("\n");
  });

  it("names LOG_LEVEL and the value when the level is unknown", () => {
    const message = refusal({ LOG_LEVEL: "loud" });
    expect(message).toMatch(/^invalid configuration: LOG_LEVEL .*\(got "loud"\)$/);
  });

  it("names the first bad variable when there are several", () => {
    expect(refusal({ PORT: "abc", LOG_LEVEL: "loud" })).toMatch(/^invalid configuration: PORT /);
  });

  it.each([
    ["DATABASE_ENCRYPTION_KEY", "too-short"],
    ["SLACK_SIGNING_SECRET", "not a secret!"],
    ["SLACK_BOT_TOKEN", "xoxp-user-token"],
  ])("names a bad %s but never echoes it", (name, value) => {
    const message = refusal({ [name]: value });
    expect(message.startsWith(`invalid configuration: ${name} `)).toBe(true);
    expect(message).not.toContain(value);
  });
});

describe("slackSettings", () => {
  const secret = "0123456789abcdef0123";
  const token = "xoxb-1-2-abc";

  it("is off without either setting, on with both", () => {
    expect(slackSettings(loadConfig({}))).toBeUndefined();
    expect(slackSettings(loadConfig({ SLACK_SIGNING_SECRET: secret, SLACK_BOT_TOKEN: token }))).toEqual({
      signingSecret: secret,
      botToken: token,
    });
    expect(
      slackSettings(
        loadConfig({
          SLACK_SIGNING_SECRET: secret,
          SLACK_BOT_TOKEN: token,
          SLACK_API_URL: "http://127.0.0.1:1/api/",
        }),
      ),
    ).toMatchObject({ apiUrl: "http://127.0.0.1:1/api/" });
  });

  it("refuses one without the other, naming the missing one", () => {
    expect(() => slackSettings(loadConfig({ SLACK_BOT_TOKEN: token }))).toThrow(
      new ConfigError("invalid configuration: SLACK_SIGNING_SECRET is required when SLACK_BOT_TOKEN is set"),
    );
    expect(() => slackSettings(loadConfig({ SLACK_SIGNING_SECRET: secret }))).toThrow(
      new ConfigError("invalid configuration: SLACK_BOT_TOKEN is required when SLACK_SIGNING_SECRET is set"),
    );
  });
});

describe("the Workers settings", () => {
  it("take what means something on Workers and leave port and storage to the platform", () => {
    const config = loadConfig(
      { LOG_LEVEL: "warn", PORT: "abc", DATABASE_URL: "postgres://x" },
      workerConfigSchema,
    );
    expect(config).toMatchObject({ LOG_LEVEL: "warn", RETENTION_DAYS: 90 });
    expect(config).not.toHaveProperty("PORT");
  });

  it("refuse a bad value like the Node settings do", () => {
    expect(() => loadConfig({ RETENTION_DAYS: "never" }, workerConfigSchema)).toThrow(
      /^invalid configuration: RETENTION_DAYS /,
    );
  });
});

describe("rateLimitsOf", () => {
  it("sets the configured maximums and keeps the windows and the resume-code limit", () => {
    const limits = rateLimitsOf(loadConfig({ RATE_LIMIT_CREATES: "2", RATE_LIMIT_TURNS: "5" }));
    expect(limits.creates).toEqual({ max: 2, windowMs: 10 * 60_000 });
    expect(limits.turns).toEqual({ max: 5, windowMs: 60_000 });
    expect(limits.resumes.max).toBe(10);
  });
});

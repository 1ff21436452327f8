// Parsing what Slack posts to /slack/events, and the key that makes acting on it happen once.
import { describe, expect, it } from "vitest";
import { DirectMessage, HomeOpened, SlashCommand } from "./coach-events.ts";
import { BlockActions, parseEnvelope, retryOf } from "./envelope.ts";

const json = "application/json";
const form = "application/x-www-form-urlencoded";
const payload = (p: unknown) => new URLSearchParams({ payload: JSON.stringify(p) }).toString();

describe("parseEnvelope", () => {
  it("reads url_verification and ssl_check", () => {
    expect(
      parseEnvelope(json, JSON.stringify({ type: "url_verification", challenge: "abc", token: "x" })),
    ).toEqual({
      ok: true,
      envelope: { kind: "url_verification", challenge: "abc" },
    });
    expect(parseEnvelope(form, "ssl_check=1&token=x")).toEqual({ ok: true, envelope: { kind: "ssl_check" } });
  });

  it("keys an event by its event_id", () => {
    const body = { type: "event_callback", event_id: "Ev123", team_id: "T1", event: { type: "message" } };
    const parsed = parseEnvelope("application/json; charset=utf-8", JSON.stringify(body));
    expect(parsed).toMatchObject({
      ok: true,
      envelope: { kind: "dispatch", type: "event:message", key: "event:Ev123", body },
    });
  });

  it("keys a button press by its trigger_id, and a checkbox tick not at all", () => {
    const press = {
      type: "block_actions",
      trigger_id: "1.2.abc",
      actions: [{ type: "button", action_id: "gc_answer:0" }],
    };
    expect(parseEnvelope(form, payload(press))).toMatchObject({
      ok: true,
      envelope: { key: "interaction:1.2.abc" },
    });
    const tick = { ...press, actions: [{ type: "checkboxes", action_id: "gc_pick:0" }] };
    expect(parseEnvelope(form, payload(tick))).toMatchObject({ ok: true, envelope: { key: undefined } });
  });

  it("reads a complete button press in full once, so the listener gets it parsed", () => {
    const press = {
      type: "block_actions",
      trigger_id: "1.2.abc",
      user: { id: "U1" },
      message: { ts: "123.456", text: "Vraag 1" },
      actions: [{ type: "button", action_id: "gc_answer:0" }],
    };
    const parsed = parseEnvelope(form, payload(press));
    const read = parsed.ok && parsed.envelope.kind === "dispatch" ? parsed.envelope.blockActions : undefined;
    expect(read).toBeInstanceOf(BlockActions);
    expect(read?.payload.user.id).toBe("U1");
    expect(read?.payload.message?.ts).toBe("123.456");
    // Without a user it is still claimed and passed on, but there is nothing for the coach to read.
    const anonymous = parseEnvelope(form, payload({ ...press, user: undefined }));
    expect(anonymous).toMatchObject({ ok: true, envelope: { key: "interaction:1.2.abc" } });
    expect(anonymous.ok && anonymous.envelope.kind === "dispatch" && anonymous.envelope.blockActions).toBe(
      undefined,
    );
  });

  it("keys a slash command by its trigger_id and keeps its fields", () => {
    const fields = {
      command: "/coach",
      team_id: "T1",
      user_id: "U1",
      channel_id: "C1",
      trigger_id: "9.8.7",
      text: "",
    };
    expect(parseEnvelope(form, new URLSearchParams(fields).toString())).toMatchObject({
      ok: true,
      envelope: { kind: "dispatch", type: "command", key: "command:9.8.7", body: fields },
    });
  });

  it("reads a DM, the Home tab opened and a slash command once, for their listeners", () => {
    const readOf = (type: string, raw: string) => {
      const parsed = parseEnvelope(type, raw);
      return parsed.ok && parsed.envelope.kind === "dispatch" ? parsed.envelope.read : undefined;
    };
    const event = (e: object) =>
      JSON.stringify({ type: "event_callback", event_id: "E1", team_id: "T1", event: e });
    const dm = { type: "message", channel_type: "im", channel: "D1", user: "U1", text: "hoi" };
    expect(readOf(json, event(dm))).toEqual(new DirectMessage("U1", "D1", "hoi"));
    expect(readOf(json, event(dm))).toBeInstanceOf(DirectMessage);
    // A bot's post (ours too) and an edit are not something a person typed.
    expect(readOf(json, event({ ...dm, bot_id: "B1" }))).toBeUndefined();
    expect(readOf(json, event({ ...dm, subtype: "message_changed" }))).toBeUndefined();
    const home = { type: "app_home_opened", user: "U1", tab: "home" };
    expect(readOf(json, event(home))).toBeInstanceOf(HomeOpened);
    expect(readOf(json, event({ ...home, tab: "messages" }))).toBeUndefined();
    const fields = { command: "/coach", team_id: "T1", user_id: "U1", channel_id: "C1", trigger_id: "9.8.7" };
    expect(readOf(form, new URLSearchParams(fields).toString())).toEqual(
      new SlashCommand("/coach", "U1", "C1"),
    );
  });

  it("passes other Events API envelopes on without a key", () => {
    expect(
      parseEnvelope(json, JSON.stringify({ type: "app_rate_limited", minute_rate_limited: 1 })),
    ).toMatchObject({
      ok: true,
      envelope: { kind: "dispatch", key: undefined },
    });
  });

  it("refuses what it cannot read, saying why", () => {
    expect(parseEnvelope(json, "{not json")).toEqual({ ok: false, message: "the body is not valid JSON" });
    expect(parseEnvelope(json, "[]")).toMatchObject({ ok: false });
    expect(parseEnvelope(form, "payload=%7Bbad")).toMatchObject({ ok: false });
    expect(parseEnvelope(form, "user_id=U1")).toMatchObject({ ok: false });
    expect(parseEnvelope("text/plain", "hi")).toMatchObject({ ok: false });
    expect(parseEnvelope(undefined, "hi")).toMatchObject({ ok: false });
  });
});

describe("retryOf", () => {
  it("reads Slack's retry headers and ignores malformed ones", () => {
    expect(retryOf("2", "http_timeout")).toEqual({ retryNum: 2, retryReason: "http_timeout" });
    expect(retryOf(undefined, undefined)).toEqual({});
    expect(retryOf("two", "Http Error!")).toEqual({});
  });
});

// Slack signature verification: a genuine request passes; anything stale, from the future, unsigned,
// signed with another secret or changed after signing is refused with its reason.
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createVerifier, MAX_CLOCK_SKEW_S } from "./verify.ts";

const secret = "8f742231b10e8888abcd99yyyzzz85a5";
const nowMs = 1_700_000_000_000;
const nowS = nowMs / 1000;
const body = new TextEncoder().encode('{"type":"event_callback","event_id":"Ev1"}');
const signed = (ts: number, raw = body, key = secret) =>
  `v0=${createHmac("sha256", key).update(`v0:${ts}:`).update(raw).digest("hex")}`;

describe("createVerifier", () => {
  const verify = createVerifier(secret);

  it("accepts a request signed with the secret, now", async () => {
    expect(await verify({ signature: signed(nowS), timestamp: String(nowS), body, nowMs })).toEqual({
      ok: true,
    });
  });

  it("accepts timestamps exactly at the edge of the window, both ways", async () => {
    for (const ts of [nowS - MAX_CLOCK_SKEW_S, nowS + MAX_CLOCK_SKEW_S])
      expect(await verify({ signature: signed(ts), timestamp: String(ts), body, nowMs })).toEqual({
        ok: true,
      });
  });

  it("refuses a stale timestamp even with a correct signature", async () => {
    const ts = nowS - MAX_CLOCK_SKEW_S - 1;
    expect(await verify({ signature: signed(ts), timestamp: String(ts), body, nowMs })).toEqual({
      ok: false,
      reason: "stale",
    });
  });

  it("refuses a timestamp from the future even with a correct signature", async () => {
    const ts = nowS + MAX_CLOCK_SKEW_S + 1;
    expect(await verify({ signature: signed(ts), timestamp: String(ts), body, nowMs })).toEqual({
      ok: false,
      reason: "future",
    });
  });

  it("refuses missing headers", async () => {
    expect(await verify({ signature: undefined, timestamp: String(nowS), body, nowMs })).toEqual({
      ok: false,
      reason: "missing_headers",
    });
    expect(await verify({ signature: signed(nowS), timestamp: undefined, body, nowMs })).toEqual({
      ok: false,
      reason: "missing_headers",
    });
    expect(await verify({ signature: "", timestamp: "", body, nowMs })).toEqual({
      ok: false,
      reason: "missing_headers",
    });
  });

  it("refuses a timestamp that is not a number of seconds", async () => {
    for (const timestamp of ["soon", "1.5", "-1", "1e9"])
      expect(await verify({ signature: signed(nowS), timestamp, body, nowMs })).toEqual({
        ok: false,
        reason: "bad_timestamp",
      });
  });

  it("refuses another secret, a changed body, a changed timestamp and malformed signatures", async () => {
    const cases = [
      { signature: signed(nowS, body, "another-secret"), timestamp: String(nowS), body },
      {
        signature: signed(nowS),
        timestamp: String(nowS),
        body: new TextEncoder().encode('{"type":"event_callback","event_id":"Ev2"}'),
      },
      { signature: signed(nowS), timestamp: String(nowS - 1), body },
      { signature: signed(nowS).replace("v0=", "v1="), timestamp: String(nowS), body },
      { signature: signed(nowS).toUpperCase(), timestamp: String(nowS), body },
      { signature: signed(nowS).slice(0, -2), timestamp: String(nowS), body },
      { signature: `v0=${"z".repeat(64)}`, timestamp: String(nowS), body },
    ];
    for (const c of cases)
      expect(await verify({ ...c, nowMs })).toEqual({ ok: false, reason: "bad_signature" });
  });

  it("verifies the raw bytes, not a re-encoding of them", async () => {
    const raw = new TextEncoder().encode("payload=%7B%22a%22%3A%22caf%C3%A9%22%7D");
    expect(await verify({ signature: signed(nowS, raw), timestamp: String(nowS), body: raw, nowMs })).toEqual(
      { ok: true },
    );
  });

  it("will not be made with an empty secret", () => {
    expect(() => createVerifier("")).toThrow(/empty/);
  });
});

// Slack request signing (v0): HMAC-SHA256 over "v0:{timestamp}:{raw body}" with the signing secret.
// node:crypto (Workers have it under nodejs_compat): synchronous, where Web Crypto's verify costs a
// thread-pool round trip per request on Node; timingSafeEqual compares in constant time.
import { createHmac, timingSafeEqual } from "node:crypto";

/** Slack's window: a timestamp more than 5 minutes away from now, in either direction, is refused. */
export const MAX_CLOCK_SKEW_S = 5 * 60;

export type VerifyFailure = "missing_headers" | "bad_timestamp" | "stale" | "future" | "bad_signature";

export type Verified = { ok: true } | { ok: false; reason: VerifyFailure };

export interface SignedRequest {
  signature: string | undefined;
  timestamp: string | undefined;
  body: Uint8Array;
  nowMs: number;
}

/** A verifier for one signing secret. */
export function createVerifier(signingSecret: string): (request: SignedRequest) => Promise<Verified> {
  if (signingSecret.length === 0) throw new Error("the Slack signing secret is empty");

  return async ({ signature, timestamp, body, nowMs }) => {
    if (!signature || !timestamp) return { ok: false, reason: "missing_headers" };
    if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "bad_timestamp" };
    // Checked before the signature: a replayed request is refused even when it was once genuine.
    const skew = Math.floor(nowMs / 1000) - Number(timestamp);
    if (skew > MAX_CLOCK_SKEW_S) return { ok: false, reason: "stale" };
    if (skew < -MAX_CLOCK_SKEW_S) return { ok: false, reason: "future" };
    const match = /^v0=([0-9a-f]{64})$/.exec(signature);
    if (!match?.[1]) return { ok: false, reason: "bad_signature" };
    const expected = createHmac("sha256", signingSecret).update(`v0:${timestamp}:`).update(body).digest();
    const valid = timingSafeEqual(Buffer.from(match[1], "hex"), expected);
    return valid ? { ok: true } : { ok: false, reason: "bad_signature" };
  };
}

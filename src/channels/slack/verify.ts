// Slack request signing (v0): HMAC-SHA256 over "v0:{timestamp}:{raw body}" with the signing secret.
// Web Crypto only, so the same code runs on Node and Workers; crypto.subtle.verify compares in constant time.

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

const encoder = new TextEncoder();

function hexBytes(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** A verifier for one signing secret; the HMAC key is imported once and reused. */
export function createVerifier(signingSecret: string): (request: SignedRequest) => Promise<Verified> {
  if (signingSecret.length === 0) throw new Error("the Slack signing secret is empty");
  let key: Promise<CryptoKey> | undefined;
  const hmacKey = () => {
    key ??= crypto.subtle.importKey(
      "raw",
      encoder.encode(signingSecret),
      { name: "HMAC", hash: "SHA-256" },
      false,
      ["verify"],
    );
    return key;
  };

  return async ({ signature, timestamp, body, nowMs }) => {
    if (!signature || !timestamp) return { ok: false, reason: "missing_headers" };
    if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "bad_timestamp" };
    // Checked before the signature: a replayed request is refused even when it was once genuine.
    const skew = Math.floor(nowMs / 1000) - Number(timestamp);
    if (skew > MAX_CLOCK_SKEW_S) return { ok: false, reason: "stale" };
    if (skew < -MAX_CLOCK_SKEW_S) return { ok: false, reason: "future" };
    const match = /^v0=([0-9a-f]{64})$/.exec(signature);
    if (!match?.[1]) return { ok: false, reason: "bad_signature" };
    const signed = concat(encoder.encode(`v0:${timestamp}:`), body);
    const valid = await crypto.subtle.verify("HMAC", await hmacKey(), hexBytes(match[1]), signed);
    return valid ? { ok: true } : { ok: false, reason: "bad_signature" };
  };
}

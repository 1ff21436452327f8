// The engine's turnId for a Slack event: derived from the event's claim key, so a re-delivered event
// replays its stored turn instead of applying the answer twice.

const TURN_ID = /^[A-Za-z0-9_.:-]{8,128}$/;

export async function turnIdFor(key: string): Promise<string> {
  const readable = `slack:${key}`;
  if (TURN_ID.test(readable)) return readable;
  // Keys with other characters (or very long ones) become a digest of themselves.
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(key));
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `slack:h:${hex.slice(0, 48)}`;
}

// Shorter stored JSON, exactly reversible: every string (object key or value) that is in the frozen
// phrase table (phrases.ts: the flows' own words, keys and state names, never a person's text) is
// kept as a short reference, and a whole value in the value table (a screening with nothing found,
// say) as one. Replies, answers, screenings and snapshots are mostly such strings, so a stored turn
// shrinks to a few dozen bytes. Pure.
import { PHRASES, VALUES } from "./phrases.ts";

/** Every coded text starts with this; plain JSON (all rows stored before) never starts with "~". */
export const CODED = "~1";

// A reference is "~" + the entry's index in base 36; "~:" + index for a whole value. A literal
// string that starts with "~" gets one more "~" in front, so nothing a person writes reads as one.
// The reference of each entry, made once: a turn codes a few hundred strings.
const phraseRef = new Map(PHRASES.map((phrase, i) => [phrase, `~${i.toString(36)}`] as const));
const valueRef = new Map(VALUES.map((value, i) => [value, `~:${i.toString(36)}`] as const));
const parsedValues = new Map<number, unknown>();

function codeString(s: string): string {
  const ref = phraseRef.get(s);
  if (ref !== undefined) return ref;
  return s.charCodeAt(0) === TILDE ? `~${s}` : s;
}

const TILDE = 126;

/** An own property even for the key "__proto__", which plain assignment would not make. */
function put(out: Record<string, unknown>, key: string, item: unknown): void {
  if (key === "__proto__")
    Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
  else out[key] = item;
}

function readString(s: string): unknown {
  if (s.charCodeAt(0) !== TILDE) return s;
  if (s[1] === "~") return s.slice(1);
  if (s[1] === ":") return valueAt(Number.parseInt(s.slice(2), 36));
  const phrase = PHRASES[Number.parseInt(s.slice(1), 36)];
  if (phrase === undefined) throw new Error("a stored text refers to a phrase this code does not have");
  return phrase;
}

function valueAt(i: number): unknown {
  const known = parsedValues.get(i);
  if (known !== undefined) return structuredClone(known);
  const text = VALUES[i];
  if (text === undefined) throw new Error("a stored text refers to a value this code does not have");
  const value: unknown = JSON.parse(text);
  parsedValues.set(i, value);
  return structuredClone(value);
}

// Plain loops: a turn codes its reply, answer and snapshot, and decodes a snapshot, every time.
function encode(value: unknown, whole: boolean): unknown {
  if (typeof value === "string") return codeString(value);
  if (value === null || typeof value !== "object") return value;
  if (whole) {
    const ref = valueRef.get(JSON.stringify(value));
    if (ref !== undefined) return ref;
  }
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = encode(value[i], whole);
    return out;
  }
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source)) put(out, codeString(key), encode(source[key], whole));
  return out;
}

function decode(value: unknown): unknown {
  if (typeof value === "string") return readString(value);
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = decode(value[i]);
    return value;
  }
  // Freshly parsed, so it is rebuilt in place of nothing else.
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    const name = readString(key);
    if (typeof name !== "string") throw new Error("a stored key refers to a whole value");
    put(out, name, decode(source[key]));
  }
  return out;
}

/**
 * The value as coded JSON. `whole` also looks up each object and array in the value table: worth
 * it for small documents (a reply, a screening), not for a snapshot.
 */
export function packJson(value: unknown, whole = true): string {
  return `${CODED}${JSON.stringify(encode(value, whole))}`;
}

/** A stored text read back: coded JSON, or plain JSON as rows written before the coding hold. */
export function unpackJson(stored: string): unknown {
  if (!stored.startsWith(CODED)) return JSON.parse(stored);
  return decode(JSON.parse(stored.slice(CODED.length)));
}

// Resume codes: short enough to write down, long enough not to guess (12 Crockford base-32
// characters, 60 bits). Like the token, only a hash is stored; either one opens the conversation.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH = 12;

export function newResumeCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(LENGTH));
  return [...bytes].map((b) => ALPHABET[b & 31]).join("");
}

/** Groups of four for reading and writing: ABCD-EFGH-JKMN. */
export function formatResumeCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}

/**
 * The code as typed back: case, spaces and dashes do not matter, and the letters people confuse
 * with digits count as those digits. Returns null when it cannot be a code.
 */
export function normalizeResumeCode(input: string): string | null {
  const code = input
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1")
    .replace(/U/g, "V");
  if (code.length !== LENGTH) return null;
  return [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}

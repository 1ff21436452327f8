// One-time share codes a patient reads out or shows at the desk: 10 characters from an alphabet
// without the look-alikes (no 0/O, 1/I/L, U/V), shown as two groups of five. Only the hash is kept.
import { hashToken } from "../engine/token.ts";

export const SHARE_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
export const SHARE_CODE_LENGTH = 10;
/** How long a code can be redeemed (the issue: 7 days). */
export const SHARE_CODE_DAYS = 7;

export function newShareCode(
  random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n)),
): string {
  const size = SHARE_CODE_ALPHABET.length;
  // Rejection sampling: a byte above the last whole multiple of the alphabet would favour its start.
  const limit = 256 - (256 % size);
  let code = "";
  while (code.length < SHARE_CODE_LENGTH)
    for (const byte of random(SHARE_CODE_LENGTH * 2))
      if (byte < limit && code.length < SHARE_CODE_LENGTH) code += SHARE_CODE_ALPHABET[byte % size];
  return code;
}

/** ABCDE-FGHJK: easier to read out and to type. */
export function formatShareCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/**
 * The code as staff type it back: case, spaces and dashes do not matter. The look-alikes are not in
 * the alphabet, so a code with one of them is refused. Null when it cannot be a code.
 */
export function normalizeShareCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== SHARE_CODE_LENGTH) return null;
  return [...code].every((c) => SHARE_CODE_ALPHABET.includes(c)) ? code : null;
}

export function hashShareCode(code: string): string {
  // A prefix keeps a share code's hash apart from a resume code's or a token's.
  return hashToken(`share:${code}`);
}

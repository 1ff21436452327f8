// Share codes: long enough, free of look-alikes, typed back in any case or grouping.
import { describe, expect, it } from "vitest";
import {
  formatShareCode,
  hashShareCode,
  newShareCode,
  normalizeShareCode,
  SHARE_CODE_ALPHABET,
} from "./share-code.ts";

describe("share codes", () => {
  it("are 10 characters from the alphabet without look-alikes", () => {
    expect(SHARE_CODE_ALPHABET).not.toMatch(/[01OILUV]/);
    for (let i = 0; i < 50; i++) {
      const code = newShareCode();
      expect(code).toMatch(new RegExp(`^[${SHARE_CODE_ALPHABET}]{10}$`));
    }
  });

  it("skip the bytes that would favour the alphabet's first letters", () => {
    // 29 letters: bytes 232..255 are thrown away, 0 and 29 both give "2".
    const bytes = [255, 240, 0, 29, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16];
    const code = newShareCode((n) => Uint8Array.from(bytes.slice(0, n)));
    expect(code).toBe("223456789A");
  });

  it("are read back whatever the case, spaces or dashes, and refused when they cannot be codes", () => {
    const code = "ABCDE23456";
    expect(formatShareCode(code)).toBe("ABCDE-23456");
    expect(normalizeShareCode(" abcde-23456 ")).toBe(code);
    expect(normalizeShareCode("ABCDE 2345 6")).toBe(code);
    for (const bad of ["ABCDE-2345", "ABCDE-234567", "ABCDE-2345O", "ABCD1-23456", "ABCDE-2345!"])
      expect(normalizeShareCode(bad), bad).toBeNull();
  });

  it("hash apart from a token with the same text", () => {
    expect(hashShareCode("ABCDE23456")).toMatch(/^[0-9a-f]{64}$/);
    expect(hashShareCode("ABCDE23456")).not.toBe(hashShareCode("ABCDE23457"));
  });
});

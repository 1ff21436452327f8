import { describe, expect, it } from "vitest";
import { formatResumeCode, newResumeCode, normalizeResumeCode } from "./resume-code.ts";

describe("resume codes", () => {
  it("every generated code survives being written down and typed back in any case or grouping", () => {
    for (let i = 0; i < 2000; i++) {
      const code = newResumeCode();
      expect(code).toMatch(/^[0-9A-Z]{12}$/);
      expect(normalizeResumeCode(formatResumeCode(code))).toBe(code);
      expect(normalizeResumeCode(formatResumeCode(code).toLowerCase().replaceAll("-", " "))).toBe(code);
    }
  });

  it("reads the letters people mistake for digits as those digits", () => {
    expect(normalizeResumeCode("oooo-iiii-llll")).toBe("000011111111");
    expect(normalizeResumeCode("QQQQ-UUUU-2345")).toBe("QQQQVVVV2345");
  });

  it("refuses what cannot be a code", () => {
    expect(normalizeResumeCode("ABCD-EFGH")).toBeNull();
    expect(normalizeResumeCode("ABCD-EFGH-JKM!")).toBeNull();
  });
});

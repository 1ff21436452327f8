import { describe, expect, it } from "vitest";
import { neutraliseBidi } from "./bidi.ts";

describe("neutraliseBidi", () => {
  it("removes every embedding, override, isolate and directional mark", () => {
    const controls = [
      ...Array.from({ length: 5 }, (_, i) => 0x202a + i),
      ...Array.from({ length: 4 }, (_, i) => 0x2066 + i),
      0x200e,
      0x200f,
      0x061c,
    ].map((code) => String.fromCodePoint(code));
    for (const control of controls)
      expect(neutraliseBidi(`ik wil${control} wandelen`)).toBe("ik wil wandelen");
    expect(neutraliseBidi(controls.join(""))).toBe("");
  });

  it("shows an overridden answer in the order it was typed", () => {
    // On screen "\u202Enee\u202C" reads "een": the stored "nee" must show as "nee".
    expect(neutraliseBidi("mijn antwoord: \u202Enee\u202C")).toBe("mijn antwoord: nee");
  });

  it("leaves other text alone: accents, emoji, right-to-left letters, joiners", () => {
    const text = "Één stap 👩‍⚕️ مرحبا שלום\u200D\u00A0";
    expect(neutraliseBidi(text)).toBe(text);
  });
});

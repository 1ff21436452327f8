// A practice conversation's help shows the practice's number in place of "see your practice's website".
import { describe, expect, it } from "vitest";
import { locales, regions } from "../locales.ts";
import { helpFor } from "../safety/help.ts";
import { practiceHelpSwap, withPracticeNumber } from "./help-lines.ts";

describe("the practice's out-of-hours number in stored help texts", () => {
  it("swaps the website sentence of every kind of help, in both regions and languages", () => {
    for (const region of regions)
      for (const locale of locales) {
        const swap = practiceHelpSwap(region, locale, "0900-1234");
        expect(swap.size, `${region} ${locale}`).toBe(1);
        for (const [level, category] of [
          ["crisis", "suicide"],
          ["crisis", "violence"],
          ["crisis", "self_harm"],
          ["acute", "acute_medical"],
        ] as const) {
          const messages = helpFor(level, category, region, locale).lines.map((text) => ({
            role: "coach",
            text,
          }));
          const shown = withPracticeNumber(messages, swap)
            .map((m) => m.text)
            .join(" ");
          expect(shown).toContain("0900-1234");
          expect(shown).not.toMatch(/website van je huisartsenpraktijk|practice.s website/);
        }
      }
  });

  it("leaves every other message as it was", () => {
    const swap = practiceHelpSwap("NL", "nl", "0900-1234");
    const messages = [
      { role: "user", text: "Het nummer staat op de website van je huisartsenpraktijk." },
      { role: "coach", text: "Wat wil je bespreken?" },
    ];
    expect(withPracticeNumber(messages, swap)).toEqual(messages);
  });
});

// A warmer reflection is used only when the project's classifier reads it as a reflection, the screen lets
// it pass, it brings in no number, medicine or diagnosis of its own, and it is at most twice as long.
import { describe, expect, it } from "vitest";
import type { ReflectionDirective } from "./reflection-directive.ts";
import { guardReflection } from "./reflection-guard.ts";

const directive = (over: Partial<ReflectionDirective> = {}): ReflectionDirective => ({
  kind: "reflection",
  locale: "nl",
  region: "NL",
  answer: "ik word blij van wandelen met de hond in het bos",
  template: "Je wordt blij van wandelen met de hond in het bos.",
  message: "Je wordt blij van wandelen met de hond in het bos.",
  ...over,
});

describe("guardReflection", () => {
  it("lets a warmer reflection of the person's own words through", () => {
    expect(guardReflection("Wandelen met je hond in het bos maakt je blij.", directive())).toEqual({
      ok: true,
      text: "Wandelen met je hond in het bos maakt je blij.",
    });
  });

  it("refuses a question, advice or information instead of a reflection", () => {
    expect(guardReflection("Wat vind je het fijnste aan wandelen?", directive()).ok).toBe(false);
    expect(guardReflection("Je zou vaker moeten wandelen, dat is gezond.", directive())).toEqual({
      ok: false,
      failed: "not_reflection",
    });
  });

  it("refuses a number, a medicine or a diagnosis the person did not name", () => {
    const failed = { ok: false, failed: "new_fact" };
    expect(
      guardReflection("Je wordt blij van je wandeling van 5 kilometer met de hond.", directive()),
    ).toEqual(failed);
    expect(guardReflection("Je wordt blij van wandelen, ook al heb je diabetes.", directive())).toEqual(
      failed,
    );
    expect(guardReflection("Je wordt blij van wandelen, ondanks de metformine.", directive())).toEqual(
      failed,
    );
    const named = directive({
      answer: "ik word blij van wandelen ondanks mijn diabetes",
      template: "Je wordt blij van wandelen ondanks je diabetes.",
    });
    expect(guardReflection("Wandelen maakt je blij, ondanks je diabetes.", named).ok).toBe(true);
  });

  it("refuses one more than twice the template's length", () => {
    const long = `Je wordt blij van wandelen met de hond in het bos, ${"heel erg ".repeat(10)}blij.`;
    expect(guardReflection(long, directive())).toEqual({ ok: false, failed: "length" });
  });

  it("refuses what the safety screen would stop", () => {
    expect(
      guardReflection("Je wordt blij van het bos, waar je soms denkt er een eind aan te maken.", directive()),
    ).toEqual({
      ok: false,
      failed: "safety",
    });
  });
});

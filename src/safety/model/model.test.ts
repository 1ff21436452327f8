import { describe, expect, it } from "vitest";
import {
  everydayHeldOutEn,
  everydayHeldOutNl,
  trainingDigest,
  trainingSet,
} from "../../../test/fixtures/safety/training-set.ts";
import { normalize } from "../normalize.ts";
import { screen, screenByRules } from "../screen.ts";
import type { ScreenCategory } from "../types.ts";
import { grounded } from "./concepts.ts";
import { conceptsIn } from "./features.ts";
import { opinion, probabilities } from "./model.ts";
import { WEIGHTS } from "./weights.ts";

describe("the screener's model", () => {
  it("was trained on the labelled sets as they are now (run `npm run train:screen` after changing them)", () => {
    expect(WEIGHTS.trainedOn).toEqual({ items: trainingSet.length, digest: trainingDigest(trainingSet) });
  });

  it("gives a probability per class", () => {
    const ps = probabilities(normalize("Ik wil dood."));
    expect(ps).toHaveLength(WEIGHTS.classes.length);
    for (const p of ps) expect(p).toBeGreaterThanOrEqual(0);
  });

  it("hears nothing in an ordinary answer", () => {
    expect(opinion(normalize("Ik word blij van mijn kleinkinderen en van wandelen met de hond."))).toBeNull();
    expect(opinion(normalize("I enjoy gardening and seeing my grandchildren on Sundays."))).toBeNull();
  });

  it("only ever asks: what the rules let through becomes a question, never a stop", () => {
    const heardOnlyByModel = trainingSet.filter((item) => {
      if (screenByRules(item.text, item.lang ?? "nl").level !== "none") return false;
      return screen(item.text, item.lang ?? "nl").level !== "none";
    });
    expect(heardOnlyByModel.length).toBeGreaterThan(0);
    for (const item of heardOnlyByModel) {
      const result = screen(item.text, item.lang ?? "nl");
      expect(["check", "acute_check"]).toContain(result.level);
      expect(result.cue).toMatch(/^model\./);
      expect(result.level === "acute_check").toBe(result.category === "acute_medical");
      const [start, end] = result.span ?? [0, 0];
      expect(end).toBeGreaterThan(start);
    }
  });

  it("leaves what the rules decided as it is", () => {
    const text = "Ik heb een touw gekocht om mezelf op te hangen.";
    expect(screen(text, "nl")).toEqual(screenByRules(text, "nl"));
  });
});

describe("the model's grounds", () => {
  const texts = [...trainingSet, ...everydayHeldOutNl, ...everydayHeldOutEn];

  it("asks only about a part that names something its question can stand on", () => {
    // Parts the model's numbers alone would ask about, with no word of that class's grounds in them.
    const ungrounded = texts.filter((item) => {
      const ps = probabilities(normalize(item.text));
      const touched = conceptsIn(normalize(item.text));
      return ps.some(
        (p, c) => p >= WEIGHTS.threshold && !grounded(WEIGHTS.classes[c] as ScreenCategory, touched),
      );
    });
    expect(ungrounded.length).toBeGreaterThan(0);
    for (const item of texts) {
      const heard = opinion(normalize(item.text));
      if (heard === null) continue;
      const touched = conceptsIn(heard.part);
      expect(grounded(heard.category, touched), item.text).toBe(true);
    }
  });

  it("does not ask why someone feels better when they move", () => {
    expect(screen("I feel better when I move", "en").level).toBe("none");
    expect(screen("Ik voel me beter als ik in beweging ben.", "nl").level).toBe("none");
  });
});

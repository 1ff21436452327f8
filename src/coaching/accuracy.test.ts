// Tests for the accuracy function on a tiny hand-made set with a fake classifier, so every count is known.
import { describe, expect, it } from "vitest";
import { accuracy } from "./accuracy.ts";
import type { Classification } from "./classify.ts";
import type { LabelledUtterance } from "./data/label.ts";

const item = (
  text: string,
  labels: Omit<LabelledUtterance, "text" | "lang" | "split">,
): LabelledUtterance => ({
  text,
  lang: "nl",
  split: "tune",
  ...labels,
});

const set: LabelledUtterance[] = [
  item("q-open", { behaviour: "question", question: "open", input: null, stance: "volgend" }),
  item("q-closed", { behaviour: "question", question: "closed", input: null, stance: "expert" }),
  item("advice", { behaviour: "input", question: null, input: "advice", stance: "expert" }),
  item("refl", { behaviour: "reflection", question: null, input: null, stance: "volgend" }),
];

/** Right on everything except: q-closed read as open, advice read as information, refl read as other. */
const predictions: Record<string, Classification> = {
  "q-open": { behaviour: "question", question: "open", input: null, stance: "volgend", cues: [] },
  "q-closed": { behaviour: "question", question: "open", input: null, stance: "expert", cues: [] },
  advice: { behaviour: "input", question: null, input: "information", stance: "expert", cues: [] },
  refl: { behaviour: "other", question: null, input: null, stance: "volgend", cues: [] },
};

const fake = (text: string): Classification => {
  const p = predictions[text];
  if (!p) throw new Error(`no prediction for ${text}`);
  return p;
};

describe("accuracy", () => {
  const report = accuracy(set, fake);

  it("scores behaviour and stance over every item", () => {
    expect(report.size).toBe(4);
    expect(report.fields.behaviour).toEqual({ correct: 3, total: 4, accuracy: 0.75 });
    expect(report.fields.stance).toEqual({ correct: 4, total: 4, accuracy: 1 });
  });

  it("scores question only on labelled questions and input only on labelled input", () => {
    expect(report.fields.question).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
    expect(report.fields.input).toEqual({ correct: 0, total: 1, accuracy: 0 });
  });

  it("counts exact matches over all four fields", () => {
    expect(report.exact).toEqual({ correct: 1, total: 4, accuracy: 0.25 });
  });

  it("summarises confusions, most frequent first, with examples", () => {
    expect(report.confusions).toHaveLength(3);
    expect(report.confusions.map((c) => `${c.field}:${c.expected}>${c.predicted}`).sort()).toEqual([
      "behaviour:reflection>other",
      "input:advice>information",
      "question:closed>open",
    ]);
    for (const c of report.confusions) {
      expect(c.count).toBe(1);
      expect(c.examples).toHaveLength(1);
    }
    expect(report.misses).toHaveLength(3);
  });

  it("orders by count and caps examples", () => {
    const many = [set[3], set[3], set[3], set[1]].filter((x): x is LabelledUtterance => x !== undefined);
    const r = accuracy(many, fake, 2);
    expect(r.confusions[0]).toMatchObject({
      field: "behaviour",
      expected: "reflection",
      predicted: "other",
      count: 3,
    });
    expect(r.confusions[0]?.examples).toHaveLength(2);
  });

  it("reports perfect accuracy on an empty set instead of dividing by zero", () => {
    const r = accuracy([], fake);
    expect(r.fields.behaviour.accuracy).toBe(1);
    expect(r.confusions).toEqual([]);
  });
});

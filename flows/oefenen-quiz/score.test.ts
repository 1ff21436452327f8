// Unit tests for the quiz scoring and the round drawn from the seed.
import { describe, expect, it } from "vitest";
import { roundOf } from "./context.ts";
import { answerKey, itemIds, QUIZ_LENGTH } from "./items.ts";
import { isCorrect, scoreQuiz } from "./score.ts";

describe("scoreQuiz", () => {
  it("counts right answers; a skipped item is not right", () => {
    const score = scoreQuiz(
      [
        { id: "moe", chosen: "volgend" },
        { id: "schaal", chosen: "expert" },
        { id: "rust", chosen: "expert" },
        { id: "dochter", chosen: null },
      ],
      10,
    );
    expect(score).toEqual({
      correct: 2,
      total: 10,
      answered: 4,
      items: [
        { id: "moe", chosen: "volgend", expected: "volgend", correct: true },
        { id: "schaal", chosen: "expert", expected: "activerend", correct: false },
        { id: "rust", chosen: "expert", expected: "expert", correct: true },
        { id: "dochter", chosen: null, expected: "volgend", correct: false },
      ],
    });
  });

  it("scores nothing answered as zero of the round", () => {
    expect(scoreQuiz([], QUIZ_LENGTH)).toEqual({ correct: 0, total: QUIZ_LENGTH, answered: 0, items: [] });
  });

  it("knows the right answer for every item", () => {
    for (const id of itemIds) expect(isCorrect({ id, chosen: answerKey[id] })).toBe(true);
  });
});

describe("roundOf", () => {
  it("draws distinct items, the same for the same seed and different for another", () => {
    const round = roundOf(42);
    expect(round).toHaveLength(QUIZ_LENGTH);
    expect(new Set(round).size).toBe(QUIZ_LENGTH);
    expect(roundOf(42)).toEqual(round);
    expect(roundOf(43)).not.toEqual(round);
  });

  it("never repeats an item in the second round of a conversation", () => {
    for (let seed = 0; seed < 200; seed++) {
      const first = new Set(roundOf(seed));
      const second = roundOf(seed, QUIZ_LENGTH, 1);
      expect(second).toHaveLength(QUIZ_LENGTH);
      expect(
        second.filter((id) => first.has(id)),
        `seed ${seed}`,
      ).toEqual([]);
    }
  });

  it("gives every phase a place over many rounds", () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 20; seed++) for (const id of roundOf(seed)) seen.add(id);
    expect(seen.size).toBe(itemIds.length);
  });
});

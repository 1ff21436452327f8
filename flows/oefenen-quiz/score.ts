// Scoring of the quiz "herken de fase": which answers were right, and the total. Pure.
import type { Stance } from "../../src/coaching/classify.ts";
import { answerKey, type ItemId } from "./items.ts";

export interface QuizAnswer {
  id: ItemId;
  /** Null when the trainee did not know and skipped. */
  chosen: Stance | null;
}

export interface QuizScore {
  correct: number;
  /** Items in the round, answered or not. */
  total: number;
  answered: number;
  items: { id: ItemId; chosen: Stance | null; expected: Stance; correct: boolean }[];
}

export function isCorrect(answer: QuizAnswer): boolean {
  return answer.chosen === answerKey[answer.id];
}

export function scoreQuiz(answers: readonly QuizAnswer[], total: number): QuizScore {
  const items = answers.map((a) => ({
    id: a.id,
    chosen: a.chosen,
    expected: answerKey[a.id],
    correct: isCorrect(a),
  }));
  return { correct: items.filter((i) => i.correct).length, total, answered: answers.length, items };
}

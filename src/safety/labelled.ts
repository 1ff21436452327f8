// Shape of the hand-labelled utterances used to test and benchmark the screener.
// The sets are invented patient answers written for this project, not quotes from anyone.
import type { ScreenCategory, ScreenLevel } from "./screen.ts";

export interface LabelledItem {
  text: string;
  level: ScreenLevel;
  category: ScreenCategory | null;
}

/** Builds items of one label from a list of texts, so the sets read as plain lists of sentences. */
export const labelled =
  (level: ScreenLevel, category: ScreenCategory | null) =>
  (...texts: string[]): LabelledItem[] =>
    texts.map((text) => ({ text, level, category }));

// Screens one free-text answer for the turn pipeline. screen() runs the Dutch and the English rules
// on every text whatever the person's language (people mix them), so one call covers both.
import { screen } from "../safety/screen.ts";
import type { Screening } from "./safety-gate.ts";
import type { Locale } from "./types.ts";

export function screenAnswer(text: string, locale: Locale): Screening {
  const { level, category, cues } = screen(text, locale);
  return { level, category, cues };
}

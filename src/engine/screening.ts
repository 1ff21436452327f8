// Screens one free-text answer in the person's language and in the other one too: people mix
// Dutch and English, and a missed signal costs more than a needless question.
import { type ScreenResult, screen } from "../safety/screen.ts";
import type { Screening } from "./safety-gate.ts";
import type { Locale } from "./types.ts";

const rank: Record<ScreenResult["level"], number> = { none: 0, check: 1, acute: 2, crisis: 3 };

export function screenAnswer(text: string, locale: Locale): Screening {
  const first = screen(text, locale);
  const second = screen(text, locale === "nl" ? "en" : "nl");
  const worst = rank[second.level] > rank[first.level] ? second : first;
  return { level: worst.level, category: worst.category, cues: worst.cues };
}

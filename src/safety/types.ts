// What the screener says about one text: the levels, the categories and the result, shared by the rules,
// the screener, the help texts and the engine's safety hold.

/**
 * "check": an ambiguous signal, asked about kindly. "acute_check": an acute medical sign that may not be
 * happening now, asked about directly with the emergency number shown. "acute": a current, severe acute
 * sign. "crisis": suicide, self-harm or violence.
 */
export const screenLevels = ["none", "check", "acute_check", "acute", "crisis"] as const;
export type ScreenLevel = (typeof screenLevels)[number];

export const screenCategories = ["suicide", "self_harm", "violence", "acute_medical", "despair"] as const;
export type ScreenCategory = (typeof screenCategories)[number];

/** Where in the text the deciding cue was found: character offsets into the text as given, end exclusive. */
export type Span = readonly [start: number, end: number];

export interface ScreenResult {
  level: ScreenLevel;
  category: ScreenCategory | null;
  /** Labels of the rules that fired (with ":negated", ":past"... when lowered); never any of the text. */
  cues: string[];
  /** The label of the cue that decided the level, or null when nothing fired. */
  cue: string | null;
  /** Where that cue sits in the text, so a reviewer can see why; null when nothing fired. */
  span: Span | null;
}

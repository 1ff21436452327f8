// The shape of one red-flag rule. Rules pair stems (a wish word near a death word, a harm verb with a self
// pronoun) instead of listing sentences; screen.ts judges each match in its sentence.
import type { ScreenCategory } from "../types.ts";

export type RuleLevel = "check" | "crisis" | "acute";

export interface Rule {
  /** Short label stored with the decision instead of the text. */
  cue: string;
  category: ScreenCategory;
  level: RuleLevel;
  /**
   * Words one of which every match contains, as token beginnings ("zelfmoord" also fires on
   * "zelfmoordgedachten") or, with "=", as whole tokens ("=me"). The screener runs the rule's regex only
   * when one of them is in the text: most answers then skip most rules.
   */
  keys: readonly string[];
  /** Global regex over normalize() output. */
  re: RegExp;
  /**
   * How a negation lowers crisis to check. "around": in the few words before or after the match ("geen
   * zelfmoordgedachten", "suicidal? I'm not"). "inner": also inside the match, for rules whose gap can hold
   * one ("ik wil niet dood"). Absent: the negation is part of the signal ("ik wil niet meer leven").
   */
  negation?: "around" | "inner";
  /**
   * A concrete method, means or plan. Never lowered by a negation: "ik ga mezelf niet ophangen, maar het
   * touw ligt klaar" names a method whatever the "niet" says.
   */
  method?: boolean;
  /**
   * An acute sign that, said bare (no time, no severity, no second sign), may as well be old or familiar:
   * the screener asks whether it is happening now (acute_check) instead of stopping at once.
   */
  askWhenBare?: boolean;
  /**
   * A sign whose coming back is itself worth asking about ("ik heb regelmatig pijn op de borst", "ik zie af
   * en toe dubbel"): said as a habit it gets the acute question instead of nothing, unless it is bound to
   * effort or to a condition the person names.
   */
  askWhenHabit?: boolean;
  /** A weak acute signal that a habitual or effort-bound context in its sentence silences ("vaak", "bij het traplopen"). */
  chronic?: boolean;
  /** Sentence context that silences the match (an accident, a film, a figure of speech). */
  unless?: RegExp | ((sentence: string) => boolean);
  /** Sentence context that must be present for the match to count. */
  onlyIf?: RegExp;
  /** Sentence context that lowers the match to check (wishes about how to die one day, grief). */
  lower?: RegExp;
  /** Words right after the match that lower it to check ("niet meer leven zoals nu" wants change, not death). */
  lowerAfter?: RegExp;
  /** Words right after the match that silence it ("not want to live in this town"). */
  unlessAfter?: RegExp;
  /** Words right after a negated match that make it harmless ("ik wil niet sterven voordat..."). */
  benignWhenNegated?: RegExp;
  /** Anywhere in the text: raises a question-level match to crisis ("a goodbye letter, and I have the pills"). */
  raiseIf?: RegExp;
  /** Inside the match: the wish is about someone else. Lowered to check, or to none when negated. */
  otherPerson?: RegExp;
}

// The classifier's vocabulary: what it answers (Classification and its fields) and the shape every
// language's rules take (Rules), so the engine and the Dutch and English rules agree without importing each other.
import type { Locale } from "../../locales.ts";

export type Behaviour = "question" | "reflection" | "input" | "other";
export type QuestionType = "open" | "closed";
export type InputType = "advice" | "information" | "options";
export type Stance = "volgend" | "activerend" | "expert";

export interface Classification {
  behaviour: Behaviour;
  question: QuestionType | null;
  input: InputType | null;
  stance: Stance;
  cues: string[];
}

export type Lang = Locale;
export type Act = "open" | "closed" | "reflection" | "advice" | "information" | "options" | "other";

export interface ClauseResult {
  act: Act;
  /** reflection carried by an explicit opener, so a question mark or check tag does not undo it */
  explicit: boolean;
  /** a bare check such as "klopt dat?" that leans on the clause before it */
  check: boolean;
  cues: string[];
}

export interface Rules {
  strongFillers: Set<string>;
  weakFillers: Set<string>;
  fillerPhrases: RegExp;
  wh: Set<string>;
  subj: Set<string>;
  embed: Set<string>;
  isVerbFirst: (tokens: string[], clause: string) => boolean;
  exclamation: (tokens: string[]) => boolean;
  quantity: RegExp;
  degree: RegExp;
  tellRequest: RegExp;
  indirect: RegExp;
  indirectClosed: RegExp;
  openPhrase: RegExp;
  disguisedAdvice: RegExp;
  tag: RegExp;
  check: RegExp;
  politeImperative: (tokens: string[], terminal: string) => boolean;
  other: RegExp;
  options: RegExp;
  advice: RegExp;
  imperative: Set<string>;
  explicitReflection: RegExp;
  strongInfo: RegExp;
  secondPersonSubject: (tokens: string[]) => boolean;
  hardInfo: RegExp;
  empathic: RegExp;
  secondPersonStart: RegExp;
  softInfo: RegExp;
  measureStart: RegExp;
  secondPersonAnywhere: RegExp;
  firstPerson: RegExp;
  midWh: RegExp;
  activating: RegExp;
  futureTime: RegExp;
  expertShift: RegExp;
  clinical: RegExp;
  experience: RegExp;
}

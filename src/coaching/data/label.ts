// Shared shape of the hand-labelled utterance sets, plus a compact label code so the sets stay readable.
// Code legend: Qo/Qc = open/closed question, R = reflection, Ia/Ii/Io = input advice/information/options,
// O = other; suffix v/a/e = stance volgend/activerend/expert. Input is always expert by convention.

import type { Locale } from "../../locales.ts";
import type { Behaviour, InputType, QuestionType, Stance } from "../classify.ts";

export type Lang = Locale;
export type Split = "tune" | "heldout";

export interface LabelledUtterance {
  text: string;
  lang: Lang;
  split: Split;
  behaviour: Behaviour;
  question: QuestionType | null;
  input: InputType | null;
  stance: Stance;
}

export type LabelCode =
  | `${"Qo" | "Qc" | "O"}-${"v" | "a" | "e"}`
  | `R-${"v" | "a"}`
  | `${"Ia" | "Ii" | "Io"}-e`;

export type LabelRow = readonly [text: string, code: LabelCode];

const stances: Record<string, Stance> = { v: "volgend", a: "activerend", e: "expert" };

export function expand(lang: Lang, split: Split, rows: readonly LabelRow[]): LabelledUtterance[] {
  return rows.map(([text, code]) => {
    const [act, s] = code.split("-") as [string, string];
    const stance = stances[s] ?? "volgend";
    const base = { text, lang, split, stance };
    switch (act) {
      case "Qo":
        return { ...base, behaviour: "question", question: "open", input: null };
      case "Qc":
        return { ...base, behaviour: "question", question: "closed", input: null };
      case "R":
        return { ...base, behaviour: "reflection", question: null, input: null };
      case "Ia":
        return { ...base, behaviour: "input", question: null, input: "advice" };
      case "Ii":
        return { ...base, behaviour: "input", question: null, input: "information" };
      case "Io":
        return { ...base, behaviour: "input", question: null, input: "options" };
      default:
        return { ...base, behaviour: "other", question: null, input: null };
    }
  });
}

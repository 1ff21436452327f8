// The phase rules, enforced kindly: what a contribution counts as, and which private notes its author
// gets (an advice in a question phase, the case bringer posting while they only read along, one
// question too many, something that looks like a patient identifier). Pure.
import { classify } from "../coaching/classify.ts";
import type { Locale } from "../locales.ts";
import { type IdentifierKind, identifierKinds } from "./identifiers.ts";
import type { Phase } from "./methods.ts";

/** question: asked in a question phase; answer: the case bringer's reply there; aside: the case
 * bringer posting where they only read along; proposal: a case proposed in the case collection;
 * contribution: everything else. */
export const CONTRIBUTION_KINDS = ["question", "answer", "aside", "proposal", "contribution"] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

export type Note =
  | { type: "advice_in_question_phase" }
  | { type: "case_bringer_listens" }
  | { type: "question_limit"; max: number }
  | { type: "identifiers"; kinds: IdentifierKind[] };

export function kindOf(phase: Phase, isCaseBringer: boolean): ContributionKind {
  if (isCaseBringer) {
    if (phase.rules.caseBringerListens) return "aside";
    return phase.rules.questionsOnly ? "answer" : "contribution";
  }
  return phase.rules.questionsOnly ? "question" : "contribution";
}

/** The classifier's reading: advice, including advice dressed as a question ("waarom probeer je niet..."). */
export function isAdvice(text: string, locale: Locale): boolean {
  return classify(text, locale).input === "advice";
}

export interface ContributionCheck {
  phase: Phase;
  kind: ContributionKind;
  text: string;
  locale: Locale;
  /** Questions this author asked in this phase before this one. */
  questionsBefore: number;
}

export function notesFor(check: ContributionCheck): Note[] {
  const { phase, kind, text, locale } = check;
  const notes: Note[] = [];
  const kinds = identifierKinds(text);
  // Privacy first: it is the note that matters most.
  if (kinds.length > 0) notes.push({ type: "identifiers", kinds });
  if (kind === "aside") notes.push({ type: "case_bringer_listens" });
  if (kind === "question") {
    if (isAdvice(text, locale)) notes.push({ type: "advice_in_question_phase" });
    const max = phase.rules.maxQuestionsEach;
    if (max !== undefined && check.questionsBefore >= max) notes.push({ type: "question_limit", max });
  }
  return notes;
}

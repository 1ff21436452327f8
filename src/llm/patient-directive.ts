// What the rules hand the model for one reply of the simulated patient: who the patient is, what this turn's
// reply does and says in substance (the template line), and what must stay untold. Built by the practice flow
// (flows/oefenen/voice.ts); read by the prompt (patient-prompt.ts) and the guard (patient-guard.ts).
import type { Locale, Region } from "../locales.ts";

/** What a part of the reply does, as the rules chose it (the practice flow's pool names). */
export type PatientAct = string;

export interface PatientDirective {
  kind: "patient";
  locale: Locale;
  region: Region;
  name: string;
  /** What the trainee was told about the patient, and how the patient stands, in plain words. */
  sheet: string[];
  /** The reply's words as the rules wrote them: what the patient says this turn, in substance. */
  template: string;
  acts: PatientAct[];
  /** What the patient must not give away yet: the hidden value and goal until allowed, untold deeper facts. */
  withheld: string[];
  /** What the patient has said or may use besides the sheet and the template (the value once voiced). */
  known: string[];
  /** The trainee's words this turn. */
  heard: string;
  /** The message that carries the reply, as rendered from the template (found in the reply and replaced). */
  message: string;
  /** The message for other words: the name in front, as the flow shows it. */
  frame: (words: string) => string;
  /** The patient's earlier messages start with this, which tells them from the coach's in the transcript. */
  speakerPrefix: string;
}

/** One earlier exchange: what the trainee said, and the patient's words after it. */
export interface Exchange {
  trainee: string;
  patient: string;
}

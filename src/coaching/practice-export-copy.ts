// The words of a practice session's exports (Markdown and PDF), in the session's language: headings,
// the turn line, the voices, the note on a label, and the figures as sentences.
import type { Locale } from "../locales.ts";
import type { PracticeSummary } from "./feedback-schema.ts";
import { type PhaseName, partNames, phaseNames } from "./part-labels.ts";
import type { PartKind } from "./parts.ts";
import type { ReplyVoiceName } from "./stored-turns.ts";

export interface ExportCopy {
  title: (patient: string) => string;
  transcript: string;
  turn: (n: number, phase: string) => string;
  you: string;
  patient: (name: string) => string;
  named: string;
  unnamed: string;
  voice: Record<ReplyVoiceName, string>;
  meantOtherwise: (label: string) => string;
  figures: string;
  figureLines: (s: PracticeSummary) => string[];
  feedback: string;
  profile: string;
  found: string;
  missed: string;
  protocol: string;
  protocolOpen: string;
  phase: Record<PhaseName, string>;
  kind: Record<PartKind, string>;
}

const ratio = (s: PracticeSummary, lang: Locale) =>
  s.reflectionToQuestion.ratio === null
    ? "–"
    : lang === "nl"
      ? String(s.reflectionToQuestion.ratio).replace(".", ",")
      : String(s.reflectionToQuestion.ratio);

export const exportCopy: Record<Locale, ExportCopy> = {
  nl: {
    title: (patient) => `Oefengesprek met ${patient}`,
    transcript: "Het gesprek",
    turn: (n, phase) => `Beurt ${n}, ${phase}`,
    you: "Jij",
    patient: (name) => name,
    named: "overstap benoemd",
    unnamed: "overstap niet benoemd",
    voice: { rules: "stem: regels", model: "stem: taalmodel" },
    meantOtherwise: (label) => `Dat bedoelde ik anders (${label})`,
    figures: "In getallen",
    figureLines: (s) => [
      `Open vragen: ${s.counts.openQuestions}; gesloten vragen: ${s.counts.closedQuestions}; reflecties: ${s.counts.reflections}`,
      `Advies: ${s.counts.advice}; informatie: ${s.counts.information}; keuzes: ${s.counts.options}; toestemming gevraagd: ${s.counts.permissionRequests}; advies zonder toestemming: ${s.counts.adviceWithoutPermission}`,
      `Reflecties per vraag: ${ratio(s, "nl")} (drempel ${s.reflectionToQuestion.threshold}: ${s.reflectionToQuestion.met ? "gehaald" : "nog niet gehaald"})`,
      `Aandeel open vragen: ${s.openQuestions.percent ?? "–"}% (drempel ${s.openQuestions.threshold}%: ${s.openQuestions.met ? "gehaald" : "nog niet gehaald"})`,
    ],
    feedback: "Feedback",
    profile: "Wie de patiënt was",
    found: "Dit kwam je te weten",
    missed: "Dit bleef nog verborgen",
    protocol: "Protocol van de ketenzorgcontrole",
    protocolOpen: "Nog niet aan bod gekomen",
    phase: phaseNames.nl,
    kind: partNames.nl,
  },
  en: {
    title: (patient) => `Practice conversation with ${patient}`,
    transcript: "The conversation",
    turn: (n, phase) => `Turn ${n}, ${phase}`,
    you: "You",
    patient: (name) => name,
    named: "move named",
    unnamed: "move not named",
    voice: { rules: "voice: rules", model: "voice: model" },
    meantOtherwise: (label) => `I meant this differently (${label})`,
    figures: "In numbers",
    figureLines: (s) => [
      `Open questions: ${s.counts.openQuestions}; closed questions: ${s.counts.closedQuestions}; reflections: ${s.counts.reflections}`,
      `Advice: ${s.counts.advice}; information: ${s.counts.information}; options: ${s.counts.options}; permission asked: ${s.counts.permissionRequests}; advice without permission: ${s.counts.adviceWithoutPermission}`,
      `Reflections per question: ${ratio(s, "en")} (threshold ${s.reflectionToQuestion.threshold}: ${s.reflectionToQuestion.met ? "met" : "not met yet"})`,
      `Share of open questions: ${s.openQuestions.percent ?? "–"}% (threshold ${s.openQuestions.threshold}%: ${s.openQuestions.met ? "met" : "not met yet"})`,
    ],
    feedback: "Feedback",
    profile: "Who the patient was",
    found: "What you found out",
    missed: "What stayed hidden",
    protocol: "Protocol of the chronic-care check-up",
    protocolOpen: "Not covered yet",
    phase: phaseNames.en,
    kind: partNames.en,
  },
};

// What the parts of a practice session are called wherever a trainee reads them back (the feedback page,
// the Markdown export): the phases with their number, so a phase is never taken for "the next one", and
// the label of each part of a turn, as MITI counts them.
import type { Locale } from "../locales.ts";
import type { PartKind } from "./parts.ts";

export type PhaseName = "volgend" | "activerend" | "expert";

export const phaseNames: Record<Locale, Record<PhaseName, string>> = {
  nl: { volgend: "fase 1 (volgend)", activerend: "fase 2 (activerend)", expert: "fase 3 (expert)" },
  en: { volgend: "phase 1 (following)", activerend: "phase 2 (activating)", expert: "phase 3 (expert)" },
};

export const partNames: Record<Locale, Record<PartKind, string>> = {
  nl: {
    open: "open vraag",
    closed: "gesloten vraag",
    reflection: "reflectie",
    permission: "toestemming vragen",
    advice: "advies",
    information: "informatie",
    options: "keuzes op een rij",
    other: "overig",
  },
  en: {
    open: "open question",
    closed: "closed question",
    reflection: "reflection",
    permission: "asking permission",
    advice: "advice",
    information: "information",
    options: "options laid out",
    other: "other",
  },
};

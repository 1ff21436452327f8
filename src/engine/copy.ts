// The few sentences the engine itself says, whatever the flow.
import type { Locale } from "../locales.ts";

export const engineCopy: Record<Locale, { paused: string }> = {
  nl: {
    paused:
      "Je antwoorden zijn bewaard. Je kunt later verdergaan waar je gebleven was; je hoeft niets opnieuw te typen.",
  },
  en: {
    paused: "Your answers are saved. You can carry on later where you left off; nothing needs retyping.",
  },
};

// What the trainee found out and what stayed hidden: told topics (also through the story), what matters
// when never said, deeper facts kept back; and no profile before the session is complete.
import { describe, expect, it } from "vitest";
import { nl } from "./content.nl.ts";
import { feedbackMessages } from "./messages.ts";
import { play } from "./play.ts";
import { profileOf } from "./profile.ts";
import { toSummary } from "./summary.ts";

describe("profileOf", () => {
  it("lists the topics told and what stayed hidden, with what matters when it was never said", () => {
    const { context } = play("henk", ["Rookt u?", "Hoe slaapt u?", "Hoe gaat het met u?"]);
    const profile = profileOf(context, nl);
    expect(profile?.reveal).toBe(nl.personas.henk.reveal);
    // The story line after "hoe gaat het" told the complaint.
    expect(profile?.found).toEqual(["de klacht", "roken", "slapen"]);
    expect(profile?.missed).toContain("wat voor Henk echt belangrijk is");
    expect(profile?.missed).toContain("meer over roken");
    expect(profile?.missed).toContain("hoe het voelt");
    // Sleep has no deeper fact for Henk, and alcohol only a surface one: neither is "missed".
    expect(profile?.missed.join()).not.toMatch(/slapen|alcohol/);
  });

  it("no longer misses what matters once the patient said it", () => {
    const { context } = play("ans", [
      "Hoe gaat het met je?",
      "Je bent vaak moe.",
      "Het klinkt alsof je daar eigenlijk van baalt.",
      "Dat raakt je.",
    ]);
    expect(context.patient.valueVoiced).toBe(true);
    expect(profileOf(context, nl)?.missed).not.toContain("wat voor Ans echt belangrijk is");
  });

  it("is in the summary only once the session is complete, and in the closing messages", () => {
    const { context } = play("gerda", ["Hoe slaapt u?"]);
    expect(toSummary(context, nl, false).profile).toBeNull();
    expect(toSummary(context, nl, true).profile?.found).toEqual(["slapen"]);
    const shown = feedbackMessages({ ...context, ended: "trainee" }, nl, 20).join("\n");
    expect(shown).toContain("Dit kwam je te weten: slapen.");
    expect(shown).toContain("Dit bleef nog verborgen: wat voor Gerda echt belangrijk is");
  });
});

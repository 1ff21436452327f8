// The practice feedback page shows each turn's words with its parts' labels and the phase by its number,
// and the patient's hidden profile with what the trainee found out and what stayed hidden.
import { describe, expect, it } from "vitest";
import { nl } from "../../../flows/oefenen/content.nl.ts";
import { play } from "../../../flows/oefenen/play.ts";
import { toSummary } from "../../../flows/oefenen/summary.ts";
import { pageCopy } from "./copy.ts";
import { FeedbackPage } from "./feedback-page.tsx";

async function render(complete: boolean): Promise<string> {
  const { context } = play("henk", ["U bent kortademig. Rookt u nog?", "Hoe slaapt u?"]);
  const summary = toSummary({ ...context, ended: "trainee" }, nl, complete);
  return String(await FeedbackPage({ copy: pageCopy.nl, summary }));
}

describe("FeedbackPage", () => {
  it("shows each turn's words, its parts' labels and the phase by its number", async () => {
    const html = await render(true);
    expect(html).toContain("U bent kortademig.");
    expect(html).toContain("(reflectie)");
    expect(html).toContain("Rookt u nog?");
    expect(html).toContain("(gesloten vraag)");
    expect(html).toContain("fase 1 (volgend)");
  });

  it("shows the hidden profile and what was found out only once the session is complete", async () => {
    const done = await render(true);
    expect(done).toContain(nl.personas.henk.reveal.slice(0, 40));
    expect(done).toContain("Dit kwam je te weten");
    expect(done).toContain("roken");
    expect(done).toContain("Dit bleef nog verborgen");
    expect(await render(false)).not.toContain("Dit kwam je te weten");
  });
});

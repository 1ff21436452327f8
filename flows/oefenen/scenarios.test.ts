// The scenarios: at least six patient/difficulty combinations with a ketenzorg check-up among them; the
// difficulty changes how the patient answers; a ketenzorg check-up shows and scores its protocol.
import { describe, expect, it } from "vitest";
import { nl } from "./content.nl.ts";
import { startMessages } from "./messages.ts";
import { play } from "./play.ts";
import { profileOf } from "./profile.ts";
import { personaAt, protocolOf, scenarioIds, scenarioLabel, scenarioOf } from "./scenarios.ts";

describe("scenarios", () => {
  it("offers at least six combinations of patient and difficulty, a ketenzorg check-up among them", () => {
    expect(scenarioIds.length).toBeGreaterThanOrEqual(6);
    const variants = scenarioIds.filter((id) => scenarioOf(id).difficulty !== null);
    expect(variants.length).toBeGreaterThanOrEqual(6);
    expect(scenarioIds.some((id) => scenarioOf(id).difficulty === "ketenzorg")).toBe(true);
    expect(scenarioLabel(nl, "henk:open")).toBe(`${nl.personas.henk.label}, open`);
  });

  it("makes a patient more ready when open, less ready and more pulled to ZZ when reserved", () => {
    expect(personaAt("henk", "open")).toMatchObject({ readiness: 5, acceptance: "hoog", asksAdviceAt: [3] });
    const reserved = personaAt("gerda", "terughoudend");
    expect(reserved).toMatchObject({ readiness: 3, acceptance: "laag" });
    expect(reserved.asksAdviceAt.length).toBeGreaterThan(personaAt("gerda", null).asksAdviceAt.length);
  });

  it("lets a reserved patient say 'ja, maar' to advice the same patient takes when as written", () => {
    const lines = [
      "Hoe gaat het met u?",
      "Het klinkt alsof de avonden lang zijn.",
      "U mist het zorgen voor iemand.",
      "Dat raakt u.",
      "Wat is voor u belangrijk?",
      "U wilt ertoe doen.",
      "Mag ik u een idee geven?",
      "Misschien kunt u weer eens gaan kijken bij het koor.",
    ];
    const asWritten = play("gerda", lines);
    expect(asWritten.parts.at(-1)).toContainEqual(expect.objectContaining({ pool: "acceptInfo" }));
    const reserved = play("gerda", lines, "nl", 0, "terughoudend");
    expect(reserved.context.patient.valueVoiced).toBe(true);
    expect(reserved.parts.at(-1)).toContainEqual(expect.objectContaining({ pool: "yesBut" }));
  });

  it("puts the protocol on the card of a ketenzorg check-up and scores it at the end", () => {
    expect(protocolOf("ans", "ketenzorg")).toContain("eating");
    expect(protocolOf("ans", "open")).toBeNull();
    const { context } = play("henk", ["Rookt u nog?", "Neemt u uw pufjes elke dag?"], "nl", 0, "ketenzorg");
    expect(startMessages(context, nl, 20).join(" ")).toContain("ketenzorgcontrole");
    expect(profileOf(context, nl)?.protocol).toEqual({
      done: ["medicijnen", "roken"],
      missed: ["de klacht", "bewegen"],
    });
  });
});

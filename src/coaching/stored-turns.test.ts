// The stored turns are read from the engine's export: the trainee's words, the reply as shown (the
// model's words where it voiced it) and the voice; commands and choices are not turns.
import { describe, expect, it } from "vitest";
import { nl } from "../../flows/oefenen/content.nl.ts";
import { speakerPrefix, storedTurns } from "./stored-turns.ts";

const event = (answer: unknown, messages: string[], voice?: { by: "model" | "template" }) => ({
  answer,
  result: { messages: messages.map((text) => ({ role: "coach", text })) },
  ...(voice ? { voice } : {}),
});
const typed = (text: string) => ({ given: { kind: "answer", answer: { kind: "text", text } } });

describe("storedTurns", () => {
  it("reads each typed turn with the reply shown and its voice", () => {
    const exported = {
      events: [
        event(null, ["Welkom"]),
        event({ given: { kind: "answer", answer: { kind: "choice", choice: ["henk"] } } }, ["Kaart"]),
        event(typed("Hoe gaat het?"), ["Henk: Ach, die trap, hoor.", "Tip"], { by: "model" }),
        event(typed("Rookt u?"), ["Henk: Een stuk of tien."], { by: "template" }),
        event(typed("Dag"), ["Feedback"]),
      ],
    };
    expect(storedTurns(exported, "Henk")).toEqual([
      { said: "Hoe gaat het?", reply: "Ach, die trap, hoor.", voice: "model" },
      { said: "Rookt u?", reply: "Een stuk of tien.", voice: "rules" },
      { said: "Dag", reply: null, voice: "rules" },
    ]);
  });

  it("gives nothing for an export it cannot read, and names the patient as the flow does", () => {
    expect(storedTurns({ events: "no" }, "Henk")).toEqual([]);
    expect(speakerPrefix("Henk")).toBe(nl.says("Henk", ""));
  });
});

// Which reflection the model may word: the rules' reflection of the answer shown in this reply, never an
// acknowledgement and never a message that is not in the reply.
import { describe, expect, it } from "vitest";
import { reflect } from "../../src/coaching/reflect.ts";
import { nl } from "./content.nl.ts";
import { initialContext } from "./context.ts";
import { reflectionDirective } from "./voice.ts";

const context = (texts: Record<string, string>) => ({
  ...initialContext({ locale: "nl", region: "BE", seed: 1 }),
  texts,
});

describe("reflectionDirective", () => {
  it("takes the reflection of the answer that this reply shows", () => {
    const answer = "ik word blij van mijn kleinkinderen";
    const shown = nl.gg1.heardHappy(reflect(answer, "nl"));
    expect(
      reflectionDirective(context({ happy: answer }), "nl", [shown, "Waar zou je graag meer van willen?"]),
    ).toEqual({
      kind: "reflection",
      locale: "nl",
      region: "BE",
      answer,
      template: shown,
      message: shown,
    });
  });

  it("leaves an acknowledgement and a reply without the reflection alone", () => {
    const acknowledged = "kijk maar op www.example.org";
    expect(reflect(acknowledged, "nl").kind).toBe("acknowledged");
    const thanks = nl.gg1.heardHappy(reflect(acknowledged, "nl"));
    expect(reflectionDirective(context({ happy: acknowledged }), "nl", [thanks])).toBeUndefined();
    expect(
      reflectionDirective(context({ happy: "ik word blij van zingen" }), "nl", [
        "Hoe ervaar jij je gezondheid?",
      ]),
    ).toBeUndefined();
  });
});

// Unit tests for recognising a closing: goodbyes, thanks for the conversation and "let's wrap up" in
// Dutch and English, and the thanks and plans mid-conversation that are not a closing.
import { describe, expect, it } from "vitest";
import { isClosing } from "./closing.ts";

describe("isClosing", () => {
  it("recognises Dutch closings", () => {
    for (const text of [
      "Dank je wel voor het gesprek, tot de volgende keer.",
      "Bedankt voor je komst.",
      "Goed, dan ronden we af. Succes ermee!",
      "Zullen we het hier afronden?",
      "Fijn dat je er was. Tot over twee weken.",
      "Dankuwel voor uw tijd.",
    ])
      expect({ text, closing: isClosing(text, "nl") }).toEqual({ text, closing: true });
  });

  it("recognises English closings", () => {
    for (const text of [
      "Thank you for talking with me, see you next time.",
      "Thanks for coming in today.",
      "Let's wrap up here. Good luck!",
      "Take care, Gerda.",
      "That's all for today.",
    ])
      expect({ text, closing: isClosing(text, "en") }).toEqual({ text, closing: true });
  });

  it("does not take thanks or plans mid-conversation for a closing", () => {
    for (const text of [
      "Dank je dat je dat vertelt.",
      "Wat zou een eerste stap kunnen zijn?",
      "Wanneer zie je je kleinkinderen weer?",
      "Dat is een goed plan.",
      "Hoe ziet de dag eruit?",
    ])
      expect({ text, closing: isClosing(text, "nl") }).toEqual({ text, closing: false });
    for (const text of ["Thank you for sharing that.", "What could be a first step?", "Who could help you?"])
      expect({ text, closing: isClosing(text, "en") }).toEqual({ text, closing: false });
  });
});

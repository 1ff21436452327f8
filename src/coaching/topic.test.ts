// Tests for the topic reader: the examples, Flemish and English wording, the priority conventions,
// the reactions read as such, and the labelled tuning set as a floor.
import { describe, expect, it } from "vitest";
import { topicAccuracy } from "../../test/fixtures/coaching/topic-accuracy.ts";
import { labelledTopics } from "../../test/fixtures/coaching/topic-labelled.ts";
import { type Locale, locales } from "../locales.ts";
import { readTopic } from "./topic.ts";

const topic = (text: string, lang: Locale = "nl") => readTopic(text, lang).topic;
const special = (text: string, lang: Locale = "nl") => readTopic(text, lang).special;

describe("readTopic", () => {
  it("reads the questions the patient used to answer wrongly", () => {
    expect(topic("Hoeveel rookt u nog per dag?")).toBe("smoking");
    expect(topic("Bent u kortademig bij traplopen?")).toBe("complaint");
    expect(topic("Heeft u ook koorts gehad?")).toBe("complaint");
    expect(topic("Wat maakt voor u een dag de moeite waard?")).toBe("values");
  });

  it("reads who is around the patient and life at home as family, and a day as daily life", () => {
    expect(topic("Wie heeft u om u heen?")).toBe("family");
    expect(topic("Hoe gaat het thuis?")).toBe("family");
    expect(topic("Who do you have around you?", "en")).toBe("family");
    expect(topic("Hoe ziet een dag er bij u uit?")).toBe("daily");
    expect(topic("What does your day look like?", "en")).toBe("daily");
  });

  it("reads Flemish and English wording", () => {
    expect(topic("Hoeveel pintjes drinkt ge in het weekend?")).toBe("alcohol");
    expect(topic("Slaapt ge goed door?")).toBe("sleep");
    expect(topic("Do you still smoke?", "en")).toBe("smoking");
    expect(topic("What matters most to you?", "en")).toBe("values");
  });

  it("lets a frame win over the domain, and a domain over feelings", () => {
    expect(topic("Wat heeft u al geprobeerd om te stoppen met roken?")).toBe("ideas");
    expect(topic("Hoe was dat vroeger, toen je nog werkte?")).toBe("past");
    expect(topic("Hoe voelt u zich op het werk?")).toBe("work");
    expect(topic("Hoe voelt u zich?")).toBe("feelings");
    expect(topic("Hoe gaat het met slapen?")).toBe("sleep");
    expect(topic("Hoe gaat het?")).toBe("general");
  });

  it("takes the last sentence with a topic in a longer turn", () => {
    expect(topic("Je bent moe. Hoe slaap je?")).toBe("sleep");
    expect(topic("Je rookt nog. Goed dat je het zegt.")).toBe("smoking");
  });

  it("has no topic for backchannels and praise", () => {
    expect(topic("Mm-hm.")).toBe("none");
    expect(topic("Goed zo.")).toBe("none");
  });

  it("reads insults, intrusive and suicide questions and scaling as reactions of their own", () => {
    expect(special("Je bent gewoon lui.")).toBe("insult");
    expect(special("You're just lazy.", "en")).toBe("insult");
    expect(special("Hoeveel verdient u?")).toBe("intrusive");
    expect(special("Heeft u weleens gedachten om uit het leven te stappen?")).toBe("suicide");
    expect(special("Have you had thoughts of ending your life?", "en")).toBe("suicide");
    expect(special("Op een schaal van 0 tot 10, hoe belangrijk is het voor u?")).toBe("scaleImportance");
    expect(special("Hoeveel vertrouwen heb je dat het lukt, van 0 tot 10?")).toBe("scaleConfidence");
    expect(special("Hoe gaat het met u?")).toBeNull();
  });

  it("gets every row of the tuning set right", () => {
    for (const lang of locales) {
      const tune = labelledTopics.filter((t) => t.lang === lang && t.split === "tune");
      expect(tune.length).toBeGreaterThan(30);
      expect(topicAccuracy(tune, readTopic).misses).toEqual([]);
    }
  });
});

describe("readTopic: a question about something it cannot place", () => {
  const unplaced = (text: string, lang: "nl" | "en" = "nl") => readTopic(text, lang).unplaced;

  it("marks a question that names a thing outside its topics", () => {
    expect(unplaced("Wat is uw favoriete kleur?")).toBe(true);
    expect(unplaced("Wat vindt u van het weer?")).toBe(true);
    expect(unplaced("Hoe was uw vakantie?")).toBe(true);
    expect(unplaced("What's your favourite colour?", "en")).toBe(true);
    expect(unplaced("What do you think of the weather?", "en")).toBe(true);
    expect(readTopic("What do you think of the weather?", "en").topic).toBe("none");
    expect(unplaced("How was your holiday?", "en")).toBe(true);
  });

  it("does not mark an invitation to go on, nor a question with a topic", () => {
    for (const text of [
      "Vertelt u eens",
      "Hoe gaat het met u?",
      "Wat brengt u hier?",
      "Kunt u daar meer over vertellen?",
      "Wat speelt er nog meer?",
      "Hoe was het voor u?",
      "Wat is de reden van uw komst?",
      "Wat is het moeilijkste voor u?",
      "Wat zou een eerste kleine stap kunnen zijn?",
      "Hoe was uw week?",
      "Hoe is uw eetlust?",
    ])
      expect(unplaced(text), text).toBe(false);
    for (const text of ["Tell me more.", "How are you?", "What do you mean by that?", "How was it for you?"])
      expect(unplaced(text, "en"), text).toBe(false);
    expect(readTopic("And how's your appetite been lately?", "en").topic).toBe("eating");
  });

  it("keeps the patient's own idea when asked what they think themselves", () => {
    expect(readTopic("What do you think is causing it?", "en").topic).toBe("ideas");
    expect(readTopic("Wat denkt u zelf dat er aan de hand is?", "nl").topic).toBe("ideas");
  });
});

describe("topicAccuracy", () => {
  it("scores topic and special apart and lists the misses", () => {
    const items = [
      { text: "a", lang: "nl", split: "tune", topic: "sleep", special: null },
      { text: "b", lang: "nl", split: "tune", topic: "work", special: "insult" },
    ] as const;
    const fake = (text: string) =>
      text === "a"
        ? { topic: "sleep" as const, special: null, unplaced: false, cues: [] }
        : { topic: "family" as const, special: "insult" as const, unplaced: false, cues: [] };
    const r = topicAccuracy(items, fake);
    expect(r).toMatchObject({ size: 2, topic: 0.5, special: 1 });
    expect(r.misses).toEqual([{ text: "b", field: "topic", expected: "work", predicted: "family" }]);
  });
});

// What each simulated patient can tell about each topic, as depths: how far the patient must have opened
// up (see PatientState.depth) before telling each fact. The words are in the content files, one per depth.
/*
 * Surface facts (depth 0) are told at once, to anyone who asks; how it feels and what lies under it only
 * with trust. A patient with low acceptance keeps more behind a higher depth. A topic a persona has no facts
 * on gets an in-character "hoe bedoelt u?". The general "hoe gaat het?" is not here: it tells the story
 * (the persona's `open` lines) and what matters is the persona's `value`, voiced by the state model.
 */
import type { Topic } from "../../src/coaching/topic.ts";
import type { PersonaId } from "./personas.ts";

export type FactTopic = Exclude<Topic, "none" | "general">;

export const factDepths: Record<PersonaId, Partial<Record<FactTopic, readonly number[]>>> = {
  ans: {
    complaint: [0, 0],
    smoking: [0],
    alcohol: [0],
    medication: [0, 1],
    sleep: [0, 2],
    eating: [0, 2],
    moving: [0, 1],
    work: [0, 2],
    family: [0, 2],
    daily: [0],
    feelings: [1, 3],
    past: [0, 2],
    future: [1],
    values: [0],
    ideas: [0, 1],
    person: [0],
  },
  henk: {
    complaint: [0, 2],
    smoking: [0, 3],
    alcohol: [0],
    medication: [0, 1],
    sleep: [0],
    eating: [0],
    moving: [0, 2],
    work: [0, 3],
    family: [0, 3],
    daily: [0],
    feelings: [3, 5],
    past: [0, 2],
    future: [2],
    values: [0],
    ideas: [0, 2],
    person: [0],
  },
  samira: {
    complaint: [0, 1],
    smoking: [0],
    alcohol: [0],
    medication: [0],
    sleep: [0, 2],
    eating: [0],
    moving: [0, 3],
    work: [0, 3],
    family: [0, 2],
    daily: [0],
    feelings: [2, 4],
    past: [0],
    future: [2],
    values: [0],
    ideas: [0, 1],
    person: [0],
  },
  gerda: {
    complaint: [0, 1],
    smoking: [0],
    alcohol: [0],
    medication: [0],
    sleep: [0, 2],
    eating: [0, 2],
    moving: [0],
    family: [0, 2],
    daily: [0, 1],
    feelings: [1, 3],
    past: [0, 2],
    future: [1],
    values: [0],
    ideas: [0],
    person: [0],
  },
};

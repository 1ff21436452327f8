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

/**
 * The topics of the topic reader, plus earlier attempts: the reader files "wat heeft u al geprobeerd?"
 * under the patient's own ideas, and the patient tells it apart (see ATTEMPTS in patient.ts).
 */
export type FactTopic = Exclude<Topic, "none" | "general"> | "attempts";

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
    attempts: [0],
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
    ideas: [0],
    attempts: [1],
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
    ideas: [0],
    attempts: [0],
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
    attempts: [0],
    person: [0],
  },
};

/** Words of a closed question that name no symptom in particular ("heeft u klachten?"): never denied. */
const ANY = "klacht\\w*|last|symptomen|lichamelijk|controle|complaints?|symptoms?|physically|check-up";

/**
 * The symptoms each patient has, as the complaint cue words of the topic reader (data/topic-cues.ts). A
 * closed question about a symptom not here ("Heeft u koorts gehad?" to Henk) gets an honest "nee".
 */
export const symptoms: Record<PersonaId, RegExp> = {
  ans: new RegExp(
    `^(?:${ANY}|moe|moeheid|vermoeid\\w*|suiker\\w*|bloedsuiker|hba1c|diabetes|tired\\w*|fatigue|sugars?)$`,
  ),
  henk: new RegExp(
    `^(?:${ANY}|kortademig\\w*|benauwd\\w*|adem\\w*|hoest\\w*|slijm|longen|long|copd|moe|breathless\\w*|breath|breathing|cough\\w*|phlegm|lungs?|tired\\w*)$`,
  ),
  samira: new RegExp(
    `^(?:${ANY}|pijn\\w*|spieren|gewrichten|schouders|moe|moeheid|vermoeid\\w*|uitgeput|pain\\w*|muscles|joints|shoulders|tired\\w*|fatigue|exhausted)$`,
  ),
  gerda: new RegExp(`^(?:${ANY}|pijn\\w*|moe|vermoeid\\w*|pain\\w*|tired\\w*)$`),
};

/** A fact of a topic, by its place in the topic's list. */
export type FactRef = readonly [FactTopic, number];

/**
 * The facts each story line (the persona's `open` and `deepen` lines, in order) already tells. A fact a
 * story line told is not told again as news when the topic is asked ("zoals ik al zei" instead), and a
 * story line with a fact told already when its topic was asked is skipped: otherwise the patient says it twice.
 */
export const storyFacts: Record<PersonaId, { open: readonly FactRef[][]; deepen: readonly FactRef[][] }> = {
  ans: {
    open: [
      [["complaint", 1]],
      [
        ["work", 0],
        ["work", 1],
      ],
      [["family", 1]],
      [
        ["moving", 1],
        ["past", 0],
      ],
    ],
    deepen: [[["feelings", 0]], [["feelings", 1]], []],
  },
  henk: {
    open: [
      [["complaint", 0]],
      [
        ["moving", 0],
        ["moving", 1],
      ],
      [["past", 0]],
      [["past", 1]],
    ],
    deepen: [[], [["family", 1]], [["feelings", 1]]],
  },
  samira: {
    open: [[["complaint", 0]], [["work", 0]], [["daily", 0]], [["moving", 1]]],
    deepen: [[["feelings", 0]], [["feelings", 1]], [["past", 0]]],
  },
  gerda: {
    open: [
      [["complaint", 0]],
      [["daily", 0]],
      [["past", 0]],
      [
        ["family", 0],
        ["family", 1],
      ],
    ],
    deepen: [[["feelings", 0]], [], [["feelings", 1]]],
  },
};

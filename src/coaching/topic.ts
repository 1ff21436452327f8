// Reads what a trainee's utterance is about (smoking, sleep, what matters, ...) and whether it is something
// the patient reacts to as such (an insult, a question about suicide, a scaling question). Pure.
/*
 * The classifier says what an utterance does (question, reflection, advice); this says what it is about,
 * so the simulated patient can answer the topic asked. Rules, not a model, for the same reasons as the
 * classifier: explainable, no downloads, microseconds. The cue words live in ./data/topic-cues.ts.
 *
 * Labelling conventions (the labelled set in test/fixtures/coaching/topic-labelled.ts follows these):
 * - One topic per utterance. When several apply, the order of `topics` decides: a frame (own ideas and
 *   earlier attempts, what matters, the future, the past, the person) wins over the domain it is about,
 *   a life domain (smoking, alcohol, medication, sleep, eating, moving, work, family) wins over the
 *   complaint, and feelings, daily life and the general "hoe gaat het?" come last.
 * - In a turn of several sentences the last sentence with a topic decides, because the patient answers
 *   what was asked last ("Je bent moe. Hoe slaap je?" is about sleep).
 * - "none": nothing in particular (backchannels, praise, procedure).
 * - A question with no topic is either an invitation to go on ("Vertelt u eens", "Kunt u daar meer over
 *   vertellen?") or about something the reader cannot place ("Wat is uw favoriete kleur?"): `unplaced`
 *   tells them apart by whether one of the naming frames in ./data names a thing beyond the carrier words.
 */
import type { Locale } from "../locales.ts";
import {
  carrierWords,
  namingFrames,
  type Special,
  specialCues,
  type Topic,
  topicCues,
  topics,
} from "./data/topic-cues.ts";
import { foldText } from "./normalize.ts";

export type { Special, Topic } from "./data/topic-cues.ts";
export { topics } from "./data/topic-cues.ts";
/** The form the topic cues (and the practice patient's memory of what was asked) are written for. */
export { foldText as normalizeForTopic } from "./normalize.ts";

export interface TopicReading {
  topic: Topic;
  special: Special | null;
  /**
   * No topic, yet the question names something (a colour, the weather, a holiday): the patient is puzzled
   * rather than taking it as an invitation to tell their story. Always false when there is a topic.
   */
  unplaced: boolean;
  /** The words that decided, for tests and explanations. */
  cues: string[];
}

/** Sentences, keeping their question marks: the last one with a topic decides. */
function sentences(text: string): string[] {
  return (text.match(/[^.!?]+[.!?]*/g) ?? []).map((s) => s.trim()).filter((s) => s.length > 0);
}

function topicOf(sentence: string, lang: Locale): { topic: Topic; cue: string } | null {
  const cues = topicCues[lang];
  for (const topic of topics) {
    for (const pattern of cues[topic]) {
      const m = pattern.exec(sentence);
      if (m) return { topic, cue: m[0] };
    }
  }
  return null;
}

/** Order matters: a scale of confidence also mentions a scale, and an insult can sit in a question. */
const SPECIAL_ORDER: Special[] = ["suicide", "insult", "intrusive", "scaleConfidence", "scaleImportance"];

function specialOf(text: string, lang: Locale): { special: Special; cue: string } | null {
  for (const special of SPECIAL_ORDER) {
    for (const pattern of specialCues[lang][special]) {
      const m = pattern.exec(text);
      if (m) return { special, cue: m[0] };
    }
  }
  return null;
}

/**
 * The word a question names in one of the naming frames (the last sentence with a question mark, else the
 * last one), when it is not a carrier word: "Wat is uw favoriete kleur?" names "favoriete", "Hoe was het
 * voor u?" nothing. Null when no frame fits.
 */
function namedWord(parts: readonly string[], lang: Locale): string | null {
  const asked = parts.filter((s) => s.endsWith("?")).at(-1) ?? parts.at(-1) ?? "";
  for (const frame of namingFrames[lang]) {
    const named = frame.exec(asked)?.[1] ?? "";
    const word = named
      .match(/\p{L}+(?:'\p{L}+)?/gu)
      ?.find((w) => w.length >= 3 && !carrierWords[lang].has(w));
    if (word) return word;
  }
  return null;
}

export function readTopic(utterance: string, lang: Locale): TopicReading {
  const text = foldText(utterance);
  const parts = sentences(text);
  let found: { topic: Topic; cue: string } | null = null;
  for (const sentence of parts) found = topicOf(sentence, lang) ?? found;
  const special = specialOf(text, lang);
  const named = found || special ? null : namedWord(parts, lang);
  const cues = [
    ...(found ? [`${found.topic} '${found.cue}'`] : []),
    ...(special ? [`${special.special} '${special.cue}'`] : []),
    ...(named ? [`unplaced '${named}'`] : []),
  ];
  return { topic: found?.topic ?? "none", special: special?.special ?? null, unplaced: named !== null, cues };
}

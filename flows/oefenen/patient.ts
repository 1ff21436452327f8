// The simulated patient: how it answers one utterance of the trainee, given the conversation's phase, what
// the trainee did and what it was about. Pure; returns the new patient state and the reply as content keys.
/*
 * The rules, in the order they apply:
 * 1. A named shift to another phase is accepted, and the phase moves. A shift to phase 2 before the patient
 *    said what matters is premature: the patient goes along hesitantly ("eh... als u dat wilt") and stays
 *    unready until it has been said. An utterance that only asks permission gets nothing more than the yes.
 * 2. Reactions to the kind of utterance, whatever its topic: an insult hurts (and closes the patient a
 *    little), an intrusive question puzzles, a question about suicidal thoughts gets an honest no with the
 *    persona's reason, a scaling question gets a number that fits the persona's readiness and confidence.
 * 3. Advice or information before phase 3 meets "ja, maar". In phase 3 it is taken on board only when the
 *    trainee asked permission to go there, the patient has said what matters, and advice ties to it or
 *    to the patient's goal (otherwise "ja, maar"); a patient with low acceptance resists a plain
 *    instruction ("u moet...") in every phase, and any advice until they set a goal of their own.
 * 4. An activating question in phase 1 finds the patient not ready, unless it asks about something the
 *    patient can answer now (what matters, the past, earlier attempts): then that is answered. In phase 2
 *    or 3 it finds them unsure until they have said what matters; after that it brings change talk and,
 *    when the persona's readiness allows, a goal of their own. After the goal, first steps and support.
 * 5. A question about a topic gets that topic's next fact, if the patient has opened up far enough for it
 *    (facts.ts); otherwise a guarded line (a closed question: a short answer, the same one each time; a
 *    symptom the patient lacks: an honest "nee"). All told and asked again: the last fact, with "zoals ik
 *    al zei"; a fact a story line told counts as told. Earlier attempts are told apart from the patient's
 *    own ideas. The same question asked again gets the same answer, marked as said before.
 *    A topic the patient has nothing on gets a puzzled "hoe bedoelt u?", and so does an open question
 *    about something the topic reader cannot place ("wat is uw favoriete kleur?", topic.ts `unplaced`),
 *    where an invitation to go on ("vertelt u eens", "hoe gaat het?") tells the story. An open following
 *    question adds 1 to the depth, a reflection 2. "Hoe gaat het?" and open questions without a topic let the story come
 *    out; a reflection goes deeper. At enough depth the patient says what matters.
 * 6. A backchannel or a remark gets a little more: a short line, then the story or an untold surface fact.
 * 7. The pull towards ZZ: at the persona's turns, still in phase 1 and without a goal, the patient asks for
 *    advice.
 * Wording variants are picked by the seed plus how often the pool was used, so a line is said again only
 * after all its alternatives, and then with a "zoals ik al zei" in front; a replay is identical.
 */
import type { Classification } from "../../src/coaching/classify.ts";
import type { Phase } from "../../src/coaching/feedback.ts";
import { type NamedShift, shiftedPhase } from "../../src/coaching/shift.ts";
import type { Special, TopicReading } from "../../src/coaching/topic.ts";
import type { GenericPool, PersonaLines, PersonaPool } from "./content.ts";
import type { PatientState, ReplyPart } from "./context.ts";
import { type FactTopic, factDepths, storyFacts, symptoms } from "./facts.ts";
import { changeTalkNeeded, depthToOpenUp, type Persona, type PersonaId, personas } from "./personas.ts";

/** The length of the story pools (fixed by the content's tuple types). */
const STORY = { open: 4, deepen: 3 } as const satisfies {
  open: PersonaLines["open"]["length"];
  deepen: PersonaLines["deepen"]["length"];
};

/** Topics an activating question in phase 1 may be answered on: they do not ask the patient to change. */
const ANSWERABLE_IN_PHASE_1: ReadonlySet<string> = new Set(["values", "past", "ideas", "feelings", "person"]);
/** Surface facts a patient adds after a backchannel, in this order. */
const VOLUNTEERED: readonly FactTopic[] = [
  "complaint",
  "daily",
  "family",
  "work",
  "moving",
  "sleep",
  "eating",
];

export interface Heard {
  classification: Classification;
  shift: NamedShift | null;
  topic: TopicReading;
  /** The utterance, normalised (see normalizeForTopic): to hear the same question asked again. */
  text?: string;
}

/** Asks about earlier attempts rather than the patient's own idea of the cause (both are "ideas"). */
const ATTEMPTS =
  /\b(?:geprobeerd|gedaan om|gestopt|geminderd|hielp|geholpen|tried|attempts?|helped|stopped|gave up)\b/;
/** A question about the future that asks the patient to change: in phase 1 the patient is not ready. */
const ASKS_CHANGE = /\b(?:verander\w*|doel\w*|stap\w*|bereik\w*|change\w*|goals?|steps?|achieve)\b/;

/** A stable fingerprint of a text: the same question gets the same short answer and is heard as asked again. */
export function hashOf(text: string): number {
  let h = 7;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) % 2147483629;
  return h;
}

export interface PatientTurn {
  patient: PatientState;
  phase: Phase;
  reply: ReplyPart[];
  /** The named shift the patient went along with; premature when it came before what matters was said. */
  accepted: { to: Phase; permission: boolean; premature: boolean } | null;
}

const clamp = (n: number) => Math.max(1, Math.min(9, Math.round(n)));

/** The number a patient gives on a 0-10 scale: importance follows readiness, confidence also control. */
export function scaleAnswer(persona: Persona, state: PatientState, kind: Special): number {
  const progress = (state.valueVoiced ? 2 : 0) + state.changeTalk + (state.goalTurn !== null ? 1 : 0);
  if (kind === "scaleConfidence")
    return clamp(persona.readiness + (persona.control === "hoog" ? 1 : -2) + progress);
  return clamp(persona.readiness + progress);
}

/** An instruction rather than an offer: "u moet...", "stop met...", "you should...". */
const PLAIN_INSTRUCTION =
  /\b(?:u|je|jij|ge|gij) (?:moet|moeten|zou moeten)\b|\bmoet (?:u|je|jij|ge)\b|^(?:stop|stopt|ga|begin|neem|drink|eet|beweeg|doe|probeer|minder)\b|\byou (?:must|should|have to|need to|ought to)\b|^(?:stop|quit|start|take|eat|drink|go|try|cut|do)\b/;

/**
 * Whether advice or information in phase 3 is taken on board (rule 3): only after permission and once
 * what matters was said; advice only when it ties to what matters or the patient's goal, and a patient
 * with low acceptance resists a plain instruction always, and any advice before a goal of their own.
 */
export function takesInput(
  persona: Persona,
  state: PatientState,
  phase: Phase,
  c: Classification,
  text: string,
): boolean {
  if (phase !== "expert" || !state.expertAllowed) return false;
  if (!state.valueVoiced && state.goalTurn === null) return false;
  if (c.input !== "advice") return true;
  if (persona.acceptance === "laag" && (state.goalTurn === null || PLAIN_INSTRUCTION.test(text)))
    return false;
  return persona.ownGoal.test(text);
}

const isFactTopic = (topic: string, personaId: PersonaId): topic is FactTopic =>
  topic !== "none" && topic !== "general" && factDepths[personaId][topic as FactTopic] !== undefined;

export function respond(
  personaId: PersonaId,
  state: PatientState,
  phase: Phase,
  heard: Heard,
  turn: number,
  seed: number,
  /** The persona at the chosen difficulty (scenarios.ts); the persona as written by default. */
  persona: Persona = personas[personaId],
): PatientTurn {
  const depths = factDepths[personaId];
  const text = heard.text ?? "";
  const fingerprint = hashOf(text);
  const askedBefore = text === "" ? 0 : (state.asked ?? []).filter((h) => h === fingerprint).length;
  const next: PatientState = {
    ...state,
    said: { ...state.said },
    told: { ...(state.told ?? {}) },
    ...(text === "" ? {} : { asked: [...(state.asked ?? []), fingerprint] }),
  };
  const told = next.told ?? {};
  const story = storyFacts[personaId];
  // A story line with a fact told already, when its topic was asked, is passed over: said, it would repeat it.
  for (const pool of ["open", "deepen"] as const) {
    const isTold = ([t, i]: readonly [FactTopic, number]) => (told[t] ?? 0) > i;
    let k = next.said[pool] ?? 0;
    while (k < STORY[pool] && (story[pool][k] ?? []).some(isTold)) k++;
    if (k > 0) next.said[pool] = k;
  }
  /** Whether a story line told so far already told this fact. */
  const inStory = (topic: FactTopic, i: number) =>
    (["open", "deepen"] as const).some((pool) =>
      story[pool]
        .slice(0, next.said[pool] ?? 0)
        .some((refs) => refs.some(([t, j]) => t === topic && j === i)),
    );
  const reply: ReplyPart[] = [];
  const count = (pool: PersonaPool | GenericPool) => next.said[pool] ?? 0;
  /** Says a line of the pool: the story line next in order, or the next wording variant. */
  const say = (pool: PersonaPool | GenericPool, order: "story" | "variant" = "variant", n?: number) => {
    const used = count(pool);
    reply.push({
      pool,
      index: order === "story" ? used : seed + used,
      nth: used,
      ...(n === undefined ? {} : { n }),
    });
    next.said[pool] = used + 1;
  };
  /**
   * A short answer to a closed question: the same question always gets the same answer (a patient who
   * says "ja" and then "nee" to "vind je dat lastig?" contradicts themselves), asked again with a repeat.
   */
  const shortAnswer = () => {
    if (text === "") return say("closed");
    reply.push({
      pool: "closed",
      index: seed + fingerprint,
      nth: 0,
      ...(askedBefore > 0 ? { again: askedBefore } : {}),
    });
    next.said.closed = count("closed") + 1;
  };
  /** Tells the next fact of a topic the trust allows; the last one again when all are told (rule 5). */
  const tell = (asked: string, closed = false) => {
    const topic = asked === "ideas" && ATTEMPTS.test(text) && depths.attempts ? "attempts" : asked;
    const list = topic === "none" || topic === "general" ? undefined : depths[topic as FactTopic];
    if (!list) return say("unknown");
    const key = topic as FactTopic;
    let i = told[key] ?? 0;
    // What the story already told is not news: the next fact, or the last one again "zoals ik al zei".
    while (i < list.length && inStory(key, i)) i++;
    // A closed question naming a symptom the patient does not have gets an honest "nee".
    const symptom = /'(.+)'/.exec(heard.topic.cues[0] ?? "")?.[1] ?? "";
    if (key === "complaint" && closed && symptom !== "" && !symptoms[personaId].test(symptom))
      return say("denies");
    if (i < list.length && (list[i] ?? 0) > next.depth) {
      // Not ready to tell more: asked again in a closed question, the patient repeats what they told;
      // a first closed question gets a short answer, an open one a guarded line.
      if (closed && i > 0)
        return reply.push({ pool: "about", topic: key, index: i - 1, nth: i - 1, again: 1 + askedBefore });
      return closed ? shortAnswer() : say("guarded");
    }
    reply.push({ pool: "about", topic: key, index: Math.min(i, list.length - 1), nth: i });
    told[key] = i + 1;
  };
  const c = heard.classification;
  const { topic, special } = heard.topic;

  let now = phase;
  let accepted: PatientTurn["accepted"] = null;
  if (heard.shift) {
    const to = shiftedPhase(phase, heard.shift);
    if (to !== phase) {
      const premature = to === "activerend" && !next.valueVoiced;
      accepted = { to, permission: heard.shift.permission, premature };
      say(premature ? "shiftHesitant" : heard.shift.permission ? "shiftYes" : "shiftOk");
      if (to === "expert") next.expertAllowed = heard.shift.permission;
      now = to;
    }
  }

  const question = c.behaviour === "question";
  // An open question about something the topic reader cannot place ("wat vindt u van het weer?") is no
  // invitation to tell the story: the patient is puzzled. A closed one keeps its short, stable answer.
  const unplaced = heard.topic.unplaced && question && c.question !== "closed";
  const onlyAsksToAdvise = accepted !== null && c.stance === "expert" && c.behaviour !== "input";
  const openFollowing = question && c.question === "open" && c.stance !== "expert";
  if (onlyAsksToAdvise) {
    // The yes is the whole answer: the patient waits for what comes.
  } else if (special === "insult") {
    say("hurt");
    next.depth = Math.max(0, next.depth - 2);
  } else if (special === "suicide" || special === "intrusive") {
    say(special);
  } else if ((special === "scaleImportance" || special === "scaleConfidence") && c.behaviour !== "input") {
    say("scale", "variant", scaleAnswer(persona, next, special));
  } else if (c.behaviour === "input") {
    say(takesInput(persona, next, now, c, text) ? "acceptInfo" : "yesBut");
  } else if (unplaced) {
    say("unknown");
  } else if (
    c.stance === "activerend" &&
    !(
      now === "volgend" &&
      (ANSWERABLE_IN_PHASE_1.has(topic) || (topic === "future" && !ASKS_CHANGE.test(text)))
    )
  ) {
    if (now === "volgend") say("unready");
    else if (!next.valueVoiced) say("notYet");
    else if (next.goalTurn === null) {
      next.changeTalk += 1;
      if (next.changeTalk >= changeTalkNeeded(persona)) {
        next.goalTurn = turn;
        say("goal", "story");
      } else say("changeTalk", "story");
    } else say("afterGoal");
  } else if (c.behaviour === "reflection" || openFollowing || c.stance === "activerend") {
    const reflection = c.behaviour === "reflection";
    // Once what matters is said, it comes back, unless a topic was asked (the patient answers that).
    if (next.valueVoiced && (reflection || topic === "values" || topic === "none" || topic === "general")) {
      say("valueMore");
    } else if (!reflection && topic === "values") {
      next.depth += 1;
      if (next.depth < depthToOpenUp(persona)) tell("values");
    } else if (!reflection && isFactTopic(topic, personaId)) {
      next.depth += 1;
      tell(topic);
    } else if (!reflection && topic !== "none" && topic !== "general") {
      say("unknown");
    } else if (reflection && count("deepen") < STORY.deepen) {
      say("deepen", "story");
      next.depth += 2;
    } else if (count("open") < STORY.open) {
      say("open", "story");
      next.depth += reflection ? 2 : 1;
    } else {
      // Every story line is told: what matters comes out now.
      next.depth = Math.max(next.depth, depthToOpenUp(persona));
    }
    if (!next.valueVoiced && next.depth >= depthToOpenUp(persona)) {
      next.valueVoiced = true;
      say("value", "story");
    }
  } else if (question) {
    // Closed questions and the ZZ side: the topic asked, the complaint for the ZZ opener, else a short answer.
    if (topic !== "none" && topic !== "general") tell(topic, c.question === "closed");
    else if (c.question === "open") tell("complaint");
    else shortAnswer();
  } else {
    // A backchannel or a remark: a short line, then the patient goes on by themselves.
    const volunteered = VOLUNTEERED.find((t) => (told[t] ?? 0) === 0 && (depths[t]?.[0] ?? 99) <= next.depth);
    if (count("other") < 2 || (count("open") >= STORY.open && volunteered === undefined)) say("other");
    else if (count("open") < STORY.open) say("open", "story");
    else if (volunteered) tell(volunteered);
  }

  // After a reaction to an insult or an intrusive or suicide question, the patient does not also ask for advice.
  const reacted = special === "insult" || special === "suicide" || special === "intrusive";
  if (!reacted && next.goalTurn === null && now === "volgend" && persona.asksAdviceAt.includes(turn))
    say("adviceRequest");
  return { patient: next, phase: now, reply, accepted };
}

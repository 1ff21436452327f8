// The simulated patient: how it answers one utterance of the trainee, given the conversation's phase and
// what the trainee just did. Pure; returns the new patient state and the reply as keys into the content.
/*
 * The rules, in the order they apply:
 * 1. A named shift to another phase is accepted ("ja, dat is goed"), and the phase moves. An utterance
 *    that only asks permission to advise ("mag ik je iets vertellen?") gets nothing more than the yes.
 * 2. Advice or information before phase 3 meets "ja, maar"; in phase 3 it is taken on board.
 * 3. An activating question in phase 1 finds the patient not ready. In phase 2 or 3 it finds them unsure
 *    until they have said what matters; after that it brings change talk and, when the persona's
 *    readiness allows, a goal of their own. After the goal it brings first steps and support.
 * 4. A following open question lets the story come out; a reflection goes deeper (twice the depth). At
 *    enough depth the patient says what matters. Closed questions get short answers, checklist
 *    questions factual ones, the ZZ opener ("wat kan ik voor je doen?") the complaint: none opens
 *    anything up.
 * 5. The pull towards ZZ: at the persona's turns, still in phase 1 and without a goal, the patient asks
 *    for advice.
 * Wording variants are picked by the seed plus how often the pool was used, so two sessions with the same
 * choices differ, a line repeats only after its alternatives, and a replay of one session is identical.
 */
import type { Classification } from "../../src/coaching/classify.ts";
import type { Phase } from "../../src/coaching/feedback.ts";
import { type NamedShift, shiftedPhase } from "../../src/coaching/shift.ts";
import type { GenericPool, PersonaLines, PersonaPool } from "./content.ts";
import type { PatientState, ReplyPart } from "./context.ts";
import { changeTalkNeeded, depthToOpenUp, type PersonaId, personas } from "./personas.ts";

/** The length of the story pools (fixed by the content's tuple types). */
const STORY = { open: 4, deepen: 3 } as const satisfies {
  open: PersonaLines["open"]["length"];
  deepen: PersonaLines["deepen"]["length"];
};

export interface Heard {
  classification: Classification;
  shift: NamedShift | null;
}

export interface PatientTurn {
  patient: PatientState;
  phase: Phase;
  reply: ReplyPart[];
  /** The named shift the patient went along with. */
  accepted: { to: Phase; permission: boolean } | null;
}

export function respond(
  personaId: PersonaId,
  state: PatientState,
  phase: Phase,
  heard: Heard,
  turn: number,
  seed: number,
): PatientTurn {
  const persona = personas[personaId];
  const next: PatientState = { ...state, said: { ...state.said } };
  const reply: ReplyPart[] = [];
  const count = (pool: PersonaPool | GenericPool) => next.said[pool] ?? 0;
  /** Says a line of the pool: the story line next in order, or the next wording variant. */
  const say = (pool: PersonaPool | GenericPool, order: "story" | "variant" = "variant") => {
    const used = count(pool);
    reply.push({ pool, index: order === "story" ? used : seed + used });
    next.said[pool] = used + 1;
  };
  const c = heard.classification;

  let now = phase;
  let accepted: PatientTurn["accepted"] = null;
  if (heard.shift) {
    const to = shiftedPhase(phase, heard.shift);
    if (to !== phase) {
      accepted = { to, permission: heard.shift.permission };
      say(heard.shift.permission ? "shiftYes" : "shiftOk");
      now = to;
    }
  }

  const onlyAsksToAdvise = accepted !== null && c.stance === "expert" && c.behaviour !== "input";
  if (onlyAsksToAdvise) {
    // The yes is the whole answer: the patient waits for what comes.
  } else if (c.behaviour === "input") {
    say(now === "expert" ? "acceptInfo" : "yesBut");
  } else if (c.stance === "activerend") {
    if (now === "volgend") say("unready");
    else if (!next.valueVoiced) say("notYet");
    else if (next.goalTurn === null) {
      next.changeTalk += 1;
      if (next.changeTalk >= changeTalkNeeded(persona)) {
        next.goalTurn = turn;
        say("goal", "story");
      } else say("changeTalk", "story");
    } else say("afterGoal");
  } else if (c.stance === "volgend") {
    const reflection = c.behaviour === "reflection";
    const open = c.behaviour === "question" && c.question === "open";
    if (reflection || open) {
      if (next.valueVoiced) say("valueMore");
      else if (reflection && count("deepen") < STORY.deepen) {
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
    } else if (c.behaviour === "question") say("closed");
    else say("other");
  } else {
    // The ZZ side: a checklist question gets facts, an open question about the complaint the complaint.
    say(c.behaviour === "question" && c.question === "open" ? "complaint" : "facts");
  }

  if (next.goalTurn === null && now === "volgend" && persona.asksAdviceAt.includes(turn))
    say("adviceRequest");
  return { patient: next, phase: now, reply, accepted };
}

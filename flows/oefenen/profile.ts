// What the trainee found out about the simulated patient and what stayed hidden, for the end of a session:
// the topics the patient told about, and what matters and the deeper facts that never came up. Pure.
import type { OefenenContent } from "./content.ts";
import type { OefenenContext } from "./context.ts";
import { type FactTopic, factDepths, storyFacts } from "./facts.ts";
import { protocolOf } from "./scenarios.ts";

export interface Profile {
  /** The patient type, the hidden value and the readiness (the persona's reveal). */
  reveal: string;
  /** Topics the patient told something about, in the order of facts.ts. */
  found: string[];
  /** What matters, when it was never said, and topics with deeper facts the patient kept back. */
  missed: string[];
  /** In a ketenzorg check-up: the protocol topics covered and those still open; null outside one. */
  protocol: { done: string[]; missed: string[] } | null;
}

/** At most this many deeper topics in the list of what stayed hidden. */
const MAX_MISSED = 4;

export function profileOf(ctx: OefenenContext, content: OefenenContent): Profile | null {
  if (ctx.persona === null) return null;
  const lines = content.personas[ctx.persona];
  const depths = factDepths[ctx.persona];
  const story = storyFacts[ctx.persona];
  const told = ctx.patient.told ?? {};
  // A fact counts as told when asked about, and when a story line the patient said told it.
  const inStory = (topic: FactTopic, i: number) =>
    (["open", "deepen"] as const).some((pool) =>
      story[pool]
        .slice(0, ctx.patient.said[pool] ?? 0)
        .some((refs) => refs.some(([t, j]) => t === topic && j === i)),
    );
  const isTold = (topic: FactTopic, i: number) => (told[topic] ?? 0) > i || inStory(topic, i);
  const names = content.profile.topics;
  const found: string[] = [];
  const hidden: { name: string; depth: number }[] = [];
  for (const [topic, list] of Object.entries(depths) as [FactTopic, readonly number[]][]) {
    const toldAny = list.some((_, i) => isTold(topic, i));
    if (toldAny) found.push(names[topic]);
    // Only what lies deeper is worth telling the trainee they missed; an unasked surface fact is not.
    const depth = Math.max(0, ...list.filter((d, i) => d > 0 && !isTold(topic, i)));
    if (depth > 0) hidden.push({ name: toldAny ? content.profile.more(names[topic]) : names[topic], depth });
  }
  // What matters first, then what lay deepest (stably, in the order of facts.ts): a short list to act on.
  const missed = [
    ...(ctx.patient.valueVoiced ? [] : [content.profile.value(lines.name)]),
    ...hidden
      .sort((a, b) => b.depth - a.depth)
      .slice(0, MAX_MISSED)
      .map((h) => h.name),
  ];
  const checklist = protocolOf(ctx.persona, ctx.difficulty);
  const covered = (t: FactTopic) => (depths[t] ?? []).some((_, i) => isTold(t, i));
  const protocol = checklist
    ? {
        done: checklist.filter(covered).map((t) => names[t]),
        missed: checklist.filter((t) => !covered(t)).map((t) => names[t]),
      }
    : null;
  return { reveal: lines.reveal, found, missed, protocol };
}

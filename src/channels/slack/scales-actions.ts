// Reads the spinnenweb's Klaar press: each part's select and the ticked marks from the payload's
// `state.values`, as one { scales, marks } answer, and the line the answered message shows.
import { z } from "zod";
import type { WireAnswer } from "../../engine/answer.ts";
import { normalizeScales, scalesAsText } from "../../engine/scales.ts";

// Written out rather than built from ACTION (actions.ts reads this file): gc_pick ids are ticks to
// Slack's payload reader until Klaar is pressed.
const SCALE_PREFIX = "gc_pick:scale-";
/** One select per scale, one tick box group for the marks. */
export const scaleAction = (id: string) => `${SCALE_PREFIX}${id}`;
export const MARKS_ACTION = "gc_pick:marks";
export const OPTION_TEXT = 75;

/**
 * What the Klaar button carries besides conversation and version: each scale's name and the mark's
 * label, so the answered message can say what was given in the person's words.
 */
export const scalesSubmitValue = z.strictObject({
  c: z.string().min(1).max(64),
  v: z.number().int().min(0),
  n: z.record(z.string().min(1).max(64), z.string().max(OPTION_TEXT)),
  m: z.string().max(OPTION_TEXT),
});

const option = z.looseObject({ value: z.string().max(100) });
const stateValues = z.record(
  z.string(),
  z.record(
    z.string(),
    z.looseObject({ selected_option: option.nullish(), selected_options: z.array(option).nullish() }),
  ),
);

export interface ScalesPress {
  conversationId: string;
  version: number;
  answer: WireAnswer;
  label: string;
}

/** The press as an answer, or undefined when the button is not the spinnenweb's. */
export function readScalesSubmit(value: unknown, state: unknown): ScalesPress | undefined {
  const v = scalesSubmitValue.safeParse(value);
  if (!v.success) return undefined;
  const scales: Record<string, number> = {};
  const marks: string[] = [];
  const values = stateValues.safeParse(state);
  if (values.success)
    for (const block of Object.values(values.data))
      for (const [actionId, element] of Object.entries(block)) {
        const id = actionId.startsWith(SCALE_PREFIX) ? actionId.slice(SCALE_PREFIX.length) : undefined;
        const grade = Number(element.selected_option?.value);
        if (id && id in v.data.n && Number.isInteger(grade)) scales[id] = grade;
        if (actionId === MARKS_ACTION) marks.push(...(element.selected_options ?? []).map((o) => o.value));
      }
  const items = Object.entries(v.data.n).map(([id, label]) => ({ id, label }));
  const shown = scalesAsText(normalizeScales({ scales, marks }), {
    kind: "scales",
    min: 0,
    max: 10,
    items,
    markLabel: v.data.m,
  });
  return { conversationId: v.data.c, version: v.data.v, answer: { scales, marks }, label: shown };
}

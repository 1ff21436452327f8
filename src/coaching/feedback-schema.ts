// The zod schema of a practice conversation's feedback: the contract of
// GET /api/conversations/:id/summary for the practice flow, and what the web page and Slack render.
import { z } from "zod";
import { flowIds } from "../flow-ids.ts";
import { localeSchema } from "../locales.ts";

const stance = z.enum(["volgend", "activerend", "expert"]);
const turn = z.number().int().min(1);
const count = z.number().int().min(0);
const example = z.object({ turn, text: z.string() });

export const practiceFeedbackSchema = z.object({
  turns: count,
  counts: z.object({
    openQuestions: count,
    closedQuestions: count,
    reflections: count,
    advice: count,
    information: count,
    options: count,
    other: count,
    /** Requests for permission to inform or advise, counted apart from questions and advice. */
    permissionRequests: count,
    /** Parts of advice with no permission to inform or advise asked in an earlier turn, in any phase. */
    adviceWithoutPermission: count,
  }),
  /** Reflections per question; null when no question was asked. */
  reflectionToQuestion: z.object({
    reflections: count,
    questions: count,
    ratio: z.number().min(0).nullable(),
    threshold: z.number(),
    met: z.boolean(),
  }),
  /** Share of open questions in percent; null when no question was asked. */
  openQuestions: z.object({
    percent: z.number().min(0).max(100).nullable(),
    threshold: z.number(),
    met: z.boolean(),
  }),
  expertMovesInPhase1: z.array(
    z.object({ turn, text: z.string(), input: z.enum(["advice", "information", "options"]) }),
  ),
  /** Advice without permission after phase 1, where it is not an expert move in phase 1. */
  adviceWithoutPermissionLater: z.array(z.object({ turn, text: z.string(), phase: stance })),
  namedShifts: z.array(
    z.object({
      turn,
      text: z.string(),
      from: stance,
      to: stance,
      permission: z.boolean(),
      /** To phase 2 before the patient said what matters: the patient went along hesitantly. */
      premature: z.boolean(),
    }),
  ),
  unnamedShifts: z.array(z.object({ turn, text: z.string(), from: stance, to: stance })),
  ownGoal: z.object({ formulated: z.boolean(), turn: turn.nullable() }),
  /** The trainee's own utterances the remarks quote. */
  examples: z.object({
    openQuestion: example.nullable(),
    closedQuestion: example.nullable(),
    reflection: example.nullable(),
  }),
  timeline: z.array(
    z.object({
      turn,
      stance,
      phase: stance,
      behaviour: z.enum(["question", "reflection", "input", "other"]),
      shift: z.enum(["named", "unnamed"]).nullable(),
      /** The trainee's words, and each part's words with its label (as MITI counts them). */
      text: z.string(),
      parts: z.array(
        z.object({
          text: z.string(),
          kind: z.enum([
            "open",
            "closed",
            "reflection",
            "permission",
            "advice",
            "information",
            "options",
            "other",
          ]),
        }),
      ),
    }),
  ),
  /** Whether the consult was a ZZ conversation throughout: only complaint and checklist questions. */
  zz: z.object({ track: z.boolean(), checklistQuestions: count, questions: count }),
});

export const remarkSchema = z.object({
  topic: z.enum([
    "overview",
    "zz",
    "questions",
    "reflections",
    "phase1",
    "permission",
    "named",
    "premature",
    "unnamed",
    "goal",
  ]),
  /** strength: what went well; tip: what to try next time; info: neutral. */
  kind: z.enum(["strength", "tip", "info"]),
  text: z.string().min(1),
  /** The trainee's own words the remark is about. */
  example: z.string().min(1).nullable(),
});

export const practiceSummarySchema = practiceFeedbackSchema.extend({
  flow: z.literal(flowIds.practice),
  locale: localeSchema,
  /** True once the session ended and the feedback was shown. */
  complete: z.boolean(),
  persona: z.object({ id: z.string(), name: z.string(), label: z.string() }).nullable(),
  ended: z.enum(["trainee", "turns", "closed"]).nullable(),
  /** The patient's own goal in the patient's words, when they formulated one. */
  goal: z.string().nullable(),
  /** The patient's reply to each turn, in order, for the transcript (empty for sessions stored before). */
  replies: z.array(z.string()),
  /**
   * Shown once the session is complete (null before): the patient's hidden profile, the topics the
   * trainee found out about, and what stayed hidden (what matters, deeper facts), in the session's language.
   */
  profile: z
    .object({
      reveal: z.string(),
      found: z.array(z.string()),
      missed: z.array(z.string()),
      /** In a ketenzorg check-up: the protocol topics covered and those still open. */
      protocol: z.object({ done: z.array(z.string()), missed: z.array(z.string()) }).nullable(),
    })
    .nullable(),
  remarks: z.array(remarkSchema),
});

export type Remark = z.infer<typeof remarkSchema>;
export type PracticeSummary = z.infer<typeof practiceSummarySchema>;

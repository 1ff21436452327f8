// The product's flows by id: the one list that flows, summaries, channels and the API refer to.
import { z } from "zod";

export const flowIds = { reflection: "reflectie", practice: "oefenen", quiz: "quiz" } as const;
export type FlowId = (typeof flowIds)[keyof typeof flowIds];
export const productFlowIds: readonly FlowId[] = Object.values(flowIds);
export const flowIdSchema = z.enum([flowIds.reflection, flowIds.practice, flowIds.quiz]);

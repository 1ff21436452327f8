// The flows the product offers. Each flow lives in its own folder; register it here.
import { FlowRegistry } from "../src/engine/flow.ts";
import { oefenenFlow } from "./oefenen/flow.ts";
import { quizFlow } from "./oefenen-quiz/flow.ts";
import { reflectieFlow } from "./reflectie/flow.ts";

export function productFlows(): FlowRegistry {
  return new FlowRegistry([reflectieFlow, oefenenFlow, quizFlow]);
}

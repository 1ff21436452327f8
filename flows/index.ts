// The flows the product offers. Each flow lives in its own folder; register it here.
import { FlowRegistry } from "../src/engine/flow.ts";

export function productFlows(): FlowRegistry {
  return new FlowRegistry([]);
}

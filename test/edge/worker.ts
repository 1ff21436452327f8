// Test-only Workers entry: the product's handler with the test flow registered, so a whole
// conversation can run in workerd against local D1 before the product flows exist.
import { FlowRegistry } from "../../src/engine/flow.ts";
import { createWorker } from "../../src/worker-handler.ts";
import { proefFlow } from "../flows/proef/machine.ts";

export default createWorker(() => new FlowRegistry([proefFlow]));

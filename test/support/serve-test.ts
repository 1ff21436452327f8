// Test-only server process: the product's Node server (startServer), configured from the environment
// like the real one, plus what only tests set: TEST_FLOWS=proef serves the test flow instead of the
// product's, TEST_SLACK_ACK_BUDGET_MS shortens the Slack ack budget. Prints the URL when it listens.
// Tests run it built (bin/build.mjs, target "test-server"), like the product's command line.
import { z } from "zod";
import { loadConfig } from "../../src/config.ts";
import { FlowRegistry } from "../../src/engine/flow.ts";
import { startServer } from "../../src/server.ts";
import { proefFlow } from "../flows/proef/machine.ts";

const testSettings = z.object({
  TEST_FLOWS: z.enum(["proef"]).optional(),
  TEST_SLACK_ACK_BUDGET_MS: z.coerce.number().int().min(1).max(2500).optional(),
});

const config = loadConfig(process.env);
const settings = loadConfig(process.env, testSettings);
const server = await startServer({
  config,
  ...(settings.TEST_FLOWS === "proef" ? { flows: new FlowRegistry([proefFlow]) } : {}),
  slackAckBudgetMs: settings.TEST_SLACK_ACK_BUDGET_MS,
});
process.stdout.write(`listening ${server.url}\n`);
const stop = () => {
  server.close().then(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);

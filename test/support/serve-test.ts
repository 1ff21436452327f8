// Test-only server process: the product's Node server (startServer) with the test flow registered,
// configured from the environment like the real one. Prints the URL when it listens.
import { loadConfig } from "../../src/config.ts";
import { FlowRegistry } from "../../src/engine/flow.ts";
import { startServer } from "../../src/server.ts";
import { proefFlow } from "../flows/proef/machine.ts";

const server = await startServer({ config: loadConfig(process.env), flows: new FlowRegistry([proefFlow]) });
process.stdout.write(`listening ${server.url}\n`);
const stop = () => {
  server.close().then(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);

// Starts the real `gesprekscoach serve` (built, see built.ts) on a temporary database file, for HTTP
// tests of the product; with test settings, the built test server instead (serve-test.ts).
import { rmSync } from "node:fs";
import { join } from "node:path";
import { cliBin, testServerBin } from "./built.ts";
import { tempDir } from "./database.ts";
import { type Child, freePort, start, waitForOutput } from "./processes.ts";

export interface ProductServer {
  base: string;
  dbUrl: string;
  child: Child;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** What only the test server can be told (see serve-test.ts). */
export interface TestSettings {
  /** Serve the test flow instead of the product's flows. */
  flows?: "proef";
  /** How long a Slack response waits for the work before it acks. */
  slackAckBudgetMs?: number;
}

function command(settings: TestSettings | undefined): { args: string[]; env: Record<string, string> } {
  if (!settings) return { args: [cliBin, "serve"], env: {} };
  const env: Record<string, string> = {};
  if (settings.flows) env.TEST_FLOWS = settings.flows;
  if (settings.slackAckBudgetMs !== undefined)
    env.TEST_SLACK_ACK_BUDGET_MS = String(settings.slackAckBudgetMs);
  return { args: [testServerBin], env };
}

export async function startProductServer(
  env: Record<string, string> = {},
  settings?: TestSettings,
): Promise<ProductServer> {
  const dir = tempDir();
  const dbUrl = `file:${join(dir, "product.db")}`;
  let port = await freePort();
  const { args, env: testEnv } = command(settings);
  const launchOn = async (on: number) => {
    const child = start("node", args, {
      PORT: String(on),
      DATABASE_URL: dbUrl,
      ...testEnv,
      ...env,
    });
    await waitForOutput(child, /http:\/\/localhost:\d+\//);
    return child;
  };
  // A free port can be taken between freePort() and the child's bind (parallel test files, outgoing
  // connections): then the child says EADDRINUSE and exits, and it starts again on another port.
  const launch = async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await launchOn(port);
      } catch (error) {
        if (attempt >= 5 || !(error instanceof Error) || !error.message.includes("EADDRINUSE")) throw error;
        port = await freePort();
      }
    }
  };
  const server: ProductServer = {
    get base() {
      return `http://127.0.0.1:${port}`;
    },
    dbUrl,
    child: await launch(),
    async restart() {
      await server.child.stop();
      server.child = await launch();
    },
    async stop() {
      await server.child.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}

// The test Worker in real workerd: a fresh copy of the local D1 that the edge project's global setup
// migrated with `wrangler d1 migrations apply --local` (local-d1.ts), then `wrangler dev` on a free
// port, with its own free inspector port (the default, 9229, is shared by every wrangler dev on the
// machine) and the given variables, until it says it is ready.
import { cpSync, rmSync } from "node:fs";
import { tempDir } from "./database.ts";
import { EDGE_CONFIG, migratedD1, WRANGLER } from "./local-d1.ts";
import { type Child, freePort, start, waitForOutput } from "./processes.ts";

export interface Workerd {
  base: string;
  child: Child;
  stop(): Promise<void>;
}

export async function startWorkerd(vars: Record<string, string> = {}): Promise<Workerd> {
  const dir = tempDir("gesprekscoach-d1-");
  cpSync(await migratedD1(), dir, { recursive: true });
  const local = ["--local", "--config", EDGE_CONFIG, "--persist-to", dir];
  const port = await freePort();
  const inspectorPort = await freePort();
  const varArgs = Object.entries(vars).flatMap(([name, value]) => ["--var", `${name}:${value}`]);
  const child = start(WRANGLER, [
    "dev",
    ...local,
    "--ip",
    "127.0.0.1",
    "--port",
    String(port),
    "--inspector-ip",
    "127.0.0.1",
    "--inspector-port",
    String(inspectorPort),
    ...varArgs,
  ]);
  await waitForOutput(child, /Ready on http:\/\/127\.0\.0\.1:\d+/, 60_000);
  return {
    base: `http://127.0.0.1:${port}`,
    child,
    async stop() {
      await child.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

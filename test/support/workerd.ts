// The test Worker in real workerd: `wrangler d1 migrations apply --local` on a fresh folder, then
// `wrangler dev` on a free port with the given variables, until it says it is ready.
import { rmSync } from "node:fs";
import { tempDir } from "./database.ts";
import { type Child, freePort, run, start, waitForOutput } from "./processes.ts";

const CONFIG = "test/edge/wrangler.toml";
const WRANGLER = "node_modules/.bin/wrangler";

export interface Workerd {
  base: string;
  child: Child;
  stop(): Promise<void>;
}

export async function startWorkerd(vars: Record<string, string> = {}): Promise<Workerd> {
  const dir = tempDir("gesprekscoach-d1-");
  const local = ["--local", "--config", CONFIG, "--persist-to", dir];
  const migrated = await run(WRANGLER, ["d1", "migrations", "apply", "DB", ...local]);
  if (migrated.code !== 0) throw new Error(`d1 migrations failed:\n${migrated.stdout}${migrated.stderr}`);
  const port = await freePort();
  const varArgs = Object.entries(vars).flatMap(([name, value]) => ["--var", `${name}:${value}`]);
  const child = start(WRANGLER, ["dev", ...local, "--ip", "127.0.0.1", "--port", String(port), ...varArgs]);
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

// Starts the real `gesprekscoach serve` on a temporary database file, for HTTP tests of the product.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "./database.ts";
import { type Child, freePort, start, waitForOutput } from "./processes.ts";

export interface ProductServer {
  base: string;
  dbUrl: string;
  child: Child;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function startProductServer(env: Record<string, string> = {}): Promise<ProductServer> {
  const dir = tempDir();
  const dbUrl = `file:${join(dir, "product.db")}`;
  const port = await freePort();
  const launch = async () => {
    const child = start("node", ["bin/gesprekscoach.mjs", "serve"], {
      PORT: String(port),
      DATABASE_URL: dbUrl,
      ...env,
    });
    await waitForOutput(child, /http:\/\/localhost:\d+\//);
    return child;
  };
  const server: ProductServer = {
    base: `http://127.0.0.1:${port}`,
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

// vitest global setup: builds the command line and the test server once before the test files run
// (a no-op when the bundles are newer than their sources), so every spawned server starts from them.
import { ensureBuilt } from "../../bin/build.mjs";

export default async function buildOnce(): Promise<void> {
  await ensureBuilt("cli");
  await ensureBuilt("test-server");
}

// The built programs the tests start, so no test server compiles TypeScript at start: the product's
// command line (bin/gesprekscoach.mjs runs dist/cli.mjs) and the test server (dist/test/serve-test.mjs).
// The global setup (build-once.ts) builds both before any test file runs.
import { fileURLToPath } from "node:url";

export const cliBin = fileURLToPath(new URL("../../bin/gesprekscoach.mjs", import.meta.url));
export const testServerBin = fileURLToPath(new URL("../../dist/test/serve-test.mjs", import.meta.url));

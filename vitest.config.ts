// Test runner settings: one project per layer, so a layer runs alone (`npm run test:unit`, or
// `vitest run --project <name>`) and all of them run together in `npm test`.
//   unit     pure logic beside the code, and routes through app.request()
//   flows    the conversation flows: content, machines, model-based walks
//   api      the built command line and the Node server over real HTTP on a real database file
//   slack    the Slack endpoint of the real server against a local fake of Slack's Web API
//   browser  the web chat in headless Chromium
//   edge     the Worker in real workerd (wrangler dev) on a local D1
//   tools    the test run's own machinery: the ahead-of-time build, the summary line
//   types    the type check (tsc), as a test, so it runs beside the rest
import { defineConfig } from "vitest/config";
import LongestFirst from "./test/support/sequencer.ts";

// The projects that start servers run them from the built output; this builds it once per run.
const buildOnce = ["test/support/build-once.ts"];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Most files wait on servers, processes and sockets rather than compute, so a 2-core machine
    // runs three at once, and so never more than three servers, workerds or Chromiums.
    maxWorkers: 3,
    sequence: { sequencer: LongestFirst },
    projects: [
      // No module state is shared between these files (no mocks, no globals), so a worker keeps its
      // imported modules from file to file instead of loading them again: half the unit CPU time.
      // A file that mocks a module or changes a global needs a project with isolation (the default).
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "db/**/*.test.ts", "test/fixtures/**/*.test.ts"],
          isolate: false,
        },
      },
      { extends: true, test: { name: "flows", include: ["flows/**/*.test.ts"] } },
      {
        extends: true,
        test: { name: "api", include: ["test/api/**/*.test.ts"], globalSetup: buildOnce, isolate: false },
      },
      {
        extends: true,
        test: { name: "slack", include: ["test/slack/**/*.test.ts"], globalSetup: buildOnce, isolate: false },
      },
      {
        extends: true,
        test: { name: "browser", include: ["test/browser/**/*.test.ts"], globalSetup: buildOnce },
      },
      {
        extends: true,
        test: {
          name: "edge",
          include: ["test/edge/**/*.test.ts"],
          globalSetup: ["test/support/local-d1.ts"],
        },
      },
      { extends: true, test: { name: "tools", include: ["test/support/**/*.test.ts"], isolate: false } },
      { extends: true, test: { name: "types", include: ["test/types/**/*.test.ts"] } },
    ],
  },
});

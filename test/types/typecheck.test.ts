// The type check (`tsc --noEmit`, as `npm run typecheck`) as one test of the run: it then runs beside
// the other test files instead of before all of them, and a type error counts in the summary line.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { run } from "../support/processes.ts";

const tsc = fileURLToPath(new URL("../../node_modules/.bin/tsc", import.meta.url));
const root = fileURLToPath(new URL("../..", import.meta.url));

describe("the type check", () => {
  // A cold check takes tsc about 20 s of one core; under a full test run, longer.
  it("finds no type errors in the project", { timeout: 180_000 }, async () => {
    const result = await run(tsc, ["--noEmit", "--project", root]);
    expect(result.stdout + result.stderr).toBe("");
    expect(result.code).toBe(0);
  });
});

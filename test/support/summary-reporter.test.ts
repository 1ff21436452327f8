// The summary line over a run that has every way to fail: vitest runs fixture files in a temporary
// folder with the reporter, and the line counts files that failed to load and failing hooks.
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { tempDir } from "./database.ts";
import { run } from "./processes.ts";

const vitest = fileURLToPath(new URL("../../node_modules/.bin/vitest", import.meta.url));
const reporter = fileURLToPath(new URL("./summary-reporter.ts", import.meta.url));
const dir = tempDir("gesprekscoach-summary-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fixtures: Record<string, string> = {
  "passing.test.ts": `import { expect, it } from "vitest";
it("passes", () => expect(1).toBe(1));
it.skip("is skipped", () => {});
`,
  "throws-at-import.test.ts": `import { it } from "vitest";
throw new Error("cannot load");
it("never runs", () => {});
`,
  "syntax-error.test.ts": `import { it } from "vitest";
it("never runs", () => { const = 1; });
`,
  "file-hook.test.ts": `import { beforeAll, it } from "vitest";
beforeAll(() => { throw new Error("setup failed"); });
it("a", () => {});
it("b", () => {});
`,
  "suite-hook.test.ts": `import { beforeAll, describe, expect, it } from "vitest";
describe("a group", () => {
  beforeAll(() => { throw new Error("suite setup failed"); });
  it("c", () => {});
});
it("d", () => expect(1).toBe(1));
it("e", () => expect(1).toBe(2));
`,
};

describe("the summary reporter", () => {
  it("counts a file that fails to load, and a failing hook, as failed", async () => {
    for (const [name, text] of Object.entries(fixtures)) writeFileSync(join(dir, name), text);
    // An empty config of its own, so the project's projects and global setup stay out of it.
    writeFileSync(join(dir, "vitest.config.mjs"), "export default {};\n");
    // One worker that keeps its modules: the fixtures are tiny, and the run costs a third of the CPU.
    const result = await run(
      vitest,
      ["run", "--root", dir, "--maxWorkers=1", "--no-isolate", "--reporter", reporter],
      { CI: "1" },
    );
    expect(result.code).toBe(1);
    // Passed: passes, d. Failed: the two files that do not load, the file hook, the suite hook, e.
    // Skipped: is skipped, a and b (behind the file hook), c (behind the suite hook).
    expect(result.stdout.trim().split("\n").at(-1)).toBe("2 passed, 5 failed, 4 skipped");
  });
});

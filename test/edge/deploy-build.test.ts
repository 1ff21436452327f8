// The Worker as `npm run build:worker` bundles it for deployment (`wrangler deploy --dry-run`, from
// wrangler.toml): it builds, with the D1 binding, and the bundle holds the app's own routes. A test,
// so the build runs beside the other test files instead of before them.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tempDir } from "../support/database.ts";
import { run } from "../support/processes.ts";

const dir = tempDir("gesprekscoach-worker-build-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the Worker build", () => {
  it("bundles src/worker.ts for deployment with the D1 binding", async () => {
    const result = await run("node_modules/.bin/wrangler", ["deploy", "--dry-run", "--outdir", dir]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/env\.DB \(gesprekscoach\)\s+D1 Database/);
    const bundle = readFileSync(join(dir, "worker.js"), "utf8");
    expect(bundle).toContain("/api/conversations");
    expect(bundle).toContain("/samenvatting");
  });
});

// The ahead-of-time build (bin/build.mjs) on a throwaway entry: the bundle runs, a stamp says it is
// current, and an edit, a new import or a removed bundle makes it stale until it is built again.
import { execFileSync } from "node:child_process";
import { rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { build, isFresh, type Target } from "../../bin/build.mjs";
import { tempDir } from "./database.ts";

const dir = tempDir("gesprekscoach-build-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const target: Target = { entry: join(dir, "entry.ts"), outdir: join(dir, "out") };
const runBundle = () => execFileSync("node", [join(dir, "out", "entry.mjs")], { encoding: "utf8" });

describe("the ahead-of-time build", () => {
  it("bundles an entry that runs without TypeScript tooling, and stamps it as current", async () => {
    writeFileSync(join(dir, "word.ts"), 'export const word: string = "eerste";\n');
    writeFileSync(join(dir, "entry.ts"), 'import { word } from "./word.ts";\nconsole.log(word);\n');
    expect(isFresh(target)).toBe(false);
    await build(target);
    expect(runBundle()).toBe("eerste\n");
    expect(isFresh(target)).toBe(true);
  });

  it("is stale after an imported file changes, even to an older time, until built again", async () => {
    writeFileSync(join(dir, "word.ts"), 'export const word: string = "tweede";\n');
    utimesSync(join(dir, "word.ts"), new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(isFresh(target)).toBe(false);
    await build(target);
    expect(runBundle()).toBe("tweede\n");
    expect(isFresh(target)).toBe(true);
  });

  it("follows a new import, and is stale without its bundle", async () => {
    writeFileSync(join(dir, "other.ts"), 'export const other = "derde";\n');
    writeFileSync(join(dir, "entry.ts"), 'import { other } from "./other.ts";\nconsole.log(other);\n');
    expect(isFresh(target)).toBe(false);
    await build(target);
    expect(runBundle()).toBe("derde\n");
    writeFileSync(join(dir, "other.ts"), 'export const other = "vierde";\n');
    expect(isFresh(target)).toBe(false);
    await build(target);
    rmSync(join(dir, "out", "entry.mjs"));
    expect(isFresh(target)).toBe(false);
  });
});

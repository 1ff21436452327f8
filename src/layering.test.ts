// The house's one layering rule: db/ implements the ports that src/ declares, so no file under src/
// imports from db/ except the entries, which open a database and wire the stores, and assemble.ts.
// Tests are wiring too (they open real databases), so *.test.ts files may.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const src = join(root, "src");
const db = join(root, "db");

/** Files under src/ allowed to import from db/ (paths from src/); a folder ends in "/". */
const entries = [
  "assemble.ts", // builds the app and the stores on a database, for Node and the Worker alike
  "server.ts", // the Node server: opens and migrates the database
  "worker-handler.ts", // the Worker: D1 under drizzle
  "cli.ts", // the command line
  "cli/", // its commands: serve, backup, restore, database-file, practice and staff
];

const allowed = (path: string) => entries.some((e) => (e.endsWith("/") ? path.startsWith(e) : path === e));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every module a file names: static imports and re-exports, side-effect imports, dynamic import(). */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm;

function dbImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(SPECIFIER)]
    .map((m) => m[1] ?? "")
    .filter((spec) => spec.startsWith("."))
    .filter((spec) => {
      const target = resolve(dirname(file), spec);
      return target === db || target.startsWith(`${db}/`);
    });
}

describe("layering", () => {
  it("lets no file under src/ import from db/ except the entries and assemble.ts", () => {
    const offenders = sourceFiles(src)
      .map((file) => ({ file: relative(src, file), imports: dbImports(file) }))
      .filter(({ file, imports }) => imports.length > 0 && !allowed(file));
    expect(offenders).toEqual([]);
  });

  it("sees the imports it looks for: assemble.ts's static ones and cli.ts's dynamic one", () => {
    expect(dbImports(join(src, "assemble.ts"))).toContain("../db/repository.ts");
    expect(dbImports(join(src, "cli.ts"))).toContain("../db/libsql.ts");
  });

  it("names only entries that exist", () => {
    const files = sourceFiles(src).map((file) => relative(src, file));
    for (const entry of entries)
      expect(
        files.some((f) => allowed(f) && f.startsWith(entry)),
        entry,
      ).toBe(true);
  });
});

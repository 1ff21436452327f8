// Builds TypeScript entries ahead of time: an esbuild bundle per entry (what an entry imports
// dynamically is a chunk loaded when needed), the SQL migrations beside it, and a stamp of every
// input, so a start can tell without building whether the bundle is current. `node bin/build.mjs`
// (npm's prepare) builds the command line.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const MIGRATIONS = "db/migrations";
// Inputs beside the imported sources: the settings that shape the bundle, and this builder.
// package-lock.json stands for the bundled packages: installing or upgrading one changes it.
const SETTINGS = ["package.json", "package-lock.json", "tsconfig.json", "bin/build.mjs"];
const STAMP = "build-stamp.json";

/** The command line, and the test servers' entry (built by the test run only). */
export const targets = {
  cli: { entry: "src/cli.ts", outdir: "dist" },
  "test-server": { entry: "test/support/serve-test.ts", outdir: "dist/test" },
};

function outfileOf(target) {
  return resolve(root, target.outdir, `${basename(target.entry).replace(/\.tsx?$/, "")}.mjs`);
}

/** Every file under a folder, relative to the project root. */
function filesUnder(dir) {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

/** Size and modification time: any edit, replacement or checkout changes one of them. */
function signature(path, changedSince = Number.POSITIVE_INFINITY) {
  try {
    const stat = statSync(join(root, path));
    // Edited while the bundle was being built: the bundle may hold the old text, so never current.
    if (stat.mtimeMs >= changedSince) return "changed during the build";
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return "missing";
  }
}

/** True when the stamp exists and every input it lists is unchanged (and no migration came or went). */
export function isFresh(target) {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(resolve(root, target.outdir, STAMP), "utf8"));
  } catch {
    return false;
  }
  if (stamp.entry !== target.entry || signature(relative(root, outfileOf(target))) === "missing")
    return false;
  if (filesUnder(MIGRATIONS).join("\n") !== stamp.migrations.join("\n")) return false;
  return Object.entries(stamp.inputs).every(([path, sig]) => signature(path) === sig);
}

/** Writes a file under a temporary name and renames it into place, so no reader sees half of it. */
function writeAtomically(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

/** Bundles the target's entry; concurrent builds write the same files and the stamp comes last. */
export async function build(target) {
  const { build: esbuild } = await import("esbuild");
  const outfile = outfileOf(target);
  const started = Date.now();
  const result = await esbuild({
    absWorkingDir: root,
    entryPoints: [target.entry],
    outdir: resolve(root, target.outdir),
    outExtension: { ".js": ".mjs" },
    chunkNames: "chunk-[hash]",
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // The packages are bundled too: loading one file instead of some 800 from node_modules halves
    // the CPU a start costs. libsql is a native addon and stays in node_modules, with its client.
    external: ["libsql", "@libsql/*"],
    // Bundled CommonJS packages call require(); in an ES module it has to be made.
    banner: {
      js: 'import { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);',
    },
    sourcemap: "linked",
    // The JSX settings (hono/jsx) come from tsconfig.json.
    tsconfig: join(root, "tsconfig.json"),
    metafile: true,
    write: false,
    logLevel: "warning",
  });
  for (const file of result.outputFiles) writeAtomically(file.path, file.contents);
  // Chunks of earlier builds: their names are hashes of their contents, so whatever is not written now is old.
  const written = new Set(result.outputFiles.map((file) => basename(file.path)));
  for (const name of readdirSync(resolve(root, target.outdir))) {
    if (name.startsWith("chunk-") && !written.has(name))
      rmSync(resolve(root, target.outdir, name), { force: true });
  }
  // db/libsql.ts finds its migrations next to itself (import.meta.url): in the bundle, next to it.
  const migrations = filesUnder(MIGRATIONS);
  for (const file of migrations) {
    writeAtomically(
      resolve(root, target.outdir, "migrations", relative(MIGRATIONS, file)),
      readFileSync(join(root, file)),
    );
  }
  const sources = Object.keys(result.metafile.inputs).filter((path) => !path.includes("node_modules/"));
  const inputs = Object.fromEntries(
    [...sources, ...SETTINGS].map((path) => [path, signature(path, started)]),
  );
  writeAtomically(
    resolve(root, target.outdir, STAMP),
    `${JSON.stringify({ entry: target.entry, migrations, inputs }, null, 1)}\n`,
  );
  return outfile;
}

/** The bundle's path, built first when it is missing or older than its sources. */
export async function ensureBuilt(name) {
  const target = targets[name];
  if (!target) throw new Error(`no build target "${name}"`);
  if (isFresh(target)) return outfileOf(target);
  return build(target);
}

/** The bundle as an import specifier. */
export function urlOf(path) {
  return pathToFileURL(path).href;
}

if (resolve(process.argv[1] ?? "") === fileURLToPath(import.meta.url)) {
  const names = process.argv.length > 2 ? process.argv.slice(2) : ["cli"];
  for (const name of names) {
    if (!targets[name])
      throw new Error(`no build target "${name}" (have: ${Object.keys(targets).join(", ")})`);
    await build(targets[name]);
  }
}

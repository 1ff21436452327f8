// The Dockerfile's run stage without a container engine (none runs on the test machines): the bundle
// (dist/) copied alone beside only the packages it loads at run time (libsql, @libsql/* and what they
// need), no sources and no compiler, started as an unprivileged user (uid 1000, the image's `node`)
// with the database in a folder that user owns. It becomes ready, takes answers while more are
// coming, and on SIGTERM lets them finish, exits 0 and leaves the database whole in its main file
// (an empty WAL at most), so the file the README names is a complete copy.
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "libsql";
import { afterAll, describe, expect, it } from "vitest";
import { tempDir } from "../support/database.ts";
import { call } from "../support/http.ts";
import { freePort, start, waitForOutput } from "../support/processes.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const UID = 1000;

/** The packages `name` needs at run time, itself included, by their package.json dependencies. */
function closure(name: string, seen = new Set<string>()): Set<string> {
  const dir = join(root, "node_modules", name);
  if (seen.has(name) || !existsSync(dir)) return seen;
  seen.add(name);
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
    optionalDependencies?: Record<string, string>;
  };
  for (const dep of [
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.optionalDependencies ?? {}),
  ])
    closure(dep, seen);
  return seen;
}

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the container's run stage", () => {
  it("runs from the bundle as uid 1000, and a SIGTERM under load exits 0 with every answer in the file", async () => {
    chmodSync(dir, 0o755);
    const app = join(dir, "app");
    cpSync(join(root, "dist"), join(app, "dist"), {
      recursive: true,
      filter: (src) => !src.includes("/dist/test"),
    });
    for (const name of new Set([...closure("libsql"), ...closure("@libsql/client")]))
      cpSync(join(root, "node_modules", name), join(app, "node_modules", name), {
        recursive: true,
        dereference: true,
      });
    const data = join(dir, "data");
    mkdirSync(data);
    chownSync(data, UID, UID);
    const port = await freePort();
    const server = start(
      "setpriv",
      [`--reuid=${UID}`, `--regid=${UID}`, "--clear-groups", "node", join(app, "dist", "cli.mjs"), "serve"],
      {
        PORT: String(port),
        HOST: "127.0.0.1",
        DATABASE_URL: `file:${join(data, "gesprekscoach.db")}`,
        RATE_LIMIT_CREATES: "1000",
        HOME: data,
      },
      app,
    );
    await waitForOutput(server, /"msg":"listening"/);
    const base = `http://127.0.0.1:${port}`;
    expect((await call(base, "GET", "/ready")).status).toBe(200);

    const created: string[] = [];
    let stopped: Promise<number | null> | undefined;
    const creates = Array.from({ length: 4 }, async () => {
      // Until the server refuses: whatever it acknowledged until then must be in the file.
      for (;;) {
        const r = await call<{ id: string }>(base, "POST", "/api/conversations", {
          body: { flow: "reflectie" },
        }).catch(() => undefined);
        if (r?.status !== 201) break;
        created.push(r.body.id);
        if (created.length === 20) stopped = server.stop("SIGTERM");
      }
    });
    await Promise.all(creates);
    expect(await stopped).toBe(0);
    expect(server.output()).toMatch(/"msg":"stopped","signal":"SIGTERM"/);
    expect(created.length).toBeGreaterThanOrEqual(20);

    // Closed cleanly: nothing left in a WAL, and the file alone holds every acknowledged conversation.
    const wal = join(data, "gesprekscoach.db-wal");
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
    const copy = join(dir, "copy.db");
    cpSync(join(data, "gesprekscoach.db"), copy);
    const db = new Database(copy);
    try {
      const ids = new Set(
        (db.prepare("select id from conversations").raw(true).all() as unknown[][]).map((row) =>
          String(row[0]),
        ),
      );
      expect(created.filter((id) => !ids.has(id))).toEqual([]);
    } finally {
      db.close();
    }
  });
});

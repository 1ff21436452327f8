// The command line as a user runs it (built, bin/gesprekscoach.mjs): a configuration error, usage
// errors, screen and classify over a pipe, migrate, serve.
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createClient } from "@libsql/client";
import { afterAll, describe, expect, it } from "vitest";
import { cliBin as bin } from "../support/built.ts";
import { tempDir } from "../support/database.ts";
import { freePort, run, start, waitForOutput } from "../support/processes.ts";

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("gesprekscoach command line", () => {
  // Every bad value and its line is a unit test of the loader (src/config.test.ts); this proves the wiring.
  it("stops serve with exit code 1 and one line on stderr for a bad setting", async () => {
    const result = await run("node", [bin, "serve"], {
      PORT: "abc",
      DATABASE_URL: `file:${join(dir, "never.db")}`,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'gesprekscoach: invalid configuration: PORT must be a port number (got "abc")\n',
    );
    expect(result.stdout).toBe("");
    expect(existsSync(join(dir, "never.db"))).toBe(false);
  });

  it("screen reads one utterance per line from a pipe and prints one JSON line each", async () => {
    const result = await run(
      "node",
      [bin, "screen", "--lang", "nl"],
      {},
      "ik ben doodmoe\nik wil niet meer leven\n\nik heb pijn op de borst en kan slecht ademen\n",
    );
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { level: string; category: string | null; cue: string | null });
    expect(lines.map(({ level, category }) => ({ level, category }))).toEqual([
      { level: "none", category: null },
      { level: "crisis", category: "suicide" },
      { level: "none", category: null },
      { level: "acute", category: "acute_medical" },
    ]);
    // Why it decided: the cue, and where it sits in the line.
    expect(lines[0]).toEqual({ level: "none", category: null, cue: null, span: null });
    expect(lines[1]).toMatchObject({ cue: "suicide.not_living", span: [3, 22] });
  });

  it("classify reads professional utterances from a pipe and prints the four fields", async () => {
    const result = await run(
      "node",
      [bin, "classify", "--lang=en"],
      {},
      "What matters most to you?\nYou should stop smoking.\n",
    );
    expect(result.code).toBe(0);
    const [open, advice] = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(open).toEqual({ behaviour: "question", question: "open", input: null, stance: "volgend" });
    expect(advice).toEqual({ behaviour: "input", question: null, input: "advice", stance: "expert" });
  });

  it("screen refuses an unknown language with exit code 2", async () => {
    const result = await run("node", [bin, "screen", "--lang", "de"], {}, "hallo\n");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--lang nl\|en/);
  });

  it("refuses an unknown command with exit code 2", async () => {
    const result = await run("node", [bin, "dance"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown command "dance"/);
  });

  it("migrate creates the tables, creates the folder, and is idempotent", async () => {
    const url = `file:${join(dir, "nested", "folder", "cli.db")}`;
    for (let i = 0; i < 2; i++) {
      const result = await run("node", [bin, "migrate"], { DATABASE_URL: url });
      expect(result.code, result.stderr).toBe(0);
    }
    const client = createClient({ url });
    const tables = await client.execute("select name from sqlite_master where type = 'table' order by name");
    client.close();
    expect(tables.rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(["conversations", "events", "timers"]),
    );
  });

  it("serve prints its URL, answers /health, and ends cleanly on SIGTERM", async () => {
    const port = await freePort();
    const server = start("node", [bin, "serve"], {
      PORT: String(port),
      DATABASE_URL: `file:${join(dir, "serve.db")}`,
    });
    const [url] = await waitForOutput(server, /http:\/\/localhost:\d+\//);
    expect(url).toBe(`http://localhost:${port}/`);
    const res = await fetch(`http://127.0.0.1:${port}/health`);
    expect(await res.json()).toEqual({ ok: true });
    expect(await server.stop("SIGTERM")).toBe(0);
    // The log is JSON lines only, from the first line to the last.
    const records = server
      .output()
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { msg: string });
    expect(records[0]).toMatchObject({ msg: "listening", url });
    expect(records.at(-1)).toMatchObject({ msg: "stopped", signal: "SIGTERM" });
  });

  it("serve on an unreachable database stops with exit code 1 and one JSON line naming the host and the cause", async () => {
    const closed = await freePort();
    const result = await run("node", [bin, "serve"], {
      PORT: String(await freePort()),
      DATABASE_URL: `http://127.0.0.1:${closed}?authToken=geheim`,
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? "")).toMatchObject({
      level: "error",
      msg: "database unavailable at start",
      host: `127.0.0.1:${closed}`,
      kind: "unreachable",
      code: "ECONNREFUSED",
    });
    expect(result.stderr).not.toContain("geheim");
  });
});

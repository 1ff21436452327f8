// Erased means unreadable: answers with a marker are written to a real database file, one
// conversation is erased and another purged by the retention sweep, and then the raw bytes of the
// file and its -wal (read while the database is still open, as a backup or disk copy would) hold
// the marker nowhere. A finished conversation keeps its answers deflated in its archive
// (db/archive.ts), so its archive's own bytes are looked for too.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, type OpenedDatabase, openDatabase } from "../../db/libsql.ts";
import { createRepository } from "../../db/repository.ts";
import { productFlows } from "../../flows/index.ts";
import { assemble } from "../../src/assemble.ts";
import type { ConversationState } from "../../src/engine/types.ts";
import { createLogger } from "../../src/log.ts";
import { tempDir } from "../support/database.ts";

const DAY = 86_400_000;
const config = { RETENTION_DAYS: 1, IDLE_DAYS: 1, RATE_LIMIT_CREATES: 1000, RATE_LIMIT_TURNS: 10_000 };
const BASE = "http://coach.test";

let dir: string;
let path: string;
let database: OpenedDatabase;
let service: ReturnType<typeof assemble>;

beforeAll(async () => {
  dir = tempDir();
  path = join(dir, "erase.db");
  database = await openDatabase(`file:${path}`);
  await migrateDatabase(database);
  service = assemble({
    db: database.db,
    flows: productFlows(),
    log: createLogger("silent"),
    config,
    slack: undefined,
    ...(database.scrub ? { scrub: database.scrub } : {}),
  });
});
afterAll(() => {
  database?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function request(method: string, url: string, token?: string, body?: unknown) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await service.app.request(`${BASE}${url}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (res.status === 204 ? null : await res.json()) as unknown };
}

/** A conversation whose every free-text answer carries the marker; returns id and token. */
async function converse(marker: string): Promise<{ id: string; token: string; texts: number }> {
  const made = await request("POST", "/api/conversations", undefined, { flow: "reflectie" });
  expect(made.status).toBe(201);
  const { id, token } = made.body as { id: string; token: string };
  let { state } = made.body as { state: ConversationState };
  let texts = 0;
  for (let i = 0; i < 80 && state.input.kind !== "none"; i++) {
    const input = state.input;
    const answer =
      input.kind === "text"
        ? { text: `${marker} ${texts++} ik wil weer elke dag wandelen met de hond` }
        : input.kind === "scale"
          ? { value: input.min }
          : input.kind === "scales"
            ? { scales: { [input.items[0]?.id ?? ""]: input.min } }
            : input.kind === "choice"
              ? { choice: input.options[0]?.id }
              : { command: "skip" };
    const sent = await request("POST", `/api/conversations/${id}/turns`, token, {
      turnId: `turn-${marker}-${i}`,
      answer,
      version: state.version,
    });
    if (sent.status !== 200) break;
    state = (sent.body as { state: ConversationState }).state;
  }
  // Finished, so its answers lie in the archive column (db/archive.ts).
  expect(state.done).toBe(true);
  return { id, token, texts };
}

function hits(marker: string | Buffer): number {
  let n = 0;
  for (const file of [path, `${path}-wal`]) {
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    for (let at = bytes.indexOf(marker); at !== -1; at = bytes.indexOf(marker, at + 1)) n++;
  }
  return n;
}

/** The first 48 bytes of a finished conversation's archive: deflated answers, as they lie on disk. */
async function archiveBytes(id: string): Promise<Buffer> {
  const result = await database.client.execute({
    sql: "select hex(archive) from conversations where id = ?",
    args: [id],
  });
  const bytes = Buffer.from(String(result.rows[0]?.[0] ?? ""), "hex");
  expect(bytes.length).toBeGreaterThan(48);
  return bytes.subarray(0, 48);
}

describe("erase and retention on an embedded file", () => {
  it("leave no byte of the erased answers in the database file or its WAL", async () => {
    const erased = await converse("ERASEMARK-7Q");
    const kept = await converse("KEEPMARK-3Z");
    expect(erased.texts).toBeGreaterThan(2);
    // The answers are really on disk before anything is erased (so zero hits below means something).
    const erasedArchive = await archiveBytes(erased.id);
    const keptArchive = await archiveBytes(kept.id);
    expect(hits(erasedArchive)).toBeGreaterThan(0);
    // A note on a label (the practice feedback's "dat bedoelde ik anders") goes the same way.
    const notes = createRepository(database.db);
    for (const [c, marker] of [
      [erased, "ERASEMARK-7Q"],
      [kept, "KEEPMARK-3Z"],
    ] as const)
      expect(
        await notes.saveLabelNote(c.id, { turn: 1, part: 0, text: `${marker} note`, createdAt: 0 }),
      ).toBe(true);
    expect(hits("ERASEMARK-7Q note")).toBeGreaterThan(0);
    expect((await request("DELETE", `/api/conversations/${erased.id}`, erased.token)).status).toBe(204);
    expect(hits("ERASEMARK-7Q")).toBe(0);
    expect(hits(erasedArchive)).toBe(0);
    expect(hits(keptArchive)).toBeGreaterThan(0);

    // The retention sweep, run as if two days passed, purges the other one.
    expect((await service.sweep.runDueTimers(Date.now() + 2 * DAY)).purged).toBeGreaterThan(0);
    expect((await request("GET", `/api/conversations/${kept.id}`, kept.token)).status).toBe(401);
    expect(hits("KEEPMARK-3Z")).toBe(0);
    expect(hits(keptArchive)).toBe(0);
  });
});

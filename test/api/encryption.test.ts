// Encryption at rest: with DATABASE_ENCRYPTION_KEY the database file holds no answer in plain text,
// the server reopens it with the key after a restart, and without the key it cannot be read.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createClient } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConversationState } from "../../src/engine/types.ts";
import { call } from "../support/http.ts";
import { type ProductServer, startProductServer } from "../support/product-server.ts";

const KEY = "correct horse battery staple 2026";
let server: ProductServer;
beforeAll(async () => {
  server = await startProductServer({ DATABASE_ENCRYPTION_KEY: KEY });
});
afterAll(async () => server?.stop());

describe("encryption at rest", () => {
  it("keeps answers out of the file in plain text and still serves them after a restart", async () => {
    const created = await call<{ id: string; token: string; state: ConversationState }>(
      server.base,
      "POST",
      "/api/conversations",
      {
        body: { flow: "reflectie" },
      },
    );
    const { id, token } = created.body;
    let n = 0;
    const turn = (answer: unknown) =>
      call(server.base, "POST", `/api/conversations/${id}/turns`, {
        token,
        body: { turnId: `enc-turn-${n++}`, answer },
      });
    for (const choice of ["nl", "NL", "ja"]) expect((await turn({ choice })).status).toBe(200);
    expect((await turn({ text: "geheime-tuin-van-oma-7413" })).status).toBe(200);
    await server.restart();
    await server.child.stop();

    const path = server.dbUrl.slice("file:".length);
    for (const file of readdirSync(dirname(path)).filter((f) => f.startsWith("product.db")))
      expect(readFileSync(join(dirname(path), file)).includes("geheime-tuin-van-oma-7413"), file).toBe(false);

    const withoutKey = createClient({ url: server.dbUrl });
    await expect(withoutKey.execute("select count(*) from events")).rejects.toThrow();
    withoutKey.close();

    await server.restart();
    const view = await call<{ transcript: { text: string }[] }>(
      server.base,
      "GET",
      `/api/conversations/${id}`,
      { token },
    );
    expect(view.body.transcript.map((m) => m.text)).toContain("geheime-tuin-van-oma-7413");
  });
});

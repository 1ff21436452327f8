// Failed resume-code attempts leave a trace an operator can act on: an audit line and a security
// event naming the client, and neither holds the code that was tried.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { productFlows } from "../../../flows/index.ts";
import { type TempDatabase, tempDatabase } from "../../../test/support/database.ts";
import { createApp } from "../../app.ts";
import { createLogger } from "../../log.ts";

const BASE = "http://coach.test";
let db: TempDatabase;
beforeEach(async () => {
  db = await tempDatabase();
});
afterEach(() => db.cleanup());

describe("a refused resume code", () => {
  it("is audited and logged as a security event, without the code", async () => {
    const lines: string[] = [];
    const app = createApp({
      store: db.store,
      flows: productFlows(),
      log: createLogger("info", (line) => lines.push(line)),
    });
    const tries = ["QQQQ-RRRR-SS77", "not a code"];
    for (const code of tries) {
      const res = await app.request(
        `${BASE}/chat/resume`,
        {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", origin: BASE },
          body: new URLSearchParams({ code, lang: "nl" }).toString(),
        },
        { incoming: { socket: { remoteAddress: "203.0.113.44" } } },
      );
      expect(res.status).toBeGreaterThanOrEqual(400);
    }
    const rows = await db.opened.client.execute(
      "select action, actor, conversation_id, detail from audit_log",
    );
    expect(rows.rows.map((r) => ({ ...r }))).toEqual([
      { action: "resume-refused", actor: "resume-code", conversation_id: null, detail: "unknown" },
      { action: "resume-refused", actor: "resume-code", conversation_id: null, detail: "malformed" },
    ]);
    const events = lines
      .map((line) => JSON.parse(line))
      .filter((e) => e.msg === "security: resume code refused");
    expect(events).toEqual([
      expect.objectContaining({ level: "warn", reason: "unknown code", client: "203.0.113.44" }),
      expect.objectContaining({ level: "warn", reason: "malformed code", client: "203.0.113.44" }),
    ]);
    const everything = `${lines.join("\n")}${JSON.stringify(rows.rows)}`;
    for (const code of [...tries, "QQQQRRRRSS77"]) expect(everything).not.toContain(code);
  });
});

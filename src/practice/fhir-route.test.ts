// GET /api/conversations/:id/fhir through app.request(): the bundle with the token, valid R4, and the
// same refusals as the other conversation routes.
import { Fhir } from "fhir";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { productFlows } from "../../flows/index.ts";
import { type TempDatabase, tempDatabase } from "../../test/support/database.ts";
import { createApp } from "../app.ts";
import { createLogger } from "../log.ts";

const BASE = "http://coach.test";
let db: TempDatabase;
let app: ReturnType<typeof createApp>;
beforeEach(async () => {
  db = await tempDatabase();
  app = createApp({ store: db.store, flows: productFlows(), log: createLogger("silent") });
});
afterEach(() => db.cleanup());

async function create(flow: string): Promise<{ id: string; token: string }> {
  const res = await app.request(`${BASE}/api/conversations`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ flow, locale: "nl", region: "NL" }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; token: string };
}

const fhirOf = (id: string, token?: string) =>
  app.request(`${BASE}/api/conversations/${id}/fhir`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

describe("GET /api/conversations/:id/fhir", () => {
  it("gives the patient their reflection as a valid FHIR R4 collection bundle", async () => {
    const { id, token } = await create("reflectie");
    const res = await fhirOf(id, token);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/fhir+json");
    expect(res.headers.get("cache-control")).toBe("no-store");
    const bundle = (await res.json()) as { resourceType: string; type: string; entry: unknown[] };
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection" });
    expect(new Fhir().validate(bundle, { errorOnUnexpected: true }).valid).toBe(true);
  });

  it("refuses without a token, with another's token and for an unknown id, all alike", async () => {
    const mine = await create("reflectie");
    const other = await create("reflectie");
    const answers = await Promise.all([
      fhirOf(mine.id),
      fhirOf(mine.id, other.token),
      fhirOf(crypto.randomUUID(), mine.token),
    ]);
    expect(answers.map((r) => r.status)).toEqual([401, 401, 401]);
    const [, wrong, unknown] = await Promise.all(answers.map((r) => r.json()));
    expect(wrong).toEqual(unknown);
    expect(wrong).toMatchObject({ error: { code: "unauthorized" } });
  });

  it("refuses a practice session, which has no goals to send", async () => {
    const { id, token } = await create("oefenen");
    const res = await fhirOf(id, token);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        code: "invalid_request",
        message: "only a reflection has goals and a spinnenweb to send as FHIR",
      },
    });
  });
});

// GET /openapi.json: a valid OpenAPI 3.1 document, and the routes answer as it says. Real requests
// through createApp on a real database file; every response is checked against the document's schema
// for its route and status, and every response the document lists must have been produced.

import { LibsqlError } from "@libsql/client";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asStorageError } from "../../db/guard-store.ts";
import { createPracticeRepository } from "../../db/practice-repository.ts";
import { checkReadiness } from "../../db/readiness.ts";
import { createShareRepository } from "../../db/share-repository.ts";
import { createStaffRepository } from "../../db/staff-repository.ts";
import { productFlows } from "../../flows/index.ts";
import { type TempDatabase, tempDatabase } from "../../test/support/database.ts";
import { Contract, openApiErrors } from "../../test/support/openapi-contract.ts";
import { createApp } from "../app.ts";
import { createRequestSchema, turnRequestSchema } from "../engine/requests.ts";
import type { ConversationStore } from "../engine/store.ts";
import type { ConversationState } from "../engine/types.ts";
import { createLogger } from "../log.ts";

const BASE = "http://coach.test";
const unlimited = { max: Number.MAX_SAFE_INTEGER, windowMs: 60_000 };
const log = createLogger("silent");

let db: TempDatabase;
let app: ReturnType<typeof createApp>;
let doc: unknown;
let contract: Contract;

beforeAll(async () => {
  db = await tempDatabase();
  app = createApp({
    store: db.store,
    flows: productFlows(),
    log,
    ready: () => checkReadiness(db.opened.db),
    limits: { creates: unlimited, turns: unlimited, resumes: unlimited },
  });
  const res = await app.request(`${BASE}/openapi.json`);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  doc = await res.json();
  contract = new Contract(doc as ConstructorParameters<typeof Contract>[0]);
});
afterAll(() => db?.cleanup());

interface Sent {
  status: number;
  body: unknown;
  headers: Headers;
}

/** One request through the app, checked against the document before the test looks at it. */
async function send(
  method: string,
  path: string,
  options: {
    token?: string;
    body?: unknown;
    raw?: string;
    contentType?: string | null;
    via?: typeof app;
  } = {},
): Promise<Sent> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const payload = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const type = options.contentType === undefined ? "application/json" : options.contentType;
  if (payload !== undefined && type !== null) headers["content-type"] = type;
  const res = await (options.via ?? app).request(`${BASE}${path}`, { method, headers, body: payload });
  const text = await res.text();
  contract.check({
    method,
    path,
    status: res.status,
    headers: res.headers,
    body: text,
    request: options.body,
  });
  const json = /[/+]json\b/.test(res.headers.get("content-type") ?? "");
  return { status: res.status, body: json && text ? JSON.parse(text) : text, headers: res.headers };
}

interface Conversation {
  id: string;
  token: string;
  state: ConversationState;
  turns: number;
}

async function start(flow: string, locale = "nl", region = "NL"): Promise<Conversation> {
  const r = await send("POST", "/api/conversations", { body: { flow, locale, region } });
  expect(r.status).toBe(201);
  const created = r.body as { id: string; token: string; state: ConversationState };
  return { ...created, turns: 0 };
}

async function turn(c: Conversation, answer: unknown, turnId = `turn-${c.id.slice(0, 8)}-${++c.turns}`) {
  const r = await send("POST", `/api/conversations/${c.id}/turns`, {
    token: c.token,
    body: { turnId, answer, version: c.state.version },
  });
  if (r.status === 200) c.state = (r.body as { state: ConversationState }).state;
  return r;
}

/** Whatever the step asks, a plausible answer: the first option, the lowest grade, a sentence. */
function answerFor(state: ConversationState): unknown {
  const input = state.input;
  if (input.kind === "choice") return { choice: input.options[0]?.id };
  if (input.kind === "scale") return { value: input.min };
  if (input.kind === "scales") return { scales: { [input.items[0]?.id ?? ""]: input.min }, marks: [] };
  if (input.kind === "text") return { text: "ik wil weer elke dag met mijn hond wandelen" };
  throw new Error(`no answer for ${input.kind} in ${state.phase}`);
}

async function driveUntil(c: Conversation, stop: (state: ConversationState) => boolean) {
  for (let i = 0; i < 100 && !stop(c.state); i++)
    expect((await turn(c, answerFor(c.state))).status).toBe(200);
  expect(stop(c.state)).toBe(true);
}

/** A store whose every call fails, as a lost database does. */
const brokenStore = new Proxy({} as ConversationStore, {
  get: () => async () => {
    throw new Error("database unavailable");
  },
});

/** A store whose every call meets a lock another process holds, as SQLite and then db/'s stores report it. */
const busyStore = new Proxy({} as ConversationStore, {
  get: () => async () => {
    throw asStorageError(new LibsqlError("database is locked", "SQLITE_BUSY", "SQLITE_BUSY", 5));
  },
});

describe("GET /openapi.json", () => {
  it("is a valid OpenAPI 3.1 document of the JSON API and /health, and nothing else", async () => {
    expect(await openApiErrors(doc)).toEqual([]);
    const d = contract.doc as unknown as {
      openapi: string;
      paths: Record<
        string,
        Record<string, { security?: unknown; responses: Record<string, { headers?: object }> }>
      >;
      components: { securitySchemes: Record<string, unknown> };
    };
    expect(d.openapi).toBe("3.1.0");
    expect(Object.keys(d.paths).sort()).toEqual([
      "/api/conversations",
      "/api/conversations/{id}",
      "/api/conversations/{id}/export",
      "/api/conversations/{id}/fhir",
      "/api/conversations/{id}/markdown",
      "/api/conversations/{id}/pdf",
      "/api/conversations/{id}/summary",
      "/api/conversations/{id}/turns",
      "/health",
      "/ready",
    ]);
    expect(d.components.securitySchemes.bearer).toMatchObject({ type: "http", scheme: "bearer" });
    for (const [path, ops] of Object.entries(d.paths))
      for (const op of Object.values(ops))
        expect(op.security, path).toEqual(path.includes("{id}") ? [{ bearer: [] }] : undefined);
    expect(d.paths["/api/conversations"]?.post?.responses["429"]?.headers).toHaveProperty("Retry-After");
    expect(d.paths["/api/conversations"]?.post?.responses["503"]?.headers).toHaveProperty("Retry-After");
    expect(d.paths["/ready"]?.get?.responses["503"]?.headers).toHaveProperty("Retry-After");
  });

  it("describes every route the app registers under /api, and /health and /ready", () => {
    // With the practice side too, so a JSON route it adds under /api cannot stay undocumented.
    const full = createApp({
      store: db.store,
      flows: productFlows(),
      log,
      practices: createPracticeRepository(db.opened.db),
      shares: createShareRepository(db.opened.db),
      staff: createStaffRepository(db.opened.db),
    });
    const registered = full.routes
      .filter((r) => r.method !== "ALL" && /^\/(api\/|health$|ready$)/.test(r.path))
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, "{$1}")}`);
    const paths = (contract.doc as unknown as { paths: Record<string, Record<string, unknown>> }).paths;
    const documented = Object.entries(paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method} ${path}`),
    );
    expect(registered.length).toBeGreaterThan(8);
    expect([...new Set(registered)].sort()).toEqual(documented.sort());
  });

  it("its request schemas accept exactly what the API's validation accepts", () => {
    const answer = fc.oneof(
      fc.record({ text: fc.oneof(fc.string(), fc.integer()) }, { requiredKeys: [] }),
      fc.record({ value: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string()) }),
      fc.record({
        choice: fc.oneof(
          fc.string(),
          fc.array(fc.string({ minLength: 0, maxLength: 3 }), { maxLength: 3 }),
          fc.integer(),
        ),
      }),
      fc.record({ command: fc.constantFrom("back", "pause", "skip", "jump") }),
      fc.jsonValue(),
    );
    const turnBody = fc.record(
      {
        turnId: fc.oneof(fc.string(), fc.stringMatching(/^[A-Za-z0-9_.:-]{6,12}$/)),
        answer,
        version: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.double(), fc.string()),
        extra: fc.string(),
      },
      { requiredKeys: [] },
    );
    const createBody = fc.record(
      {
        flow: fc.oneof(fc.string({ maxLength: 70 }), fc.constant("reflectie"), fc.integer()),
        locale: fc.constantFrom("nl", "en", "de", ""),
        region: fc.constantFrom("NL", "BE", "nl"),
        extra: fc.string(),
      },
      { requiredKeys: [] },
    );
    const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
    fc.assert(
      fc.property(fc.oneof(turnBody, fc.jsonValue()), (raw) => {
        const body = json(raw);
        expect(contract.acceptsRequest("POST", "/api/conversations/x/turns", body)).toBe(
          turnRequestSchema.safeParse(body).success,
        );
      }),
      { seed: 151, numRuns: 600 },
    );
    fc.assert(
      fc.property(fc.oneof(createBody, fc.jsonValue()), (raw) => {
        const body = json(raw);
        expect(contract.acceptsRequest("POST", "/api/conversations", body)).toBe(
          createRequestSchema.safeParse(body).success,
        );
      }),
      { seed: 152, numRuns: 400 },
    );
  });
});

describe("the routes answer as the document says", () => {
  it("creates, takes turns, replays, reads, summarizes, exports and erases in all three flows", async () => {
    for (const [flow, locale, region] of [
      ["reflectie", "nl", "BE"],
      ["oefenen", "en", "NL"],
      ["quiz", "nl", "NL"],
    ] as const) {
      const c = await start(flow, locale, region);
      // The summary before the end is the summary as far as it got.
      expect(
        (await send("GET", `/api/conversations/${c.id}/summary`, { token: c.token })).body,
      ).toMatchObject({
        done: false,
        summary: { flow },
      });
      await driveUntil(c, (state) => state.done);
      const view = await send("GET", `/api/conversations/${c.id}`, { token: c.token });
      // The reflection asks for language and region itself, so those may have changed.
      expect(view.body).toMatchObject({ id: c.id, flow, status: "done", state: c.state });
      const summary = await send("GET", `/api/conversations/${c.id}/summary`, { token: c.token });
      expect(summary.body).toMatchObject({ done: true, summary: { flow, complete: true } });
      const exported = await send("GET", `/api/conversations/${c.id}/export`, { token: c.token });
      expect((exported.body as { events: unknown[] }).events).toHaveLength(c.turns + 1);
      expect(exported.headers.get("content-disposition")).toContain("attachment");
      // A reflection prints and goes out as FHIR; a practice session prints and goes to supervision as
      // Markdown; the quiz has neither.
      const pdf = await send("GET", `/api/conversations/${c.id}/pdf`, { token: c.token });
      const fhir = await send("GET", `/api/conversations/${c.id}/fhir`, { token: c.token });
      const markdown = await send("GET", `/api/conversations/${c.id}/markdown`, { token: c.token });
      if (flow === "quiz") expect(pdf.status).toBe(400);
      else expect(pdf.body).toMatch(/^%PDF-/);
      if (flow === "reflectie")
        expect(fhir.body).toMatchObject({ resourceType: "Bundle", type: "collection" });
      else expect(fhir.status).toBe(400);
      if (flow === "oefenen") expect(markdown.headers.get("content-type")).toContain("text/markdown");
      else expect(markdown.status).toBe(400);
      expect((await send("DELETE", `/api/conversations/${c.id}`, { token: c.token })).status).toBe(204);
      expect((await send("GET", `/api/conversations/${c.id}`, { token: c.token })).status).toBe(401);
    }
  });

  it("replays a turnId and refuses conflicts, finished conversations and answers that do not fit", async () => {
    const c = await start("quiz");
    const first = answerFor(c.state);
    const before = c.state;
    const applied = await turn(c, first, "replay-0001");
    const replayed = await send("POST", `/api/conversations/${c.id}/turns`, {
      token: c.token,
      body: { turnId: "replay-0001", answer: first, version: before.version },
    });
    expect(replayed.status).toBe(200);
    expect(replayed.body).toEqual(applied.body);

    const reused = await turn(c, { choice: "expert" }, "replay-0001");
    expect(reused.body).toMatchObject({ error: { code: "turn_id_reused" } });
    const stale = await send("POST", `/api/conversations/${c.id}/turns`, {
      token: c.token,
      body: { turnId: "stale-0001", answer: answerFor(c.state), version: 0 },
    });
    expect(stale.body).toMatchObject({ error: { code: "version_conflict" } });
    const unfit = await turn(c, { text: "dit is geen keuze" });
    expect(unfit.status).toBe(400);

    await driveUntil(c, (state) => state.done);
    const finished = await send("POST", `/api/conversations/${c.id}/turns`, {
      token: c.token,
      body: { turnId: "after-end-01", answer: { choice: "volgend" } },
    });
    expect(finished.body).toMatchObject({ error: { code: "finished" } });
  });

  it("exports what the safety screening holds: a check question and a crisis", async () => {
    for (const [text, status, type] of [
      ["ik zie het niet meer zitten", "check", "check"],
      ["Ik wil niet meer leven", "crisis", "crisis"],
    ] as const) {
      const c = await start("reflectie");
      await driveUntil(c, (state) => state.input.kind === "text");
      expect((await turn(c, { text })).status).toBe(200);
      const view = await send("GET", `/api/conversations/${c.id}`, { token: c.token });
      expect(view.body).toMatchObject({ status });
      const exported = (await send("GET", `/api/conversations/${c.id}/export`, { token: c.token })).body as {
        conversation: { safety: { type: string } };
        events: { screening: unknown }[];
      };
      expect(exported.conversation.safety.type).toBe(type);
      expect(exported.events.at(-1)?.screening).toMatchObject({ level: status });
    }
  });

  it("answers bad requests with the documented errors", async () => {
    const c = await start("reflectie");
    const turns = `/api/conversations/${c.id}/turns`;
    const valid = { turnId: "valid-0001", answer: answerFor(c.state) };
    for (const path of ["/api/conversations", turns]) {
      expect((await send("POST", path, { token: c.token, raw: "{flow:" })).status).toBe(400);
      expect((await send("POST", path, { token: c.token, body: { turnId: "x", flow: 1 } })).status).toBe(400);
      expect(
        (await send("POST", path, { token: c.token, raw: "flow=x", contentType: "text/plain" })).status,
      ).toBe(415);
      expect((await send("POST", path, { token: c.token, raw: "{}", contentType: null })).status).toBe(415);
      const huge = { ...valid, flow: "a".repeat(40 * 1024) };
      expect((await send("POST", path, { token: c.token, body: huge })).status).toBe(413);
    }
    expect((await send("POST", "/api/conversations", { body: { flow: "onbekend" } })).status).toBe(400);

    const missing = "/api/conversations/00000000-0000-4000-8000-000000000000";
    const other = await start("quiz");
    for (const [method, suffix] of [
      ["GET", ""],
      ["GET", "/summary"],
      ["GET", "/export"],
      ["GET", "/pdf"],
      ["GET", "/fhir"],
      ["GET", "/markdown"],
      ["DELETE", ""],
      ["POST", "/turns"],
    ] as const) {
      const body = method === "POST" ? valid : undefined;
      for (const token of [undefined, other.token])
        expect((await send(method, `/api/conversations/${c.id}${suffix}`, { token, body })).status).toBe(401);
      expect((await send(method, `${missing}${suffix}`, { token: c.token, body })).status).toBe(401);
    }
  });

  it("answers 429 with Retry-After past the rate limits", async () => {
    const limited = createApp({
      store: db.store,
      flows: productFlows(),
      log,
      limits: {
        creates: { max: 1, windowMs: 60_000 },
        turns: { max: 1, windowMs: 60_000 },
        resumes: unlimited,
      },
    });
    const body = { flow: "quiz" };
    expect((await send("POST", "/api/conversations", { body, via: limited })).status).toBe(201);
    const refused = await send("POST", "/api/conversations", { body, via: limited });
    expect(refused.status).toBe(429);
    const c = await start("quiz");
    const turns = `/api/conversations/${c.id}/turns`;
    const answer = answerFor(c.state);
    expect(
      (await send("POST", turns, { token: c.token, body: { turnId: "limit-0001", answer }, via: limited }))
        .status,
    ).toBe(200);
    const slowed = await send("POST", turns, {
      token: c.token,
      body: { turnId: "limit-0002", answer },
      via: limited,
    });
    expect(slowed.status).toBe(429);
  });

  it("answers 500 on every route when the store has a bug, 503 on /ready, and 200 on /health", async () => {
    const broken = createApp({ store: brokenStore, flows: productFlows(), log });
    const id = "/api/conversations/00000000-0000-4000-8000-000000000000";
    const token = "t".repeat(43);
    const turnBody = { turnId: "broken-0001", answer: { choice: "nl" } };
    expect((await send("POST", "/api/conversations", { body: { flow: "quiz" }, via: broken })).status).toBe(
      500,
    );
    expect((await send("POST", `${id}/turns`, { token, body: turnBody, via: broken })).status).toBe(500);
    for (const [method, suffix] of [
      ["GET", ""],
      ["GET", "/summary"],
      ["GET", "/export"],
      ["GET", "/pdf"],
      ["GET", "/fhir"],
      ["GET", "/markdown"],
      ["DELETE", ""],
    ] as const)
      expect((await send(method, `${id}${suffix}`, { token, via: broken })).status).toBe(500);
    expect((await send("GET", "/health", { via: broken })).status).toBe(200);
    expect((await send("GET", "/ready", { via: broken })).status).toBe(503);
    expect((await send("GET", "/ready")).status).toBe(200);
  });

  it("answers 503 with Retry-After on every route while the database is busy", async () => {
    const busy = createApp({ store: busyStore, flows: productFlows(), log });
    const id = "/api/conversations/00000000-0000-4000-8000-000000000000";
    const token = "t".repeat(43);
    const turnBody = { turnId: "busy-0001", answer: { choice: "nl" } };
    const sent = [
      await send("POST", "/api/conversations", { body: { flow: "quiz" }, via: busy }),
      await send("POST", `${id}/turns`, { token, body: turnBody, via: busy }),
      ...(await Promise.all(
        (["", "/summary", "/export", "/pdf", "/fhir", "/markdown"] as const).map((suffix) =>
          send("GET", `${id}${suffix}`, { token, via: busy }),
        ),
      )),
      await send("DELETE", id, { token, via: busy }),
    ];
    for (const res of sent) {
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ error: { code: "unavailable" } });
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    }
  });

  it("produced every response the document lists", () => {
    expect(contract.unexercised()).toEqual([]);
  });
});

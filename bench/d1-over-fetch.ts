// wrangler's local D1 (Miniflare's D1 in real workerd) for code on Node, reached only through awaited
// `dispatchFetch` calls. getPlatformProxy's binding answers each `prepare()`/`bind()` with a
// *synchronous* round trip through a worker thread, and that round trip now and then trips Miniflare's
// own assertion (`message?.id === id`) under a loaded CI machine. Here prepare and bind only record
// the SQL and its values; the statement runs, unchanged, on the real binding inside workerd.
import { Miniflare } from "miniflare";

type Op = "run" | "all" | "raw" | "first";

interface Wire {
  op: Op | "batch" | "exec";
  statements: { sql: string; params: unknown[] }[];
}

/** Runs inside workerd: byte values travel as base64 both ways, everything else as JSON. */
const WORKER = /* javascript */ `
const toBytes = (v) => Uint8Array.from(atob(v), (c) => c.charCodeAt(0));
const fromBytes = (bytes) => { let s = ""; for (const b of bytes) s += String.fromCharCode(b); return btoa(s); };
const decode = (v) => (v && typeof v === "object" && typeof v.$bytes === "string" ? toBytes(v.$bytes) : v);
const encode = (v) =>
  v instanceof ArrayBuffer ? { $bytes: fromBytes(new Uint8Array(v)) }
  : ArrayBuffer.isView(v) ? { $bytes: fromBytes(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)) }
  : Array.isArray(v) ? v.map(encode)
  : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)]))
  : v;
export default {
  async fetch(request, env) {
    const { op, statements } = await request.json();
    try {
      if (op === "exec") return Response.json({ result: encode(await env.DB.exec(statements[0].sql)) });
      const prepared = statements.map((s) => env.DB.prepare(s.sql).bind(...s.params.map(decode)));
      const result = op === "batch" ? await env.DB.batch(prepared) : await prepared[0][op]();
      return Response.json({ result: encode(result) });
    } catch (error) {
      return Response.json({ error: String(error?.message ?? error) }, { status: 500 });
    }
  },
};
`;

const isBytes = (value: unknown): value is { $bytes: string } =>
  typeof value === "object" && value !== null && typeof (value as { $bytes?: unknown }).$bytes === "string";

function encode(value: unknown): unknown {
  if (value instanceof ArrayBuffer) return { $bytes: Buffer.from(value).toString("base64") };
  if (ArrayBuffer.isView(value))
    return { $bytes: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("base64") };
  return value;
}

function decode(value: unknown): unknown {
  if (isBytes(value)) return new Uint8Array(Buffer.from(value.$bytes, "base64")).buffer;
  if (Array.isArray(value)) return value.map(decode);
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, decode(item)]));
  return value;
}

class Statement {
  constructor(
    private readonly send: (wire: Wire) => Promise<unknown>,
    readonly sql: string,
    readonly params: unknown[] = [],
  ) {}
  bind(...values: unknown[]): Statement {
    return new Statement(this.send, this.sql, values.map(encode));
  }
  private call(op: Op): Promise<unknown> {
    return this.send({ op, statements: [{ sql: this.sql, params: this.params }] });
  }
  run(): Promise<unknown> {
    return this.call("run");
  }
  all(): Promise<unknown> {
    return this.call("all");
  }
  raw(): Promise<unknown> {
    return this.call("raw");
  }
  first(): Promise<unknown> {
    return this.call("first");
  }
}

export interface LocalD1 {
  db: D1Database;
  dispose(): Promise<void>;
}

/** A local D1 named DB, persisted under `persist`, as a D1Database that drizzle's D1 driver takes. */
export async function localD1(persist: string): Promise<LocalD1> {
  const mf = new Miniflare({
    modules: true,
    script: WORKER,
    compatibilityDate: "2025-01-01",
    d1Databases: { DB: "bench" },
    d1Persist: persist,
  });
  const send = async (wire: Wire): Promise<unknown> => {
    const response = await mf.dispatchFetch("http://d1.local/", {
      method: "POST",
      body: JSON.stringify(wire),
    });
    const body = (await response.json()) as { result?: unknown; error?: string };
    if (body.error !== undefined) throw new Error(body.error);
    return decode(body.result);
  };
  const d1 = {
    prepare: (sql: string) => new Statement(send, sql),
    batch: (statements: Statement[]) =>
      send({ op: "batch", statements: statements.map(({ sql, params }) => ({ sql, params })) }),
    exec: (sql: string) => send({ op: "exec", statements: [{ sql, params: [] }] }),
  };
  await mf.ready;
  // The three calls drizzle's D1 driver makes; the rest of D1Database (sessions, dump) is not reached.
  return { db: d1 as unknown as D1Database, dispose: () => mf.dispose() };
}

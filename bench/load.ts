// A load generator in its own process: N concurrent clients, each with its own reflection
// conversation, answering the same question and going back, so every request is one real turn.
// Prints one JSON line: requests per second and latency percentiles, warm-up excluded.
import { Agent, request } from "undici";

const [base = "", mode = "turn", concurrencyArg = "8", secondsArg = "5", warmupArg = "1"] =
  process.argv.slice(2);
const concurrency = Number(concurrencyArg);
const seconds = Number(secondsArg);
const warmup = Number(warmupArg);
const agent = new Agent({ connections: concurrency, pipelining: 1 });

async function json(method: "GET" | "POST", path: string, body?: unknown, token?: string) {
  const res = await request(`${base}${path}`, {
    method,
    dispatcher: agent,
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.body.text();
  if (res.statusCode >= 300) throw new Error(`${method} ${path}: ${res.statusCode} ${text}`);
  return JSON.parse(text) as Record<string, unknown>;
}

async function prepareConversation(): Promise<{ id: string; token: string }> {
  const created = (await json("POST", "/api/conversations", { flow: "reflectie" })) as {
    id: string;
    token: string;
  };
  let n = 0;
  for (const choice of ["nl", "NL", "ja"])
    await json(
      "POST",
      `/api/conversations/${created.id}/turns`,
      { turnId: `prepare-${n++}`, answer: { choice } },
      created.token,
    );
  return created;
}

const latencies: number[] = [];
let measuring = false;
let stop = false;
const answer = "ik word blij van wandelen in het bos met mijn hond, en van koffie met de buren op zaterdag";

async function client(index: number) {
  if (mode === "floor" || mode === "floor-grouped") {
    let i = 0;
    const snapshot = "x".repeat(2400);
    while (!stop) {
      const started = performance.now();
      await json("POST", `/__${mode}`, { key: `c${index}`, payload: `${answer}-${i++}`, snapshot });
      if (measuring) latencies.push(performance.now() - started);
    }
    return;
  }
  const conversation = await prepareConversation();
  let i = 0;
  while (!stop) {
    const answerTurn = i % 2 === 0;
    const started = performance.now();
    await json(
      "POST",
      `/api/conversations/${conversation.id}/turns`,
      { turnId: `load-${index}-${i++}`, answer: answerTurn ? { text: answer } : { command: "back" } },
      conversation.token,
    );
    if (measuring) latencies.push(performance.now() - started);
  }
}

const clients = Array.from({ length: concurrency }, (_, i) => client(i));
await new Promise((resolve) => setTimeout(resolve, warmup * 1000));
measuring = true;
const t0 = performance.now();
await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
measuring = false;
const elapsed = (performance.now() - t0) / 1000;
stop = true;
await Promise.all(clients);
await agent.close();
latencies.sort((a, b) => a - b);
const pct = (p: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
process.stdout.write(
  `${JSON.stringify({ mode, concurrency, throughput: latencies.length / elapsed, p50ms: pct(50), p99ms: pct(99), n: latencies.length })}\n`,
);

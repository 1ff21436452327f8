// `npm run bench`: what a turn costs, side by side with the floor of this machine. Prints a table, or
// with --json one JSON object. Figures only; nothing here is asserted.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrateDatabase, openDatabase } from "../db/libsql.ts";
import { createTimerRepository } from "../db/timer-repository.ts";
import { reflectieFlow } from "../flows/reflectie/flow.ts";
import { classify } from "../src/coaching/classify.ts";
import type { ConversationRecord } from "../src/engine/records.ts";
import { advanceFlow, startFlow } from "../src/engine/step.ts";
import { storeSnapshot } from "../src/engine/stored-snapshot.ts";
import { planTurn } from "../src/engine/turn.ts";
import { createLogger } from "../src/log.ts";
import { screen } from "../src/safety/screen.ts";
import { createTimerSweep } from "../src/timers/sweep.ts";
import { labelledEn as classifyEn } from "../test/fixtures/coaching/labelled.en.ts";
import { labelledNl as classifyNl } from "../test/fixtures/coaching/labelled.nl.ts";
import { labelledEn as screenEn } from "../test/fixtures/safety/labelled.en.ts";
import { labelledNl as screenNl } from "../test/fixtures/safety/labelled.nl.ts";
import { workerBundleSize } from "./bundle-size.ts";
import { d1Bytes, libsqlBytes } from "./bytes.ts";
import { DELAY_MS, llmTurn } from "./llm-turn.ts";
import { slackAck } from "./slack-ack.ts";

const json = process.argv.includes("--json");
const quick = process.argv.includes("--quick");
const root = new URL("..", import.meta.url).pathname;
const say = (line: string) => {
  if (!json) process.stderr.write(`${line}\n`);
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Median over several runs of the µs per call of `fn` applied to every input. */
function microsPerCall<T>(inputs: T[], fn: (input: T) => unknown, runs = 7): number {
  for (const input of inputs) fn(input);
  const per: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (const input of inputs) fn(input);
    per.push(((performance.now() - t0) * 1000) / inputs.length);
  }
  return median(per);
}

function engineMicros(): number {
  const input = { locale: "nl" as const, region: "NL" as const, seed: 1 };
  let { snapshot } = startFlow(reflectieFlow, input);
  for (const choice of ["nl", "NL", "ja"])
    snapshot =
      advanceFlow(reflectieFlow, snapshot, { type: "answer", answer: { kind: "choice", choice: [choice] } })
        ?.snapshot ?? snapshot;
  const at = Date.now();
  const row: ConversationRecord = {
    id: "bench",
    flowId: reflectieFlow.id,
    flowVersion: reflectieFlow.version,
    channel: "web",
    locale: "nl",
    region: "NL",
    tokenHash: "",
    resumeHash: null,
    snapshot: storeSnapshot(reflectieFlow.machine.getPersistedSnapshot(snapshot)),
    version: 3,
    phase: "gg1",
    status: "active",
    safety: null,
    createdAt: at,
    updatedAt: at,
    expiresAt: at,
  };
  // The whole pure turn: restore, screen, transition, render, and the rows to store.
  const turn = (i: number) => {
    const plan = planTurn({
      flow: reflectieFlow,
      row,
      known: undefined,
      request: { turnId: `bench-${i}`, answer: { text: "wandelen" } },
      at,
      expiresAt: (_status, when) => when,
    });
    if (!plan.ok || plan.value.kind !== "append") throw new Error("turn refused");
  };
  return microsPerCall(
    Array.from({ length: 2000 }, (_, i) => i),
    turn,
  );
}

async function timerSweep10kMs(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "gc-bench-timers-"));
  const opened = await openDatabase(`file:${join(dir, "t.db")}`);
  await migrateDatabase(opened);
  const now = Date.now();
  for (let chunk = 0; chunk < 10; chunk++) {
    const values = Array.from(
      { length: 1000 },
      (_, i) => `('t${chunk}-${i}', null, ${now - i}, '{"type":"ping"}', 'pending', 0, null, ${now})`,
    );
    await opened.client.execute(
      `insert into timers (id, conversation_id, due_at, event, status, attempts, claimed_until, created_at) values ${values.join(",")}`,
    );
  }
  const sweep = createTimerSweep({
    store: createTimerRepository(opened.db),
    handlers: { ping: async () => {} },
    log: createLogger("silent"),
  });
  const t0 = performance.now();
  const result = await sweep.runDueTimers(now);
  const ms = performance.now() - t0;
  if (result.fired !== 10_000) throw new Error(`fired ${result.fired}`);
  opened.close();
  rmSync(dir, { recursive: true, force: true });
  return ms;
}

interface Load {
  concurrency: number;
  throughput: number;
  p50ms: number;
  p99ms: number;
}

async function load(
  base: string,
  mode: "turn" | "floor" | "floor-grouped",
  concurrency: number,
): Promise<Load> {
  const seconds = quick ? "2" : "5";
  const runs: Load[] = [];
  for (let r = 0; r < (quick ? 1 : 3); r++) {
    const out = execFileSync(
      "node",
      ["--import", "tsx", "bench/load.ts", base, mode, String(concurrency), seconds, "1"],
      {
        cwd: root,
        encoding: "utf8",
      },
    );
    runs.push(JSON.parse(out) as Load);
  }
  const mid = runs.sort((a, b) => a.throughput - b.throughput)[Math.floor(runs.length / 2)];
  if (!mid) throw new Error("no runs");
  return { concurrency, throughput: mid.throughput, p50ms: mid.p50ms, p99ms: mid.p99ms };
}

async function turnLoad(): Promise<{ turns: Load[]; floors: Load[]; grouped: Load }> {
  const dir = mkdtempSync(join(tmpdir(), "gc-bench-load-"));
  const port = 18000 + Math.floor(Math.random() * 2000);
  const server = spawn("node", ["--import", "tsx", "bench/server.ts"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATABASE_URL: `file:${join(dir, "load.db")}` },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve) =>
    server.stdout.on("data", (d: Buffer) => d.toString().includes("bench server") && resolve()),
  );
  const base = `http://127.0.0.1:${port}`;
  const turns: Load[] = [];
  const floors: Load[] = [];
  try {
    for (const concurrency of [1, 8, 32]) {
      say(`  load: ${concurrency} concurrent …`);
      turns.push(await load(base, "turn", concurrency));
      floors.push(await load(base, "floor", concurrency));
    }
    say("  load: the floor through the product's file client, 32 concurrent …");
    const grouped = await load(base, "floor-grouped", 32);
    return { turns, floors, grouped };
  } finally {
    server.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  }
}

say("engine, screening, classifier …");
const engineUsPerTurn = engineMicros();
const screenSet = [
  ...screenNl.map((item) => ({ text: item.text, lang: "nl" as const })),
  ...screenEn.map((item) => ({ text: item.text, lang: "en" as const })),
];
const screenUsPerUtterance = microsPerCall(screenSet, (item) => screen(item.text, item.lang));
const classifyUsPerUtterance = microsPerCall([...classifyNl, ...classifyEn], (item) =>
  classify(item.text, item.lang),
);
say("bytes per conversation (libsql, then D1 on Miniflare) …");
const bytes = await libsqlBytes(quick ? 10 : 40);
const d1 = await d1Bytes(quick ? 10 : 40);
say("worker bundle …");
const bundle = workerBundleSize();
say("timer sweep …");
const sweepMs = await timerSweep10kMs();
say("slack ack …");
const ack = await slackAck(quick ? 100 : 300);
say("rate limiter at 1k and 100k clients …");
// Its own process with --expose-gc, so the heap figure is the limiter's and not this run's garbage.
const limiter = JSON.parse(
  execFileSync("node", ["--expose-gc", "--import", "tsx", "bench/limiter.ts"], {
    cwd: root,
    encoding: "utf8",
  }),
) as { keys: number; heapMB: number; usPerHit: number; usPerRequest: number }[];
say(`practice turns with the language model answering after ${DELAY_MS} ms …`);
const llm = await llmTurn(quick ? 2 : 4);
say("turns over HTTP …");
const { turns, floors, grouped } = await turnLoad();
const at32 = turns.find((t) => t.concurrency === 32);
const floor32 = floors.find((f) => f.concurrency === 32);

const result = {
  turn: {
    concurrency: 32,
    throughput: Math.round(at32?.throughput ?? 0),
    baselineThroughput: Math.round(floor32?.throughput ?? 0),
    ratio: Number(((at32?.throughput ?? 0) / (floor32?.throughput || 1)).toFixed(3)),
    // The same bare write through the product's file client (group commit, kept statements).
    groupedBaselineThroughput: Math.round(grouped.throughput),
    groupedRatio: Number(((at32?.throughput ?? 0) / (grouped.throughput || 1)).toFixed(3)),
    p50ms: Number((at32?.p50ms ?? 0).toFixed(2)),
    p99ms: Number((at32?.p99ms ?? 0).toFixed(2)),
  },
  turnsByConcurrency: turns.map((t, i) => ({
    concurrency: t.concurrency,
    throughput: Math.round(t.throughput),
    p50ms: Number(t.p50ms.toFixed(2)),
    p99ms: Number(t.p99ms.toFixed(2)),
    baselineThroughput: Math.round(floors[i]?.throughput ?? 0),
  })),
  slackAck: { p50ms: ack.p50ms, p99ms: ack.p99ms },
  engineUsPerTurn: Number(engineUsPerTurn.toFixed(1)),
  screenUsPerUtterance: Number(screenUsPerUtterance.toFixed(2)),
  classifyUsPerUtterance: Number(classifyUsPerUtterance.toFixed(2)),
  bytesPerConversation: bytes.perConversation,
  d1BytesPerConversation: d1,
  bytesByObject: bytes.byObject,
  bytesByColumn: bytes.byColumn,
  workerBundleBytes: bundle.raw,
  workerBundleGzipBytes: bundle.gzip,
  timerSweep10kMs: Math.round(sweepMs),
  rateLimiter: limiter,
  llmTurn: llm,
};

if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
else {
  const rows: [string, string][] = [
    ...result.turnsByConcurrency.map((t): [string, string] => [
      `web turns, ${t.concurrency} concurrent`,
      `${t.throughput}/s (floor ${t.baselineThroughput}/s), p50 ${t.p50ms} ms, p99 ${t.p99ms} ms`,
    ]),
    ["ratio to floor at 32", String(result.turn.ratio)],
    [
      "floor through the file client, 32",
      `${result.turn.groupedBaselineThroughput}/s (turns reach ${result.turn.groupedRatio} of it)`,
    ],
    ["slack ack, 8 concurrent", `p50 ${result.slackAck.p50ms} ms, p99 ${result.slackAck.p99ms} ms`],
    [
      `practice turn, model after ${DELAY_MS} ms`,
      `overhead beyond it p50 ${llm.overheadP50ms} ms, p99 ${llm.overheadP99ms} ms (model off: p50 ${llm.offP50ms} ms, p99 ${llm.offP99ms} ms); CPU per turn p50 ${llm.cpuOnP50ms} ms (off: ${llm.cpuOffP50ms} ms); fell back ${(llm.fellBack * 100).toFixed(1)}%`,
    ],
    ["engine per turn (no I/O)", `${result.engineUsPerTurn} µs`],
    ["screening per utterance", `${result.screenUsPerUtterance} µs`],
    ["classifier per utterance", `${result.classifyUsPerUtterance} µs`],
    ["bytes per finished reflection, libsql", `${result.bytesPerConversation} B`],
    ["bytes per finished reflection, D1", `${result.d1BytesPerConversation} B`],
    [
      "  of which (libsql pages)",
      Object.entries(result.bytesByObject)
        .map(([name, n]) => `${name} ${n}`)
        .join(", "),
    ],
    ["worker bundle", `${result.workerBundleBytes} B raw, ${result.workerBundleGzipBytes} B gzip`],
    ["sweep of 10,000 due timers", `${result.timerSweep10kMs} ms`],
    ...result.rateLimiter.map((l): [string, string] => [
      `rate limiter, ${l.keys.toLocaleString("en")} clients`,
      `${l.heapMB} MB heap, ${l.usPerHit} µs per count, ${l.usPerRequest} µs per request`,
    ]),
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  process.stdout.write(`${rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join("\n")}\n`);
}

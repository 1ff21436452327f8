// `npm run bench` line for issue 22: practice turns with the language model on, the local fake server
// answering after a fixed 300 ms. Prints the service's own time per turn beyond that delay (p50, p99),
// its CPU time per turn (model on and off), and the share of replies that fell back to the template.
// The fake says the rules' own line back, so a fallback here is a guard refusing an ordinary line.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrateDatabase, openDatabase } from "../db/libsql.ts";
import { createRepository } from "../db/repository.ts";
import { productFlows, productVoices } from "../flows/index.ts";
import { createEngine } from "../src/engine/conversations.ts";
import { voiceOf } from "../src/engine/reply-hook.ts";
import { createLlmHook } from "../src/llm/hook.ts";
import { MAX_TOKENS } from "../src/llm/settings.ts";

export const DELAY_MS = Number(process.env.BENCH_LLM_DELAY_MS ?? 300);

const lines = [
  "Goedemorgen, hoe gaat het met u?",
  "Vertel eens, wat merkt u daar zelf van?",
  "U bent vaak moe.",
  "Hoe is dat voor u?",
  "Hoeveel rookt u nog per dag?",
  "Hoe slaapt u de laatste tijd?",
  "Wat is voor u echt belangrijk?",
  "Dat raakt u.",
  "Mag ik met u kijken wat u zou willen veranderen?",
  "Wat zou u zelf willen?",
];

const personas = ["ans", "henk", "samira", "gerda"];

export interface LlmTurnFigures {
  turns: number;
  /** Time per turn beyond the model's delay, with the model on. */
  overheadP50ms: number;
  overheadP99ms: number;
  /** The same turns with the model off, for the machine's own floor. */
  offP50ms: number;
  offP99ms: number;
  /**
   * The process's own CPU time per turn (p50), model on and off: the service's work without the waits,
   * which on a busy shared machine include waking up after the model's 300 ms.
   */
  cpuOnP50ms: number;
  cpuOffP50ms: number;
  fellBack: number;
}

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;
const ms2 = (n: number) => Number(n.toFixed(2));

/** Plays `sessions` practice sessions (after one to warm up); each turn's milliseconds, and the fallbacks. */
async function play(sessions: number, fakeUrl: string | undefined) {
  const dir = mkdtempSync(join(tmpdir(), "gc-bench-llm-"));
  const opened = await openDatabase(`file:${join(dir, "llm.db")}`);
  await migrateDatabase(opened);
  const settings = fakeUrl
    ? {
        via: "http" as const,
        baseUrl: fakeUrl,
        model: "bench",
        flows: ["oefenen"],
        timeoutMs: 4000,
        maxTokens: MAX_TOKENS,
      }
    : undefined;
  const replyHook = createLlmHook(settings, productVoices);
  const store = createRepository(opened.db);
  const engine = createEngine({ store, flows: productFlows(), ...(replyHook ? { replyHook } : {}) });
  const times: number[] = [];
  const cpu: number[] = [];
  let fellBack = 0;
  try {
    // The first round (one session per persona) warms up and is not counted: the safety model loads, and
    // each persona's lines and prompt are built and compiled once, as in a server that has been running.
    for (let s = 0; s < personas.length + sessions; s++) {
      const created = await engine.create({ flow: "oefenen", locale: "nl", region: "NL" });
      if (!created.ok) throw new Error(created.error.message);
      const { id, token } = created.value;
      let n = 0;
      const send = (answer: { choice: string } | { text: string }) =>
        engine.turn(id, token, { turnId: `bench-${s}-${n++}`, answer });
      await send({ choice: personas[s % personas.length] ?? "ans" });
      await send({ choice: "nee" });
      for (const text of lines) {
        const t0 = performance.now();
        const c0 = process.cpuUsage();
        const turned = await send({ text });
        const ms = performance.now() - t0;
        const used = process.cpuUsage(c0);
        if (!turned.ok) throw new Error(turned.error.message);
        if (s >= personas.length) {
          times.push(ms);
          cpu.push((used.user + used.system) / 1000);
        }
      }
      if (s >= personas.length)
        for (const event of await store.events(id)) if (voiceOf(event.result)?.by === "template") fellBack++;
    }
  } finally {
    opened.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return { times, cpu, fellBack };
}

/** The echoing fake model in a child process, so its work does not share the service's event loop. */
async function startEchoServer(delayMs: number) {
  const script = new URL("./llm-echo-server.ts", import.meta.url).pathname;
  const child = spawn(process.execPath, [...process.execArgv, script, String(delayMs)], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the fake model server stopped (${code})`)));
    child.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
  });
  return {
    baseUrl,
    close: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners("exit");
        child.once("exit", () => resolve());
        child.stdin.end();
      }),
  };
}

export async function llmTurn(sessions: number): Promise<LlmTurnFigures> {
  const fake = await startEchoServer(DELAY_MS);
  try {
    const off = await play(sessions, undefined);
    const on = await play(sessions, fake.baseUrl);
    const overhead = on.times.map((ms) => Math.max(0, ms - DELAY_MS));
    return {
      turns: on.times.length,
      overheadP50ms: ms2(quantile(overhead, 0.5)),
      overheadP99ms: ms2(quantile(overhead, 0.99)),
      offP50ms: ms2(quantile(off.times, 0.5)),
      offP99ms: ms2(quantile(off.times, 0.99)),
      cpuOnP50ms: ms2(quantile(on.cpu, 0.5)),
      cpuOffP50ms: ms2(quantile(off.cpu, 0.5)),
      fellBack: Number((on.fellBack / on.times.length).toFixed(3)),
    };
  } finally {
    await fake.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${JSON.stringify(await llmTurn(Number(process.argv[2] ?? 4)))}\n`);
}

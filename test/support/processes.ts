// Child processes for integration tests: each runs in its own process group so the whole tree
// (npx -> wrangler -> workerd) can be ended, and waits for a line that says it is ready.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";

export interface Child {
  process: ChildProcess;
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Ports are picked below Linux's ephemeral range (32768-60999): a port the kernel handed out for
 * listen(0) could be taken by any outgoing connection between our check and the child's bind, which
 * CI saw once. Each vitest worker draws from its own slice, and no port is handed out twice in a
 * process, so two servers started at once in parallel files never get the same one.
 */
const PORTS_FROM = 20_000;
const SLICE = 1_500;
const SLICES = 8;
const handedOut = new Set<number>();

function sliceStart(): number {
  const pool = Number(process.env.VITEST_POOL_ID ?? process.pid);
  return PORTS_FROM + ((Number.isFinite(pool) ? pool : process.pid) % SLICES) * SLICE;
}

function bindable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  const from = sliceStart();
  for (let tries = 0; tries < 200; tries++) {
    const port = from + Math.floor(Math.random() * SLICE);
    if (handedOut.has(port)) continue;
    if (await bindable(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free port found between ${from} and ${from + SLICE}`);
}

export function start(
  command: string,
  args: string[],
  env: Record<string, string> = {},
  cwd?: string,
): Child {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    process: child,
    output: () => output,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
        try {
          process.kill(-child.pid, signal);
        } catch {
          // the group is already gone
        }
      }
      return exited;
    },
  };
}

/** Resolves when the output matches, rejects when the process exits first or time runs out. */
export function waitForOutput(child: Child, pattern: RegExp, timeoutMs = 30_000): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = child.output().match(pattern);
      if (match) {
        cleanup();
        resolve(match);
      }
    };
    const onExit = () => {
      cleanup();
      reject(new Error(`process exited before ${pattern}:\n${child.output()}`));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out waiting for ${pattern}:\n${child.output()}`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      child.process.stdout?.off("data", check);
      child.process.stderr?.off("data", check);
      child.process.off("exit", onExit);
    };
    child.process.stdout?.on("data", check);
    child.process.stderr?.on("data", check);
    child.process.once("exit", onExit);
    check();
  });
}

/** Runs a command to completion and returns its exit code and output. */
export function run(
  command: string,
  args: string[],
  env: Record<string, string> = {},
  stdin?: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, WRANGLER_SEND_METRICS: "false", ...env } });
    child.stdin.end(stdin ?? "");
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

// A local fake of Slack's Web API for tests: Bolt's real WebClient talks to it over HTTP. It records
// every call (method, token, decoded arguments, the status it answered) and can fail chosen calls.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface SlackCall {
  method: string;
  token: string | undefined;
  args: Record<string, unknown>;
  status: number;
  /** What the fake answered (for chat.postMessage: the channel and ts of the new message). */
  response: Record<string, unknown>;
}

export interface FakeSlack {
  /** The Web API base URL to give the app as SLACK_API_URL. */
  apiUrl: string;
  calls: SlackCall[];
  /** Calls of one method that Slack accepted (status 200). */
  ok(method: string): SlackCall[];
  /** Answers the next `times` calls of `method` with this HTTP status instead of success. */
  fail(method: string, status?: number, times?: number): void;
  /**
   * Holds the next call of `method` unanswered until the returned function is called (it is recorded
   * when it answers): a Slack API call that is slow for exactly as long as a test needs.
   */
  hold(method: string): () => void;
  /** Answers every later successful call of `method` with this body (such as conversations.members). */
  answer(method: string, body: Record<string, unknown>): void;
  /** Resolves once `count` accepted calls of `method` were made. */
  waitFor(method: string, count: number, timeoutMs?: number): Promise<SlackCall[]>;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      body += chunk;
    });
    req.on("end", () => resolve(body));
    req.on("error", reject);
  });
}

/** The WebClient sends form fields; objects (blocks, view) arrive JSON-encoded. */
function decode(body: string): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    if (value.startsWith("{") || value.startsWith("[")) {
      try {
        args[key] = JSON.parse(value);
        continue;
      } catch {
        // a plain string that starts with a bracket
      }
    }
    args[key] = value;
  }
  return args;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: SlackCall[] = [];
  const failures = new Map<string, { status: number; times: number }>();
  const holds = new Map<string, Promise<void>>();
  const canned = new Map<string, Record<string, unknown>>();
  let seq = 0;
  const waiters = new Set<() => void>();

  const server: Server = createServer(async (req, res) => {
    const method = (req.url ?? "").replace(/^\/api\//, "").split("?")[0] ?? "";
    const args = decode(await readBody(req));
    const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    const held = holds.get(method);
    if (held) {
      holds.delete(method);
      await held;
    }
    const failure = failures.get(method);
    if (failure && failure.times > 0) {
      failure.times--;
      calls.push({ method, token: auth, args, status: failure.status, response: {} });
      res.writeHead(failure.status, { "content-type": "text/plain" });
      res.end("fake failure");
      return;
    }
    seq++;
    const ts = `1700000000.${String(seq).padStart(6, "0")}`;
    // A user id as channel opens the app's DM with that user: D + the user id.
    const channel = typeof args.channel === "string" ? args.channel.replace(/^U/, "D") : undefined;
    const answers: Record<string, unknown> = {
      "chat.postMessage": { ok: true, channel, ts, message: { ts } },
      "chat.update": { ok: true, channel, ts: args.ts },
      "chat.postEphemeral": { ok: true, message_ts: ts },
      "views.publish": { ok: true, view: { id: `V${seq}` } },
    };
    const response = (canned.get(method) ?? answers[method] ?? { ok: true }) as Record<string, unknown>;
    calls.push({ method, token: auth, args, status: 200, response });
    for (const wake of waiters) wake();
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(response));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const ok = (method: string) => calls.filter((c) => c.method === method && c.status === 200);
  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    calls,
    ok,
    fail(method, status = 500, times = 1) {
      failures.set(method, { status, times });
    },
    hold(method) {
      let release = () => {};
      holds.set(
        method,
        new Promise<void>((resolve) => {
          release = resolve;
        }),
      );
      return release;
    },
    answer(method, body) {
      canned.set(method, body);
    },
    waitFor(method, count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (ok(method).length >= count) {
            cleanup();
            resolve(ok(method));
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`expected ${count} ${method} calls, got ${ok(method).length}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

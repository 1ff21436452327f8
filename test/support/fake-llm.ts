// A local OpenAI-compatible chat server for tests: POST /v1/chat/completions, answered from a script (a good
// reply, any text, a slow reply, an HTTP error, a body that is not JSON, JSON without choices). It records
// every request, headers and body, so tests can check what would have left the service.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface LlmRequest {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** The raw body, as sent. */
  raw: string;
  /** The body as JSON (null when it was not). */
  body: { model?: string; messages?: { role: string; content: string }[]; max_tokens?: number } | null;
}

/** One scripted answer. */
export type LlmAnswer =
  | { reply: string; delayMs?: number }
  | { status: number; delayMs?: number }
  | { malformed: true }
  | { json: unknown };

export interface FakeLlm {
  /** The base URL to give the service as LLM_BASE_URL (ends in /v1). */
  baseUrl: string;
  requests: LlmRequest[];
  /** Queues answers for the next requests, in order. */
  script(...answers: LlmAnswer[]): void;
  /** What answers once the script is used up (a fixed reply unless set). */
  otherwise(answer: (request: LlmRequest) => LlmAnswer): void;
  close(): Promise<void>;
}

const completion = (text: string) => ({
  id: "chatcmpl-fake",
  object: "chat.completion",
  created: 0,
  model: "fake",
  choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }],
  usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
});

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      data += chunk;
    });
    req.on("end", () => resolve(data));
    req.on("error", reject);
  });
}

function parse(raw: string): LlmRequest["body"] {
  try {
    return JSON.parse(raw) as LlmRequest["body"];
  } catch {
    return null;
  }
}

export async function startFakeLlm(): Promise<FakeLlm> {
  const requests: LlmRequest[] = [];
  const queue: LlmAnswer[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let fallback: (request: LlmRequest) => LlmAnswer = () => ({ reply: "Ja, dat klopt wel." });

  const send = (res: ServerResponse, answer: LlmAnswer) => {
    if (res.destroyed) return;
    if ("malformed" in answer) {
      res.writeHead(200, { "content-type": "application/json" }).end('{"choices": [ {"message": ');
    } else if ("json" in answer) {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer.json));
    } else if ("status" in answer) {
      res
        .writeHead(answer.status, { "content-type": "application/json" })
        .end(JSON.stringify({ error: { message: "scripted failure", type: "server_error" } }));
    } else {
      res
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify(completion(answer.reply)));
    }
  };

  const server: Server = createServer(async (req, res) => {
    // Recorded on arrival, so a client that gives up before the body is read still counts as one request.
    const request: LlmRequest = { path: req.url ?? "", headers: req.headers, raw: "", body: null };
    requests.push(request);
    request.raw = await readBody(req);
    request.body = parse(request.raw);
    if (req.method !== "POST" || request.path !== "/v1/chat/completions") {
      res.writeHead(404).end();
      return;
    }
    const answer = queue.shift() ?? fallback(request);
    const delay = "delayMs" in answer ? (answer.delayMs ?? 0) : 0;
    if (delay <= 0) return send(res, answer);
    const timer = setTimeout(() => {
      timers.delete(timer);
      send(res, answer);
    }, delay);
    timers.add(timer);
  });
  server.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (...answers) => {
      queue.push(...answers);
    },
    otherwise: (answer) => {
      fallback = answer;
    },
    close: () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

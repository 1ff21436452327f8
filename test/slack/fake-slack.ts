// A local fake of Slack's Web API for tests: Bolt's real WebClient talks to it over HTTP. It records
// every call (method, token, decoded arguments, the status it answered) and answers like Slack does,
// refusals included: a channel the app is not in, an archived or unknown channel, a DM to a bot, an
// expired trigger, blocks that are too long, a rate limit with Retry-After, a message it cannot delete.
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

export interface FakeUser {
  is_bot?: boolean;
  bot_id?: string;
  deleted?: boolean;
  tz?: string;
}

export interface FakeChannel {
  /** Whether the app is in it (default: yes). */
  member?: boolean;
  archived?: boolean;
  private?: boolean;
  /** false: Slack does not know it (or the app may not see it). */
  exists?: boolean;
}

/** A file the app shared through files.getUploadURLExternal and files.completeUploadExternal. */
export interface FakeFile {
  id: string;
  filename: string;
  content: string;
  channel: string | undefined;
}

export interface FakeSlack {
  /** The Web API base URL to give the app as SLACK_API_URL. */
  apiUrl: string;
  calls: SlackCall[];
  /** Calls of one method that Slack accepted (ok: true). */
  ok(method: string): SlackCall[];
  /** Calls of one method that Slack refused with this error code. */
  refused(method: string, error?: string): SlackCall[];
  /** Answers the next `times` calls of `method` with this HTTP status instead of success. */
  fail(method: string, status?: number, times?: number): void;
  /**
   * Holds the next call of `method` unanswered until the returned function is called (it is recorded
   * when it answers): a Slack API call that is slow for exactly as long as a test needs.
   */
  hold(method: string): () => void;
  /** Answers the next `times` calls of `method` with `{ ok: false, error }`, as Slack refuses. */
  refuse(method: string, error: string, times?: number): void;
  /**
   * Answers the next `times` calls of `method` with HTTP 429, Retry-After and `ratelimited`, once
   * `after` more calls have gone through (Slack's one message a second per channel, hit mid-burst).
   */
  rateLimit(method: string, retryAfterSeconds: number, times?: number, after?: number): void;
  /** Answers every later successful call of `method` with this body (such as conversations.members). */
  answer(method: string, body: Record<string, unknown>): void;
  /** Describes a user for users.info (anyone not described is a person in Europe/Amsterdam). */
  user(id: string, user: FakeUser): void;
  /** Describes a channel (any C or G channel not described exists and has the app in it). */
  channel(id: string, channel: FakeChannel): void;
  /** Someone other than the app posted this message (the app cannot delete or update it). */
  humanMessage(channel: string, ts: string): void;
  /** Whether a message the app posted is still there. */
  has(channel: string, ts: string): boolean;
  files: Map<string, FakeFile>;
  /** Resolves once `count` accepted calls of `method` were made. */
  waitFor(method: string, count: number, timeoutMs?: number): Promise<SlackCall[]>;
  /** Resolves once `check` holds, re-checked after every call the fake answers. */
  until(check: () => boolean, what: string, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** The WebClient sends form fields; objects (blocks, view, files) arrive JSON-encoded. */
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

/** Block Kit's documented limits, and the size at which Slack answers msg_blocks_too_long. */
export const SLACK_LIMITS = { blocks: 50, sectionText: 3000, blockText: 12_000 } as const;

/** Every `text` string inside a block (section, context, header, buttons' labels). */
export function blockTexts(block: unknown): string[] {
  if (typeof block !== "object" || block === null) return [];
  const texts: string[] = [];
  for (const [key, value] of Object.entries(block)) {
    if (key === "text" && typeof value === "string") texts.push(value);
    else if (typeof value === "object") texts.push(...blockTexts(value));
  }
  return texts;
}

/** Why Slack would refuse these blocks, or undefined when it takes them. */
export function blocksProblem(blocks: unknown): string | undefined {
  if (blocks === undefined) return undefined;
  if (!Array.isArray(blocks) || blocks.length > SLACK_LIMITS.blocks) return "invalid_blocks";
  for (const block of blocks) {
    const text = (block as { text?: { text?: unknown } }).text?.text;
    if ((block as { type?: string }).type === "section" && typeof text === "string")
      if (text.length > SLACK_LIMITS.sectionText) return "invalid_blocks";
  }
  const total = blocks.flatMap(blockTexts).reduce((n, t) => n + t.length, 0);
  return total > SLACK_LIMITS.blockText ? "msg_blocks_too_long" : undefined;
}

/** A Slack trigger expires 3 seconds after the interaction; the tests' triggers start with their time in ms. */
const TRIGGER_LIFETIME_MS = 3000;

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: SlackCall[] = [];
  const failures = new Map<string, { status: number; times: number }>();
  const holds = new Map<string, Promise<void>>();
  const refusals = new Map<string, { error: string; times: number; retryAfter?: number; after?: number }>();
  const canned = new Map<string, Record<string, unknown>>();
  const users = new Map<string, FakeUser>();
  const channels = new Map<string, FakeChannel>();
  /** Messages in Slack by `channel ts`: who posted them. */
  const messages = new Map<string, "app" | "person">();
  const views = new Map<string, unknown>();
  const files = new Map<string, FakeFile>();
  const uploads = new Map<string, { filename: string; content?: string }>();
  let seq = 0;
  const waiters = new Set<() => void>();
  let base = "";

  const key = (channel: string, ts: string) => `${channel} ${ts}`;
  const channelOf = (id: string): FakeChannel => ({
    exists: true,
    member: true,
    archived: false,
    private: id.startsWith("G"),
    ...channels.get(id),
  });
  const userOf = (id: string): FakeUser => ({ tz: "Europe/Amsterdam", ...users.get(id) });
  const isBotUser = (id: string) => {
    const u = userOf(id);
    return u.is_bot === true || u.bot_id !== undefined || id === "USLACKBOT";
  };

  /** Where a message to `channel` lands, or the error Slack gives. */
  function destination(channel: unknown): { channel: string } | { error: string } {
    if (typeof channel !== "string" || channel.length === 0) return { error: "channel_not_found" };
    if (/^[UW]/.test(channel)) {
      if (isBotUser(channel)) return { error: "cannot_dm_bot" };
      if (userOf(channel).deleted) return { error: "user_disabled" };
      return { channel: channel.replace(/^[UW]/, "D") };
    }
    if (channel.startsWith("D")) return { channel };
    const c = channelOf(channel);
    if (!c.exists) return { error: "channel_not_found" };
    if (c.archived) return { error: "is_archived" };
    if (!c.member) return { error: "not_in_channel" };
    return { channel };
  }

  function handle(method: string, args: Record<string, unknown>): Record<string, unknown> {
    const ts = `1700000000.${String(seq).padStart(6, "0")}`;
    switch (method) {
      case "chat.postMessage": {
        const to = destination(args.channel);
        if ("error" in to) return { ok: false, error: to.error };
        const problem = blocksProblem(args.blocks);
        if (problem) return { ok: false, error: problem };
        messages.set(key(to.channel, ts), "app");
        return { ok: true, channel: to.channel, ts, message: { ts } };
      }
      case "chat.update": {
        const channel = String(args.channel);
        const found = messages.get(key(channel, String(args.ts)));
        if (!found) return { ok: false, error: "message_not_found" };
        if (found !== "app") return { ok: false, error: "cant_update_message" };
        const problem = blocksProblem(args.blocks);
        if (problem) return { ok: false, error: problem };
        return { ok: true, channel, ts: args.ts };
      }
      case "chat.delete": {
        const channel = String(args.channel);
        const found = messages.get(key(channel, String(args.ts)));
        if (!found) return { ok: false, error: "message_not_found" };
        if (found !== "app") return { ok: false, error: "cant_delete_message" };
        messages.delete(key(channel, String(args.ts)));
        return { ok: true, channel, ts: args.ts };
      }
      case "chat.postEphemeral": {
        const to = destination(args.channel);
        if ("error" in to) return { ok: false, error: to.error };
        if (typeof args.user !== "string" || isBotUser(args.user))
          return { ok: false, error: "user_not_found" };
        return { ok: true, message_ts: ts };
      }
      case "chat.getPermalink": {
        const channel = String(args.channel);
        const at = String(args.message_ts);
        if (!messages.has(key(channel, at))) return { ok: false, error: "message_not_found" };
        return {
          ok: true,
          channel,
          permalink: `https://test.slack.com/archives/${channel}/p${at.replace(".", "")}`,
        };
      }
      case "views.open": {
        const born = Number(String(args.trigger_id ?? "").split(".")[0]);
        if (!Number.isFinite(born) || Date.now() - born > TRIGGER_LIFETIME_MS)
          return { ok: false, error: "expired_trigger_id" };
        const id = `V${seq}`;
        views.set(id, args.view);
        return { ok: true, view: { id, hash: `${seq}.h`, ...(args.view as object) } };
      }
      case "views.update": {
        const id = String(args.view_id ?? "");
        if (!views.has(id)) return { ok: false, error: "not_found" };
        views.set(id, args.view);
        return { ok: true, view: { id, hash: `${seq}.h`, ...(args.view as object) } };
      }
      case "views.publish":
        return { ok: true, view: { id: `V${seq}` } };
      case "conversations.info": {
        const id = String(args.channel);
        const c = channelOf(id);
        if (!c.exists || (c.private && !c.member)) return { ok: false, error: "channel_not_found" };
        return {
          ok: true,
          channel: {
            id,
            is_channel: true,
            is_private: c.private,
            is_archived: c.archived,
            is_member: c.member,
          },
        };
      }
      case "conversations.members": {
        const c = channelOf(String(args.channel));
        if (!c.exists || (c.private && !c.member)) return { ok: false, error: "channel_not_found" };
        return { ok: true, members: [], response_metadata: { next_cursor: "" } };
      }
      case "users.info": {
        const id = String(args.user ?? "");
        if (!/^[UWB]/.test(id) && id !== "USLACKBOT") return { ok: false, error: "user_not_found" };
        const u = userOf(id);
        return {
          ok: true,
          user: {
            id,
            team_id: "T0TEST",
            name: id.toLowerCase(),
            deleted: u.deleted ?? false,
            is_bot: u.is_bot ?? false,
            is_app_user: false,
            ...(u.bot_id ? { profile: { bot_id: u.bot_id } } : {}),
            ...(u.tz ? { tz: u.tz, tz_label: u.tz, tz_offset: 3600 } : {}),
          },
        };
      }
      case "files.getUploadURLExternal": {
        const id = `F${String(seq).padStart(6, "0")}`;
        uploads.set(id, { filename: String(args.filename ?? "") });
        return { ok: true, upload_url: `${base}upload/${id}`, file_id: id };
      }
      case "files.completeUploadExternal": {
        const list = Array.isArray(args.files) ? (args.files as { id: string; title?: string }[]) : [];
        const channel = typeof args.channel_id === "string" ? args.channel_id : undefined;
        if (channel) {
          const to = destination(channel);
          if ("error" in to) return { ok: false, error: to.error };
        }
        const done: Record<string, unknown>[] = [];
        for (const f of list) {
          const upload = uploads.get(f.id);
          if (upload?.content === undefined) return { ok: false, error: "file_not_found" };
          files.set(f.id, { id: f.id, filename: upload.filename, content: upload.content, channel });
          done.push({ id: f.id, title: f.title ?? upload.filename, name: upload.filename });
        }
        return { ok: true, files: done };
      }
      case "files.delete": {
        const id = String(args.file ?? "");
        if (!files.delete(id)) return { ok: false, error: "file_not_found" };
        return { ok: true };
      }
      default:
        return { ok: true };
    }
  }

  const server: Server = createServer(async (req, res) => {
    const path = (req.url ?? "").split("?")[0] ?? "";
    const raw = await readBody(req);
    // The upload step of files.uploadV2: the file's bytes, multipart, to the URL Slack gave.
    const upload = /^\/upload\/(F\d+)$/.exec(path);
    if (upload?.[1]) {
      const form = await new Request("http://fake/", {
        method: "POST",
        headers: { "content-type": req.headers["content-type"] ?? "" },
        body: raw,
      }).formData();
      const file = [...form.values()].find((v): v is File => typeof v !== "string");
      const pending = uploads.get(upload[1]);
      if (!pending || !file) {
        res.writeHead(404).end();
        return;
      }
      pending.content = await file.text();
      res.writeHead(200, { "content-type": "text/plain" });
      res.end(`OK - ${raw.length}`);
      return;
    }
    const method = path.replace(/^\/api\//, "");
    const args = decode(raw.toString("utf8"));
    const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    const held = holds.get(method);
    if (held) {
      holds.delete(method);
      await held;
    }
    const answer = (
      status: number,
      response: Record<string, unknown>,
      headers: Record<string, string> = {},
    ) => {
      calls.push({ method, token: auth, args, status, response });
      for (const wake of [...waiters]) wake();
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(response));
    };
    const failure = failures.get(method);
    if (failure && failure.times > 0) {
      failure.times--;
      calls.push({ method, token: auth, args, status: failure.status, response: {} });
      for (const wake of [...waiters]) wake();
      res.writeHead(failure.status, { "content-type": "text/plain" });
      res.end("fake failure");
      return;
    }
    const refusal = refusals.get(method);
    if (refusal?.after) refusal.after--;
    else if (refusal && refusal.times > 0) {
      refusal.times--;
      if (refusal.retryAfter !== undefined)
        return answer(
          429,
          { ok: false, error: "ratelimited" },
          { "retry-after": String(refusal.retryAfter) },
        );
      return answer(200, { ok: false, error: refusal.error });
    }
    seq++;
    answer(200, canned.get(method) ?? handle(method, args));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}/`;

  const ok = (method: string) =>
    calls.filter((c) => c.method === method && c.status === 200 && c.response.ok !== false);
  const until = (check: () => boolean, what: string, timeoutMs = 10_000) =>
    new Promise<void>((resolve, reject) => {
      const probe = () => {
        if (!check()) return;
        cleanup();
        resolve();
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out waiting for ${what}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        waiters.delete(probe);
      };
      waiters.add(probe);
      probe();
    });
  return {
    apiUrl: `${base}api/`,
    calls,
    ok,
    refused: (method, error) =>
      calls.filter(
        (c) =>
          c.method === method &&
          c.response.ok === false &&
          (error === undefined || c.response.error === error),
      ),
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
    refuse(method, error, times = 1) {
      refusals.set(method, { error, times });
    },
    rateLimit(method, retryAfterSeconds, times = 1, after = 0) {
      refusals.set(method, { error: "ratelimited", times, retryAfter: retryAfterSeconds, after });
    },
    answer(method, body) {
      canned.set(method, body);
    },
    user(id, user) {
      users.set(id, user);
    },
    channel(id, channel) {
      channels.set(id, channel);
    },
    humanMessage(channel, ts) {
      messages.set(key(channel, ts), "person");
    },
    has: (channel, ts) => messages.has(key(channel, ts)),
    files,
    async waitFor(method, count, timeoutMs = 10_000) {
      await until(
        () => ok(method).length >= count,
        `${count} ${method} calls (got ${ok(method).length})`,
        timeoutMs,
      );
      return ok(method);
    },
    until,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

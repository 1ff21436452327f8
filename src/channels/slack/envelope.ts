// What arrives at POST /slack/events once it is verified: an Events API envelope (JSON), an
// interaction (form field `payload`) or a slash command (form fields), parsed with zod, and the key
// that makes acting on it happen once.
import { z } from "zod";
import { type CoachRead, readEvent, SlashCommand } from "./coach-events.ts";

/** The body Bolt's processEvent takes: any JSON object. */
export type SlackBody = Record<string, unknown>;

export type Envelope =
  | { kind: "url_verification"; challenge: string }
  | { kind: "ssl_check" }
  /**
   * Something for Bolt; `key` is absent when there is nothing to act on exactly once. A button press
   * read in full comes with `blockActions`, and a DM, a Home tab opened or a slash command with `read`,
   * so their listeners do not parse the body again.
   */
  | {
      kind: "dispatch";
      type: string;
      body: SlackBody;
      key: string | undefined;
      blockActions?: BlockActions;
      read?: CoachRead;
    };

export type Parsed = { ok: true; envelope: Envelope } | { ok: false; message: string };

const id = z.string().min(1).max(255);

const urlVerification = z.object({
  type: z.literal("url_verification"),
  challenge: z.string().min(1).max(512),
});
const eventCallback = z.looseObject({
  type: z.literal("event_callback"),
  event_id: id,
  team_id: id,
  event: z.looseObject({ type: z.string().min(1) }),
});
const otherEvent = z.looseObject({ type: z.string().min(1).max(64) });

const interaction = z.looseObject({
  type: z.string().min(1).max(64),
  trigger_id: id.optional(),
  actions: z.array(z.looseObject({ type: z.string(), action_id: z.string() })).optional(),
});
/** A block_actions payload with what the coach's listener reads: who pressed, where, and the state. */
const blockActionsPayload = z.looseObject({
  type: z.literal("block_actions"),
  trigger_id: id.optional(),
  user: z.looseObject({ id: z.string().min(1) }),
  channel: z.looseObject({ id: z.string().min(1) }).optional(),
  message: z
    .looseObject({
      ts: z.string().min(1),
      text: z.string().optional(),
      blocks: z.array(z.unknown()).optional(),
    })
    .optional(),
  actions: z.array(z.looseObject({ type: z.string(), action_id: z.string() })).min(1),
  state: z.looseObject({ values: z.unknown() }).optional(),
});

/**
 * A button press parsed once, here, and handed to the listener through Bolt's context. A class, so the
 * listener can tell it from anything else in that untyped context with instanceof instead of parsing.
 */
export class BlockActions {
  constructor(readonly payload: z.infer<typeof blockActionsPayload>) {}
}

const slashCommand = z.looseObject({
  command: z.string().regex(/^\/[\w-]{1,32}$/),
  team_id: id,
  user_id: id,
  channel_id: id,
  trigger_id: id,
});

/**
 * Slack sends a block_actions payload for every tick of a checkbox; only buttons act on a
 * conversation, so a payload without one has nothing to do exactly once.
 */
const ACTING_ELEMENTS = new Set(["button"]);

function fromJson(raw: string): Parsed {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, message: "the body is not valid JSON" };
  }
  const verification = urlVerification.safeParse(json);
  if (verification.success)
    return { ok: true, envelope: { kind: "url_verification", challenge: verification.data.challenge } };
  const event = eventCallback.safeParse(json);
  if (event.success) {
    const read = readEvent(event.data.event);
    return {
      ok: true,
      envelope: {
        kind: "dispatch",
        type: `event:${event.data.event.type}`,
        body: event.data,
        key: `event:${event.data.event_id}`,
        ...(read ? { read } : {}),
      },
    };
  }
  const other = otherEvent.safeParse(json);
  if (other.success)
    return {
      ok: true,
      envelope: { kind: "dispatch", type: other.data.type, body: other.data, key: undefined },
    };
  return { ok: false, message: "the body is not a Slack Events API envelope" };
}

function fromForm(raw: string): Parsed {
  const form = new URLSearchParams(raw);
  if (form.get("ssl_check") === "1") return { ok: true, envelope: { kind: "ssl_check" } };
  const payload = form.get("payload");
  if (payload !== null) {
    let json: unknown;
    try {
      json = JSON.parse(payload);
    } catch {
      return { ok: false, message: "the payload field is not valid JSON" };
    }
    // A complete button press is read in full once; anything else only as far as the claim needs.
    const full = blockActionsPayload.safeParse(json);
    const parsed = full.success ? full : interaction.safeParse(json);
    if (!parsed.success) return { ok: false, message: "the payload is not a Slack interaction" };
    const acts =
      parsed.data.type !== "block_actions" ||
      (parsed.data.actions ?? []).some((a) => ACTING_ELEMENTS.has(a.type));
    const key = acts && parsed.data.trigger_id ? `interaction:${parsed.data.trigger_id}` : undefined;
    return {
      ok: true,
      envelope: {
        kind: "dispatch",
        type: `interaction:${parsed.data.type}`,
        body: parsed.data,
        key,
        ...(full.success ? { blockActions: new BlockActions(full.data) } : {}),
      },
    };
  }
  const command = slashCommand.safeParse(Object.fromEntries(form));
  if (command.success)
    return {
      ok: true,
      envelope: {
        kind: "dispatch",
        type: "command",
        body: command.data,
        key: `command:${command.data.trigger_id}`,
        read: new SlashCommand(command.data.command, command.data.user_id, command.data.channel_id),
      },
    };
  return { ok: false, message: "the form is neither an interaction payload nor a slash command" };
}

/** Parses a verified body by its content type. */
export function parseEnvelope(contentType: string | undefined, raw: string): Parsed {
  const type = (contentType ?? "").toLowerCase();
  if (type.startsWith("application/json")) return fromJson(raw);
  if (type.startsWith("application/x-www-form-urlencoded")) return fromForm(raw);
  return { ok: false, message: "send application/json or application/x-www-form-urlencoded" };
}

/** Slack's retry headers: how many times this delivery was retried, and why. */
export function retryOf(
  num: string | undefined,
  reason: string | undefined,
): { retryNum?: number; retryReason?: string } {
  const n = num !== undefined && /^\d{1,3}$/.test(num) ? Number(num) : undefined;
  const why = reason !== undefined && /^[a-z_]{1,40}$/.test(reason) ? reason : undefined;
  return { ...(n !== undefined ? { retryNum: n } : {}), ...(why !== undefined ? { retryReason: why } : {}) };
}

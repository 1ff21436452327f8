// The read every turn starts with: the conversation, and the event if this turnId was applied before,
// as SQL text written once with the zod shape of the row it returns. Drizzle's query builder rebuilds
// its SQL on every call, which on this hot path cost more than the query itself (BENCHMARKS.md).
import { type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import {
  type ConversationRecord,
  channels,
  conversationStatuses,
  type EventRecord,
  eventKinds,
} from "../src/engine/records.ts";
import { localeSchema, regionSchema } from "../src/locales.ts";

const count = z.number().int();

const conversationColumns = {
  id: z.string(),
  flowId: z.string(),
  flowVersion: count,
  channel: z.enum(channels),
  locale: localeSchema,
  region: regionSchema,
  tokenHash: z.string(),
  resumeHash: z.string().nullable(),
  snapshot: z.string(),
  version: count,
  phase: z.string(),
  status: z.enum(conversationStatuses),
  safety: z.string().nullable(),
  createdAt: count,
  updatedAt: count,
  expiresAt: count,
} satisfies { [K in keyof ConversationRecord]-?: z.ZodType<ConversationRecord[K]> };

const turnRow = z.object({
  ...conversationColumns,
  // Null when this turnId has not been applied before (the left join found nothing).
  eventSeq: count.nullable(),
  eventTurnId: z.string().nullable(),
  eventKind: z.enum(eventKinds).nullable(),
  eventAnswer: z.string().nullable(),
  eventResult: z.string().nullable(),
  eventScreening: z.string().nullable(),
  eventCreatedAt: count.nullable(),
  // The finished conversation's archive (db/archive.ts) as hex; null while it runs.
  archive: z.string().nullable(),
});

/**
 * The conversation, and the event of this turnId if it was applied before, as one JSON column: the
 * libsql client describes every result column natively, twice per statement, which for the 23
 * columns of this row cost more than running the query.
 */
export function selectForTurn(conversationId: string, turnId: string): SQL {
  return sql`select json_object('id', c.id, 'flowId', c.flow_id, 'flowVersion', c.flow_version,
      'channel', c.channel, 'locale', c.locale, 'region', c.region, 'tokenHash', c.token_hash,
      'resumeHash', c.resume_hash, 'snapshot', c.snapshot, 'version', c.version, 'phase', c.phase,
      'status', c.status, 'safety', c.safety, 'createdAt', c.created_at, 'updatedAt', c.updated_at,
      'expiresAt', c.expires_at, 'eventSeq', e.seq, 'eventTurnId', e.turn_id, 'eventKind', e.kind,
      'eventAnswer', e.answer, 'eventResult', e.result, 'eventScreening', e.screening,
      'eventCreatedAt', e.created_at, 'archive', nullif(hex(c.archive), '')) as row
    from conversations c
    left join events e on e.conversation_id = c.id and e.turn_id = ${turnId}
    where c.id = ${conversationId}
    limit 1`;
}

const jsonRow = z.object({ row: z.string() });

export interface TurnRow {
  conversation: ConversationRecord;
  event: EventRecord | undefined;
  /** Hex of the archive, once the conversation is finished: its events are then in there. */
  archive: string | null;
}

export function parseTurnRow(row: unknown): TurnRow | undefined {
  if (row === undefined) return undefined;
  const {
    archive,
    eventSeq,
    eventTurnId,
    eventKind,
    eventAnswer,
    eventResult,
    eventScreening,
    eventCreatedAt,
    ...conversation
  } = turnRow.parse(JSON.parse(jsonRow.parse(row).row));
  const event =
    eventSeq === null ||
    eventTurnId === null ||
    eventKind === null ||
    eventResult === null ||
    eventCreatedAt === null
      ? undefined
      : {
          seq: eventSeq,
          turnId: eventTurnId,
          kind: eventKind,
          answer: eventAnswer,
          result: eventResult,
          screening: eventScreening,
          createdAt: eventCreatedAt,
        };
  return { conversation, event, archive };
}

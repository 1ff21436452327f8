// The TimerStore on drizzle (libsql or D1): claiming is one UPDATE ... RETURNING, which SQLite runs
// atomically, so two sweeps started together never claim the same timer.
import { and, asc, eq, inArray, lt, lte, or, sql } from "drizzle-orm";
import type { TimerStore } from "../src/timers/store.ts";
import { guardStore } from "./guard-store.ts";
import {
  auditLog,
  conversations,
  events,
  intervisionContributions,
  intervisionNotices,
  intervisionParticipants,
  intervisionRatings,
  intervisionRounds,
  intervisionVotes,
  labelNotes,
  slackConversations,
  slackUsers,
  timers,
} from "./schema.ts";
import type { SqlDatabase } from "./sql-database.ts";

const PURGE_CHUNK = 200;
const sqlIncrement = sql`${timers.attempts} + 1`;

export function createTimerRepository(db: SqlDatabase): TimerStore {
  /** One audit line per sweep that deleted anything: how many, never which. */
  const noted = async (count: number) => {
    if (count > 0)
      await db
        .insert(auditLog)
        .values({ at: Date.now(), action: "purge", actor: "system", detail: String(count) });
    return count;
  };

  /** Intervision rounds (and what was said in them) last as long as the data retention, too. */
  const purgeRounds = async (before: number): Promise<number> => {
    let purged = 0;
    for (;;) {
      const old = await db
        .select({ id: intervisionRounds.id })
        .from(intervisionRounds)
        .where(lte(intervisionRounds.updatedAt, before))
        .limit(PURGE_CHUNK);
      if (old.length === 0) return purged;
      const ids = old.map((row) => row.id);
      await db.batch([
        // A round's timers are keyed iv:<round id>:... (intervision-repository.ts); done and failed
        // ones would outlive the round otherwise.
        db.delete(timers).where(
          sql`exists (select 1 from ${intervisionRounds} r where r.id in ${ids}
              and substr(${timers.id}, 1, length(r.id) + 4) = 'iv:' || r.id || ':')`,
        ),
        db.delete(intervisionContributions).where(inArray(intervisionContributions.roundId, ids)),
        db.delete(intervisionRatings).where(inArray(intervisionRatings.roundId, ids)),
        db.delete(intervisionVotes).where(inArray(intervisionVotes.roundId, ids)),
        db.delete(intervisionNotices).where(inArray(intervisionNotices.roundId, ids)),
        db.delete(intervisionParticipants).where(inArray(intervisionParticipants.roundId, ids)),
        db.delete(intervisionRounds).where(inArray(intervisionRounds.id, ids)),
      ]);
      purged += ids.length;
      if (ids.length < PURGE_CHUNK) return purged;
    }
  };

  return guardStore({
    async schedule(timer) {
      await db.insert(timers).values({ ...timer, status: "pending", attempts: 0 });
    },

    async claimDue(now, limit, leaseMs) {
      const due = db
        .select({ id: timers.id })
        .from(timers)
        .where(
          or(
            and(eq(timers.status, "pending"), lte(timers.dueAt, now)),
            and(eq(timers.status, "running"), lte(timers.claimedUntil, now)),
          ),
        )
        .orderBy(asc(timers.dueAt))
        .limit(limit);
      const claimed = await db
        .update(timers)
        .set({ status: "running", claimedUntil: now + leaseMs, attempts: sqlIncrement })
        .where(inArray(timers.id, due))
        .returning({
          id: timers.id,
          conversationId: timers.conversationId,
          dueAt: timers.dueAt,
          event: timers.event,
          attempts: timers.attempts,
        });
      return claimed.sort((a, b) => a.dueAt - b.dueAt);
    },

    async complete(id) {
      await db
        .update(timers)
        .set({ status: "done", claimedUntil: null })
        .where(and(eq(timers.id, id), eq(timers.status, "running")));
    },

    async retry(id, dueAt) {
      await db
        .update(timers)
        .set({ status: "pending", dueAt, claimedUntil: null })
        .where(and(eq(timers.id, id), eq(timers.status, "running")));
    },

    async purgeExpired(now, auditBefore) {
      await db.delete(auditLog).where(lt(auditLog.at, auditBefore));
      const rounds = await purgeRounds(auditBefore);
      let purged = 0;
      for (;;) {
        const expired = await db
          .select({ id: conversations.id })
          .from(conversations)
          .where(lte(conversations.expiresAt, now))
          .limit(PURGE_CHUNK);
        if (expired.length === 0) return (await noted(purged)) + rounds;
        const ids = expired.map((row) => row.id);
        // Re-checked inside the batch: a conversation that got a turn since the select keeps
        // everything, because its expiry moved.
        const stillExpired = db
          .select({ id: conversations.id })
          .from(conversations)
          .where(and(inArray(conversations.id, ids), lte(conversations.expiresAt, now)));
        await db.batch([
          db.delete(events).where(inArray(events.conversationId, stillExpired)),
          db.delete(timers).where(inArray(timers.conversationId, stillExpired)),
          db.delete(labelNotes).where(inArray(labelNotes.conversationId, stillExpired)),
          // Slack's pointers at the conversation go with it (before it, while stillExpired still finds it).
          db.delete(slackConversations).where(inArray(slackConversations.conversationId, stillExpired)),
          db
            .update(slackUsers)
            .set({ conversationId: null, promptTs: null })
            .where(inArray(slackUsers.conversationId, stillExpired)),
          db
            .delete(conversations)
            .where(and(inArray(conversations.id, ids), lte(conversations.expiresAt, now))),
        ]);
        purged += ids.length;
        if (ids.length < PURGE_CHUNK) return (await noted(purged)) + rounds;
      }
    },
  });
}

// The Slack channel's SlackStore on drizzle (libsql or D1): event claims, user links, the list of a
// user's conversations and the messages posted in their DM. Multi-row writes are one db.batch, atomic on both drivers.
import { and, asc, desc, eq, lt, or, sql } from "drizzle-orm";
import type { SlackStore, SlackUserPatch } from "../src/channels/slack/store.ts";
import { guardStore } from "./guard-store.ts";
import { slackConversations, slackEvents, slackPosts, slackUsers } from "./schema.ts";
import type { SqlDatabase } from "./sql-database.ts";

/** Slack stops re-delivering an event after about 5 minutes; a day of claims is plenty. */
const KEEP_CLAIMS_MS = 24 * 60 * 60 * 1000;

export function createSlackRepository(db: SqlDatabase): SlackStore {
  const upsertUser = (teamId: string, userId: string, patch: SlackUserPatch, now: number) =>
    db
      .insert(slackUsers)
      .values({
        teamId,
        userId,
        conversationId: patch.conversationId ?? null,
        dmChannel: patch.dmChannel ?? null,
        promptTs: patch.promptTs ?? null,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: [slackUsers.teamId, slackUsers.userId],
        set: { ...patch, updatedAt: now },
      });

  return guardStore({
    async claim(key, now, leaseMs) {
      // One statement: the insert wins for a new key; for a known key the update only happens when
      // the earlier attempt failed or its lease ran out. RETURNING says whether we got it.
      const claimed = await db
        .insert(slackEvents)
        .values({
          key,
          status: "processing",
          attempts: 1,
          claimedUntil: now + leaseMs,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoUpdate({
          target: slackEvents.key,
          set: {
            status: "processing",
            attempts: sql`${slackEvents.attempts} + 1`,
            claimedUntil: now + leaseMs,
            updatedAt: now,
          },
          setWhere: or(
            eq(slackEvents.status, "failed"),
            and(eq(slackEvents.status, "processing"), lt(slackEvents.claimedUntil, now)),
          ),
        })
        .returning({ attempts: slackEvents.attempts });
      const row = claimed[0];
      if (row) return { kind: "claimed", attempt: row.attempts };
      const found = await db
        .select({ status: slackEvents.status })
        .from(slackEvents)
        .where(eq(slackEvents.key, key))
        .limit(1);
      return found[0]?.status === "done" ? { kind: "done" } : { kind: "busy" };
    },

    async finish(key, now) {
      await db.batch([
        db.update(slackEvents).set({ status: "done", updatedAt: now }).where(eq(slackEvents.key, key)),
        db.delete(slackEvents).where(lt(slackEvents.createdAt, now - KEEP_CLAIMS_MS)),
      ]);
    },

    async release(key, now) {
      await db
        .update(slackEvents)
        .set({ status: "failed", claimedUntil: 0, updatedAt: now })
        .where(and(eq(slackEvents.key, key), eq(slackEvents.status, "processing")));
    },

    async user(teamId, userId) {
      const rows = await db
        .select({
          teamId: slackUsers.teamId,
          userId: slackUsers.userId,
          conversationId: slackUsers.conversationId,
          dmChannel: slackUsers.dmChannel,
          promptTs: slackUsers.promptTs,
        })
        .from(slackUsers)
        .where(and(eq(slackUsers.teamId, teamId), eq(slackUsers.userId, userId)))
        .limit(1);
      return rows[0];
    },

    async updateUser(teamId, userId, patch, now) {
      await upsertUser(teamId, userId, patch, now);
    },

    async linkConversation(link, patch) {
      await db.batch([
        db.insert(slackConversations).values(link),
        upsertUser(
          link.teamId,
          link.userId,
          { ...patch, conversationId: link.conversationId },
          link.createdAt,
        ),
      ]);
    },

    async startedBy(key) {
      const rows = await db
        .select()
        .from(slackConversations)
        .where(eq(slackConversations.startedBy, key))
        .limit(1);
      return rows[0];
    },

    async conversations(teamId, userId, limit) {
      return db
        .select()
        .from(slackConversations)
        .where(and(eq(slackConversations.teamId, teamId), eq(slackConversations.userId, userId)))
        .orderBy(desc(slackConversations.createdAt))
        .limit(limit);
    },

    async forget(conversationId) {
      await db.batch([
        db.delete(slackConversations).where(eq(slackConversations.conversationId, conversationId)),
        db
          .update(slackUsers)
          .set({ conversationId: null, promptTs: null })
          .where(eq(slackUsers.conversationId, conversationId)),
      ]);
    },

    async recordPost(post) {
      await db.insert(slackPosts).values(post).onConflictDoNothing();
    },

    async posts(teamId, userId) {
      return db
        .select()
        .from(slackPosts)
        .where(and(eq(slackPosts.teamId, teamId), eq(slackPosts.userId, userId)))
        .orderBy(asc(slackPosts.createdAt));
    },

    async forgetPost(channel, ts) {
      await db.delete(slackPosts).where(and(eq(slackPosts.channel, channel), eq(slackPosts.ts, ts)));
    },

    async eraseUser(teamId, userId) {
      await db.batch([
        db
          .delete(slackConversations)
          .where(and(eq(slackConversations.teamId, teamId), eq(slackConversations.userId, userId))),
        db.delete(slackUsers).where(and(eq(slackUsers.teamId, teamId), eq(slackUsers.userId, userId))),
      ]);
    },
  });
}

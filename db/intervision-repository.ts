// The IntervisionStore on drizzle (libsql or D1). A state change and its timers are one db.batch
// (atomic on both drivers) guarded by the version, so two changes from one version cannot both win.
import { and, asc, desc, eq, inArray, isNotNull, isNull, like, lt, or, sql } from "drizzle-orm";
import type { Contribution, IntervisionStore, Round } from "../src/intervision/store.ts";
import { timerRow } from "../src/intervision/timer-events.ts";
import { guardStore } from "./guard-store.ts";
import {
  auditLog,
  intervisionContributions,
  intervisionNotices,
  intervisionParticipants,
  intervisionRatings,
  intervisionRounds,
  intervisionVotes,
  timers,
} from "./schema.ts";
import type { SqlDatabase } from "./sql-database.ts";

type RoundRow = typeof intervisionRounds.$inferSelect;
type ContributionRow = typeof intervisionContributions.$inferSelect;

function toRound(row: RoundRow): Round {
  const { announcingUntil: _lease, startKey: _start, updatedAt: _updated, ...round } = row;
  return round;
}

function toContribution(row: ContributionRow): Contribution {
  const { sourceKey: _source, ...contribution } = row;
  return contribution;
}

export function createIntervisionRepository(db: SqlDatabase): IntervisionStore {
  const timerInserts = (roundId: string, planned: Parameters<typeof timerRow>[1][]) =>
    planned.map((t) =>
      db
        .insert(timers)
        .values({ ...timerRow(roundId, t), status: "pending", attempts: 0 })
        .onConflictDoNothing(),
    );

  const findBy = async (where: ReturnType<typeof eq>) => {
    const rows = await db.select().from(intervisionRounds).where(where).limit(1);
    return rows[0] ? toRound(rows[0]) : undefined;
  };

  /** Rounds of the team the user takes part in (participant, case bringer or facilitator). */
  const roundsOf = (teamId: string, userId: string) =>
    and(
      eq(intervisionRounds.teamId, teamId),
      or(
        inArray(
          intervisionRounds.id,
          db
            .select({ id: intervisionParticipants.roundId })
            .from(intervisionParticipants)
            .where(eq(intervisionParticipants.userId, userId)),
        ),
        eq(intervisionRounds.facilitatorId, userId),
        eq(intervisionRounds.caseBringerId, userId),
      ),
    );

  return guardStore({
    async create(setup, participants, start) {
      const existing = await findBy(eq(intervisionRounds.startKey, start.startKey));
      if (existing) return existing;
      const row = {
        ...setup,
        ...start.state,
        id: start.id,
        parentTs: null,
        phaseTs: null,
        parentLink: null,
        recordTs: null,
        recordLink: null,
        recordParts: [],
        blockedReason: null,
        changeKey: start.startKey,
        announcedVersion: 0,
        announcingUntil: null,
        nextSteps: null,
        startKey: start.startKey,
        createdAt: start.now,
        updatedAt: start.now,
      };
      try {
        await db.batch([
          db.insert(intervisionRounds).values(row),
          ...participants.map((userId) =>
            db.insert(intervisionParticipants).values({ roundId: start.id, userId }).onConflictDoNothing(),
          ),
          ...timerInserts(start.id, start.timers),
        ]);
      } catch (error) {
        // The same submission, twice at once: the other one created it.
        const raced = await findBy(eq(intervisionRounds.startKey, start.startKey));
        if (raced) return raced;
        throw error;
      }
      return toRound(row);
    },

    get: (id) => findBy(eq(intervisionRounds.id, id)),

    async byThread(teamId, channelId, parentTs) {
      const rows = await db
        .select()
        .from(intervisionRounds)
        .where(
          and(
            eq(intervisionRounds.teamId, teamId),
            eq(intervisionRounds.channelId, channelId),
            eq(intervisionRounds.parentTs, parentTs),
          ),
        )
        .limit(1);
      return rows[0] ? toRound(rows[0]) : undefined;
    },

    async participants(roundId) {
      const rows = await db
        .select({ userId: intervisionParticipants.userId })
        .from(intervisionParticipants)
        .where(eq(intervisionParticipants.roundId, roundId))
        .orderBy(asc(intervisionParticipants.userId));
      return rows.map((r) => r.userId);
    },

    async confirm(roundId, userId, now) {
      const updated = await db
        .update(intervisionParticipants)
        .set({ confirmedAt: sql`coalesce(${intervisionParticipants.confirmedAt}, ${now})` })
        .where(and(eq(intervisionParticipants.roundId, roundId), eq(intervisionParticipants.userId, userId)))
        .returning({ userId: intervisionParticipants.userId });
      return updated.length === 1;
    },

    async confirmed(roundId) {
      const rows = await db
        .select({ userId: intervisionParticipants.userId })
        .from(intervisionParticipants)
        .where(
          and(eq(intervisionParticipants.roundId, roundId), isNotNull(intervisionParticipants.confirmedAt)),
        )
        .orderBy(asc(intervisionParticipants.userId));
      return rows.map((r) => r.userId);
    },

    async runningFor(teamId, userId, limit) {
      const rows = await db
        .select()
        .from(intervisionRounds)
        .where(and(roundsOf(teamId, userId), eq(intervisionRounds.status, "running")))
        .orderBy(desc(intervisionRounds.createdAt))
        .limit(limit);
      return rows.map(toRound);
    },

    async endedFor(teamId, userId, limit) {
      const rows = await db
        .select()
        .from(intervisionRounds)
        .where(and(roundsOf(teamId, userId), eq(intervisionRounds.status, "ended")))
        .orderBy(desc(intervisionRounds.endedAt))
        .limit(limit);
      return rows.map(toRound);
    },

    async previousInChannel(teamId, channelId, before) {
      const rows = await db
        .select()
        .from(intervisionRounds)
        .where(
          and(
            eq(intervisionRounds.teamId, teamId),
            eq(intervisionRounds.channelId, channelId),
            eq(intervisionRounds.status, "ended"),
            lt(intervisionRounds.createdAt, before),
          ),
        )
        .orderBy(desc(intervisionRounds.endedAt))
        .limit(1);
      return rows[0] ? toRound(rows[0]) : undefined;
    },

    async change(roundId, fromVersion, change, now) {
      const [updated] = await db.batch([
        db
          .update(intervisionRounds)
          .set({
            ...change.state,
            changeKey: change.changeKey,
            ...(change.nextSteps !== undefined ? { nextSteps: change.nextSteps } : {}),
            ...(change.caseBringerId !== undefined ? { caseBringerId: change.caseBringerId } : {}),
            ...(change.blockedReason !== undefined ? { blockedReason: change.blockedReason } : {}),
            updatedAt: now,
          })
          .where(and(eq(intervisionRounds.id, roundId), eq(intervisionRounds.version, fromVersion)))
          .returning({ id: intervisionRounds.id }),
        // Stamped with the new version: if the update lost, these ids belong to the winner's version
        // and the handlers compare versions anyway, so they never act twice.
        ...timerInserts(roundId, change.timers),
        // A round that stopped (ended or blocked) keeps no timers waiting.
        ...(change.state.status === "running"
          ? []
          : [
              db
                .delete(timers)
                .where(
                  and(
                    like(timers.id, `iv:${roundId}:%`),
                    eq(timers.status, "pending"),
                    sql`exists (select 1 from ${intervisionRounds} where ${intervisionRounds.id} = ${roundId} and ${intervisionRounds.version} = ${change.state.version})`,
                  ),
                ),
            ]),
      ]);
      return updated.length === 1;
    },

    async claimAnnouncement(roundId, version, now, leaseMs) {
      const claimed = await db
        .update(intervisionRounds)
        .set({ announcingUntil: now + leaseMs })
        .where(
          and(
            eq(intervisionRounds.id, roundId),
            eq(intervisionRounds.version, version),
            lt(intervisionRounds.announcedVersion, version),
            or(isNull(intervisionRounds.announcingUntil), lt(intervisionRounds.announcingUntil, now)),
          ),
        )
        .returning({ id: intervisionRounds.id });
      return claimed.length === 1;
    },

    async setMessages(roundId, messages) {
      const set = Object.fromEntries(Object.entries(messages).filter(([, v]) => v !== undefined));
      if (Object.keys(set).length === 0) return;
      await db.update(intervisionRounds).set(set).where(eq(intervisionRounds.id, roundId));
    },

    async finishAnnouncement(roundId, version) {
      await db
        .update(intervisionRounds)
        .set({
          announcedVersion: sql`max(${intervisionRounds.announcedVersion}, ${version})`,
          announcingUntil: null,
        })
        .where(eq(intervisionRounds.id, roundId));
    },

    async releaseAnnouncement(roundId) {
      await db
        .update(intervisionRounds)
        .set({ announcingUntil: null })
        .where(eq(intervisionRounds.id, roundId));
    },

    async retryAnnouncement(roundId, version, dueAt) {
      await db
        .insert(timers)
        .values({
          ...timerRow(roundId, { kind: "announce", dueAt, version }),
          status: "pending",
          attempts: 0,
        })
        .onConflictDoNothing();
    },

    async stopTeam(teamId, reason, now) {
      const running = await db
        .select({ id: intervisionRounds.id })
        .from(intervisionRounds)
        .where(and(eq(intervisionRounds.teamId, teamId), eq(intervisionRounds.status, "running")));
      const ids = running.map((r) => r.id);
      await db.batch([
        db
          .update(intervisionRounds)
          .set({
            status: "blocked",
            blockedReason: reason === "uninstall" ? "uninstalled" : "token_revoked",
            phaseOpen: false,
            deadlineAt: null,
            version: sql`${intervisionRounds.version} + 1`,
            change: "blocked",
            changedBy: "deadline",
            updatedAt: now,
          })
          .where(and(eq(intervisionRounds.teamId, teamId), eq(intervisionRounds.status, "running"))),
        // Whatever is pending for these rounds would only fail: nothing is sent any more.
        ...ids.map((id) =>
          db.delete(timers).where(and(like(timers.id, `iv:${id}:%`), eq(timers.status, "pending"))),
        ),
        db.insert(auditLog).values({ at: now, action: reason, actor: "channel", detail: String(ids.length) }),
      ]);
      return ids.length;
    },

    async discard(roundId) {
      await db.batch([
        db.delete(intervisionContributions).where(eq(intervisionContributions.roundId, roundId)),
        db.delete(intervisionNotices).where(eq(intervisionNotices.roundId, roundId)),
        db.delete(intervisionParticipants).where(eq(intervisionParticipants.roundId, roundId)),
        db.delete(timers).where(like(timers.id, `iv:${roundId}:%`)),
        db.delete(intervisionRounds).where(eq(intervisionRounds.id, roundId)),
      ]);
    },

    async addContribution(contribution) {
      const inserted = await db
        .insert(intervisionContributions)
        .values({ ...contribution, id: crypto.randomUUID() })
        .onConflictDoNothing()
        .returning();
      if (inserted[0]) return { contribution: toContribution(inserted[0]), created: true };
      const earlier = await db
        .select()
        .from(intervisionContributions)
        .where(
          and(
            eq(intervisionContributions.roundId, contribution.roundId),
            eq(intervisionContributions.sourceKey, contribution.sourceKey),
          ),
        )
        .limit(1);
      if (!earlier[0]) throw new Error("a contribution conflicted but was not found");
      return { contribution: toContribution(earlier[0]), created: false };
    },

    async setContributionTs(id, messageTs) {
      await db.update(intervisionContributions).set({ messageTs }).where(eq(intervisionContributions.id, id));
    },

    async setContributionDm(id, dm, channel, ts) {
      await db
        .update(intervisionContributions)
        .set(
          dm === "rating"
            ? { ratingChannel: channel, ratingTs: ts }
            : { reviewChannel: channel, reviewTs: ts },
        )
        .where(eq(intervisionContributions.id, id));
    },

    async approve(id) {
      const approved = await db
        .update(intervisionContributions)
        .set({ review: null })
        .where(and(eq(intervisionContributions.id, id), eq(intervisionContributions.review, "pending")))
        .returning({ id: intervisionContributions.id });
      return approved.length === 1;
    },

    async editContribution(id, text, hasFile, now) {
      await db
        .update(intervisionContributions)
        .set({ text, hasFile, editedAt: now })
        .where(eq(intervisionContributions.id, id));
    },

    async removeContribution(id, audit) {
      const rows = await db
        .select()
        .from(intervisionContributions)
        .where(eq(intervisionContributions.id, id))
        .limit(1);
      const row = rows[0];
      if (!row) return undefined;
      await db.batch([
        db.delete(intervisionRatings).where(eq(intervisionRatings.contributionId, id)),
        db.delete(intervisionVotes).where(eq(intervisionVotes.contributionId, id)),
        db.delete(intervisionContributions).where(eq(intervisionContributions.id, id)),
        ...(audit
          ? [
              db.insert(auditLog).values({
                at: audit.at,
                action: "remove",
                actor: "channel",
                detail: `${audit.reason}:${row.roundId}`,
              }),
            ]
          : []),
      ]);
      return toContribution(row);
    },

    async contributionByTs(roundId, messageTs) {
      const rows = await db
        .select()
        .from(intervisionContributions)
        .where(
          and(
            eq(intervisionContributions.roundId, roundId),
            eq(intervisionContributions.messageTs, messageTs),
          ),
        )
        .limit(1);
      return rows[0] ? toContribution(rows[0]) : undefined;
    },

    async contributionsBy(teamId, userId) {
      const rows = await db
        .select({
          contribution: intervisionContributions,
          channelId: intervisionRounds.channelId,
          method: intervisionRounds.method,
        })
        .from(intervisionContributions)
        .innerJoin(intervisionRounds, eq(intervisionRounds.id, intervisionContributions.roundId))
        .where(and(eq(intervisionRounds.teamId, teamId), eq(intervisionContributions.userId, userId)))
        .orderBy(asc(intervisionContributions.createdAt));
      return rows.map((r) => ({
        ...toContribution(r.contribution),
        channelId: r.channelId,
        method: r.method,
      }));
    },

    async contribution(id) {
      const rows = await db
        .select()
        .from(intervisionContributions)
        .where(eq(intervisionContributions.id, id))
        .limit(1);
      return rows[0] ? toContribution(rows[0]) : undefined;
    },

    async contributions(roundId) {
      const rows = await db
        .select()
        .from(intervisionContributions)
        .where(eq(intervisionContributions.roundId, roundId))
        .orderBy(asc(intervisionContributions.createdAt), asc(intervisionContributions.messageTs));
      return rows.map(toContribution);
    },

    async contributors(roundId, phase) {
      const rows = await db
        .selectDistinct({ userId: intervisionContributions.userId })
        .from(intervisionContributions)
        .where(and(eq(intervisionContributions.roundId, roundId), eq(intervisionContributions.phase, phase)));
      return rows.map((r) => r.userId);
    },

    async questionsBy(roundId, phase, userId) {
      const rows = await db
        .select({ n: sql<number>`count(*)` })
        .from(intervisionContributions)
        .where(
          and(
            eq(intervisionContributions.roundId, roundId),
            eq(intervisionContributions.phase, phase),
            eq(intervisionContributions.userId, userId),
            eq(intervisionContributions.kind, "question"),
          ),
        );
      return Number(rows[0]?.n ?? 0);
    },

    async rate(roundId, contributionId, rating, now) {
      await db
        .insert(intervisionRatings)
        .values({ contributionId, roundId, rating, ratedAt: now })
        .onConflictDoUpdate({ target: intervisionRatings.contributionId, set: { rating, ratedAt: now } });
    },

    async ratings(roundId) {
      return db
        .select({ contributionId: intervisionRatings.contributionId, rating: intervisionRatings.rating })
        .from(intervisionRatings)
        .where(eq(intervisionRatings.roundId, roundId));
    },

    async vote(roundId, userId, contributionId, now) {
      await db
        .insert(intervisionVotes)
        .values({ roundId, userId, contributionId, votedAt: now })
        .onConflictDoUpdate({
          target: [intervisionVotes.roundId, intervisionVotes.userId],
          set: { contributionId, votedAt: now },
        });
    },

    async votes(roundId) {
      const rows = await db
        .select({ contributionId: intervisionVotes.contributionId, count: sql<number>`count(*)` })
        .from(intervisionVotes)
        .where(eq(intervisionVotes.roundId, roundId))
        .groupBy(intervisionVotes.contributionId);
      return rows.map((r) => ({ contributionId: r.contributionId, count: Number(r.count) }));
    },

    async noticeOnce(roundId, userId, kind, now) {
      const inserted = await db
        .insert(intervisionNotices)
        .values({ roundId, userId, kind, at: now })
        .onConflictDoNothing()
        .returning({ kind: intervisionNotices.kind });
      return inserted.length === 1;
    },
  });
}

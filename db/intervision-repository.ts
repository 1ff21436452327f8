// The IntervisionStore on drizzle (libsql or D1). A state change and its timers are one db.batch
// (atomic on both drivers) guarded by the version, so two changes from one version cannot both win.
import { and, asc, desc, eq, inArray, isNull, like, lt, or, sql } from "drizzle-orm";
import type { Contribution, IntervisionStore, Round } from "../src/intervision/store.ts";
import { timerRow } from "../src/intervision/timer-events.ts";
import {
  intervisionContributions,
  intervisionParticipants,
  intervisionRatings,
  intervisionRounds,
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

  return {
    async create(setup, participants, start) {
      const existing = await findBy(eq(intervisionRounds.startKey, start.startKey));
      if (existing) return existing;
      const row = {
        ...setup,
        ...start.state,
        id: start.id,
        parentTs: null,
        phaseTs: null,
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

    async runningFor(teamId, userId, limit) {
      const mine = db
        .select({ id: intervisionParticipants.roundId })
        .from(intervisionParticipants)
        .where(eq(intervisionParticipants.userId, userId));
      const rows = await db
        .select()
        .from(intervisionRounds)
        .where(
          and(
            eq(intervisionRounds.teamId, teamId),
            eq(intervisionRounds.status, "running"),
            or(
              inArray(intervisionRounds.id, mine),
              eq(intervisionRounds.facilitatorId, userId),
              eq(intervisionRounds.caseBringerId, userId),
            ),
          ),
        )
        .orderBy(desc(intervisionRounds.createdAt))
        .limit(limit);
      return rows.map(toRound);
    },

    async change(roundId, fromVersion, change, now) {
      const [updated] = await db.batch([
        db
          .update(intervisionRounds)
          .set({
            ...change.state,
            changeKey: change.changeKey,
            ...(change.nextSteps !== undefined ? { nextSteps: change.nextSteps } : {}),
            updatedAt: now,
          })
          .where(and(eq(intervisionRounds.id, roundId), eq(intervisionRounds.version, fromVersion)))
          .returning({ id: intervisionRounds.id }),
        // Stamped with the new version: if the update lost, these ids belong to the winner's version
        // and the handlers compare versions anyway, so they never act twice.
        ...timerInserts(roundId, change.timers),
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
      if (messages.parentTs === undefined && messages.phaseTs === undefined) return;
      await db.update(intervisionRounds).set(messages).where(eq(intervisionRounds.id, roundId));
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

    async discard(roundId) {
      await db.batch([
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
  };
}

// Shows the round's current version in Slack: the parent and first phase, the next phase (also shown
// in the channel), a note for an extension or a closed phase, the record at the end, and the
// facilitator's DM (with the record so far) when Slack refuses the channel for good.
/*
 * The state is saved first and announced after. Whoever finds a version not yet shown (a retried
 * event, the next timer) shows it, under a short lease so two handlers do not post it twice.
 */
import { buildRecord, type RecordContribution, recordMarkdown } from "../../../intervision/record.ts";
import type { Round } from "../../../intervision/store.ts";
import { copyFor, type IntervisionKit } from "./kit.ts";
import {
  blockedMessage,
  markdownMessages,
  type Opening,
  parentMessage,
  phaseMessage,
  phaseName,
  recordMessages,
  slackDate,
  threadNote,
} from "./messages.ts";
import type { IntervisionApi } from "./slack-api.ts";

/** Long enough for a few Slack calls; a crashed announcer's lease runs out before Slack's next retry. */
const LEASE_MS = 30_000;

/** Someone else is showing this version right now. */
export class AnnouncementBusy extends Error {
  override name = "AnnouncementBusy";
}

/** Blocked because the workspace let the app go: there is nobody left to tell. */
const SILENT_BLOCKS = new Set(["uninstalled", "token_revoked"]);

export type Announcer = ReturnType<typeof createAnnouncer>;

export function createAnnouncer(kit: IntervisionKit) {
  const { store, log, now } = kit.deps;

  async function recordOf(round: Round) {
    const [contributions, ratings, participants] = await Promise.all([
      store.contributions(round.id),
      store.ratings(round.id),
      store.participants(round.id),
    ]);
    const rated = new Map(ratings.map((r) => [r.contributionId, r.rating]));
    return buildRecord({
      method: round.method,
      caseCollection: round.caseCollection,
      locale: round.locale,
      startedAt: round.createdAt,
      endedAt: round.endedAt ?? now(),
      participantCount: participants.length,
      contributions: contributions
        // An anonymous question the facilitator has not approved yet was never posted.
        .filter((c) => c.review !== "pending")
        .map(
          (c): RecordContribution => ({
            phase: c.phase,
            kind: c.kind,
            text: c.text,
            rating: rated.get(c.id) ?? null,
            hasFile: c.hasFile,
          }),
        ),
      nextSteps: round.nextSteps,
    });
  }

  /** The record as Markdown to the facilitator's DM: a copy; the record in the thread is what counts. */
  async function markdownToFacilitator(api: IntervisionApi, round: Round, markdown: string) {
    const copy = copyFor(round.locale);
    for (const message of markdownMessages(markdown, round.channelId, copy))
      await kit.dm(api, round.teamId, round.facilitatorId, message);
  }

  /**
   * The record in the thread, part by part. Each part's ts is saved as soon as it is posted, so when
   * Slack refuses a later part (a rate limit mid-burst) the retry updates the parts already there and
   * posts only the rest: no part appears twice. Returns the parts' ts.
   */
  async function postParts(
    api: IntervisionApi,
    round: Round,
    parentTs: string,
    messages: ReturnType<typeof recordMessages>,
  ): Promise<string[]> {
    const parts = [...round.recordParts];
    for (const [i, message] of messages.entries()) {
      const earlier = parts[i];
      if (earlier) {
        // An edit since the first attempt may have moved blocks between parts.
        await kit.bestEffort("refresh record part", () => api.update(round.channelId, earlier, message));
        continue;
      }
      parts.push((await api.post(round.channelId, message, parentTs)).ts);
      await store.setMessages(round.id, { recordParts: parts });
    }
    // The record got shorter since the first attempt: the parts left over would repeat it.
    const extras = parts.slice(messages.length);
    for (const extra of extras)
      await kit.bestEffort("delete record part", () => api.delete(round.channelId, extra));
    if (extras.length > 0)
      await store.setMessages(round.id, { recordParts: parts.slice(0, messages.length) });
    return parts.slice(0, messages.length);
  }

  async function record(api: IntervisionApi, round: Round, parentTs: string) {
    const model = await recordOf(round);
    const parts = await postParts(api, round, parentTs, recordMessages(model, copyFor(round.locale)));
    const first = parts[0];
    if (first) {
      const recordTs = first;
      await store.setMessages(round.id, { recordTs });
      await kit.bestEffort("record permalink", async () => {
        const recordLink = await api.permalink(round.channelId, recordTs);
        if (recordLink) await store.setMessages(round.id, { recordLink });
      });
    }
    await kit.bestEffort("record markdown", () =>
      markdownToFacilitator(api, round, recordMarkdown(model, round.locale)),
    );
  }

  /**
   * An ended round's record in the thread, brought up to date after a contribution was edited,
   * deleted or removed by the facilitator: so what someone took out (patient data, say) does not stay
   * in the record everyone in the channel can read.
   */
  async function refreshRecord(api: IntervisionApi, round: Round): Promise<void> {
    if (round.status !== "ended" || !round.parentTs || round.recordParts.length === 0) return;
    // Still being posted (or to be retried): whoever shows the end posts the record as it is by then.
    if (round.announcedVersion < round.version) return;
    const model = await recordOf(round);
    await postParts(api, round, round.parentTs, recordMessages(model, copyFor(round.locale)));
    log.info("intervision record refreshed", { round: round.id });
  }

  async function opening(round: Round): Promise<Opening> {
    const previous = await store.previousInChannel(round.teamId, round.channelId, round.createdAt);
    return previous?.nextSteps && previous.endedAt !== null
      ? { previous: { endedAt: previous.endedAt, nextSteps: previous.nextSteps } }
      : {};
  }

  async function show(api: IntervisionApi, round: Round): Promise<void> {
    const copy = copyFor(round.locale);
    if (round.change === "blocked") {
      if (round.blockedReason && SILENT_BLOCKS.has(round.blockedReason)) return;
      await kit.dm(api, round.teamId, round.facilitatorId, blockedMessage(round, copy));
      await kit.bestEffort("record to facilitator", async () =>
        markdownToFacilitator(api, round, recordMarkdown(await recordOf(round), round.locale)),
      );
      return;
    }
    const [participants, confirmed] = await Promise.all([
      store.participants(round.id),
      store.confirmed(round.id),
    ]);
    const facts = { participants: participants.length, confirmed: confirmed.length };
    let parentTs = round.parentTs;
    let parentPosted = false;
    if (!parentTs) {
      parentTs = (await api.post(round.channelId, parentMessage(round, facts, copy))).ts;
      parentPosted = true;
      // Saved at once: a retry after a later failure must not post a second parent.
      await store.setMessages(round.id, { parentTs });
      const posted = parentTs;
      await kit.bestEffort("parent permalink", async () => {
        const parentLink = await api.permalink(round.channelId, posted);
        if (parentLink) {
          await store.setMessages(round.id, { parentLink });
          round.parentLink = parentLink;
        }
      });
    }
    const previousTs = round.phaseTs;
    const closePrevious = async (index: number) => {
      if (!previousTs || index < 0) return;
      const over = phaseMessage(
        round,
        index,
        copy,
        "over",
        participants,
        index === 0 ? await opening(round) : undefined,
      );
      await kit.bestEffort("close phase message", () => api.update(round.channelId, previousTs, over));
    };
    const deadline = round.deadlineAt === null ? "" : slackDate(round.deadlineAt, round.locale);

    switch (round.change) {
      case "started":
      case "advanced": {
        const first = round.phase === 0;
        const posted = await api.post(
          round.channelId,
          phaseMessage(
            round,
            round.phase,
            copy,
            "current",
            participants,
            first ? await opening(round) : undefined,
          ),
          parentTs,
          // A new phase is shown in the channel too, so people learn of it when it starts.
          !first,
        );
        await store.setMessages(round.id, { phaseTs: posted.ts });
        if (round.change === "advanced") await closePrevious(round.phase - 1);
        break;
      }
      case "extended":
        await api.post(
          round.channelId,
          threadNote(copy.extended(phaseName(round, round.phase), deadline)),
          parentTs,
        );
        if (previousTs) {
          const current = phaseMessage(
            round,
            round.phase,
            copy,
            "current",
            participants,
            round.phase === 0 ? await opening(round) : undefined,
          );
          await kit.bestEffort("refresh phase message", () =>
            api.update(round.channelId, previousTs, current),
          );
        }
        break;
      case "closed":
        await api.post(
          round.channelId,
          threadNote(copy.closed(phaseName(round, round.phase), deadline)),
          parentTs,
        );
        break;
      case "ended":
        await record(api, round, parentTs);
        await closePrevious(round.phase);
        break;
    }
    if (!parentPosted)
      await kit.bestEffort("update parent message", () =>
        api.update(round.channelId, parentTs, parentMessage(round, facts, copy)),
      );
  }

  /** Brings the parent message up to date (who agreed) without a new version. */
  async function refreshParent(api: IntervisionApi, round: Round) {
    const parentTs = round.parentTs;
    if (!parentTs || round.status === "blocked") return;
    const [participants, confirmed] = await Promise.all([
      store.participants(round.id),
      store.confirmed(round.id),
    ]);
    const copy = copyFor(round.locale);
    await kit.bestEffort("update parent message", () =>
      api.update(
        round.channelId,
        parentTs,
        parentMessage(round, { participants: participants.length, confirmed: confirmed.length }, copy),
      ),
    );
  }

  /**
   * Shows `round.version` unless it was shown already. Throws when showing fails (the caller retries
   * it) or when another handler is showing it right now (AnnouncementBusy).
   */
  async function announce(api: IntervisionApi, round: Round): Promise<void> {
    if (round.announcedVersion >= round.version) return;
    if (!(await store.claimAnnouncement(round.id, round.version, now(), LEASE_MS))) {
      const fresh = await store.get(round.id);
      if (!fresh || fresh.announcedVersion >= round.version || fresh.version !== round.version) return;
      throw new AnnouncementBusy("another handler is announcing this round");
    }
    // The message ts may have moved since `round` was read (an earlier, failed attempt posted some).
    const stored = await store.get(round.id);
    const current = stored
      ? { ...round, parentTs: stored.parentTs, phaseTs: stored.phaseTs, parentLink: stored.parentLink }
      : round;
    try {
      await show(api, current);
    } catch (error) {
      await store
        .releaseAnnouncement(round.id)
        .catch(() => log.warn("intervision announcement release failed", { round: round.id }));
      throw error;
    }
    await store.finishAnnouncement(round.id, round.version);
    log.info("intervision announced", {
      round: round.id,
      version: round.version,
      change: round.change,
      phase: round.phase,
    });
  }

  /** Marks a version shown without showing it (a blocked round whose facilitator cannot be reached). */
  async function giveUp(round: Round) {
    await store.finishAnnouncement(round.id, round.version);
  }

  return {
    announce,
    refreshParent,
    refreshRecord,
    giveUp,
  };
}

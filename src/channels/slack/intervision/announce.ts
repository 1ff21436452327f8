// Shows the round's current version in Slack: the parent and first phase, the next phase, a note for
// an extension or a closed phase, the record at the end.
/*
 * The state is saved first and announced after. Whoever finds a version not yet shown (a retried
 * event, the next timer) shows it, under a short lease so two handlers do not post it twice.
 */
import { buildRecord, type RecordContribution, recordMarkdown } from "../../../intervision/record.ts";
import type { Round } from "../../../intervision/store.ts";
import { copyFor, type IntervisionKit } from "./kit.ts";
import {
  markdownMessages,
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

/** Someone else is showing this version right now; the event fails so Slack (or the sweep) retries. */
export class AnnouncementBusy extends Error {
  override name = "AnnouncementBusy";
}

export type Announcer = ReturnType<typeof createAnnouncer>;

export function createAnnouncer(kit: IntervisionKit) {
  const { store, log, now } = kit.deps;

  async function record(api: IntervisionApi, round: Round, parentTs: string) {
    const copy = copyFor(round.locale);
    const [contributions, ratings, participants] = await Promise.all([
      store.contributions(round.id),
      store.ratings(round.id),
      store.participants(round.id),
    ]);
    const rated = new Map(ratings.map((r) => [r.contributionId, r.rating]));
    const model = buildRecord({
      method: round.method,
      locale: round.locale,
      startedAt: round.createdAt,
      endedAt: round.endedAt ?? now(),
      participantCount: participants.length,
      contributions: contributions.map(
        (c): RecordContribution => ({
          phase: c.phase,
          kind: c.kind,
          text: c.text,
          rating: rated.get(c.id) ?? null,
        }),
      ),
      nextSteps: round.nextSteps,
    });
    for (const message of recordMessages(model, copy)) await api.post(round.channelId, message, parentTs);
    // The Markdown is a copy for the facilitator; the record in the thread is what counts.
    await kit.bestEffort("record markdown", async () => {
      for (const message of markdownMessages(recordMarkdown(model, round.locale), round.channelId, copy))
        await api.post(round.facilitatorId, message);
    });
  }

  async function show(api: IntervisionApi, round: Round): Promise<void> {
    const copy = copyFor(round.locale);
    const participants = (await store.participants(round.id)).length;
    let parentTs = round.parentTs;
    let parentPosted = false;
    if (!parentTs) {
      parentTs = (await api.post(round.channelId, parentMessage(round, participants, copy))).ts;
      parentPosted = true;
      // Saved at once: a retry after a later failure must not post a second parent.
      await store.setMessages(round.id, { parentTs });
    }
    const previousTs = round.phaseTs;
    const closePrevious = (index: number) =>
      previousTs && index >= 0
        ? kit.bestEffort("close phase message", () =>
            api.update(round.channelId, previousTs, phaseMessage(round, index, copy, "over")),
          )
        : Promise.resolve();
    const deadline = round.deadlineAt === null ? "" : slackDate(round.deadlineAt, round.locale);

    switch (round.change) {
      case "started":
      case "advanced": {
        const posted = await api.post(
          round.channelId,
          phaseMessage(round, round.phase, copy, "current"),
          parentTs,
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
        if (previousTs)
          await kit.bestEffort("refresh phase message", () =>
            api.update(round.channelId, previousTs, phaseMessage(round, round.phase, copy, "current")),
          );
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
        api.update(round.channelId, parentTs, parentMessage(round, participants, copy)),
      );
  }

  /**
   * Shows `round.version` unless it was shown already. Throws when showing fails (the event or timer
   * is retried, and the retry shows it) or when another handler is showing it right now.
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
    const current = stored ? { ...round, parentTs: stored.parentTs, phaseTs: stored.phaseTs } : round;
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

  return { announce };
}

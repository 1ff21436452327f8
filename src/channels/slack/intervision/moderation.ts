// Anonymous questions the facilitator approves first (a round setting): the question waits, the
// facilitator gets it in a DM with "post" and "do not post", and only an approved one reaches the
// thread (without a name) and the case bringer. A declined one is deleted, with an audit line.
import type { Contribution } from "../../../intervision/store.ts";
import type { Contributions } from "./contribute.ts";
import { copyFor, type IntervisionKit, type IntervisionUser } from "./kit.ts";
import { channelLink, mention, reviewMessage, threadNote } from "./messages.ts";
import type { IntervisionApi } from "./slack-api.ts";

export function createModeration(kit: IntervisionKit, contributions: Contributions) {
  const { store, log, now } = kit.deps;

  /** A question now waits: the facilitator is asked, the asker told. */
  async function request(api: IntervisionApi, who: IntervisionUser, contribution: Contribution) {
    const round = await store.get(contribution.roundId);
    if (!round) return;
    const copy = copyFor(round.locale);
    const posted = await kit.dm(
      api,
      round.teamId,
      round.facilitatorId,
      reviewMessage(round, contribution, copy),
    );
    await store.setContributionDm(contribution.id, "review", posted.channel, posted.ts);
    log.info("intervision question awaits review", { round: round.id, phase: contribution.phase });
    await kit.note(api, round, who.userId, copy.pendingReview);
  }

  async function decide(
    api: IntervisionApi,
    who: IntervisionUser,
    contributionId: string,
    approve: boolean,
    where: { channel: string | undefined; messageTs: string | undefined },
  ) {
    const contribution = await store.contribution(contributionId);
    const round = contribution ? await store.get(contribution.roundId) : undefined;
    if (!contribution || !round || round.teamId !== who.teamId) return;
    const copy = copyFor(round.locale);
    const place = where.channel ? { channel: where.channel } : undefined;
    if (who.userId !== round.facilitatorId)
      return kit.note(api, round, who.userId, copy.facilitatorOnly(mention(round.facilitatorId)), place);
    if (contribution.review !== "pending") return kit.note(api, round, who.userId, copy.stale, place);
    const { channel, messageTs } = where;
    const show = (outcome: "approved" | "rejected") =>
      channel && messageTs
        ? kit.bestEffort("show review outcome", () =>
            api.update(channel, messageTs, reviewMessage(round, contribution, copy, outcome)),
          )
        : Promise.resolve();
    if (approve) {
      // The discussion is over and its record posted: a question now would stand after it, unanswered.
      if (round.status !== "running") return kit.note(api, round, who.userId, copy.approveTooLate, place);
      // Only the press that approved it posts it.
      if (!(await store.approve(contribution.id))) return kit.note(api, round, who.userId, copy.stale, place);
      const approved = { ...contribution, review: null };
      if (await contributions.post(api, round, approved, contribution.userId)) {
        log.info("intervision question approved", { round: round.id, phase: contribution.phase });
        await contributions.followUp(api, round, approved, contribution.userId);
      }
      await show("approved");
      return;
    }
    await store.removeContribution(contribution.id, { at: now(), reason: "rejected" });
    log.info("intervision question declined", { round: round.id, phase: contribution.phase });
    await show("rejected");
    await kit.bestEffort("declined note", () =>
      kit.dm(
        api,
        round.teamId,
        contribution.userId,
        threadNote(copy.questionRejected(channelLink(round.channelId))),
      ),
    );
  }

  return { request, decide };
}

export type Moderation = ReturnType<typeof createModeration>;

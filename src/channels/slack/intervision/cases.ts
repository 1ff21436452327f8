// Choosing a case together before the round (the incident method's first step): each participant
// proposes a case through a modal, the app posts it in the thread without a name, participants vote,
// and the facilitator picks one (or, at the deadline, the one with the most votes wins). Whoever
// proposed the chosen case becomes the case bringer.
import { phaseAt } from "../../../intervision/methods.ts";
import { phasePlanOf, type Round } from "../../../intervision/store.ts";
import type { ChangeOutcome, Changer } from "./changes.ts";
import type { Contributions } from "./contribute.ts";
import { copyFor, type IntervisionKit, type IntervisionUser } from "./kit.ts";
import { mention, proposalMessage, threadNote } from "./messages.ts";
import type { IntervisionApi } from "./slack-api.ts";

export function createCases(kit: IntervisionKit, changer: Changer, contributions: Contributions) {
  const { store, log, now } = kit.deps;

  /** Whether the round is choosing its case right now. */
  const choosing = (round: Round) =>
    round.status === "running" && phaseAt(phasePlanOf(round), round.phase).rules.proposals === true;

  /** The proposal with the most votes (the earliest among equals); undefined when nobody proposed one. */
  async function winner(round: Round) {
    const [all, votes] = await Promise.all([store.contributions(round.id), store.votes(round.id)]);
    const proposals = all.filter((c) => c.kind === "proposal");
    const count = new Map(votes.map((v) => [v.contributionId, v.count]));
    let best: (typeof proposals)[number] | undefined;
    for (const p of proposals) if (!best || (count.get(p.id) ?? 0) > (count.get(best.id) ?? 0)) best = p;
    return best;
  }

  /** A proposal from the modal: stored once, posted in the thread without its author. */
  async function submitted(
    api: IntervisionApi,
    who: IntervisionUser,
    form: { roundId: string; phase: number; text: string; viewId: string },
  ) {
    const round = await store.get(form.roundId);
    if (!round || round.teamId !== who.teamId || !round.parentTs || form.text.length === 0) return;
    const copy = copyFor(round.locale);
    if (!choosing(round) || form.phase !== round.phase)
      return kit.note(api, round, who.userId, copy.phaseOver);
    const stored = await store.addContribution({
      roundId: round.id,
      phase: round.phase,
      userId: who.userId,
      kind: "proposal",
      anonymous: true,
      text: form.text,
      messageTs: null,
      sourceKey: `view:${form.viewId}`,
      createdAt: now(),
    });
    if (stored.contribution.messageTs !== null || !round.parentTs) return;
    const n = (await store.contributions(round.id)).filter((c) => c.kind === "proposal").length;
    const posted = await api.post(
      round.channelId,
      proposalMessage(stored.contribution, n, copy),
      round.parentTs,
    );
    await store.setContributionTs(stored.contribution.id, posted.ts);
    log.info("intervision case proposed", { round: round.id });
    await kit.note(api, round, who.userId, copy.proposalPosted);
    await contributions.followUp(api, round, stored.contribution, who.userId);
  }

  async function proposalOf(who: IntervisionUser, contributionId: string) {
    const proposal = await store.contribution(contributionId);
    const round = proposal ? await store.get(proposal.roundId) : undefined;
    if (!proposal || !round || round.teamId !== who.teamId || proposal.kind !== "proposal") return undefined;
    return { proposal, round };
  }

  async function vote(api: IntervisionApi, who: IntervisionUser, contributionId: string, channel?: string) {
    const found = await proposalOf(who, contributionId);
    if (!found) return;
    const { proposal, round } = found;
    const copy = copyFor(round.locale);
    const place = channel ? { channel, threadTs: round.parentTs ?? undefined } : undefined;
    if (!choosing(round)) return kit.note(api, round, who.userId, copy.phaseOver, place);
    if (!(await store.participants(round.id)).includes(who.userId))
      return kit.note(api, round, who.userId, copy.onlyParticipantsVote, place);
    await store.vote(round.id, who.userId, proposal.id, now());
    const n = (await store.votes(round.id)).find((v) => v.contributionId === proposal.id)?.count ?? 1;
    await kit.note(api, round, who.userId, copy.voted(n), place);
  }

  /** Moves on to the method's first phase with the chosen case's author as case bringer. */
  async function choose(
    api: IntervisionApi,
    round: Round,
    proposerId: string,
    key: string,
    mode: "event" | "timer",
  ): Promise<ChangeOutcome> {
    const command =
      mode === "timer"
        ? ({ type: "deadline", version: round.version } as const)
        : ({ type: "advance" } as const);
    const saved = await changer.save(round, command, key, { caseBringerId: proposerId });
    if (saved.outcome !== "changed") return saved.outcome;
    const copy = copyFor(round.locale);
    log.info("intervision case chosen", { round: round.id, by: mode === "timer" ? "votes" : "facilitator" });
    if (round.parentTs) {
      const parentTs = round.parentTs;
      await kit.bestEffort("case chosen note", () =>
        api.post(round.channelId, threadNote(copy.casePicked(mention(proposerId))), parentTs),
      );
    }
    await changer.deliver(api, saved.round, mode);
    return "changed";
  }

  /** The facilitator's pick of one proposal. */
  async function pick(
    api: IntervisionApi,
    who: IntervisionUser,
    contributionId: string,
    key: string,
    channel?: string,
  ) {
    const found = await proposalOf(who, contributionId);
    if (!found) return;
    const { proposal, round } = found;
    const copy = copyFor(round.locale);
    const place = channel ? { channel, threadTs: round.parentTs ?? undefined } : undefined;
    if (who.userId !== round.facilitatorId)
      return kit.note(api, round, who.userId, copy.facilitatorOnly(mention(round.facilitatorId)), place);
    if (!choosing(round)) return kit.note(api, round, who.userId, copy.phaseOver, place);
    const outcome = await choose(api, round, proposal.userId, key, "event");
    if (outcome !== "changed") await kit.note(api, round, who.userId, copy.stale, place);
  }

  return { choosing, winner, submitted, vote, choose, pick };
}

export type Cases = ReturnType<typeof createCases>;

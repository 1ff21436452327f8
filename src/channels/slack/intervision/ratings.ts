// The case bringer rates a question warm, lauwarm or koud from the private message about it; the
// message then shows the choice (and can still be changed). Anyone else gets a private note.
import type { Rating } from "../../../intervision/record.ts";
import { copyFor, type IntervisionKit, type IntervisionUser } from "./kit.ts";
import { ratingMessage } from "./messages.ts";
import type { IntervisionApi } from "./slack-api.ts";

export function createRatings(kit: IntervisionKit) {
  const { store, log, now } = kit.deps;

  return async function rate(
    api: IntervisionApi,
    who: IntervisionUser,
    pressed: { contributionId: string; rating: Rating },
    where: { channel: string | undefined; messageTs: string | undefined },
  ) {
    const contribution = await store.contribution(pressed.contributionId);
    const round = contribution ? await store.get(contribution.roundId) : undefined;
    if (!contribution || !round || round.teamId !== who.teamId || contribution.kind !== "question") return;
    const copy = copyFor(round.locale);
    if (who.userId !== round.caseBringerId) {
      if (where.channel)
        await kit.note(api, round, who.userId, copy.onlyCaseBringerRates, { channel: where.channel });
      return;
    }
    await store.rate(round.id, contribution.id, pressed.rating, now());
    log.info("intervision rating", { round: round.id, phase: contribution.phase });
    const { channel, messageTs } = where;
    if (channel && messageTs)
      await kit.bestEffort("show rating", () =>
        api.update(channel, messageTs, ratingMessage(round, contribution, copy, pressed.rating)),
      );
  };
}

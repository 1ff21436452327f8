// The facilitator removes a contribution that holds patient data: the message shortcut "Verwijder uit
// intervisie" on it, a confirmation, and then it leaves the record (with an audit line that says
// something was removed, never what). A message the app posted is deleted in Slack too; a person's own
// reply only its author (or an admin) can delete, so the author is asked to.

import { defaultLocale } from "../../../locales.ts";
import type { Contributions } from "./contribute.ts";
import { copyFor, type IntervisionKit, type IntervisionUser } from "./kit.ts";
import { channelLink, mention, threadNote } from "./messages.ts";
import type { IntervisionApi } from "./slack-api.ts";
import { removeModal } from "./views.ts";

export interface ShortcutOn {
  channel: string;
  messageTs: string;
  threadTs: string | undefined;
  /** The message was posted by a bot (ours: a contribution made through a modal). */
  byApp: boolean;
  triggerId: string;
}

export function createRemoval(kit: IntervisionKit, contributions: Contributions) {
  const { store, log, now } = kit.deps;

  async function shortcut(api: IntervisionApi, who: IntervisionUser, on: ShortcutOn) {
    const round = on.threadTs ? await store.byThread(who.teamId, on.channel, on.threadTs) : undefined;
    const contribution = round ? await store.contributionByTs(round.id, on.messageTs) : undefined;
    if (!round || !contribution) {
      const copy = copyFor(round?.locale ?? defaultLocale);
      await kit.bestEffort("not a contribution note", () =>
        api.ephemeral(on.channel, who.userId, copy.notAContribution, on.threadTs),
      );
      return;
    }
    const copy = copyFor(round.locale);
    if (who.userId !== round.facilitatorId)
      return kit.note(api, round, who.userId, copy.facilitatorOnly(mention(round.facilitatorId)));
    const modal = removeModal(copy, JSON.stringify({ c: contribution.id, o: on.byApp }));
    await kit.openModal(api, round, who.userId, on.triggerId, modal);
  }

  async function confirmed(
    api: IntervisionApi,
    who: IntervisionUser,
    form: { contributionId: string; byApp: boolean },
  ) {
    const contribution = await store.contribution(form.contributionId);
    const round = contribution ? await store.get(contribution.roundId) : undefined;
    if (!contribution || !round || round.teamId !== who.teamId || who.userId !== round.facilitatorId) return;
    const copy = copyFor(round.locale);
    const removed = await store.removeContribution(contribution.id, { at: now(), reason: "facilitator" });
    if (!removed) return;
    await contributions.forget(api, removed);
    await contributions.recordChanged(api, round);
    log.info("intervision contribution removed", {
      round: round.id,
      phase: removed.phase,
      kind: removed.kind,
    });
    const { messageTs } = removed;
    if (form.byApp && messageTs) {
      await kit.bestEffort("delete removed message", () => api.delete(round.channelId, messageTs));
      return kit.note(api, round, who.userId, copy.removedFromThread);
    }
    await kit.bestEffort("ask author to delete", () =>
      kit.dm(api, round.teamId, removed.userId, threadNote(copy.removedDm(channelLink(round.channelId)))),
    );
    await kit.note(api, round, who.userId, copy.removedAskAuthor(mention(removed.userId)));
  }

  return { shortcut, confirmed };
}

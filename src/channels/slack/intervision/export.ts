// A person's own intervision data for "Download mijn gegevens": everything they contributed, with the
// round and channel it was in. Their colleagues' words are not theirs to download, so not included.
import { phaseAt } from "../../../intervision/methods.ts";
import type { IntervisionKit, IntervisionUser } from "./kit.ts";

export function createExport(kit: IntervisionKit) {
  const { store } = kit.deps;

  return async function exportFor(who: IntervisionUser): Promise<Record<string, unknown>> {
    const contributions = await store.contributionsBy(who.teamId, who.userId);
    return {
      contributions: await Promise.all(
        contributions.map(async (c) => {
          const round = await store.get(c.roundId);
          const phase = round
            ? phaseAt({ method: round.method, caseCollection: round.caseCollection }, c.phase)
            : undefined;
          return {
            round: c.roundId,
            channel: c.channelId,
            method: c.method,
            phase: phase?.id ?? c.phase,
            kind: c.kind,
            anonymous: c.anonymous,
            text: c.text,
            fileNotKept: c.hasFile,
            awaitingApproval: c.review === "pending",
            writtenAt: new Date(c.createdAt).toISOString(),
            editedAt: c.editedAt === null ? null : new Date(c.editedAt).toISOString(),
          };
        }),
      ),
    };
  };
}

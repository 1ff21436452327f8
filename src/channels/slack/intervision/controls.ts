// The facilitator's controls on the parent message: next phase, extend, close, and end the round
// (through a modal for the agreed next steps). Anyone else pressing them gets a private note.
import type { Round } from "../../../intervision/store.ts";
import type { Announcer } from "./announce.ts";
import type { ChangeOutcome, Changer } from "./changes.ts";
import { copyFor, type IntervisionKit, type IntervisionUser } from "./kit.ts";
import { EXTEND_HOURS, mention } from "./messages.ts";
import type { IntervisionApi } from "./slack-api.ts";
import { endModal } from "./views.ts";

export interface ControlPress {
  kind: "next" | "extend" | "close" | "end";
  roundId: string;
  version: number;
}

export interface PressedAt {
  triggerId: string;
}

export function createControls(kit: IntervisionKit, announcer: Announcer, change: Changer) {
  const { store, log } = kit.deps;

  /** Notes about a control go where the controls are: the parent message, in the channel. */
  const noteAtParent = (api: IntervisionApi, round: Round, userId: string, text: string) =>
    kit.note(api, round, userId, text, { channel: round.channelId });

  function explain(api: IntervisionApi, round: Round, userId: string, outcome: ChangeOutcome) {
    if (outcome === "changed") return Promise.resolve();
    const copy = copyFor(round.locale);
    return noteAtParent(api, round, userId, outcome === "ended" ? copy.roundEnded : copy.stale);
  }

  async function control(
    api: IntervisionApi,
    who: IntervisionUser,
    pressed: ControlPress,
    key: string,
    at: PressedAt,
  ) {
    const round = await store.get(pressed.roundId);
    if (!round || round.teamId !== who.teamId) return;
    const copy = copyFor(round.locale);
    if (who.userId !== round.facilitatorId)
      return noteAtParent(api, round, who.userId, copy.facilitatorOnly(mention(round.facilitatorId)));
    // Show a version an earlier attempt saved but did not show; a retry of this very press ends here.
    await announcer.announce(api, round);
    if (round.changeKey === key) return;
    if (round.status === "ended") return noteAtParent(api, round, who.userId, copy.roundEnded);
    if (round.version !== pressed.version) return noteAtParent(api, round, who.userId, copy.stale);
    if (pressed.kind === "end")
      return api.openView(at.triggerId, endModal(copy, JSON.stringify({ r: round.id, v: round.version })));
    const command =
      pressed.kind === "next"
        ? ({ type: "advance" } as const)
        : pressed.kind === "extend"
          ? ({ type: "extend", hours: EXTEND_HOURS } as const)
          : ({ type: "close" } as const);
    const outcome = await change(api, round, command, key);
    log.info("intervision control", { round: round.id, control: pressed.kind, outcome });
    return explain(api, round, who.userId, outcome);
  }

  /** The end modal was submitted: the round ends now, with the agreed next steps in the record. */
  async function end(
    api: IntervisionApi,
    who: IntervisionUser,
    roundId: string,
    nextSteps: string,
    key: string,
  ) {
    const round = await store.get(roundId);
    if (!round || round.teamId !== who.teamId || who.userId !== round.facilitatorId) return;
    await announcer.announce(api, round);
    if (round.changeKey === key) return;
    // Ending is the facilitator's decision: it holds whatever moved since the modal was opened.
    const outcome = await change(api, round, { type: "end" }, key, nextSteps || null);
    log.info("intervision control", { round: round.id, control: "end", outcome });
    if (outcome === "lost") {
      const fresh = await store.get(roundId);
      if (fresh && fresh.status === "running")
        await change(api, fresh, { type: "end" }, key, nextSteps || null);
      return;
    }
    return explain(api, round, who.userId, outcome);
  }

  return { control, end };
}

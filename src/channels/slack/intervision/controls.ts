// The facilitator's controls on the parent message: next phase, extend, close, and end the round
// (through a modal for the agreed next steps; "Rond af" on the last phase leads there too). Anyone else
// pressing them gets a private note, and so does a second press while the first is still being shown:
// a control is answered once, never with an error.
import { isLastPhaseOf } from "../../../intervision/methods.ts";
import { phasePlanOf, type Round } from "../../../intervision/store.ts";
import type { Cases } from "./cases.ts";
import type { ChangeOutcome, Changer, Delivery } from "./changes.ts";
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

export function createControls(kit: IntervisionKit, changer: Changer, cases: Cases) {
  const { store, log } = kit.deps;

  /** Notes about a control go where the controls are: the parent message, in the channel. */
  const noteAtParent = (api: IntervisionApi, round: Round, userId: string, text: string) =>
    kit.note(api, round, userId, text, { channel: round.channelId });

  /** A note for whatever did not simply work; nothing when it did. */
  function explain(
    api: IntervisionApi,
    round: Round,
    userId: string,
    outcome: ChangeOutcome,
    delivery?: Delivery,
  ) {
    const copy = copyFor(round.locale);
    if (outcome === "changed") {
      if (delivery === "busy") return noteAtParent(api, round, userId, copy.busy);
      if (delivery === "retrying") return noteAtParent(api, round, userId, copy.retrying);
      return Promise.resolve();
    }
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
    const shown = await changer.deliver(api, round, "event");
    if (shown === "busy") return noteAtParent(api, round, who.userId, copy.busy);
    if (shown === "blocked" || shown === "discarded") return;
    if (round.changeKey === key) return;
    if (round.status !== "running") return noteAtParent(api, round, who.userId, copy.roundEnded);
    if (round.version !== pressed.version) return noteAtParent(api, round, who.userId, copy.stale);
    const last = isLastPhaseOf(phasePlanOf(round), round.phase);
    // Ending always asks for the agreed next steps, also when "Rond af" on the last phase ends it.
    if (pressed.kind === "end" || (pressed.kind === "next" && last)) {
      const modal = endModal(copy, JSON.stringify({ r: round.id, v: round.version }));
      await kit.openModal(api, round, who.userId, at.triggerId, modal, { channel: round.channelId });
      return;
    }
    if (pressed.kind === "next" && cases.choosing(round) && !round.caseBringerId) {
      const chosen = await cases.winner(round);
      if (!chosen) return noteAtParent(api, round, who.userId, copy.noProposals);
      const outcome = await cases.choose(api, round, chosen.userId, key, "event");
      log.info("intervision control", { round: round.id, control: pressed.kind, outcome });
      return explain(api, round, who.userId, outcome);
    }
    const command =
      pressed.kind === "next"
        ? ({ type: "advance" } as const)
        : pressed.kind === "extend"
          ? ({ type: "extend", hours: EXTEND_HOURS } as const)
          : ({ type: "close" } as const);
    const { outcome, delivery } = await changer.change(api, round, command, key, "event");
    log.info("intervision control", { round: round.id, control: pressed.kind, outcome, delivery });
    return explain(api, round, who.userId, outcome, delivery);
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
    const shown = await changer.deliver(api, round, "event");
    if (shown === "blocked" || shown === "discarded") return;
    if (round.changeKey === key) return;
    // Ending is the facilitator's decision: it holds whatever moved since the modal was opened.
    const extras = { nextSteps: nextSteps || null };
    let result = await changer.change(api, round, { type: "end" }, key, "event", extras);
    if (result.outcome === "lost") {
      const fresh = await store.get(roundId);
      if (fresh?.status === "running")
        result = await changer.change(api, fresh, { type: "end" }, key, "event", extras);
    }
    log.info("intervision control", { round: round.id, control: "end", outcome: result.outcome });
    if (result.outcome === "lost") return;
    return explain(api, round, who.userId, result.outcome, result.delivery);
  }

  return { control, end };
}
